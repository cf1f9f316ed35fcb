// Tokenises a body once with wink-nlp and its English lite model. Every later
// stage reads these tokens, sentences and spans instead of re-tokenising.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Doc, Paragraph, Sentence, Token } from "./types";

// Sentence boundaries and POS tags only: wink's entity recogniser costs more
// than the rest of the pipe together and no stage reads its spans.
const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

/** Paragraph boundaries: blank lines (or single newlines, for bodies laid out one paragraph a line). */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  const blankSeparated = /\n\s*\n/.test(text);
  const pattern = blankSeparated ? re : /[^\n]+/g;
  for (const m of text.matchAll(pattern)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) paragraphs.push({ i: paragraphs.length, start, end });
  }
  return paragraphs;
}

export function parse(text: string): Doc {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const paragraphs = splitParagraphs(text);

  for (const para of paragraphs) {
    // Line breaks inside a paragraph become spaces (same length, so offsets hold):
    // wink would otherwise emit them as tokens.
    const wdoc = nlp.readDoc(text.slice(para.start, para.end).replace(/[\r\n\t]/g, " "));
    const collection = wdoc.tokens();
    const values = collection.out() as string[];
    const spaces = collection.out(its.precedingSpaces) as string[];
    const pos = collection.out(its.pos) as string[];
    const lemma = collection.out(its.lemma as unknown as typeof its.value) as string[];
    const norm = collection.out(its.normal) as string[];
    const type = collection.out(its.type) as string[];
    const base = tokens.length;
    const n = values.length;
    let offset = para.start;
    for (let k = 0; k < n; k++) {
      offset += spaces[k].length;
      const start = offset;
      offset += values[k].length;
      tokens.push({
        i: base + k,
        text: values[k],
        start,
        end: offset,
        pos: pos[k],
        lemma: lemma[k],
        norm: norm[k],
        type: type[k],
        space: k + 1 < n && spaces[k + 1].length > 0,
      });
    }
    for (const span of wdoc.sentences().out(its.span) as unknown as [number, number][]) {
      const start = tokens[base + span[0]].start;
      const end = tokens[base + span[1]].end;
      sentences.push({
        i: sentences.length,
        start,
        end,
        text: text.slice(start, end),
        tokenStart: base + span[0],
        tokenEnd: base + span[1] + 1,
        paragraph: para.i,
      });
    }
  }
  return { text, tokens, sentences, paragraphs, ...tokenIndices(tokens, sentences) };
}

/** Each token's sentence, and whether it stands inside quotation marks (tracked per paragraph). */
function tokenIndices(tokens: Token[], sentences: Sentence[]): Pick<Doc, "sentenceOf" | "quoted"> {
  const n = tokens.length;
  const sentenceOf = new Int32Array(n).fill(-1);
  for (const s of sentences) for (let i = s.tokenStart; i < s.tokenEnd; i++) sentenceOf[i] = s.i;
  const quoted = new Uint8Array(n);
  // open/close decided by the mark and its context
  let open = false;
  let para = -1;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const s = sentenceOf[i] >= 0 ? sentences[sentenceOf[i]] : undefined;
    if (s && s.paragraph !== para) {
      para = s.paragraph;
      open = false;
    }
    const c = t.text;
    if (c === "\u201c" || c === "\u00ab") { open = true; continue; }
    if (c === "\u201d" || c === "\u00bb") { open = false; continue; }
    if (c === '"' || c === "''" || c === "``") {
      const prev = i > 0 ? tokens[i - 1] : undefined;
      const glued = prev && prev.end === t.start && !/^[([{\u2014\u2013-]$/.test(prev.text);
      if (open && glued) open = false;
      else if (!open && !glued) open = true;
      else open = !open;
      continue;
    }
    if (open) quoted[i] = 1;
  }
  return { sentenceOf, quoted };
}

/** The sentence containing a character offset (binary search). */
export function sentenceAt(doc: Doc, offset: number): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Index of the first token starting at or after a character offset. */
export function tokenIndexAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
