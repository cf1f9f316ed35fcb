// Where two texts run word for word alike: every run of SHINGLE normalised words is indexed once
// (an inverted index, so the cost follows the text, not the number of article pairs), runs two
// articles share are joined along their diagonal, and nearby stretches are bridged over a few
// edited, added or cut words.

import type { Word } from "./words";

/** Words per shingle: eight words in the same order are rarely common phrasing. */
export const SHINGLE = 8;
/** Words a reprint may change, add or drop between two stretches that are still one passage. */
const MAX_GAP = 3;

/** One passage two articles share: word ranges [a0, a1) in the first and [b0, b1) in the second. */
export interface Segment {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/**
 * For every pair of documents x < y sharing at least one shingle, the flat list of matched shingle
 * starts (i in x, j in y, alternating), keyed by x * docs.length + y.
 */
export function sharedShingles(docs: Word[][]): Map<number, number[]> {
  const vocab = new Map<string, number>();
  const ids = docs.map((ws) => ws.map((w) => vocab.get(w.norm) ?? vocab.set(w.norm, vocab.size).get(w.norm)!));
  const index = new Map<string, number[]>();
  ids.forEach((seq, d) => {
    for (let i = 0; i + SHINGLE <= seq.length; i++) {
      const key = seq.slice(i, i + SHINGLE).join(",");
      const post = index.get(key);
      if (post) post.push(d, i);
      else index.set(key, [d, i]);
    }
  });
  const pairs = new Map<number, number[]>();
  for (const post of index.values()) {
    if (post.length < 4) continue;
    for (let p = 0; p < post.length; p += 2) {
      for (let q = p + 2; q < post.length; q += 2) {
        const [x, i, y, j] = post[p] < post[q] ? [post[p], post[p + 1], post[q], post[q + 1]] : [post[q], post[q + 1], post[p], post[p + 1]];
        if (x === y) continue;
        const k = x * docs.length + y;
        const list = pairs.get(k);
        if (list) list.push(i, j);
        else pairs.set(k, [i, j]);
      }
    }
  }
  return pairs;
}

/** Matched shingle starts joined into passages: first along each diagonal, then across small edits. */
export function segmentsOf(matches: number[]): Segment[] {
  const starts: [number, number][] = [];
  for (let k = 0; k < matches.length; k += 2) starts.push([matches[k], matches[k + 1]]);
  starts.sort((p, q) => p[0] - p[1] - (q[0] - q[1]) || p[0] - q[0]);
  const runs: Segment[] = [];
  for (const [i, j] of starts) {
    const r = runs[runs.length - 1];
    if (r && r.a0 - r.b0 === i - j && i <= r.a1) {
      r.a1 = i + SHINGLE;
      r.b1 = j + SHINGLE;
    } else runs.push({ a0: i, a1: i + SHINGLE, b0: j, b1: j + SHINGLE });
  }
  runs.sort((p, q) => p.a0 - q.a0 || p.b0 - q.b0);
  const out: Segment[] = [];
  for (const r of runs) {
    const c = out[out.length - 1];
    if (c && r.a0 >= c.a0 && r.b0 >= c.b0 && r.a0 <= c.a1 + MAX_GAP && r.b0 <= c.b1 + MAX_GAP) {
      c.a1 = Math.max(c.a1, r.a1);
      c.b1 = Math.max(c.b1, r.b1);
    } else out.push({ ...r });
  }
  return out;
}

/** Word ranges merged where they overlap or touch. */
export function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
