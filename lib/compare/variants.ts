// Multi-witness collation of one quote's versions, word by word (after CollateX's idea of a
// variant graph, linearised): witnesses are aligned progressively, longest first, each against
// the growing table, comparing normalised tokens. Identical witnesses are aligned once.

import { isContentWord, normWord, type Tok } from "../analysis/text";
import type { VariantColumn, VariantTable } from "./types";

export interface Witness {
  /** article id */
  id: string;
  toks: Tok[];
  /**
   * true when the witness quotes only part of the passage (a partial quote, or cut by an ellipsis):
   * columns before its first / after its last word are outside it, not omissions
   */
  openStart: boolean;
  openEnd: boolean;
}

interface Col {
  norms: Set<string>;
  cells: Map<number, number>; // unique-sequence index -> token index in that sequence
}

const MATCH = 2;
const GAP = -1;

function bigrams(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length - 1; i++) out.push(w.slice(i, i + 2));
  return out;
}

/** Dice similarity of character bigrams: "unalterable" ~ "unassailable" more than ~ "our". */
export function charSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const A = bigrams(a);
  const B = bigrams(b);
  if (!A.length || !B.length) return 0;
  const pool = new Map<string, number>();
  for (const x of A) pool.set(x, (pool.get(x) ?? 0) + 1);
  let shared = 0;
  for (const x of B) {
    const n = pool.get(x) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(x, n - 1);
    }
  }
  return (2 * shared) / (A.length + B.length);
}

/** Substitution score: a word for a word of the same class (content/function) costs less, similar spellings less still. */
function substitution(norms: Set<string>, w: string): number {
  const wc = isContentWord(w);
  let best = -1.5;
  for (const n of norms) {
    const sc = isContentWord(n) === wc ? -1 + 0.9 * charSimilarity(n, w) : -1.5;
    if (sc > best) best = sc;
  }
  return best;
}

/** Align one token sequence against the table's columns; returns for each token its column (or -1 = new column before `insertBefore`). */
function alignOne(cols: Col[], toks: Tok[]): { col: number[]; } {
  const n = cols.length;
  const m = toks.length;
  // semi-global: skipping table columns at either end is free
  const W = m + 1;
  const score = new Float64Array((n + 1) * W);
  const move = new Uint8Array((n + 1) * W); // 1 diag, 2 up (skip column), 3 left (new column)
  for (let j = 1; j <= m; j++) {
    score[j] = score[j - 1] + GAP;
    move[j] = 3;
  }
  for (let i = 1; i <= n; i++) {
    score[i * W] = 0;
    move[i * W] = 2;
    const c = cols[i - 1];
    for (let j = 1; j <= m; j++) {
      const diag = score[(i - 1) * W + j - 1] + (c.norms.has(toks[j - 1].norm) ? MATCH : substitution(c.norms, toks[j - 1].norm));
      const up = score[(i - 1) * W + j] + (j === m ? 0 : GAP);
      const left = score[i * W + j - 1] + GAP;
      let best = diag;
      let mv = 1;
      if (up > best) {
        best = up;
        mv = 2;
      }
      if (left > best) {
        best = left;
        mv = 3;
      }
      score[i * W + j] = best;
      move[i * W + j] = mv;
    }
  }
  // free trailing columns: best end row in the last column of the DP
  let bi = n;
  for (let i = 0; i <= n; i++) if (score[i * W + m] > score[bi * W + m]) bi = i;
  const col = new Array<number>(m).fill(-1);
  let i = bi;
  let j = m;
  while (j > 0) {
    const mv = i === 0 ? 3 : move[i * W + j];
    if (mv === 1) {
      col[j - 1] = i - 1;
      i--;
      j--;
    } else if (mv === 2) i--;
    else {
      col[j - 1] = -1 - i; // new column inserted before table column i (encoded)
      j--;
    }
  }
  return { col };
}

