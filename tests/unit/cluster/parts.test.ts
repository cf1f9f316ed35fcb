// The parts of the clusterer: terms, the time factor, blocking, average-link and the heap.
import { test } from "node:test";
import assert from "node:assert/strict";
import { articleTerms, NAME_BOOST, PHRASE_BOOST, TITLE_BOOST } from "../../../lib/cluster/terms";
import { dayGap, dayOf, eventDays, GRACE_DAYS, MAX_MENTIONED_DAYS, mentionedDays, timeFactor } from "../../../lib/cluster/time";
import { KeyIndex, MAX_POSTING } from "../../../lib/cluster/blocking";
import { averageLink } from "../../../lib/cluster/average-link";
import { MaxHeap } from "../../../lib/cluster/heap";
import { DocumentFrequencies, topTerms, weightVector, cosine } from "../../../lib/cluster/weights";

test("terms: names inside sentences are boosted and kept as phrases; function words and abbreviations are not terms", () => {
  const { terms } = articleTerms(null, "The storm hit Port Elstree on Monday. Mr. Varga said the harbour was closed.");
  assert.equal(terms.get("elstree")?.boost, NAME_BOOST);
  assert.equal(terms.get("port_elstree")?.boost, PHRASE_BOOST);
  assert.equal(terms.get("storm")?.boost, 1, "a sentence's first word is no name when the next one is lower-case");
  assert.equal(terms.get("harbour")?.boost, 1);
  for (const absent of ["the", "on", "was", "mr", "monday_varga"]) assert.equal(terms.has(absent), false, absent);
  assert.equal(terms.get("monday")?.boost, 1, "weekdays and months are no names");
});

test("terms: title words are boosted, words are stemmed, repeats counted", () => {
  const { terms, bodyWords } = articleTerms("Bridges closed", "The bridge closed. Another bridge closed too.");
  assert.deepEqual(terms.get("bridg"), { count: 3, boost: TITLE_BOOST });
  assert.equal(terms.get("clos")?.count, 3);
  assert.equal(bodyWords, 3, "bridg, clos, another");
});

test("time: calendar days, grace period, half-life, nearest event days", () => {
  assert.equal(dayOf("2025-03-04T23:59:00+05:00"), dayOf("2025-03-04"));
  assert.equal(dayOf(null), null);
  assert.equal(dayOf("yesterday"), null);
  assert.equal(timeFactor(null, 7), 1);
  assert.equal(timeFactor(GRACE_DAYS, 7), 1);
  assert.equal(timeFactor(GRACE_DAYS + 7, 7), 0.5);
  assert.equal(timeFactor(GRACE_DAYS + 14, 7), 0.25);
  assert.equal(dayGap([1, 8], [20, 22]), 12);
  assert.equal(dayGap([1, 40], [20, 41]), 1, "the closest pair of days");
  assert.equal(dayGap([], [5, 30]), null, "undated");
});

const iso = (days: number[]) => days.map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));

const MENTIONS: { text: string; published: string; expected: string[] }[] = [
  { text: "The quake struck on March 4, 2025, and aftershocks followed.", published: "2025-09-01", expected: ["2025-03-04"] },
  { text: "Talks began on 12 August and resumed on Aug. 20.", published: "2025-08-25", expected: ["2025-08-12", "2025-08-20"] },
  { text: "The vote on Dec. 30 was close.", published: "2026-01-05", expected: ["2025-12-30"] },
  { text: "The budget was filed on 2024-11-30.", published: "2025-02-01", expected: ["2024-11-30"] },
  { text: "The new rules take effect on June 1.", published: "2025-02-01", expected: [] },
  { text: "The launch is planned for March 9, 2026.", published: "2025-12-01", expected: [] },
  { text: "Shares rose in May 2024 and may fall again; 5 Marches were held.", published: "2025-02-01", expected: [] },
  { text: "Nothing happened on February 30, 2025.", published: "2025-04-01", expected: [] },
  { text: "Flights resumed on March 4 at 10:30.", published: "2025-03-05", expected: ["2025-03-04"] },
];

for (const { text, published, expected } of MENTIONS) {
  test(`time: days named in "${text}" (published ${published})`, () => {
    assert.deepEqual(iso(mentionedDays(text, dayOf(published)!)), expected);
  });
}

test("time: event days are the publication day and a capped number of named past days", () => {
  assert.deepEqual(iso(eventDays("2025-09-01T10:00:00", "It began on March 4, 2025. It ended on 2025-03-04.")), ["2025-03-04", "2025-09-01"]);
  assert.deepEqual(eventDays(null, "It began on March 4, 2025."), [], "no publication day: undated");
  const many = Array.from({ length: 9 }, (_, k) => `On January ${k + 1}, 2025 it rained.`).join(" ");
  assert.equal(eventDays("2025-06-01", many).length, 1 + MAX_MENTIONED_DAYS);
});

test("weights: unit vectors; a term in every document weighs less than a rare one", () => {
  const df = new DocumentFrequencies();
  const docs = [new Map([["common", { count: 1, boost: 1 }], ["rare", { count: 1, boost: 1 }]])];
  for (let i = 0; i < 50; i++) docs.push(new Map([["common", { count: 1, boost: 1 }]]));
  for (const d of docs) df.add(d.keys());
  const v = weightVector(docs[0], df);
  assert.ok(Math.abs(cosine(v, v) - 1) < 1e-12);
  assert.deepEqual(topTerms(v, 1), ["rare"]);
});

