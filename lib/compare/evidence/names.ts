// Multi-word names of one thing that differ in their last word ("the Harbor Light Array" / "the
// Harbor Light Lens"): a product, a programme or a device misnamed. The words before the last are
// what the name is of; the last word is the value. Words that only say what kind of body a name is
// ("Airlines", "Fund", "Center") are worded loosely by outlets, and a title or a place in the name
// makes it a person's or a place's, whose last words are other people and places: neither is read.

import { ORG_WORDS, NON_NAME_WORDS } from "../../analysis/lexicons/names";
import { isTitleWord } from "../../analysis/lexicons/titles";
import { isNationality, isPlace } from "../../analysis/lexicons/places";
import { NAME_DESIGNATORS } from "../../analysis/lexicons/comparison";
import { singular } from "../../analysis/text";
import { charSimilarity } from "../variants";

export interface NameRun {
  /** the name as written */
  text: string;
  at: number;
  end: number;
  /** the words before the last, lower case: what the name is of */
  stem: string;
  /** the last word, lower case */
  last: string;
}

/** A capitalised word of letters (a hyphen may join two): no digits, no initials, no upper-case runs. */
const WORD = String.raw`[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?`;
/** A run of capitalised words, not glued to a possessive or another word before it. */
const RUN = new RegExp(String.raw`(?<![\w'\u2019.-])${WORD}(?:\s+${WORD})+(?![\w'\u2019-])`, "g");
/** Words that open a sentence or a phrase in capitals without being part of a name. */
const OPENERS = new Set(["the", "a", "an", "in", "on", "at", "for", "with", "and", "but", "by", "from", "to", "of", "this", "that", "its", "his", "her", "their", "our"]);
const MIN_WORDS = 3;
const MAX_WORDS = 5;

/** Names of three to five capitalised words in a sentence, each with its last word apart. */
export function nameRuns(sentence: string): NameRun[] {
  const out: NameRun[] = [];
  for (const m of sentence.matchAll(RUN)) {
    let words = m[0].split(/\s+/);
    let at = m.index!;
    while (words.length && OPENERS.has(words[0].toLowerCase())) {
      at = sentence.indexOf(words[1] ?? "", at + words[0].length);
      words = words.slice(1);
    }
    if (words.length < MIN_WORDS || words.length > MAX_WORDS) continue;
    const lower = words.map((w) => w.toLowerCase());
    if (lower.some((w) => isTitleWord(w) || isNationality(w) || NON_NAME_WORDS.has(w) || OPENERS.has(w))) continue;
    if (isPlace(lower.slice(0, -1).join(" ")) || lower.some((w) => isPlace(w))) continue;
    const text = words.join(" ");
    if (sentence.slice(at, at + text.length) !== text) continue;
    out.push({ text, at, end: at + text.length, stem: lower.slice(0, -1).join(" "), last: lower[lower.length - 1] });
  }
  return out;
}

/** Designators differ loosely between outlets ("Airways"/"Airlines"): one of them on either side names the same body. */
const isDesignator = (w: string) => ORG_WORDS.has(w) || NAME_DESIGNATORS.has(w);

/** Two last words of one name that can both be right: the same word, a spelling or a plural of it, a designator, a short form. */
export function lastWordsAgree(a: string, b: string): boolean {
  if (a === b || singular(a) === singular(b)) return true;
  if (isDesignator(a) || isDesignator(b)) return true;
  if (a.startsWith(b) || b.startsWith(a)) return true;
  // "Centre"/"Center", "Colour"/"Color": one word spelled two ways
  return charSimilarity(a, b) >= SPELLING;
}

/** Character-bigram similarity at which two words are one word spelled two ways. */
const SPELLING = 0.5;

/**
 * A name is misgiven when one article alone writes it with its last word, while at least
 * `MAJORITY` articles of other outlets write it with the other: two outlets each with their
 * own last word are two names, not one misnamed.
 */
const MAJORITY = 2;

/** `given` (one article's last word) is a lone variant of `other` among what each article writes. */
export function loneVariant(given: { articleId: string; outlet: string; last: string }, other: string, stated: { articleId: string; outlet: string; last: string }[]): boolean {
  const givers = new Set(stated.filter((s) => s.last === given.last).map((s) => s.articleId));
  if (givers.size !== 1) return false;
  const others = new Set(stated.filter((s) => s.last === other && s.outlet !== given.outlet).map((s) => s.articleId));
  return others.size >= MAJORITY;
}
