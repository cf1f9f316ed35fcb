// The line filter: marks every line of an article page as body or boilerplate.
//
// 1. Each line gets its surface features and, where one fits, a generic boilerplate pattern
//    (dateline, byline, ad marker, caption, menu, footer, ...).
// 2. Lines that read as prose (>= 8 words, sentence punctuation, not title case; or >= 25 words)
//    are strong anchors; short sentences are weak anchors. Anchors separated by at most a few
//    other lines form runs; the run with the most prose words is the article, and close runs
//    with substantial prose join it.
// 3. Lines outside the main run are removed (runs of short title-like lines as "headline list");
//    inside it, only pattern lines, labels, repeated titles and title-case headlines are removed.
// Linear in the number of lines.

import type { Segment } from "./types";
import { boilerplateReason } from "./boilerplate";
import { isBylineLine } from "./bylines";
import { parseDateline, type Dateline } from "./datelines";
import {
  isBodyLike,
  isHeadlineLike,
  isSentenceLike,
  isTitleCase,
  lineFeatures,
  normalizeForCompare,
  type LineFeatures,
} from "./line-features";

export type BlockKind = "p" | "heading" | "li" | "caption" | "quote" | "pre";

export interface Unit {
  text: string;
  kind?: BlockKind;
  /** a blank line (or a block boundary) separates this unit from the previous one */
  blankBefore?: boolean;
}

/**
 * text: the full heuristic (plain text pages);
 * html: Readability output (already focused on the article: wider gaps, headings kept);
 * light: clean text (news-please): only pattern lines and repeated titles are removed.
 */
export type FilterMode = "text" | "html" | "light";

export interface FilterOptions {
  mode: FilterMode;
  /** a title known from metadata; when absent the filter picks a title line itself */
  title?: string | null;
}

export interface FilterResult {
  segments: Segment[];
  /** index of the line taken as the title, when the title came from the text */
  titleIndex: number;
  /** datelines found, in order */
  datelines: { index: number; dateline: Dateline }[];
  /** indexes of byline lines */
  bylines: number[];
}

type Anchor = 2 | 1 | 0; // strong, weak, none

interface Run {
  start: number;
  end: number; // inclusive
  strong: number; // words in strong lines
  weak: number;
}

const GAP: Record<FilterMode, number> = { text: 4, html: 6, light: 0 };

function findRuns(anchor: Anchor[], words: number[], gap: number): Run[] {
  const runs: Run[] = [];
  let cur: Run | null = null;
  let lastAnchor = -1;
  for (let i = 0; i < anchor.length; i++) {
    if (anchor[i] === 0) continue;
    if (cur && i - lastAnchor - 1 <= gap) {
      cur.end = i;
    } else {
      cur = { start: i, end: i, strong: 0, weak: 0 };
      runs.push(cur);
    }
    if (anchor[i] === 2) cur.strong += words[i];
    else cur.weak += words[i];
    lastAnchor = i;
  }
  return runs;
}

function pickMainRun(runs: Run[]): Run | null {
  if (runs.length === 0) return null;
  let best = 0;
  const score = (r: Run) => r.strong * 4 + r.weak;
  for (let i = 1; i < runs.length; i++) if (score(runs[i]) > score(runs[best])) best = i;
  // join neighbouring runs that carry real prose (an article split by an embedded list or box)
  let lo = best;
  let hi = best;
  const min = Math.max(40, runs[best].strong * 0.15);
  while (lo > 0 && runs[lo].start - runs[lo - 1].end - 1 <= 12 && runs[lo - 1].strong >= min) lo--;
  while (hi < runs.length - 1 && runs[hi + 1].start - runs[hi].end - 1 <= 12 && runs[hi + 1].strong >= min) hi++;
  let strong = 0;
  let weak = 0;
  for (let i = lo; i <= hi; i++) {
    strong += runs[i].strong;
    weak += runs[i].weak;
  }
  return { start: runs[lo].start, end: runs[hi].end, strong, weak };
}

