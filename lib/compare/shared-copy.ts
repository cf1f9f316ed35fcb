// Shared copy: articles that reprint one text (a news agency's story run by several outlets with
// light edits) are one source, however many outlets carry them. Pairs are found from shared runs of
// words (shared-copy/match.ts); pairs that share enough of their own words join one copy group.
// Pure and deterministic: no I/O, the result does not depend on the input order.

import { mergeRanges, segmentsOf, sharedShingles } from "./shared-copy/match";
import { wordsOf, type Word } from "./shared-copy/words";

/**
 * Own shared words (outside quotations, posts and captions) that make two articles one text: a
 * paragraph or more. Reports written apart share names, stock phrases and the quotations they
 * both give, and a rewrite may borrow a sentence or two; seldom a paragraph of narration.
 */
export const MIN_SHARED_WORDS = 50;
/** A shared passage shorter than this is a stock phrase (an organisation's full name, a dateline). */
const MIN_PASSAGE_WORDS = 12;
/** A short article (an alert, a brief) that is mostly another's text is a copy of it too... */
export const MIN_SHARE = 0.6;
/** ...when what it shares is at least a sentence long. */
const MIN_SHORT_WORDS = 12;

/** A stretch of a body, as character offsets [start, end). */
export interface CopySpan {
  start: number;
  end: number;
}

export interface SharedCopyPair {
  /** the two article ids, a < b */
  a: string;
  b: string;
  /** the shared passages in each body, merged, in text order */
  spansA: CopySpan[];
  spansB: CopySpan[];
  /** the words of each article inside its spans (light edits bridged), and their share of the article */
  wordsA: number;
  wordsB: number;
  shareA: number;
  shareB: number;
}

export interface SharedCopy {
  /** copy groups of two or more articles (ids sorted; groups by their first id) */
  groups: string[][];
  pairs: SharedCopyPair[];
}

export interface CopyArticle {
  id: string;
  body?: string | null;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function findSharedCopy(articles: CopyArticle[]): SharedCopy {
  // one document per id, in id order, so that the result does not depend on the input order
  const byId = new Map<string, string>();
  for (const a of articles) if (!byId.has(a.id)) byId.set(a.id, a.body ?? "");
  const ids = [...byId.keys()].sort(cmp);
  const docs = ids.map((id) => wordsOf(byId.get(id)!));
  const pairs: SharedCopyPair[] = [];
  for (const [key, matches] of sharedShingles(docs)) {
    const [x, y] = [Math.floor(key / docs.length), key % docs.length];
    const pair = pairOf(ids[x], ids[y], docs[x], docs[y], matches);
    if (pair) pairs.push(pair);
  }
  pairs.sort((p, q) => cmp(p.a, q.a) || cmp(p.b, q.b));
  return { groups: copyGroups(ids, pairs), pairs };
}

function pairOf(a: string, b: string, A: Word[], B: Word[], matches: number[]): SharedCopyPair | null {
  const segments = segmentsOf(matches).filter((s) => Math.min(s.a1 - s.a0, s.b1 - s.b0) >= MIN_PASSAGE_WORDS);
  if (!segments.length) return null;
  const rangesA = mergeRanges(segments.map((s) => [s.a0, s.a1]));
  const rangesB = mergeRanges(segments.map((s) => [s.b0, s.b1]));
  const ownIn = (ws: Word[], s: number, e: number) => ws.slice(s, e).filter((w) => !w.quoted).length;
  const total = (rs: [number, number][]) => rs.reduce((n, [s, e]) => n + e - s, 0);
  // a passage one article quotes and the other narrates is someone's statement, not copy: the lesser
  // count of each passage; passages repeated within an article are counted once
  const own = Math.min(
    segments.reduce((n, s) => n + Math.min(ownIn(A, s.a0, s.a1), ownIn(B, s.b0, s.b1)), 0),
    rangesA.reduce((n, [s, e]) => n + ownIn(A, s, e), 0),
    rangesB.reduce((n, [s, e]) => n + ownIn(B, s, e), 0),
  );
  const wordsA = total(rangesA);
  const wordsB = total(rangesB);
  const shareA = wordsA / A.length;
  const shareB = wordsB / B.length;
  const shorter = A.length <= B.length ? shareA : shareB;
  if (own < MIN_SHARED_WORDS && !(own >= MIN_SHORT_WORDS && shorter >= MIN_SHARE)) return null;
  const spans = (ws: Word[], rs: [number, number][]) => rs.map(([s, e]) => ({ start: ws[s].start, end: ws[e - 1].end }));
  return {
    a, b, spansA: spans(A, rangesA), spansB: spans(B, rangesB),
    wordsA, wordsB, shareA: round3(shareA), shareB: round3(shareB),
  };
}

/** Articles joined by shared copy, transitively (union-find). */
function copyGroups(ids: string[], pairs: SharedCopyPair[]): string[][] {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const p of pairs) {
    const [ra, rb] = [find(p.a), find(p.b)];
    if (ra !== rb) parent.set(cmp(ra, rb) < 0 ? rb : ra, cmp(ra, rb) < 0 ? ra : rb);
  }
  const groups = new Map<string, string[]>();
  for (const id of ids) (groups.get(find(id)) ?? groups.set(find(id), []).get(find(id))!).push(id);
  return [...groups.values()].filter((g) => g.length > 1).sort((g, h) => cmp(g[0], h[0]));
}

/**
 * Each article's source unit: articles of one copy group, or of one outlet, are one source (an
 * outlet's own articles are never independent of each other). Keyed by article id.
 */
export function sourceUnits(articles: { id: string; outlet: string }[], copy: SharedCopy): Map<string, string> {
  const unit = new Map<string, string>();
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.has(x) && parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  const join = (x: string, y: string) => {
    const [rx, ry] = [find(x), find(y)];
    if (rx !== ry) parent.set(cmp(rx, ry) < 0 ? ry : rx, cmp(rx, ry) < 0 ? rx : ry);
  };
  const node = (id: string) => `article\u0000${id}`;
  for (const a of articles) join(node(a.id), `outlet\u0000${a.outlet}`);
  for (const g of copy.groups) for (const id of g.slice(1)) join(node(g[0]), node(id));
  for (const a of articles) unit.set(a.id, find(node(a.id)));
  return unit;
}

/** Independent sources among these articles: their distinct source units (an unknown id is its own). */
export function countIndependent(articleIds: Iterable<string>, units: Map<string, string>): number {
  return new Set([...articleIds].map((id) => units.get(id) ?? `article\u0000${id}`)).size;
}
