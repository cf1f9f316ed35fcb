// Places as keys: the words of a place phrase with countries read through their other names and
// adjectives ("U.S." -> us, "Danish" -> denmark), so "into Denmark" and "on Danish soil" meet.
import { lookupAlias, lookupDemonym, MAX_ALIAS_WORDS } from "./lexicons/aliases";
import { GENERIC_PLACE_NOUNS, PLACE_PREPOSITIONS } from "./lexicons/places";
import { isContentWord, type Tok, tokenize } from "./text";

/** Place words to their keys (aliases and adjectives of countries); other words as they are. */
export function placeKeys(toks: Tok[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < toks.length; ) {
    let n = Math.min(MAX_ALIAS_WORDS, toks.length - i);
    let key: string | null = null;
    for (; n >= 1 && !key; n--) {
      const slice = toks.slice(i, i + n);
      if (!/^\p{Lu}/u.test(slice[0].text)) continue;
      key = (lookupAlias(slice.map((t) => t.text).join(" ")) ?? (n === 1 ? lookupDemonym(slice[0].text) : undefined))?.key ?? null;
      if (key) i += n;
    }
    if (key) out.push(key);
    else out.push(toks[i++].norm);
  }
  return out;
}

/**
 * The keys of a place phrase, head last: "to the border" -> [border], "on Danish soil" -> [denmark],
 * "the outskirts of Kyiv" -> [kyiv, outskirts]; null when it names no particular place ("there").
 */
export function placePhraseKeys(place: string | null | undefined): string[] | null {
  if (!place || !place.trim()) return null;
  let toks = tokenize(place.replace(/[\u2019']s\b/g, ""));
  while (toks.length && PLACE_PREPOSITIONS.has(toks[0].norm)) toks = toks.slice(1);
  const ofAt = toks.findIndex((t) => t.norm === "of");
  if (ofAt > 0) toks = [...toks.slice(ofAt + 1), ...toks.slice(0, ofAt)];
  const keys = placeKeys(toks.filter((t) => isContentWord(t.norm) || /^\p{Lu}/u.test(t.text)))
    .filter((w) => !GENERIC_PLACE_NOUNS.has(w));
  return keys.length ? keys : null;
}
