// Parallax analyses English only. A cheap, general test: in English prose,
// about a third of all words are among the most frequent function words;
// in other languages written in the Latin alphabet, almost none are. Words
// that are common in other languages too (a, no, do, as, me) are left out.
const ENGLISH_FUNCTION_WORDS = new Set(
  `the of and to in is that for it was with be by on not he she this are or his her they at from
  which but have an had has were their its been we you will would there who all said also one when
  more after than about into up out if them what so can other some our only over could new
  these two may first any did just where while those then most him my your because before
  being between both during under against should through since many much such very how`
    .split(/\s+/)
    .filter(Boolean),
);

/** Share of the words (letters only, lower-cased) that are English function words; null when too few words to tell. */
export function englishShare(text: string): number | null {
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu);
  if (!words || words.length < 20) return null;
  const sample = words.length > 2000 ? words.slice(0, 2000) : words;
  let hits = 0;
  for (const w of sample) if (ENGLISH_FUNCTION_WORDS.has(w)) hits++;
  return hits / sample.length;
}

/** English news scores 0.18-0.55 (840 PolNeAR articles); Spanish, French, German, Portuguese prose under 0.04. Short texts get the benefit of the doubt. */
export function looksEnglish(text: string): boolean {
  const share = englishShare(text);
  return share === null || share >= 0.08;
}
