// A verdict stands on the evidence the reviewer saw: when re-analysis changes it, the discrepancy
// is marked changed since review with a system history event, and exports keep the reviewed
// evidence until the verdict is given again.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { useTempDatabase } from "../../helpers/temp-db";
import { actorOf } from "../../helpers/actors";

useTempDatabase("changed-since-review");
const { db } = await import("../../../lib/db");
const { addArticles } = await import("../../../lib/data/add-articles");
const { analyzeStory } = await import("../../../lib/data/analyze-story");
const { createStory } = await import("../../../lib/data/create-story");
const { changeDiscrepancyStatus } = await import("../../../lib/data/review-change-status");
const { getDiscrepancyForReview } = await import("../../../lib/data/get-discrepancy-for-review");
const { exportStory } = await import("../../../lib/data/export-story");
const { seedDemoUsers } = await import("../../../lib/data/seed-demo-users");
type Actor = import("../../../lib/auth/permissions").Actor;

const text = (verb: string, close = "The vote is due next month.") =>
  `Harbour plan divided the council\n\nThe council met on Tuesday to discuss the harbour.\n\n` +
  `Mayor Ann Torres said: \u201cWe will never ${verb} the harbour to anyone, whatever the offer, and the people of this town know it.\u201d\n\n` +
  close;
const article = (outlet: string, verb: string, close?: string) => ({ content: text(verb, close), sourceName: `${outlet}.txt`, overrides: { outlet } });

let reviewer: Actor;
let storyId = "";
let id = "";

before(async () => {
  await seedDemoUsers();
  reviewer = await actorOf("reviewer");
  storyId = (await createStory({ title: "Harbour" })).id;
  await addArticles(storyId, [article("Alpha News", "sell"), article("Beta Times", "lease")]);
  await analyzeStory(storyId);
  const d = await db.discrepancy.findFirstOrThrow({ where: { storyId, kind: "quote_wording" } });
  id = d.id;
  await changeDiscrepancyStatus(reviewer, { id, to: "in_review" });
  await changeDiscrepancyStatus(reviewer, { id, to: "confirmed" });
});

const appearances = async () => {
  const items = JSON.parse((await exportStory(null, storyId, "claimreview")).body) as { itemReviewed: { appearance: { text: string; isPartOf: { publisher?: { name: string } } }[] } }[];
  assert.equal(items.length, 1);
  return items[0].itemReviewed.appearance.map((a) => `${a.isPartOf.publisher?.name}: ${a.text}`).sort();
};

test("a confirmed verdict carries the evidence seen, each outlet in its own words", async () => {
  const d = await db.discrepancy.findUniqueOrThrow({ where: { id } });
  assert.equal(d.changedSinceReview, false);
  assert.ok(d.reviewedEvidence);
  const seen = await appearances();
  assert.equal(seen.length, 2);
  assert.ok(seen[0].startsWith("Alpha News: ") && seen[0].includes("sell"), seen[0]);
  assert.ok(seen[1].startsWith("Beta Times: ") && seen[1].includes("lease"), seen[1]);
});

test("an import that joins the discrepancy marks it changed, records why, and exports stay as reviewed", async () => {
  await addArticles(storyId, [article("Gamma Post", "lease", "A vote is expected in June.")]);
  await analyzeStory(storyId);
  const d = await getDiscrepancyForReview(reviewer, id);
  assert.equal(d.status, "confirmed");
  assert.equal(d.changedSinceReview, true);
  const event = d.events.at(-1)!;
  assert.equal(event.action, "evidence_changed");
  assert.equal(event.actor, null);
  assert.match(event.note ?? "", /Added: Gamma Post\./);
  assert.deepEqual(d.allowed.status, ["confirmed", "open"], "the verdict may be given again on the new evidence");
  assert.equal((await appearances()).length, 2, "the export keeps what the reviewer saw");
  const json = JSON.parse((await exportStory(null, storyId, "json")).body) as { discrepancies: { id: string; changedSinceReview: boolean; evidenceSinceReview?: unknown }[] };
  const row = json.discrepancies.find((x) => x.id === id)!;
  assert.equal(row.changedSinceReview, true);
  assert.ok(row.evidenceSinceReview);
});

test("confirming again takes the new evidence as seen", async () => {
  await changeDiscrepancyStatus(reviewer, { id, to: "confirmed", note: "Checked the third outlet." });
  const d = await getDiscrepancyForReview(reviewer, id);
  assert.equal(d.changedSinceReview, false);
  assert.deepEqual(d.allowed.status, ["open"]);
  assert.equal((await appearances()).length, 3);
});

test("a verdict cannot be given again when nothing changed", async () => {
  await assert.rejects(changeDiscrepancyStatus(reviewer, { id, to: "confirmed" }), /cannot be moved/);
});

test("an unchanged re-analysis records nothing", async () => {
  const before = await db.reviewEvent.count({ where: { discrepancyId: id } });
  await analyzeStory(storyId);
  assert.equal(await db.reviewEvent.count({ where: { discrepancyId: id } }), before);
  assert.equal((await db.discrepancy.findUniqueOrThrow({ where: { id } })).changedSinceReview, false);
});
