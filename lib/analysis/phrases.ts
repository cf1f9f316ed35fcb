// Small rule grammar over wink tokens, shared by the date, number and action
// stages: sentence lookup, quoted-token masks, noun phrases, subjects and the
// mapping of spans to entity names. No parser is available, so everything here
// is a left/right scan over POS tags bounded by the clause.
import type { AnalysisContext, Doc, Token } from "./types";

/** What looking up entity names needs: the mentions, sorted by start. */
type MentionContext = Pick<AnalysisContext, "mentions">;

export const isNounish = (t: Token) => t.pos === "NOUN" || t.pos === "PROPN";
const NP_INNER = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);
export const isPossessiveMark = (t: Token) => t.pos === "PART" && POSSESSIVE.has(t.text);
const isHyphen = (t: Token) => t.text === "-" || t.text === "–";

/** Tokens that can sit inside a noun phrase (incl. "U.S.-Canada", "Ruiz-Tagle", "Smith's"). */
function npInner(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (NP_INNER.has(t.pos)) return true;
  if (isPossessiveMark(t)) return true;
  if (t.pos === "PRON" && /^(his|her|their|its|our|my|your)$/i.test(t.text)) return true;
  if (isHyphen(t)) {
    const p = doc.tokens[i - 1];
    const q = doc.tokens[i + 1];
    return !!p && !!q && p.end === t.start && t.end === q.start;
  }
  // "military" and similar adjectives get VERB/ADV tags rarely; participles before a noun ("kidnapped workers")
  if (t.pos === "VERB" && /ed$/.test(t.norm)) {
    const q = doc.tokens[i + 1];
    const p = doc.tokens[i - 1];
    return !!q && q.pos === "NOUN" && !!p && (p.pos === "DET" || p.pos === "ADJ" || p.pos === "NUM");
  }
  return false;
}

export interface TokenSpan {
  /** first token */
  a: number;
  /** one past the last token */
  b: number;
}

/** The noun phrase ending at token `end` (inclusive), not reaching before `lo`. */
export function npEndingAt(doc: Doc, end: number, lo: number): TokenSpan | null {
  const t = doc.tokens[end];
  if (!t) return null;
  if (t.pos === "PRON") return { a: end, b: end + 1 };
  if (!isNounish(t) && t.pos !== "NUM") return null;
  let a = end;
  while (a - 1 >= lo && npInner(doc, a - 1)) a--;
  // an NP never starts on a possessive mark or hyphen
  while (a < end && (isPossessiveMark(doc.tokens[a]) || isHyphen(doc.tokens[a]))) a++;
  return { a, b: end + 1 };
}

/** The noun phrase starting at token `start`, not reaching `hi` (exclusive). Stops before a verb. */
export function npStartingAt(doc: Doc, start: number, hi: number): TokenSpan | null {
  let i = start;
  if (i >= hi) return null;
  const t = doc.tokens[i];
  if (t.pos === "PRON" && !/^(his|her|their|its|our|my|your)$/i.test(t.text)) return { a: i, b: i + 1 };
  let sawHead = false;
  let b = i;
  while (i < hi && npInner(doc, i)) {
    const tk = doc.tokens[i];
    if (isNounish(tk) || tk.pos === "NUM") sawHead = true;
    // stop at a determiner after a head: "troops the ..." is two phrases
    if (sawHead && tk.pos === "DET") break;
    i++;
    if (isNounish(tk) || tk.pos === "NUM") b = i;
  }
  if (!sawHead) return null;
  return { a: start, b };
}

/** Trims leading determiners ("the", "a") from a span. */
export function trimDet(doc: Doc, s: TokenSpan): TokenSpan {
  let a = s.a;
  while (a < s.b - 1 && doc.tokens[a].pos === "DET") a++;
  return { a, b: s.b };
}

/** The last run of proper nouns inside a span ("Chilean President Ana Ruiz" → "Ana Ruiz"). */
export function properRun(doc: Doc, s: TokenSpan): TokenSpan | null {
  const b = s.b;
  // a possessive or trailing noun after the name: "Smith's offer" has no name at the end
  if (b > s.a && doc.tokens[b - 1].pos !== "PROPN") return null;
  let a = b - 1;
  while (a - 1 >= s.a) {
    const p = doc.tokens[a - 1];
    if (p.pos === "PROPN" && !/^(President|Prime|Minister|Secretary|Senator|Sen\.|Rep\.|Gov\.|Governor|General|Gen\.|King|Queen|Pope|Chancellor|Mr\.|Mrs\.|Ms\.|Dr\.)$/.test(p.text)) a--;
    else if (isHyphen(p) && a - 2 >= s.a && doc.tokens[a - 2].pos === "PROPN") a -= 2;
    else break;
  }
  return { a, b };
}

export function spanText(doc: Doc, s: TokenSpan): string {
  return doc.text.slice(doc.tokens[s.a].start, doc.tokens[s.b - 1].end);
}

const BE = new Set(["be", "is", "was", "were", "are", "been", "being", "'s", "’s", "am", "'re", "get", "got", "gets", "getting", "gotten"]);
export const isBe = (t: Token) => (t.pos === "AUX" || t.pos === "VERB") && (BE.has(t.norm) || t.lemma === "be");
const NEG = new Set(["not", "n't", "never", "’t"]);
export const isNeg = (t: Token) => NEG.has(t.norm);

