import { test } from "node:test";
import assert from "node:assert/strict";
import { compareStory } from "../../../lib/compare/index";
import type { Comparison, Discrepancy } from "../../../lib/compare/types";
import { sampleStory } from "../../fixtures/compare/sample-story";

const cmp: Comparison = compareStory(sampleStory());
const real = cmp.discrepancies.filter((d) => d.kind !== "single_source");

function find(kind: Discrepancy["kind"], groupKeyPrefix: string, pred: (d: Discrepancy) => boolean = () => true): Discrepancy {
  const d = real.find((x) => x.kind === kind && x.groupKey.startsWith(groupKeyPrefix) && pred(x));
  assert.ok(d, `no ${kind} on ${groupKeyPrefix}: ${real.map((x) => x.key).join(", ")}`);
  return d;
}
const side = (d: Discrepancy, ids: string[]) => {
  const s = d.differing.find((x) => x.articleIds.join() === ids.join());
  assert.ok(s, `no side ${ids} in ${JSON.stringify(d.differing)}`);
  return s;
};
// stretches as written -> their words, lower-cased
const lower = (ws: string[]) => ws.flatMap((w) => w.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter(Boolean);

test("must flag: Sheinbaum's reply, inalienable -> inviolable and the words only 002 has (major)", () => {
  const d = find("quote_wording", "quote:sheinbaum:", (x) => x.differing.some((s) => lower(s.words).includes("inviolable")));
  assert.equal(d.severity, "major");
  assert.deepEqual(lower(side(d, ["000", "001", "003"]).words), ["inalienable", "inalienable"]);
  const w002 = lower(side(d, ["002"]).words);
  assert.ok(w002.includes("inviolable"));
  for (const w of ["not", "for", "sale"]) assert.ok(w002.includes(w), w);
});

test("must flag: 'on our territory' vs 'in our territory' (minor)", () => {
  const d = find("quote_wording", "quote:sheinbaum:", (x) => x.differing.some((s) => s.words.includes("in")));
  assert.equal(d.severity, "minor");
  assert.deepEqual(side(d, ["000", "001", "003"]).words, ["on"]);
  assert.deepEqual(side(d, ["002"]).words, ["in"]);
});

test("must flag: Trump 'former U.S. President' (002) vs '(U.S.) President'", () => {
  const d = find("role_conflict", "role:trump");
  assert.equal(d.severity, "major");
  assert.deepEqual(side(d, ["002"]).words, ["former"]);
  side(d, ["000", "001", "003", "004"]);
});

test("must flag: Sheinbaum 'the Mexico City mayor' (000 summary) vs 'President (of Mexico)': one item, 000 contradicting itself", () => {
  const inner = find("internal_inconsistency", "role:sheinbaum");
  assert.ok(inner.differing.every((s) => s.articleIds.join() === "000"));
  assert.equal(inner.readings.length, 2);
  assert.ok(inner.differing.some((s) => lower(s.words).includes("mayor")));
  // no other outlet calls her mayor: the same fact is not a second, cross-outlet item
  assert.ok(!real.some((d) => d.kind === "role_conflict" && d.groupKey.startsWith("role:sheinbaum")));
});

test("must flag: troops 'to the border' (003) vs 'into Mexico / to Mexico'", () => {
  const d = find("detail_conflict", "action:trump:");
  assert.equal(d.severity, "major");
  assert.deepEqual(side(d, ["003"]).words, ["border"]);
  assert.deepEqual(side(d, ["000", "001", "002", "004"]).words, ["Mexico"]);
});

test("must not flag: case, ellipsis, punctuation-only differences, or U.S. President vs President", () => {
  const quoteFlags = real.filter((d) => d.kind === "quote_wording");
  assert.equal(quoteFlags.length, 2, quoteFlags.map((d) => d.summary).join("\n"));
  const itsTrue = cmp.groups.find((g) => g.kind === "quote" && g.readings.some((r) => r.normalized === "its true"));
  assert.ok(itsTrue);
  assert.deepEqual(new Set(itsTrue.members.map((m) => m.articleId)), new Set(["001", "003"]));
  const collab = cmp.groups.find((g) => g.kind === "quote" && g.readings.some((r) => r.normalized.startsWith("we can collaborate")));
  assert.ok(collab);
  // 002 quotes the passage's last sentence only ("... in our territory"), and joins it as an excerpt
  const full = collab.readings.find((r) => r.articleIds.includes("000"));
  assert.deepEqual(full?.articleIds, ["000", "001", "003"], "000, 001 and 003 read the same once punctuation and ellipses are ignored");
  for (const c of collab.variants!.columns.filter((col) => col.varies)) {
    assert.equal(new Set(["000", "001", "003"].map((id) => c.tokens[id]?.toLowerCase())).size, 1, JSON.stringify(c));
  }
  const trumpRole = real.filter((d) => d.groupKey === "role:trump" && d.kind === "role_conflict");
  assert.equal(trumpRole.length, 1);
  assert.equal(trumpRole[0].differing.length, 2, "only former vs current, not U.S. President vs President");
  // one fact, one item: the two actions that send the troops to the border are one dispute
  assert.equal(real.length, 5, real.map((d) => d.summary).join("\n"));
});

test("single-outlet claims are listed as single_source (info)", () => {
  const single = cmp.discrepancies.filter((d) => d.kind === "single_source");
  assert.ok(single.every((d) => d.severity === "info"));
  const has = (articleId: string, claimId: string) =>
    single.some((d) => d.readings.some((r) => r.claimIds.includes(`${articleId}#${claimId}`)));
  const stories = sampleStory();
  const claimId = (a: string, pred: (t: string) => boolean) => stories.find((x) => x.id === a)!.claims.find((c) => pred(c.text))!.id;
  assert.ok(has("000", claimId("000", (t) => t.startsWith("This remains"))), "Flores-Macías quote");
  assert.ok(has("000", claimId("000", (t) => t.includes("(1846-1848)"))), "Mexican-American War");
  assert.ok(has("000", claimId("000", (t) => t.includes("(1914)"))), "Veracruz");
  assert.ok(has("002", claimId("002", (t) => t.includes("450,000"))), "450,000 lives");
  assert.ok(has("002", claimId("002", (t) => t.startsWith("You could say"))), "Trump in the Blaze interview");
  assert.ok(has("003", claimId("003", (t) => t.includes("CIA drones"))), "CIA drones");
  assert.ok(has("003", claimId("003", (t) => t === "foreign terrorist organizations")), "foreign terrorist organizations");
  assert.ok(has("004", claimId("004", (t) => t.includes("National Security Council"))), "NSC");
});

test("outlet summaries: divergence share and single-source keys", () => {
  const o002 = cmp.outlets.find((o) => o.articleIds.includes("002"))!;
  assert.ok(o002.departures >= 2);
  assert.ok(o002.divergence > 0 && o002.divergence <= 1);
  const o001 = cmp.outlets.find((o) => o.outlet === "A News")!;
  assert.equal(o001.departures, 0);
  assert.ok(o001.singleSource.length > 0);
  for (const o of cmp.outlets) for (const k of o.singleSource) assert.ok(cmp.groups.some((g) => g.key === k));
});

test("quote groups carry a variant table with one witness per article", () => {
  const g = cmp.groups.find((x) => x.kind === "quote" && x.readings.some((r) => r.normalized.includes("inviolable")))!;
  assert.deepEqual(g.variants!.witnesses, ["000", "001", "002", "003"]);
  const col = g.variants!.columns.find((c) => c.tokens["002"] === "inviolable")!;
  assert.equal(col.tokens["001"], "inalienable");
  assert.equal(col.varies, true);
  assert.match(g.label, /^Claudia Sheinbaum: "No, President Trump/);
});
