// What the batch and the incremental clusterer share: an article's prepared form, the stub rule
// and the default parameters.

import { articleTerms, type TermStats } from "./terms";
import { dayOf } from "./time";
import type { ClusterInput, ClusterOptions } from "./types";

/**
 * Fewer distinct content words than this and the body is a stub (a paywall teaser, a gallery, a
 * page of boilerplate): one or two sentences cannot tell one event from another of its kind, so
 * such an article stays alone rather than being glued to whatever story shares its few words.
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
  // A running story is followed for weeks: a month without a report halves the similarity.
  halfLifeDays: 30,
  // Ten keys hold the names and rare words of the event; more keys only add common-word candidates.
  blockingTerms: 10,
});

export interface Prepared {
  terms: Map<string, TermStats>;
  day: number | null;
  stub: boolean;
}

export function prepare(input: ClusterInput): Prepared {
  const { terms, bodyWords } = articleTerms(input.title, input.body);
  return { terms, day: dayOf(input.publishedAt), stub: bodyWords < MIN_BODY_WORDS };
}


