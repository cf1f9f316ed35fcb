// The words of a body with their character offsets, and whether each is material the article
// carries rather than writes: inside quotation marks, an embedded social-media post, a photo's
// caption. Reports written apart share those as well.

import { normWord } from "../../analysis/text";

type Quote = "" | "double" | "single";

export interface Word {
  norm: string;
  start: number;
  end: number;
  /** inside quotation marks, an embedded post or a caption: words the article carries, not its own */
  quoted: boolean;
}

// inner apostrophes and hyphens keep one word whole ("don't", "well-known"); a period never
// does, so a sentence run into the next without a space ("ended.Next") still splits
const WORD = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;
/** What follows a detached apostrophe ("Velmar 's") rather than an opening quotation mark. */
const CLITIC = /^(?:s|t|d|m|ll|re|ve)$/i;

/** Quote state after the marks between two words; a new paragraph closes any quotation left open. */
function quoteState(gap: string, open: Quote, atStart: boolean, next: string): Quote {
  let state = open;
  for (let k = 0; k < gap.length; k++) {
    const ch = gap[k];
    if (ch === "\n") state = "";
    else if (ch === '"') state = state === "double" ? "" : "double";
    else if (ch === "\u201C" || ch === "\u201E" || ch === "\u00AB") state = "double";
    else if (ch === "\u201D" || ch === "\u00BB") state = "";
    else if (ch === "\u2018") state = state || "single";
    else if (ch === "\u2019" || ch === "'") {
      // a single mark right after a space and right before a word opens; otherwise it closes a
      // single quotation, or is an apostrophe ("the students' union")
      const opens = k === gap.length - 1 && (k > 0 ? /\s/.test(gap[k - 1]) : atStart) && !CLITIC.test(next);
      if (state === "single") state = "";
      else if (!state && opens) state = "single";
    }
  }
  return state;
}

/** An embedded post's paragraph names its author's handle: "— Jane Doe (@janedoe) May 1, 2020". */
const POST_HANDLE = /\(@\w{1,30}\)/;
/** A caption ends with its photo credit in parentheses: "(Photo: Jane Doe/Agency)", "(City via Agency)". */
const CREDITS = /(?:\([^()\n]{2,60}\)\s*)+$/;
const CREDIT_WORD = /\bphotos?\b|\/|\bvia\b|\bimages?\b/i;

/** [start, end) of each paragraph that is an embedded post or a caption. */
function carriedParagraphs(body: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const line of body.split("\n")) {
    const credits = CREDITS.exec(line.trimEnd());
    if (POST_HANDLE.test(line) || (credits && CREDIT_WORD.test(credits[0]))) out.push([start, start + line.length]);
    start += line.length + 1;
  }
  return out;
}

export function wordsOf(body: string): Word[] {
  const carried = carriedParagraphs(body);
  const out: Word[] = [];
  let last = 0;
  let state: Quote = "";
  let p = 0;
  for (const m of body.matchAll(WORD)) {
    const start = m.index;
    state = quoteState(body.slice(last, start), state, last === 0, m[0]);
    const end = start + m[0].length;
    while (p < carried.length && carried[p][1] <= start) p++;
    const inCarried = p < carried.length && carried[p][0] <= start;
    const norm = normWord(m[0]);
    if (norm) out.push({ norm, start, end, quoted: state !== "" || inCarried });
    last = end;
  }
  return out;
}
