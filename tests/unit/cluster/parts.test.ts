// The parts of the clusterer: terms, the time factor, blocking, average-link and the heap.
import { test } from "node:test";
import assert from "node:assert/strict";
import { articleTerms, NAME_BOOST, PHRASE_BOOST, TITLE_BOOST } from "../../../lib/cluster/terms";
import { dayOf, GRACE_DAYS, spanGap, timeFactor, unionSpan } from "../../../lib/cluster/time";
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
  assert.deepEqual(terms.get("bridge"), { count: 3, boost: TITLE_BOOST });
  assert.equal(terms.get("clos")?.count, 3);
  assert.equal(bodyWords, 3, "bridge, clos, another");
});

test("time: calendar days, grace period, half-life, spans", () => {
  assert.equal(dayOf("2025-03-04T23:59:00+05:00"), dayOf("2025-03-04"));
  assert.equal(dayOf(null), null);
  assert.equal(dayOf("yesterday"), null);
  assert.equal(timeFactor(null, 7), 1);
  assert.equal(timeFactor(GRACE_DAYS, 7), 1);
  assert.equal(timeFactor(GRACE_DAYS + 7, 7), 0.5);
  assert.equal(timeFactor(GRACE_DAYS + 14, 7), 0.25);
  assert.deepEqual(unionSpan([5, 8], [1, 2]), [1, 8]);
  assert.deepEqual(unionSpan(null, [1, 2]), [1, 2]);
  assert.equal(spanGap([1, 8], [20, 22]), 12);
  assert.equal(spanGap([1, 8], [5, 30]), 0, "overlapping spans");
  assert.equal(spanGap(null, [5, 30]), null);
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

test("average-link: missing edges count as 0, the nearest pair must be close, time splits", () => {
  const none = () => 1;
  const days = [0, 0, 0, 0];
  // 0-1 close; 2 is close to 0 only: average to {0,1} is 0.3 / 2
  const edges = [{ a: 0, b: 1, sim: 0.9 }, { a: 0, b: 2, sim: 0.3 }, { a: 2, b: 3, sim: 0.15 }];
  assert.deepEqual(averageLink(days, edges, 0.1, 0.2, none), [[0, 1, 2], [3]]);
  assert.deepEqual(averageLink(days, edges, 0.2, 0.2, none), [[0, 1], [2], [3]]);
  assert.deepEqual(averageLink(days, edges, 0.1, 0.5, none), [[0, 1], [2], [3]], "0-2 is not close enough");
  const tenthAfterAWeek = (gap: number | null) => (gap !== null && gap > 7 ? 0.1 : 1);
  assert.deepEqual(averageLink([0, 30, 0, 0], edges, 0.1, 0.2, tenthAfterAWeek), [[0, 2], [1], [3]]);
});

test("heap: pops in order", () => {
  const heap = new MaxHeap<number>((a, b) => a > b);
  for (const x of [5, 1, 9, 3, 9, 0]) heap.push(x);
  const out: number[] = [];
  for (let x = heap.pop(); x !== undefined; x = heap.pop()) out.push(x);
  assert.deepEqual(out, [9, 9, 5, 3, 1, 0]);
});
