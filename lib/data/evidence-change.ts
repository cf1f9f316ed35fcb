// What re-analysis changed in a discrepancy's evidence: outlets added or removed, or an outlet
// now giving another reading. Pure; the data layer records it in the review history.

import type { DiscrepancyEvidence } from "./stored-json";

export interface EvidenceChange {
  added: string[];
  removed: string[];
  /** articles still in the evidence whose reading changed */
  changed: string[];
}

function readingByArticle(e: DiscrepancyEvidence): Map<string, string> {
  const out = new Map<string, string[]>();
  for (const r of e.readings) for (const id of r.articleIds) out.set(id, [...(out.get(id) ?? []), r.text]);
  return new Map([...out].map(([id, texts]) => [id, texts.sort().join("\u0000")]));
}

/** null when both give the same articles the same readings. */
export function evidenceChange(before: DiscrepancyEvidence, after: DiscrepancyEvidence): EvidenceChange | null {
  const a = readingByArticle(before);
  const b = readingByArticle(after);
  const added = [...b.keys()].filter((id) => !a.has(id)).sort();
  const removed = [...a.keys()].filter((id) => !b.has(id)).sort();
  const changed = [...b.keys()].filter((id) => a.has(id) && a.get(id) !== b.get(id)).sort();
  return added.length || removed.length || changed.length ? { added, removed, changed } : null;
}

/** "Added: A, B. Removed: C. Reading changed: D." with each article named by `nameOf`. */
export function describeChange(c: EvidenceChange, nameOf: (articleId: string) => string): string {
  const names = (ids: string[]) => [...new Set(ids.map(nameOf))].join(", ");
  return [
    c.added.length ? `Added: ${names(c.added)}.` : "",
    c.removed.length ? `Removed: ${names(c.removed)}.` : "",
    c.changed.length ? `Reading changed: ${names(c.changed)}.` : "",
  ].filter(Boolean).join(" ");
}
