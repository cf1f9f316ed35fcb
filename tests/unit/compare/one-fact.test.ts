import { test } from "node:test";
import assert from "node:assert/strict";
import { oneItemPerFact } from "../../../lib/compare/one-fact";
import type { Discrepancy } from "../../../lib/compare/types";

const d = (groupKey: string, sides: [string[], string[]][], confidence = 0.8, kind: Discrepancy["kind"] = "detail_conflict"): Discrepancy => ({
  key: `${groupKey}::${kind}`, groupKey, kind, severity: "major", summary: groupKey, confidence,
  differing: sides.map(([articleIds, words]) => ({ articleIds, words })),
  readings: sides.map(([articleIds, words]) => ({ text: words.join(" "), articleIds, claimIds: articleIds.map((id) => `${id}#c`) })),
});
const label = (k: string) => `label of ${k}`;

test("one dispute found in two groups is one item, with every article of both", () => {
  const out = oneItemPerFact([d("g1", [[["a", "b"], ["capital"]], [["c"], ["coast"]]], 0.7), d("g2", [[["a", "d"], ["Capital"]], [["c"], ["coast"]]], 0.9)], label);
  assert.equal(out.length, 1);
  assert.equal(out[0].groupKey, "g2", "the more confident one is kept");
  assert.deepEqual(out[0].differing[0].articleIds, ["a", "b", "d"]);
  assert.ok(out[0].readings.some((r) => r.articleIds.includes("b")));
  assert.match(out[0].summary, /also told as: label of g1/);
  assert.deepEqual(out[0].alsoGroupKeys, ["g1"], "the folded group still knows its dispute");
});

const apart: [string, Discrepancy[]][] = [
  ["other articles depart", [d("g1", [[["a"], ["capital"]], [["c"], ["coast"]]]), d("g2", [[["a"], ["capital"]], [["b"], ["coast"]]])]],
  ["other words", [d("g1", [[["a"], ["capital"]], [["c"], ["coast"]]]), d("g2", [[["a"], ["capital"]], [["c"], ["harbour"]]])]],
  ["other kinds", [d("g1", [[["a"], ["4"]], [["c"], ["3"]]], 0.8, "number_conflict"), d("g2", [[["a"], ["4"]], [["c"], ["3"]]], 0.8, "date_conflict")]],
  ["a side without words", [d("g1", [[["a"], []], [["c"], ["former"]]], 0.8, "role_conflict"), d("g2", [[["a"], []], [["c"], ["former"]]], 0.8, "role_conflict")]],
];
for (const [name, items] of apart) {
  test(`different facts stay apart: ${name}`, () => {
    const out = oneItemPerFact(items, label);
    assert.equal(out.length, 2);
    assert.ok(out.every((x) => x.alsoGroupKeys === undefined));
  });
}
