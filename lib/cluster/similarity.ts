// What the batch and the incremental clusterer share: an article's prepared form, the stub rule,
// the time-weighted similarity of two articles and the default parameters.

import { articleTerms, type TermStats } from "./terms";
import { dayGap, eventDays, timeFactor } from "./time";
import { cosine, type Vector } from "./weights";
import type { ClusterInput, ClusterOptions } from "./types";

/**
 * Fewer distinct content words than this and the body is a stub (a paywall teaser, a gallery, a
 * page of boilerplate): one or two sentences cannot tell one event from another of its kind, so
 * such an article is not compared by its body; only a title that names one story can place it
 * (see titles.ts).
 */
export const MIN_BODY_WORDS = 25;

export const DEFAULT_OPTIONS: Readonly<ClusterOptions> = Object.freeze({
  // IDF-weighted cosines of unrelated news articles are around 0.01-0.03 and those of two reports
  // of one event around 0.3-0.5; 0.1 sits near their geometric middle, so neither side is close.
  threshold: 0.1,
  // Average-link alone lets a diffuse resemblance to a large cluster (the same country, the same
  // industry) win a merge; a report of the same event also has a close match among the members,
  // a pair clearly above the boundary: twice the threshold.
  nearest: 0.2,
  // Two established stories are one only if they are at least half as alike across as within: the
  // middle of the working range (0.4-0.6, docs/clustering.md), a round number set before measuring.
  cohesion: 0.5,
  // A story's reports come within days, but its follow-ups, anniversaries and side stories come
  // months later and often name no day of it: two months per halving. Chosen on held-out stories
  // (docs/clustering.md); 45 to 120 days work as well, a week splits storylines.
  halfLifeDays: 60,
  // Two headlines of one event share most of their names and rare words; headlines of two events of
  // one kind share a word or two (a title against other stories' titles: 0.28 at the 99.9th
  // percentile). Chosen on held-out stories, with the margin of titles.ts guarding a close second.
  titleMatch: 0.3,
  // Ten keys hold the names and rare words of the event; more keys only add common-word candidates.
  blockingTerms: 10,
});

export interface Prepared {
  terms: Map<string, TermStats>;
  titleTerms: Map<string, TermStats>;
  /** event days, ascending (see time.ts); empty when the article is undated */
  days: number[];
  stub: boolean;
}

export function prepare(input: ClusterInput): Prepared {
  const { terms, titleTerms, bodyWords } = articleTerms(input.title, input.body);
  return { terms, titleTerms, days: eventDays(input.publishedAt, input.body), stub: bodyWords < MIN_BODY_WORDS };
}

/** The similarity both modes cluster by: the cosine times the time factor of the two articles' event days. */
export function similarity(v: Vector, days: readonly number[], w: Vector, wDays: readonly number[], halfLifeDays: number): number {
  return cosine(v, w) * timeFactor(dayGap(days, wDays), halfLifeDays);
}
