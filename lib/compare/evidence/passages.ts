// Sentences as evidence: each is a bag of content-word stems and normalised numbers, weighted by
// rarity across the story's articles (a word every article uses says little about which fact a
// sentence reports). The same weights score the words around two values (index.ts).

import { isContentWord, normWord, stem, tokenize } from "../../analysis/text";

export interface Passage {
  /** index in the story's passage list */
  i: number;
  articleId: string;
  outlet: string;
  /** the sentence exactly as the article wrote it */
  text: string;
  terms: Set<string>;
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
  /** cosine of two passages' rarity-weighted term sets */
  similarity(a: number, b: number): number;
}

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
  return { passages, idf, similarity };
}
