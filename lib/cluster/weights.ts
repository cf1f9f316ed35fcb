// Term weights: sublinear term frequency x boost x IDF, as unit-length sparse vectors, so that the
// dot product of two vectors is their cosine similarity.

import type { TermStats } from "./terms";

export type Vector = Map<string, number>;

/**
 * IDF is smoothed by a prior of PRIOR_DOCS pseudo-documents in which every term occurs at rate
 * PRIOR_RATE: with a handful of articles (a small batch, the first articles of an inbox) plain IDF
 * would call every shared word common and every unshared word rare, and split one story apart.
 * In a large collection the prior fades and the weights are ordinary IDF.
 */
const PRIOR_DOCS = 100;
const PRIOR_RATE = 0.02;

/** Document frequencies of a growing collection. */
export class DocumentFrequencies {
  private readonly df = new Map<string, number>();
  private n = 0;

  add(terms: Iterable<string>): void {
    this.n++;
    for (const t of terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  get size(): number {
    return this.n;
  }

  idf(term: string): number {
    return Math.log((this.n + PRIOR_DOCS) / ((this.df.get(term) ?? 0) + PRIOR_DOCS * PRIOR_RATE));
  }
}

export function weightVector(terms: ReadonlyMap<string, TermStats>, df: DocumentFrequencies): Vector {
  const v: Vector = new Map();
  let norm = 0;
  for (const [term, { count, boost }] of terms) {
    const w = (1 + Math.log(count)) * boost * df.idf(term);
    if (w <= 0) continue;
    v.set(term, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  for (const [term, w] of v) v.set(term, w / norm);
  return v;
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) {
    const x = large.get(term);
    if (x !== undefined) dot += w * x;
  }
  return dot;
}

/** The k heaviest terms of a vector: the rare, repeated or boosted words that identify its story. */
export function topTerms(v: Vector, k: number): string[] {
  return [...v].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, k).map(([t]) => t);
}
