// The claim model shared by analysis, comparison, storage, CLI and UI.
// Offsets (start/end) are UTF-16 indices into the article's cleaned body,
// so every value can be traced back to its exact words.

import type { Bound } from "./lexicons/number-words";

export type ClaimKind = "quote" | "date" | "role" | "action" | "number";
export const CLAIM_KINDS: readonly ClaimKind[] = ["quote", "date", "role", "action", "number"];

export type EntityKind = "person" | "org" | "place" | "other";

export interface Token {
  /** index in Doc.tokens */
  i: number;
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, PUNCT, ...) */
  pos: string;
  lemma: string;
  /** lower-cased normal form */
  norm: string;
  /** wink's shape/type: word, number, punctuation, quoted_phrase, ... */
  type: string;
  /** whitespace after the token in the source text */
  space: boolean;
}

export interface Sentence {
  i: number;
  start: number;
  end: number;
  text: string;
  /** index of first token and one past the last token in Doc.tokens */
  tokenStart: number;
  tokenEnd: number;
  paragraph: number;
}

export interface Paragraph {
  i: number;
  start: number;
  end: number;
}

/** A body tokenised once; every stage reads the same tokens. */
export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  /** sentence index of every token (-1 outside any sentence) */
  sentenceOf: Int32Array;
  /** 1 when the token stands inside quotation marks */
  quoted: Uint8Array;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** how the mention refers: full name, surname, title, pronoun, description */
  via: "name" | "surname" | "title" | "pronoun" | "description";
}

export interface Entity {
  /** stable within an article: derived from the canonical name */
  id: string;
  kind: EntityKind;
  /** canonical (longest) name as written, e.g. "María J. Ruiz-Tagle" */
  name: string;
  gender?: "m" | "f";
  /** titles/roles seen attached to the entity, lower-cased, e.g. "president" */
  titles: string[];
  mentions: Mention[];
}

export interface EntityRef {
  name: string;
  id?: string;
  kind?: EntityKind;
}

interface ClaimBase {
  /** unique within an article, e.g. "q3", "d1" */
  id: string;
  kind: ClaimKind;
  /** the exact words of the claim in the body (body.slice(start, end)) */
  text: string;
  start: number;
  end: number;
  /** the sentence containing the claim, as written */
  sentence: string;
}

export interface QuoteSlots {
  speaker: EntityRef | null;
  /** the quoted words without the marks */
  quote: string;
  /** the cue verb or phrase: "said", "according to", ":" */
  cue: string | null;
  /** true for a full direct quote, false for a partial quote inside reported speech */
  direct: boolean;
  /** the speaker's words recounted by someone else ("she said he told her: ...") */
  recounted?: boolean;
  /** who recounted it, when recounted */
  via?: EntityRef | null;
}

export type DateGranularity = "day" | "month" | "year" | "range";

export interface DateSlots {
  /** YYYY-MM-DD (first day for month/year/range) */
  date: string;
  /** last day for ranges, YYYY-MM-DD */
  end?: string;
  granularity: DateGranularity;
  /** the words that name the date: "Saturday", "June 9", "(1861-1865)" */
  phrase: string;
  /** what happened on that date, in a few words, when the sentence says */
  event: string | null;
  /** what relative dates were resolved against */
  reference: "published" | "story" | "event" | "none";
}

export type RoleStatus = "former" | "acting" | "elect";

/** A title typed: what office, of what, and when. */
export interface TitleSlots {
  /** the office, one name per office ("spokesman" -> "spokesperson"); null when the title names none */
  office: string | null;
  /** what the office is of: place keys ("us", "denmark") and other words of the title ("museum") */
  jurisdiction: string[];
  /** former, acting or elect; null for a current office */
  status: RoleStatus | null;
}

export interface RoleSlots extends TitleSlots {
  person: EntityRef;
  /** the title or office as written, e.g. "Mayor of Lyon", "professor of chemistry at Leeds University" */
  title: string;
  /** former, acting, then-, interim, ... as written */
  qualifier: string | null;
}

export interface ActionSlots {
  actor: string | null;
  /** the action's lemma from the verb lexicon: propose, reject, confirm, ... */
  action: string;
  /** the verb as written */
  verb: string;
  object: string | null;
  /** to or at whom */
  target: string | null;
  /** place or destination as written: "into Denmark", "to the border" */
  place: string | null;
  /** the place as keys, head last: [denmark], [border]; null when none is named */
  placeKeys: string[] | null;
}

export interface NumberSlots {
  value: number;
  /** upper bound for ranges */
  max?: number;
  unit: string | null;
  /** over, nearly, at least, about, more than, ... as written */
  qualifier: string | null;
  /** what the qualifier makes of the value: more than it, about it, just under it, ... */
  bound: Bound;
  /** what is counted: "lives", "troops" */
  counts: string | null;
}

export type QuoteClaim = ClaimBase & { kind: "quote"; quote: QuoteSlots };
export type DateClaim = ClaimBase & { kind: "date"; date: DateSlots };
export type RoleClaim = ClaimBase & { kind: "role"; role: RoleSlots };
export type ActionClaim = ClaimBase & { kind: "action"; action: ActionSlots };
export type NumberClaim = ClaimBase & { kind: "number"; number: NumberSlots };
export type Claim = QuoteClaim | DateClaim | RoleClaim | ActionClaim | NumberClaim;

/** What every extraction stage receives: one article, tokenised once. */
/** A person's title as the article attaches it: "former President X", "X, a professor of ...". */
export interface TitleAttachment {
  entityId: string;
  /** the title as written, without the qualifier: "President", "professor of history at Lakeside University" */
  title: string;
  qualifier: string | null;
  /** offsets of the whole phrase (title and name) */
  start: number;
  end: number;
  form: "premodifier" | "apposition" | "description";
}

/** One mention of an entity, for lookups by offset. */
export interface IndexedMention {
  start: number;
  end: number;
  entity: Entity;
  via: Mention["via"];
}

export interface QuoteSegment {
  /** quoted words, marks excluded */
  start: number;
  end: number;
  /** offset of the opening mark (or paragraph start for a continued paragraph without one) */
  open: number;
  /** offset just after the closing mark, or the paragraph end when unclosed */
  close: number;
  closed: boolean;
  paragraph: number;
  /** continues a quote left open at the end of the previous paragraph */
  continued: boolean;
  /** single quotation marks (‘...’) */
  single: boolean;
}

/** The dates of one document, and the spans of every date or time read, for the number stage. */
export interface DateScan {
  claims: DateClaim[];
  /** character spans of every date or time chrono saw (incl. datelines), for the number stage */
  masks: Array<[number, number]>;
}

/**
 * What every claim stage reads, computed once per article by the pipeline: the parsed document,
 * its entities and their mentions, titles, quotation spans and dates.
 */
export interface AnalysisContext {
  doc: Doc;
  entities: Entity[];
  /** every entity mention, sorted by start */
  mentions: IndexedMention[];
  titles: TitleAttachment[];
  quoteSegments: QuoteSegment[];
  dates: DateScan;
  /** reference for relative dates: the article's publication date, or the story's */
  referenceDate: Date | null;
  referenceSource: "published" | "story" | "none";
}

/** A stage that threw on one article: its claims are missing, the rest of the analysis stands. */
export interface StageFailure {
  stage: ClaimKind;
  message: string;
}

export interface ArticleAnalysis {
  entities: Entity[];
  claims: Claim[];
  failures?: StageFailure[];
}
