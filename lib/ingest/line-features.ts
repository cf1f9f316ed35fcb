// Surface features of one line of text: word count, sentence punctuation, title-case ratio.

/** Words that stay lower case in title-case headlines; ignored when measuring the title-case ratio. */
const MINOR_WORDS = new Set([
  "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "with",
  "from", "as", "vs", "vs.", "via", "into", "onto", "over", "per", "up", "off", "out", "than", "so", "yet",
]);

export interface LineFeatures {
  words: number;
  /** ends in . ! ? or an ellipsis, possibly followed by closing quotes or brackets */
  endsSentence: boolean;
  /** share of capitalised words among the words that are not minor words (0..1) */
  titleRatio: number;
  /** words that start with a lower-case letter and are not minor words ("has", "won") */
  lowerWords: number;
  /** ends in a colon (a line that introduces a quote or a list) */
  endsColon: boolean;
}

const RE_SENTENCE_END = /[.!?…]["'”’»)\]]*$/;
const RE_LIST_MARKER = /^(?:[-*•·▪►>]+|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+/;

/** The line without a leading bullet or number ("- ", "• ", "1. "). */
export function stripListMarker(line: string): string {
  return line.replace(RE_LIST_MARKER, "");
}

export function lineFeatures(line: string): LineFeatures {
  const text = stripListMarker(line);
  let words = 0;
  let considered = 0;
  let capitals = 0;
  // a hand-written split is faster than a regex split on this hot path
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && text.charCodeAt(i) <= 32) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && text.charCodeAt(i) > 32) i++;
    const word = text.slice(start, i);
    let first = -1;
    for (let k = 0; k < word.length; k++) {
      const code = word.charCodeAt(k);
      if (code < 128) {
        // ASCII: a cased letter or a digit (same test as below, without allocating)
        if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
          first = k;
          break;
        }
        continue;
      }
      const c = word[k];
      if (c.toLowerCase() !== c.toUpperCase()) {
        first = k;
        break;
      }
    }
    if (first < 0) continue; // punctuation only ("|", "-", "—")
    words++;
    const c = word[first];
    if (c >= "0" && c <= "9") continue;
    if (MINOR_WORDS.has(word.toLowerCase())) continue;
    considered++;
    if (c !== c.toLowerCase()) capitals++;
  }
  return {
    words,
    endsSentence: RE_SENTENCE_END.test(text),
    titleRatio: considered === 0 ? 0 : capitals / considered,
    lowerWords: considered - capitals,
    endsColon: text.endsWith(":"),
  };
}

/**
 * Title case: most words capitalised and at most one ordinary lower-case word. A sentence full of
 * names ("Trump has won Georgia, Virginia and Alabama.") still has its lower-case verbs.
 */
export function isTitleCase(f: LineFeatures): boolean {
  return f.titleRatio >= 0.6 && f.lowerWords <= 1;
}

/** A line that reads as article prose: a sentence of some length that is not a title-case headline. */
export function isBodyLike(f: LineFeatures): boolean {
  return (f.words >= 8 && (f.endsSentence || f.endsColon) && !isTitleCase(f)) || (f.words >= 25 && f.lowerWords >= 3);
}

/** A short sentence ("And, yes, it is all legal."): body when it sits next to body lines. */
export function isSentenceLike(f: LineFeatures): boolean {
  return f.words >= 3 && (f.endsSentence || (f.endsColon && f.words >= 5)) && !isTitleCase(f);
}

/** A line shaped like a headline: a few words, no final full stop. */
export function isHeadlineLike(f: LineFeatures): boolean {
  return f.words >= 3 && f.words <= 30 && (!f.endsSentence || isTitleCase(f));
}

/** Case- and punctuation-insensitive form for comparing lines (title repeated in the body). */
export function normalizeForCompare(line: string): string {
  return stripListMarker(line)
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .trim();
}
