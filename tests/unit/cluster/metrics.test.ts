// ARI and B-cubed on small groupings whose scores are known by hand (ARI values agree with
// scikit-learn's adjusted_rand_score).
import { test } from "node:test";
import assert from "node:assert/strict";
import { adjustedRandIndex, bCubed } from "../../../lib/cluster";

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} != ${expected}`);

const ARI: { name: string; truth: string[]; predicted: string[]; ari: number }[] = [
  { name: "identical", truth: ["a", "a", "b", "b"], predicted: ["a", "a", "b", "b"], ari: 1 },
  { name: "identical up to renaming", truth: ["a", "a", "b", "b"], predicted: ["x", "x", "y", "y"], ari: 1 },
  { name: "one cluster split", truth: ["a", "a", "b", "b"], predicted: ["x", "x", "y", "z"], ari: 4 / 7 },
  { name: "worse than chance", truth: ["a", "a", "b", "b"], predicted: ["x", "y", "x", "y"], ari: -0.5 },
  { name: "everything in one cluster", truth: ["a", "a", "b", "b"], predicted: ["x", "x", "x", "x"], ari: 0 },
  { name: "both all singletons", truth: ["a", "b", "c"], predicted: ["x", "y", "z"], ari: 1 },
  { name: "no items", truth: [], predicted: [], ari: 1 },
];

for (const c of ARI) {
  test(`ARI: ${c.name}`, () => close(adjustedRandIndex(c.truth, c.predicted), c.ari));
}

const B3: { name: string; truth: string[]; predicted: string[]; precision: number; recall: number }[] = [
  { name: "identical", truth: ["a", "a", "b"], predicted: ["x", "x", "y"], precision: 1, recall: 1 },
  { name: "all merged", truth: ["a", "a", "b"], predicted: ["x", "x", "x"], precision: 5 / 9, recall: 1 },
  { name: "all singletons", truth: ["a", "a", "b"], predicted: ["x", "y", "z"], precision: 1, recall: 2 / 3 },
];

for (const c of B3) {
  test(`B-cubed: ${c.name}`, () => {
    const got = bCubed(c.truth, c.predicted);
    close(got.precision, c.precision);
    close(got.recall, c.recall);
    close(got.f1, (2 * c.precision * c.recall) / (c.precision + c.recall));
  });
}

test("label lists of different lengths are refused", () => {
  assert.throws(() => adjustedRandIndex(["a"], []));
  assert.throws(() => bCubed(["a"], ["x", "y"]));
});
