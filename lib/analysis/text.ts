// Word-level text normalisation shared by the analysis and the comparison: case, diacritics, curly
// vs straight marks, dashes, ellipses and punctuation are ignored; words are what is compared.

import { ABBREVIATIONS, DOUBLING_VERBS, FUNCTION_WORDS, IRREGULAR_PAST, NEGATIONS } from "./lexicons/english";

export interface Tok {
  /** the word as written, without surrounding punctuation */
  text: string;
  /** lower-case, diacritic-free, alphanumeric only */
  norm: string;
}

/** Lower-case, strip diacritics, unify quote marks, dashes and ellipses. */
export function fold(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC`\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\u2026/g, "...")
    .toLowerCase();
}

/** Text matched literally inside a regular expression: "U.S. (east)" -> "U\.S\. \(east\)". */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A word's comparison form: folded, letters and digits only ("U.S." -> "us", "It’s" -> "its"). */
export function normWord(w: string): string {
  return fold(w).replace(/[^a-z0-9]+/g, "");
}

const SPLIT = /[\s\u00A0]+|\.{2,}|\u2026|[\u2010-\u2015\u2212]|-{1,}|[,;:!?"\u201C\u201D\u201E\u00AB\u00BB()[\]{}/\\|]+/;
const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Split text into word tokens. Periods inside a chunk split it unless it is an abbreviation (U.S.) or a decimal. */
export function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  for (const chunk of s.split(SPLIT)) {
    if (!chunk) continue;
    const pieces = /^(\p{L}\.){2,}\p{L}?\.?$/u.test(chunk) || /\d\.\d/.test(chunk) ? [chunk] : chunk.split(".");
    for (const p of pieces) {
      const text = p.replace(EDGE, "");
      const norm = normWord(text);
      if (norm) out.push({ text, norm });
    }
  }
  return out;
}

/** Normalised words of a text. */
export function words(s: string | null | undefined): string[] {
  return s ? tokenize(s).map((t) => t.norm) : [];
}

/** Normalised text: words joined by single spaces. */
export function normText(s: string | null | undefined): string {
  return words(s).join(" ");
}

export function isFunctionWord(w: string): boolean {
  return FUNCTION_WORDS.has(w) && !NEGATIONS.has(w);
}

export function isNegation(w: string): boolean {
  return NEGATIONS.has(w);
}

export function isContentWord(w: string): boolean {
  return !FUNCTION_WORDS.has(w) || NEGATIONS.has(w);
}

/**
 * Crude suffix stripping, enough to match "calls"/"call", "proposed"/"proposes"/"propose" and
 * "filings"/"filing": an inflection is stripped, then a silent final "e" of what is left.
 */
export function stem(w: string): string {
  const base = inflectionStripped(w);
  return base.length > 4 && base.endsWith("e") && !base.endsWith("ee") ? base.slice(0, -1) : base;
}

function inflectionStripped(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
  if (w.endsWith("ings") && w.length > 6) return w.slice(0, -4);
  if (w.endsWith("ing") && w.length > 5) return w.slice(0, -3);
  if (w.endsWith("ed") && w.length > 4) return w.slice(0, -2);
  if (w.endsWith("es") && /(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) return w.slice(0, -1);
  return w;
}

/** Singular of a counted noun ("lives" -> "life" is left to the lexicon). */
export function singular(w: string): string {
  if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
  if (/(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length > 3) return w.slice(0, -1);
  return w;
}

/** Lower-case ASCII slug for keys: "García-Núñez" -> "garcia-nunez". */


export function slug(s: string): string {
  return fold(s)
    .replace(/'s\b/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** FNV-1a 32-bit, as 8 hex characters: stable across runs and platforms. */
export function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

export interface TextSegment {
  text: string;
  /** offset of the segment in the source string */
  offset: number;
  /** the segment starts or ends with an ellipsis: words were cut there */
  cutStart: boolean;
  cutEnd: boolean;
}

/**
 * Split quoted words into sentences: at . ! ? followed by space or a capital, and at ellipses.
 * Periods of abbreviations ("U.S.", "Mr.") do not split.
 */
export function splitSentences(s: string): TextSegment[] {
  const out: TextSegment[] = [];
  let start = 0;
  let cutNext = false;
  const push = (end: number, cutEnd: boolean, nextStart: number) => {
    const raw = s.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (tokenize(text).length > 0) out.push({ text, offset: start + lead, cutStart: cutNext, cutEnd });
    cutNext = cutEnd;
    start = nextStart;
  };
  const re = /(\.{3,}|\u2026|\. ?\. ?\.)|([.!?]+)(?=["'\u2019\u201D)]*(?:\s|$|\p{Lu}))/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const end = m.index;
    const after = m.index + m[0].length;
    if (m[1]) {
      push(end, true, after);
      continue;
    }
    if (m[2] === ".") {
      const before = s.slice(start, end);
      const lastWord = (before.match(/([\p{L}.]+)$/u)?.[1] ?? "").toLowerCase();
      if (/^(\p{L}\.)+\p{L}$/u.test(lastWord) || /^\p{L}$/u.test(lastWord) || ABBREVIATIONS.has(lastWord)) continue;
    }
    push(end, false, after);
  }
  push(s.length, false, s.length);
  // a trailing segment after a final ellipsis keeps cutStart; a leading ellipsis marks the first segment
  if (out.length && /^\s*(\.{3,}|\u2026)/.test(s)) out[0].cutStart = true;
  return out;
}

/** The past tense of a verb's base form, for labels: "reject" -> "rejected", "send" -> "sent". */
export function pastTense(verb: string): string {
  const v = verb.toLowerCase();
  if (IRREGULAR_PAST[v]) return IRREGULAR_PAST[v];
  if (DOUBLING_VERBS.has(v)) return `${v}${v[v.length - 1]}ed`;
  if (v.endsWith("e")) return `${v}d`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  return `${v}ed`;
}

/** The plural of a noun, for labels: "decade" -> "decades", "country" -> "countries"; plurals stay. */
export function plural(noun: string): string {
  if (/(?:s|people|children|men|women|police|staff|personnel)$/i.test(noun)) return noun;
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** The possessive of a name, for labels, in news style: "Ana's", "Reyes'" (a final s takes the apostrophe alone). */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}