test("blocking: candidates share a key; over-long posting lists are ignored", () => {
  const index = new KeyIndex();
  index.add(0, ["a", "b"]);
  index.add(1, ["b"]);
  index.add(2, ["c"]);
  assert.deepEqual(index.candidates(["b", "x"]), [0, 1]);
  assert.deepEqual(index.candidates(["x"]), []);
  for (let i = 3; i < MAX_POSTING + 5; i++) index.add(i, ["everywhere"]);
  assert.deepEqual(index.candidates(["everywhere"]), []);
});

test("average-link: linked clusters are averaged over all their member pairs; the nearest pair must be close", () => {
  // blocking compared 0-1, 0-2 and 2-3; pairSim gives every pair, the uncompared ones too
  const edges = [{ a: 0, b: 1, sim: 0.9 }, { a: 0, b: 2, sim: 0.3 }, { a: 2, b: 3, sim: 0.15 }];
  const compared: Record<string, number> = { "0-1": 0.9, "0-2": 0.3, "2-3": 0.15 };
  const uncompared = (sims: Record<string, number>) => (a: number, b: number) => ({ ...compared, ...sims })[`${Math.min(a, b)}-${Math.max(a, b)}`] ?? 0;
  const cases: { name: string; threshold: number; nearest: number; sims: Record<string, number>; want: number[][] }[] = [
    { name: "1-2 counts: 2 averages 0.3 to {0,1}", threshold: 0.2, nearest: 0.2, sims: { "1-2": 0.3 }, want: [[0, 1, 2], [3]] },
    { name: "1-2 dissimilar: 2 averages 0.15 to {0,1}", threshold: 0.2, nearest: 0.2, sims: {}, want: [[0, 1], [2], [3]] },
    { name: "a lower threshold takes it", threshold: 0.1, nearest: 0.2, sims: {}, want: [[0, 1, 2], [3]] },
    { name: "0-2 is not close enough", threshold: 0.1, nearest: 0.5, sims: { "1-2": 0.3 }, want: [[0, 1], [2], [3]] },
    { name: "3 is linked to 2 only: 0 and 1 are computed and pull it below", threshold: 0.1, nearest: 0.1, sims: { "1-2": 0.3 }, want: [[0, 1, 2], [3]] },
    { name: "a link by a pair below the nearest is not completed", threshold: 0.1, nearest: 0.2, sims: { "1-2": 0.3, "0-3": 0.9, "1-3": 0.9 }, want: [[0, 1, 2], [3]] },
    { name: "3 joins when its uncompared pairs are close too", threshold: 0.1, nearest: 0.1, sims: { "1-2": 0.3, "0-3": 0.2, "1-3": 0.2 }, want: [[0, 1, 2, 3]] },
  ];
  for (const c of cases) assert.deepEqual(averageLink(4, edges, { threshold: c.threshold, nearest: c.nearest, cohesion: 0 }, uncompared(c.sims)), c.want, c.name);
  assert.deepEqual(averageLink(2, [], { threshold: 0.1, nearest: 0.2, cohesion: 0 }, () => 1), [[0], [1]], "clusters no edge connects are never compared");
});

test("average-link: two established stories merge only when alike across in proportion to within", () => {
  // {0,1} and {2,3} are tight pairs (0.9 within); 4 is a lone article near 0 and 1
  const pairs: Record<string, number> = { "0-1": 0.9, "2-3": 0.9, "0-2": 0.4, "1-3": 0.3, "0-3": 0.3, "1-2": 0.3, "0-4": 0.3, "1-4": 0.3 };
  const edges = Object.entries(pairs).map(([k, sim]) => ({ a: Number(k[0]), b: Number(k[2]), sim }));
  const sim = (a: number, b: number) => pairs[`${Math.min(a, b)}-${Math.max(a, b)}`] ?? 0;
  const cases: { cohesion: number; want: number[][]; why: string }[] = [
    { cohesion: 0, want: [[0, 1, 2, 3, 4]], why: "no cohesion: an average of 0.325 across passes the threshold" },
    { cohesion: 0.3, want: [[0, 1, 2, 3, 4]], why: "0.325 across >= 0.3 x 0.9 within" },
    { cohesion: 0.5, want: [[0, 1, 4], [2, 3]], why: "0.325 across < 0.5 x 0.9 within: two stories; the lone article still joins" },
    { cohesion: 0.9, want: [[0, 1, 4], [2, 3]], why: "a lone article is judged by the threshold and nearest alone" },
  ];
  for (const c of cases) assert.deepEqual(averageLink(5, edges, { threshold: 0.1, nearest: 0.2, cohesion: c.cohesion }, sim), c.want, c.why);
});

test("heap: pops in order", () => {
  const heap = new MaxHeap<number>((a, b) => a > b);
  for (const x of [5, 1, 9, 3, 9, 0]) heap.push(x);
  const out: number[] = [];
  for (let x = heap.pop(); x !== undefined; x = heap.pop()) out.push(x);
  assert.deepEqual(out, [9, 9, 5, 3, 1, 0]);
});