/** Tokens between subject and verb that do not break the link: auxiliaries, adverbs, negation. */
export function isVerbalFiller(t: Token): boolean {
  return t.pos === "AUX" || t.pos === "ADV" || isNeg(t) || (t.pos === "PART" && t.norm !== "to" && !POSSESSIVE.has(t.text));
}

const RELATIVE = new Set(["who", "which", "that", "whom"]);

export interface Subject {
  span: TokenSpan;
  /** "who" etc. already resolved to the antecedent */
  viaRelative?: boolean;
}

/**
 * The subject of the verb at token v: the noun phrase left of it (skipping
 * auxiliaries, adverbs, appositives between commas and relative pronouns).
 * Coordinated verbs ("... and rejected") and participles after a comma take the
 * subject of the previous verb in the sentence.
 */
export function subjectOf(doc: Doc, v: number, lo: number, depth = 0): Subject | null {
  let i = v - 1;
  while (i >= lo && isVerbalFiller(doc.tokens[i])) i--;
  if (i < lo) {
    // sentence-initial participle clause: "Speaking at ..., X said" → X
    if (depth === 0 && /ing$/.test(doc.tokens[v].norm)) {
      let j = v + 1;
      const hi = Math.min(doc.tokens.length, v + 30);
      while (j < hi && doc.tokens[j].text !== ",") j++;
      if (j < hi) {
        const np = npStartingAt(doc, j + 1, hi);
        if (np) return { span: np };
      }
    }
    return null;
  }
  const t = doc.tokens[i];
  if (t.pos === "PRON" && RELATIVE.has(t.norm) || t.pos === "SCONJ" && t.norm === "that" && i - 1 >= lo && isNounish(doc.tokens[i - 1])) {
    // "X, who has declined" / "the report that revealed"
    let j = i - 1;
    if (j >= lo && doc.tokens[j].text === ",") j--;
    const np = j >= lo ? npEndingAt(doc, j, lo) : null;
    if (np) return { span: skipAppositive(doc, np, lo), viaRelative: true };
    return null;
  }
  if (t.pos === "CCONJ" || t.text === ",") {
    if (t.text === ",") {
      // appositive: "X, Mayor of Lyon, has declined"
      const ap = appositiveBefore(doc, i, lo);
      if (ap) return { span: ap };
    }
    if (depth < 2) {
      // coordinated or participle clause: borrow the previous verb's subject
      for (let j = i - 1; j >= lo; j--) {
        const tk = doc.tokens[j];
        if (tk.pos === "VERB" && !/ing$/.test(tk.norm) || (tk.pos === "AUX" && j + 1 < v && doc.tokens[j + 1].pos !== "VERB")) {
          return subjectOf(doc, j, lo, depth + 1);
        }
      }
    }
    return null;
  }
  const np = npEndingAt(doc, i, lo);
  if (!np) return null;
  return { span: np };
}

/** "X, Mayor of Lyon," before token `comma`: returns X. */
function appositiveBefore(doc: Doc, comma: number, lo: number): TokenSpan | null {
  let j = comma - 1;
  let words = 0;
  while (j >= lo && doc.tokens[j].text !== "," && words < 10) {
    const tk = doc.tokens[j];
    if (tk.pos === "VERB" || tk.pos === "AUX") return null;
    j--;
    words++;
  }
  if (j < lo || doc.tokens[j].text !== ",") return null;
  return npEndingAt(doc, j - 1, lo);
}

function skipAppositive(doc: Doc, np: TokenSpan, lo: number): TokenSpan {
  // "Ana Ruiz, President of Chile, who ..." → when np is the appositive, go one step further back
  const first = doc.tokens[np.a];
  if (np.a - 1 >= lo && doc.tokens[np.a - 1].text === "," && first.pos !== "PROPN") {
    const prev = npEndingAt(doc, np.a - 2, lo);
    if (prev) return prev;
  }
  return np;
}

/** The entity named by the head (last token) of a phrase: "a Financial Times report" names no entity. */
export function headEntityName(ctx: MentionContext, doc: Doc, span: TokenSpan): string | null {
  const head = doc.tokens[span.b - 1];
  return entityNameAt(ctx, head.start, head.end);
}

/**
 * The entity a character span refers to, through the entity mentions (full
 * names, surnames, pronouns). When several mentions fall inside the span the
 * last one wins (the head of "his French counterpart Jean Dupont").
 */
export function entityNameAt(ctx: MentionContext, start: number, end: number): string | null {
  const idx = ctx.mentions;
  // first mention starting at or after `start - 200` (mentions are short)
  let lo = 0;
  let hi = idx.length;
  const from = start - 200;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (idx[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  let best: string | null = null;
  let bestEnd = -1;
  for (let k = lo; k < idx.length && idx[k].start < end; k++) {
    const e = idx[k].end;
    if (e <= start) continue;
    // overlap: prefer mentions that end last (the head of the phrase)
    if (e > bestEnd) {
      best = idx[k].entity.name;
      bestEnd = e;
    }
  }
  return best;
}
