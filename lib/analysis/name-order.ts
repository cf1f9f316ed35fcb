// Which word of a person's name is the surname. Names are read given name first, surname last,
// except a romanised Korean or Chinese given name: two syllables joined by a hyphen, the second in
// lower case ("Min-ho", "Jae-in", "Kai-shek"). Written after its surname ("Park Min-ho") it still
// names the given name, so the surname is the other word; written first ("Min-ho Park") the usual
// order holds. Written without its hyphen after a surname ("Lim Soo Jin") the two syllables are
// still the given name when neither is a known Western given name, nor the first word one that is
// no syllable ("Mary Jo Lee" keeps its order).
//
// An Arabic article glued to a name ("al-Rashid", "El-Amin") is no part of what the name is
// called by alone ("Rashid"), and lower-case particles ("bin", "ibn") join names, they are none.
import { GIVEN_NAMES } from "./lexicons/names";

/** One romanised syllable: up to three consonants, one to three vowels, a final n, ng, m, k, l, p or t. */
const SYLLABLE = /^[bcdfghjklmnprstwyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|l|p|t)?$/;

/** Could "Head-tail" be a romanised two-syllable given name? (capitalised head, lower-case tail) */
export function isSyllablePair(head: string, tail: string): boolean {
  return /^\p{Lu}\p{Ll}*$/u.test(head) && /^\p{Ll}+$/u.test(tail) && SYLLABLE.test(head.toLowerCase()) && SYLLABLE.test(tail);
}

/**
 * A whole word that is a romanised two-syllable given name: "Min-ho" or "Min-Ho"; not "Jean-Luc"
 * or "Smith-Jones".
 */
export function isSyllabicGivenName(word: string): boolean {
  const m = /^(\p{Lu}\p{Ll}*)-(\p{L}+)$/u.exec(word);
  return !!m && isSyllablePair(m[1], m[2].toLowerCase());
}

/**
 * The words of a person's name (as written) in given-name-first order: "Park Min-ho" ->
 * ["Min-ho", "Park"]; every other name is returned as it is.
 */
export function givenNameFirst(words: string[]): string[] {
  if (words.length === 3 && isSpacedSyllablePair(words[0], words[1], words[2])) return [`${words[1]}-${words[2].toLowerCase()}`, words[0]];
  if (words.length < 2 || !isSyllabicGivenName(words[words.length - 1]) || isSyllabicGivenName(words[0])) return words;
  // a Western given name first is the given name, and the pair a double-barrelled surname ("Olivia Kay-Lee")
  if (!mayBeSurname(words[0])) return words;
  return [words[words.length - 1], ...words.slice(0, -1)];
}

/** A romanised given name written as two capitalised words after a surname: "Lim Soo Jin", not "Mary Jo Lee". */
function isSpacedSyllablePair(surname: string, head: string, tail: string): boolean {
  if (!/^\p{Lu}\p{Ll}*$/u.test(surname) || !/^\p{Lu}\p{Ll}*$/u.test(tail) || !isSyllablePair(head, tail.toLowerCase())) return false;
  if (GIVEN_NAMES.has(head.toLowerCase()) || GIVEN_NAMES.has(tail.toLowerCase())) return false;
  return mayBeSurname(surname);
}

/** Could this first word be the surname before a romanised given name? Not a known given name, or itself one syllable ("Kim", "Lee"). */
function mayBeSurname(word: string): boolean {
  return !GIVEN_NAMES.has(word.toLowerCase()) || SYLLABLE.test(word.toLowerCase());
}

/** A name word without an Arabic article glued to it: "al-Rashid" -> "Rashid"; "Al-Amin" -> "Amin"; "Alvarez" stays. */
export function withoutArticle(word: string): string {
  return word.replace(/^(?:al|el|Al|El)[-‐](?=\p{Lu}\p{Ll})/u, "");
}

/** Lower-case words that join the words of a name without being one: "Omar bin Said", "Ali ibn Musa". */
const JOINING_PARTICLES: ReadonlySet<string> = new Set(["bin", "ibn", "bint", "al", "el"]);

/**
 * The words a person is called by, given name first: joining particles dropped, glued articles cut
 * ("Omar bin Said al-Rashid" -> ["Omar", "Said", "Rashid"]).
 */
export function nameWordsOf(words: string[]): string[] {
  return givenNameFirst(callingWords(words));
}

/** A name's words without its joining particles and glued articles, in the order written. */
export function callingWords(words: string[]): string[] {
  // "Bin Said" opening a sentence: "bin", "ibn" and "bint" capitalised are still particles ("Al" is a given name too)
  return words.filter((w, k) => !JOINING_PARTICLES.has(w) && !(k < words.length - 1 && /^(Bin|Ibn|Bint)$/.test(w))).map(withoutArticle);
}

/** The surname of a person's name as written ("Park Min-ho" -> "Park", "Ana Park" -> "Park"). */
export function surnameOf(name: string): string {
  const words = nameWordsOf(name.split(/\s+/).filter(Boolean));
  return words[words.length - 1] ?? "";
}

/** A name's letters alone, lower-case: "Park Min-ho" and "Park Min Ho" are one name. */
export function nameLetters(name: string): string {
  return name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z]/g, "");
}

/**
 * Two writings of one name that only join or split its words: "Park Min-ho", "Park Min Ho", "Park
 * Minho". Every word break of one is a break of the other or falls inside one of its words, so
 * "Anna Bell" and "Ann Abell" (the same letters, broken elsewhere) are two names; a name without
 * letters of the Latin alphabet is no such writing.
 */
export function sameNameSpaced(a: string, b: string): boolean {
  const letters = nameLetters(a);
  if (!letters || letters !== nameLetters(b)) return false;
  const breaks = (name: string) => {
    const out = new Set<number>();
    let at = 0;
    for (const w of name.split(/[\s-]+/)) if ((at += nameLetters(w).length) < letters.length) out.add(at);
    return out;
  };
  const [x, y] = [breaks(a), breaks(b)];
  const within = (p: Set<number>, q: Set<number>) => [...p].every((n) => q.has(n));
  return within(x, y) || within(y, x);
}
