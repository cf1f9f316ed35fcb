import { test } from "node:test";
import assert from "node:assert/strict";
import { describeChange, evidenceChange } from "../../../lib/data/evidence-change";
import type { DiscrepancyEvidence } from "../../../lib/data/stored-json";

const ev = (...readings: [string, string[]][]): DiscrepancyEvidence => ({
  readings: readings.map(([text, articleIds]) => ({ text, articleIds, claimIds: [] })),
  differing: [],
});

const cases: { name: string; before: DiscrepancyEvidence; after: DiscrepancyEvidence; want: ReturnType<typeof evidenceChange> }[] = [
  { name: "the same evidence is no change", before: ev(["on", ["a", "b"]], ["in", ["c"]]), after: ev(["in", ["c"]], ["on", ["b", "a"]]), want: null },
  { name: "a new outlet joins a side", before: ev(["on", ["a"]], ["in", ["c"]]), after: ev(["on", ["a", "d"]], ["in", ["c"]]), want: { added: ["d"], removed: [], changed: [] } },
  { name: "an outlet leaves", before: ev(["on", ["a", "b"]], ["in", ["c"]]), after: ev(["on", ["a"]], ["in", ["c"]]), want: { added: [], removed: ["b"], changed: [] } },
  { name: "an outlet changes sides", before: ev(["on", ["a", "b"]], ["in", ["c"]]), after: ev(["on", ["a"]], ["in", ["b", "c"]]), want: { added: [], removed: [], changed: ["b"] } },
];
for (const c of cases) test(`evidenceChange: ${c.name}`, () => assert.deepEqual(evidenceChange(c.before, c.after), c.want));

test("describeChange names outlets once each", () => {
  const names: Record<string, string> = { a: "Alpha", b: "Alpha", c: "Gamma" };
  assert.equal(describeChange({ added: ["a", "b"], removed: ["c"], changed: [] }, (id) => names[id]), "Added: Alpha. Removed: Gamma.");
});
