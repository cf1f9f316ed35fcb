// Output model of the comparison layer.

import type { Claim, ClaimKind, Entity } from "../analysis/types";
import type { SharedCopy } from "./shared-copy";

export interface StoryArticleInput {
  id: string;
  outlet: string;
  publishedAt?: string | null;
  claims: Claim[];
  entities?: Entity[];
  /** the article's text, so evidence can read sentences that hold no claim */
  body?: string;
}

/** A claim reference unique across the story: `${articleId}#${claimId}` (see claimRef). */
export type ClaimRef = string;

export interface GroupMember {
  articleId: string;
  claimId: string;
  /** the member's normalised reading (matches one Reading.normalized) */
  reading: string;
}

export interface Reading {
  /** as written (the most common written form of this normalised reading) */
  text: string;
  normalized: string;
  articleIds: string[];
  /** qualified claim refs `${articleId}#${claimId}` */
  claimIds: ClaimRef[];
  /**
   * independent sources among articleIds: articles that share copy, or an outlet, count once
   * (set by compareStory; absent from data stored before it was)
   */
  independentSources?: number;
}

export interface VariantColumn {
  /** token as written per article (witness); null = the article has no word here */
  tokens: Record<string, string | null>;
  /** true when two articles that quote this stretch read differently here */
  varies: boolean;
  /** articles whose quote does not reach this column (partial quotes): their null is not an omission */
  outside?: string[];
}

export interface VariantTable {
  /** article ids, one witness per article */
  witnesses: string[];
  columns: VariantColumn[];
}

export interface ClaimGroup {
  /** stable: derived from kind, entity and slot, never from order or article ids */
  key: string;
  kind: ClaimKind;
  label: string;
  members: GroupMember[];
  readings: Reading[];
  /** the majority reading; null when no reading has a strict majority of articles */
  consensus: string | null;
  variants?: VariantTable;
  /** articles whose reading departs from the consensus (compatible readings do not depart) */
  departures?: string[];
}

export type DiscrepancyKind =
  | "quote_wording"
  | "role_conflict"
  | "detail_conflict"
  | "date_conflict"
  | "number_conflict"
  | "internal_inconsistency"
  | "figure_update"
  | "single_source";

/**
 * Kinds that are notes about coverage and updates, not disagreements: what only one outlet
 * reports, and a running total a later report raises. Never counted or queued as discrepancies.
 */
export const NOTE_KINDS: readonly DiscrepancyKind[] = ["single_source", "figure_update"];

export const isNoteKind = (kind: string): boolean => (NOTE_KINDS as readonly string[]).includes(kind);

export type Severity = "major" | "minor" | "info";

export interface DiscrepancyReading {
  text: string;
  articleIds: string[];
  claimIds: ClaimRef[];
  /** as Reading.independentSources */
  independentSources?: number;
  /** the text is its claims' whole sentence, shown over the claims' own words: these are alike on
   * every side and only the sentence says what differs (who said a quotation) */
  sentence?: boolean;
}

export interface DifferingWords {
  articleIds: string[];
  /** the words (as written) this side has where the other side differs */
  words: string[];
}

export interface Discrepancy {
  /**
   * `${groupKey}::${kind}`; for an internal_inconsistency (one per article)
   * `${groupKey}::internal_inconsistency:${hash of the article's two conflicting readings}`
   */
  key: string;
  groupKey: string;
  kind: DiscrepancyKind;
  severity: Severity;
  summary: string;
  readings: DiscrepancyReading[];
  differing: DifferingWords[];
  /** in [0, 1], from the evidence: alignment of the sentences, value types, outlets on each side */
  confidence: number;
  /** other claim groups the same dispute was found in: one fact, one item, but every row it touches shows it */
  alsoGroupKeys?: string[];
}

export interface OutletSummary {
  outlet: string;
  articleIds: string[];
  /** groups the outlet appears in */
  groups: number;
  /** groups also reported by another outlet (the base of divergence) */
  compared: number;
  /** compared groups where the outlet's reading departs from the consensus */
  departures: number;
  /** departures / compared (0 when nothing to compare) */
  divergence: number;
  /** keys of groups only this outlet reports */
  singleSource: string[];
}

export interface Comparison {
  groups: ClaimGroup[];
  discrepancies: Discrepancy[];
  outlets: OutletSummary[];
  /** articles that reprint one text (see shared-copy.ts): pairs with their shared spans, and copy groups */
  sharedCopy: SharedCopy;
}

export function claimRef(articleId: string, claimId: string): ClaimRef {
  return `${articleId}#${claimId}`;
}

export function parseClaimRef(ref: ClaimRef): { articleId: string; claimId: string } {
  const i = ref.lastIndexOf("#");
  return { articleId: ref.slice(0, i), claimId: ref.slice(i + 1) };
}
