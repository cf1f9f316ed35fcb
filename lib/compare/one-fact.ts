// One fact, one item: the same dispute found in two claim groups (a proposal and its rejection
// both say where the troops would go) is one discrepancy for a reviewer, not two.

import type { Discrepancy } from "./types";

const CROSS_OUTLET = new Set(["role_conflict", "detail_conflict", "date_conflict", "number_conflict"]);

/** Same kind, same words on each side, and the same articles departing: the same dispute. */
function signature(d: Discrepancy): string | null {
  if (!CROSS_OUTLET.has(d.kind) || d.differing.length < 2) return null;
  const sides = d.differing.map((s) => s.words.map((w) => w.toLowerCase()).sort().join("\u0001"));
  if (sides.some((s) => s === "")) return null;
  const departing = d.differing.slice(1).flatMap((s) => s.articleIds).sort().join("\u0001");
  return `${d.kind}\u0000${[...sides].sort().join("\u0000")}\u0000${departing}`;
}

/**
 * Keeps the most confident of each set of discrepancies that tell the same dispute; the kept one
 * names the other claims it was also found in. Order is otherwise unchanged.
 */
export function oneItemPerFact(discrepancies: Discrepancy[], labelOf: (groupKey: string) => string): Discrepancy[] {
  const keep = new Map<string, Discrepancy>();
  const also = new Map<Discrepancy, Discrepancy[]>();
  for (const d of [...discrepancies].sort((a, b) => b.confidence - a.confidence || (a.key < b.key ? -1 : 1))) {
    const sig = signature(d);
    if (sig === null) continue;
    const first = keep.get(sig);
    if (!first) keep.set(sig, d);
    else also.set(first, [...(also.get(first) ?? []), d]);
  }
  const kept = new Set([...keep.values()]);
  // the kept item carries every article the others had on each side, with their readings
  const merged = new Map<Discrepancy, Discrepancy>();
  for (const d of discrepancies) {
    const sig = signature(d);
    const first = sig === null ? undefined : keep.get(sig);
    if (!first || first === d) continue;
    const into = merged.get(first) ?? { ...first, differing: first.differing.map((x) => ({ ...x, articleIds: [...x.articleIds] })), readings: [...first.readings] };
    for (const side of d.differing) {
      const words = side.words.map((w) => w.toLowerCase()).sort().join("\u0001");
      const target = into.differing.find((x) => x.words.map((w) => w.toLowerCase()).sort().join("\u0001") === words);
      if (target) target.articleIds = [...new Set([...target.articleIds, ...side.articleIds])].sort();
    }
    const present = new Set(into.readings.flatMap((r) => r.articleIds));
    for (const r of d.readings) {
      const absent = r.articleIds.filter((id) => !present.has(id));
      if (!absent.length) continue;
      into.readings.push({ ...r, articleIds: absent, claimIds: r.claimIds.filter((ref) => absent.some((id) => ref.startsWith(`${id}#`))) });
      for (const id of absent) present.add(id);
    }
    merged.set(first, into);
  }
  return discrepancies
    .filter((d) => signature(d) === null || kept.has(d))
    .map((d) => {
      const m = merged.get(d) ?? d;
      const others = also.get(d);
      if (!others) return m;
      return {
        ...m,
        summary: `${m.summary} (also told as: ${others.map((o) => labelOf(o.groupKey)).join("; ")})`,
        alsoGroupKeys: [...new Set(others.map((o) => o.groupKey))].filter((k) => k !== m.groupKey).sort(),
      };
    });
}
