// The action-verb lexicon is data: check its shape and its folding choices.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ACTION_NOUNS, ACTION_VERBS, PHRASAL_VERBS, PLACE_NOUNS, FORCE_NOUNS } from "../../../lib/analysis/lexicons/action-verbs";

const CANONICAL = new Set(Object.values(ACTION_VERBS).map((s) => s.action));

test("synonyms fold to one canonical action", () => {
  for (const w of ["reject", "decline", "refuse", "rebuff", "spurn", "snub", "dismiss"]) assert.equal(ACTION_VERBS[w].action, "reject", w);
  assert.equal(PHRASAL_VERBS["turn down"].action, "reject");
  for (const w of ["propose", "suggest", "offer"]) assert.equal(ACTION_VERBS[w].action, "propose", w);
  for (const w of ["proposal", "offer", "suggestion", "initiative"]) assert.equal(ACTION_NOUNS[w].action, "propose", w);
  assert.equal(ACTION_VERBS.invite.action, "invite");
  assert.equal(ACTION_VERBS.dispatch.action, "deploy");
  assert.equal(ACTION_VERBS.send.action, "send");
});

test("the brief's actions are all covered", () => {
  for (const a of ["propose", "reject", "confirm", "announce", "accuse", "deny", "threaten", "send", "deploy", "pressure", "urge", "agree", "sign", "approve", "ban", "arrest", "kill", "attack", "launch", "invite"]) {
    assert.ok(CANONICAL.has(a), a);
  }
});

test("keys are lower-case lemmas; noun and phrasal actions exist among verb actions", () => {
  for (const k of Object.keys(ACTION_VERBS)) assert.match(k, /^[a-z]+$/);
  for (const k of Object.keys(PHRASAL_VERBS)) assert.match(k, /^[a-z]+ [a-z]+$/);
  for (const [k, s] of Object.entries(ACTION_NOUNS)) {
    assert.match(k, /^[a-z]+$/);
    assert.ok(CANONICAL.has(s.action), `${k} → ${s.action}`);
  }
});

test("flags: patients, motion and plans", () => {
  assert.equal(ACTION_VERBS.accuse.patient, true);
  assert.equal(ACTION_VERBS.deploy.motion, true);
  assert.equal(ACTION_VERBS.offer.takesPlan, true);
  assert.equal(ACTION_VERBS.confirm.takesPlan, undefined);
});

test("place and force nouns are lower-case general words", () => {
  for (const w of [...PLACE_NOUNS, ...FORCE_NOUNS]) assert.equal(w, w.toLowerCase());
  assert.ok(PLACE_NOUNS.has("border") && PLACE_NOUNS.has("soil") && PLACE_NOUNS.has("territory"));
  assert.ok(FORCE_NOUNS.has("troops"));
});
