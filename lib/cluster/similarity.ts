// What the batch and the incremental clusterer share: an article's prepared form and the
// similarity of two articles (cosine of their term vectors times the time factor).

import { articleTerms, type TermStats } from "./terms";
import { dayOf, timeFactor } from "./time";
import { cosine, type Vector } from "./weights";
import type { ClusterInput, ClusterOptions } from "./types";

/**
 * Fewer distinct content words than this and the body is a stub (a paywall teaser, a gallery, a
 * page of boilerplate): one or two sentences cannot tell one event from another of its kind, so
 * such an article stays alone rather than being glued to whatever story shares its few words.
 */
export const MIN_BODY_WORDS = 25;

export const DEFAULT_OPTIONS: ClusterOptions = {
  // Average cosine of one event's reports, measured on generated data and typical of TF-IDF news
  // vectors, sits well above 0.3 and that of unrelated articles below 0.05; 0.15 sits between them,
  // nearer the unrelated side because average-link averages every cross pair, weak ones included.
  threshold: 0.15,
  halfLifeDays: 7,
  blockingTerms: 10,
};

export interface Prepared {
  terms: Map<string, TermStats>;
  day: number | null;
  stub: boolean;
}

export function prepare(input: ClusterInput): Prepared {
  const { terms, bodyWords } = articleTerms(input.title, input.body);
  return { terms, day: dayOf(input.publishedAt), stub: bodyWords < MIN_BODY_WORDS };
}

export function similarity(a: Prepared, va: Vector, b: Prepared, vb: Vector, options: ClusterOptions): number {
  return cosine(va, vb) * timeFactor(a.day, b.day, options.halfLifeDays);
}
