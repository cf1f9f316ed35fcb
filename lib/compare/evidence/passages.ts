// Passage alignment: which sentences of different articles report the same fact. Each sentence is
// a bag of content-word stems, names and normalised numbers, weighted by rarity across the story's
// articles (a word every article uses says little about which fact a sentence reports). Candidate
// pairs come from an inverted index over each sentence's rarest terms, so the cost grows with the
// number of sentences that share a rare term, not with the square of the story's size.

import { isContentWord, normWord, stem, tokenize } from "../normalize";

export interface Passage {
  /** index in the story's passage list */
  i: number;
  articleId: string;
  outlet: string;
  /** the sentence exactly as the article wrote it */
  text: string;
  terms: Set<string>;
}

export interface AlignedPair {
  a: Passage;
  b: Passage;
  /** cosine of the two passages' rarity-weighted term sets, in [0, 1] */
  similarity: number;
  /** rarity-weighted share of terms the two passages have in common that are rare in the story */
  shared: string[];
}

/** Terms of one sentence: content-word stems, and numbers without their grouping commas. */
export function passageTerms(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of tokenize(text)) {
    const w = t.norm;
    if (/^\d/.test(w)) {
      out.add(`#${t.text.replace(/,/g, "").replace(/[^0-9.]/g, "")}`);
      continue;
    }
    if (w.length < 2 || !isContentWord(w)) continue;
    out.add(stem(normWord(w)));
  }
  return out;
}

export interface PassageIndex {
  passages: Passage[];
  /** inverse document frequency of a term over the story's articles */
  idf(term: string): number;
  /** the pairs of passages of different outlets at or above `min` similarity, best first */
  aligned(min: number): AlignedPair[];
  /** cosine of two passages' rarity-weighted term sets */
  similarity(a: number, b: number): number;
}

/** How many of a passage's rarest terms feed the candidate index (blocking). */
const BLOCK_TERMS = 6;

export function indexPassages(input: { articleId: string; outlet: string; text: string }[]): PassageIndex {
  const passages: Passage[] = input.map((p, i) => ({ ...p, i, terms: passageTerms(p.text) }));
  const articles = new Set(passages.map((p) => p.articleId));
  const df = new Map<string, Set<string>>();
  for (const p of passages) for (const t of p.terms) (df.get(t) ?? df.set(t, new Set()).get(t)!).add(p.articleId);
  const n = Math.max(articles.size, 1);
  const idfOf = new Map<string, number>();
  for (const [t, s] of df) idfOf.set(t, Math.log(1 + n / s.size));
  const idf = (t: string) => idfOf.get(t) ?? Math.log(1 + n);
  const norm = passages.map((p) => Math.sqrt([...p.terms].reduce((s, t) => s + idf(t) ** 2, 0)) || 1);

  const similarity = (x: number, y: number): number => {
    const a = passages[x];
    const b = passages[y];
    let dot = 0;
    for (const t of a.terms) if (b.terms.has(t)) dot += idf(t) ** 2;
    return dot / (norm[x] * norm[y]);
  };
  const aligned = (min: number): AlignedPair[] => {
    const postings = new Map<string, number[]>();
    for (const p of passages) {
      const rare = [...p.terms].sort((x, y) => idf(y) - idf(x) || (x < y ? -1 : 1)).slice(0, BLOCK_TERMS);
      for (const t of rare) (postings.get(t) ?? postings.set(t, []).get(t)!).push(p.i);
    }
    const seen = new Set<string>();
    const out: AlignedPair[] = [];
    for (const list of postings.values()) {
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const a = passages[list[x]];
          const b = passages[list[y]];
          if (a.outlet === b.outlet) continue;
          const k = `${a.i}:${b.i}`;
          if (seen.has(k)) continue;
          seen.add(k);
          const shared = [...a.terms].filter((t) => b.terms.has(t));
          const dot = shared.reduce((s, t) => s + idf(t) ** 2, 0);
          const similarity = dot / (norm[a.i] * norm[b.i]);
          if (similarity >= min) out.push({ a, b, similarity, shared });
        }
      }
    }
    return out.sort((p, q) => q.similarity - p.similarity || p.a.i - q.a.i || p.b.i - q.b.i);
  };
  return { passages, idf, aligned, similarity };
}