function sentenceCount(text: string): number {
  const m = text.match(/[.!?]+["'”’)]*(?=\s+\S|$)/g);
  return m ? m.length : 0;
}

/** Marks each unit kept or removed; see the module comment. */
export function filterLines(units: Unit[], opts: FilterOptions): FilterResult {
  const n = units.length;
  const feats: LineFeatures[] = new Array(n);
  const reasons: (string | null)[] = new Array(n).fill(null);
  const anchor: Anchor[] = new Array(n).fill(0);
  const words: number[] = new Array(n);
  const datelines: { index: number; dateline: Dateline }[] = [];
  const bylines: number[] = [];

  for (let i = 0; i < n; i++) {
    const u = units[i];
    const f = lineFeatures(u.text);
    feats[i] = f;
    words[i] = f.words;
    let reason: string | null = null;
    if (u.kind === "caption") reason = "caption";
    if (!reason && f.words <= 30 && /\d{4}/.test(u.text)) {
      const d = parseDateline(u.text);
      if (d) {
        reason = "dateline";
        datelines.push({ index: i, dateline: d });
      }
    }
    if (!reason && isBylineLine(u.text, f.words, f.endsSentence)) {
      reason = "byline";
      bylines.push(i);
    }
    if (!reason) reason = boilerplateReason(u.text, f);
    reasons[i] = reason;
    if (!reason) anchor[i] = isBodyLike(f) ? 2 : isSentenceLike(f) ? 1 : 0;
  }

  // main run
  let run: Run | null;
  if (opts.mode === "light") {
    run = n > 0 ? { start: 0, end: n - 1, strong: 0, weak: 0 } : null;
  } else {
    run = pickMainRun(findRuns(anchor, words, GAP[opts.mode]));
  }
  const runStart = run ? run.start : n;
  const runEnd = run ? run.end : -1;

  // title
  const titleNorm = opts.title ? normalizeForCompare(opts.title) : "";
  let titleIndex = -1;
  if (!titleNorm && opts.mode === "text") {
    titleIndex = pickTitle(units, feats, reasons, runStart);
    if (titleIndex < 0 && run && runStart < n) {
      // the first line of the text, short and a single sentence, heads the body (a headline with a full stop)
      const firstContent = firstUnreasoned(reasons, 0, runStart + 1);
      const f = feats[runStart];
      if (firstContent === runStart && run.end > runStart && f.words <= 20 && sentenceCount(units[runStart].text) <= 1
        && (units[runStart + 1]?.blankBefore || feats[runStart + 1]?.words > f.words)) {
        titleIndex = runStart;
      }
    }
  }
  const titleKey = titleNorm || (titleIndex >= 0 ? normalizeForCompare(units[titleIndex].text) : "");

  const headlineList = markHeadlineLists(units, feats, reasons, runStart, runEnd);
  // A line whose normal form equals the title has at least f.words words there: each word
  // lineFeatures counts holds a cased letter or a digit, which normalizeForCompare keeps (the only
  // cased characters outside \p{L}\p{N} are U+0345 and the circled letters), and its words are
  // split on whitespace. So a line with more words than the title needs no compare.
  const titleWords = titleKey ? titleKey.split(" ").length : 0;
  const mayRepeatTitle = (u: Unit, f: LineFeatures) => f.words <= titleWords || /[\u0345\u24B6-\u24E9]/.test(u.text);

  const segments: Segment[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const u = units[i];
    const f = feats[i];
    let reason = reasons[i];
    if (!reason && i === titleIndex) reason = "title";
    if (!reason && titleKey && f.words <= 40 && mayRepeatTitle(u, f) && normalizeForCompare(u.text) === titleKey) reason = "title repeated";
    if (!reason && (i < runStart || i > runEnd)) reason = headlineList[i] ? "headline list" : "outside main text";
    if (!reason && anchor[i] === 0 && opts.mode !== "light") {
      const heading = u.kind === "heading";
      if (f.words <= 1 && !f.endsSentence && !heading) reason = "label";
      else if (f.words === 0) reason = "label";
      else if (!heading && opts.mode === "text" && f.words >= 4 && isTitleCase(f) && isHeadlineLike(f) && (!f.endsSentence || f.lowerWords === 0)) reason = "headline";
      else if (headlineList[i]) reason = "headline list";
    }
    segments[i] = reason ? { text: u.text, kept: false, reason } : { text: u.text, kept: true };
  }
  return { segments, titleIndex, datelines, bylines };
}

function firstUnreasoned(reasons: (string | null)[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (!reasons[i]) return i;
  return -1;
}

/** Groups of lines with no blank line between them; true for lines in groups of >= 3 title-like lines. */
function markHeadlineLists(
  units: Unit[],
  feats: LineFeatures[],
  reasons: (string | null)[],
  runStart: number,
  runEnd: number,
): boolean[] {
  const n = units.length;
  const out: boolean[] = new Array(n).fill(false);
  let i = 0;
  while (i < n) {
    // after the body, blank lines do not break a list (trending boxes put each item in its own block)
    const inside = i >= runStart && i <= runEnd;
    let j = i + 1;
    while (j < n && (!units[j].blankBefore || j > runEnd) && (j >= runStart && j <= runEnd) === inside) j++;
    let count = 0;
    for (let k = i; k < j; k++) {
      if (!reasons[k] && isHeadlineLike(feats[k])) count++;
    }
    if (count >= 3) for (let k = i; k < j; k++) out[k] = !isBodyLike(feats[k]);
    i = j;
  }
  return out;
}

/** The headline of a plain-text page: the first headline-like line before the body that is not in a list. */
function pickTitle(units: Unit[], feats: LineFeatures[], reasons: (string | null)[], runStart: number): number {
  let groupStart = 0;
  const groupOf: number[] = new Array(runStart);
  for (let i = 0; i < runStart; i++) {
    if (i > 0 && units[i].blankBefore) groupStart = i;
    groupOf[i] = groupStart;
  }
  const listy = new Set<number>();
  for (let i = 0; i < runStart; ) {
    let j = i;
    let count = 0;
    while (j < runStart && groupOf[j] === groupOf[i]) {
      if (!reasons[j] && isHeadlineLike(feats[j])) count++;
      j++;
    }
    if (count >= 3) listy.add(groupOf[i]);
    i = j;
  }
  for (let i = 0; i < runStart; i++) {
    if (reasons[i] || listy.has(groupOf[i])) continue;
    const f = feats[i];
    if (f.words >= 3 && f.words <= 30 && sentenceCount(units[i].text) <= 1 && !/[:,]$/.test(units[i].text)) return i;
  }
  return -1;
}