/** Collate witnesses into a variant table. Witness order does not change the result. */
export function collate(witnesses: Witness[]): VariantTable {
  // unique sequences, longest first, then by text: the order is independent of input order
  const seqIndex = new Map<string, number>();
  const seqs: Tok[][] = [];
  const ofWitness: number[] = [];
  const keyed = witnesses.map((w) => ({ w, key: w.toks.map((t) => t.norm).join(" ") }));
  const order = [...new Set(keyed.map((k) => k.key))]
    .map((key) => ({ key, toks: keyed.find((k) => k.key === key)!.w.toks }))
    .sort((a, b) => b.toks.length - a.toks.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const o of order) {
    seqIndex.set(o.key, seqs.length);
    seqs.push(o.toks);
  }
  for (const k of keyed) ofWitness.push(seqIndex.get(k.key)!);

  let cols: Col[] = [];
  seqs.forEach((toks, s) => {
    if (cols.length === 0) {
      cols = toks.map((t, j) => ({ norms: new Set([t.norm]), cells: new Map([[s, j]]) }));
      return;
    }
    const { col } = alignOne(cols, toks);
    // rebuild the column list with insertions
    const inserts = new Map<number, Col[]>(); // before table column i
    const next: Col[] = [];
    toks.forEach((t, j) => {
      const c = col[j];
      if (c >= 0) {
        cols[c].norms.add(t.norm);
        cols[c].cells.set(s, j);
      } else {
        const before = -1 - c;
        const list = inserts.get(before) ?? [];
        list.push({ norms: new Set([t.norm]), cells: new Map([[s, j]]) });
        inserts.set(before, list);
      }
    });
    for (let i = 0; i <= cols.length; i++) {
      for (const c of inserts.get(i) ?? []) next.push(c);
      if (i < cols.length) next.push(cols[i]);
    }
    cols = next;
  });

  // a version that is a stretch of a longer one was cut there (trimmed by the outlet): outside, not omitted
  const trimmed = seqs.map((t, s) => seqs.some((o, k) => k !== s && o.length > t.length && isStretchOf(t, o)));

  // expand unique sequences to witnesses (articles), compute spans and variation
  const ids = witnesses.map((w) => w.id);
  const firstCol = new Map<number, number>();
  const lastCol = new Map<number, number>();
  cols.forEach((c, ci) => {
    for (const s of c.cells.keys()) {
      if (!firstCol.has(s)) firstCol.set(s, ci);
      lastCol.set(s, ci);
    }
  });
  const columns: VariantColumn[] = cols.map((c, ci) => {
    const tokens: Record<string, string | null> = {};
    const outside: string[] = [];
    const inSpan: (string | null)[] = [];
    witnesses.forEach((w, wi) => {
      const s = ofWitness[wi];
      const j = c.cells.get(s);
      const t = j === undefined ? undefined : w.toks[j];
      tokens[w.id] = t ? t.text : null;
      const out = ((w.openStart || trimmed[s]) && ci < firstCol.get(s)!) || ((w.openEnd || trimmed[s]) && ci > lastCol.get(s)!);
      if (out) outside.push(w.id);
      else inSpan.push(t ? t.norm : null);
    });
    const varies = inSpan.some((x) => x !== inSpan[0]);
    return outside.length ? { tokens, varies, outside } : { tokens, varies };
  });
  return { witnesses: ids, columns };
}

/**
 * Is `short` a stretch of `long`: a prefix, a suffix or a run inside it, word for word, or with a
 * few words substituted (at most a quarter, never its first or last word)? "We will not sign"
 * is a stretch of "We will not sign this treaty"; a version with words added is not.
 */
export function isStretchOf(short: Tok[], long: Tok[]): boolean {
  const n = short.length;
  if (n === 0 || n >= long.length) return false;
  const allowed = Math.floor(n / 4);
  outer: for (let i = 0; i + n <= long.length; i++) {
    if (long[i].norm !== short[0].norm || long[i + n - 1].norm !== short[n - 1].norm) continue;
    let miss = 0;
    for (let k = 1; k < n - 1; k++) if (long[i + k].norm !== short[k].norm && ++miss > allowed) continue outer;
    return true;
  }
  return false;
}

/** The norm of a cell, for comparison (tables keep the written form). */
export function cellNorm(text: string | null): string | null {
  return text === null ? null : normWord(text);
}
