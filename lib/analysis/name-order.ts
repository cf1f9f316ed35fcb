// Which word of a person's name is the surname. Names are read given name first, surname last,
// except a romanised Korean or Chinese given name: two syllables joined by a hyphen, the second in
// lower case ("Min-ho", "Jae-in", "Kai-shek"). Written after its surname ("Park Min-ho") it still
// names the given name, so the surname is the other word; written first ("Min-ho Park") the usual
// order holds.

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
  if (words.length < 2 || !isSyllabicGivenName(words[words.length - 1]) || isSyllabicGivenName(words[0])) return words;
  return [words[words.length - 1], ...words.slice(0, -1)];
}

/** The surname of a person's name as written ("Park Min-ho" -> "Park", "Ana Park" -> "Park"). */
export function surnameOf(name: string): string {
  const words = givenNameFirst(name.split(/\s+/).filter(Boolean));
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
