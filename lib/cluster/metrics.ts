// Agreement between a clustering and the true grouping, for scoring and tests. Both take one label
// per item, in the same item order.

const pairs = (n: number) => (n * (n - 1)) / 2;

function counts<T>(xs: readonly T[]): Map<T, number> {
  const out = new Map<T, number>();
  for (const x of xs) out.set(x, (out.get(x) ?? 0) + 1);
  return out;
}

/** Adjusted Rand index (Hubert & Arabie): 1 for identical groupings, about 0 for chance agreement. */
export function adjustedRandIndex(truth: readonly string[], predicted: readonly string[]): number {
  if (truth.length !== predicted.length) throw new Error("adjustedRandIndex: label lists differ in length");
  const n = truth.length;
  const joint = counts(truth.map((t, i) => `${t}\u0000${predicted[i]}`));
  const index = [...joint.values()].reduce((s, c) => s + pairs(c), 0);
  const a = [...counts(truth).values()].reduce((s, c) => s + pairs(c), 0);
  const b = [...counts(predicted).values()].reduce((s, c) => s + pairs(c), 0);
  const expected = n < 2 ? 0 : (a * b) / pairs(n);
  const max = (a + b) / 2;
  // both groupings all singletons or one cluster: they agree exactly or there is nothing to adjust
  if (max === expected) return index === expected ? 1 : 0;
  return (index - expected) / (max - expected);
}

/** B-cubed precision, recall and F1 (Bagga & Baldwin), averaged over items. */
export function bCubed(truth: readonly string[], predicted: readonly string[]): { precision: number; recall: number; f1: number } {
  if (truth.length !== predicted.length) throw new Error("bCubed: label lists differ in length");
  const n = truth.length;
  if (n === 0) return { precision: 1, recall: 1, f1: 1 };
  const joint = counts(truth.map((t, i) => `${t}\u0000${predicted[i]}`));
  const byTruth = counts(truth);
  const byPredicted = counts(predicted);
  let precision = 0;
  let recall = 0;
  truth.forEach((t, i) => {
    const both = joint.get(`${t}\u0000${predicted[i]}`)!;
    precision += both / byPredicted.get(predicted[i])!;
    recall += both / byTruth.get(t)!;
  });
  precision /= n;
  recall /= n;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}
