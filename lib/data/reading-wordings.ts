// A reading shared by several articles is shown in each article's own words: articles that
// wrote the same words share one entry: the claim's own words, or the reading's sentence when that
// is the evidence. Pure, for the review page and the exports.

export interface Wording {
  text: string;
  articleIds: string[];
  /** per article: the claim the words come from (null: the reading's sentence, no claim) */
  claimKeys: (string | null)[];
}

/** `claimIds` are `${articleId}#${claimKey}` references; `textOf` finds a claim's own words. */
export function wordingsOf(
  reading: { text: string; articleIds: string[]; claimIds: string[]; sentence?: boolean },
  textOf: (articleId: string, claimKey: string) => string | undefined,
): Wording[] {
  const out: Wording[] = [];
  for (const id of reading.articleIds) {
    let own: { key: string; text: string } | null = null;
    for (const ref of reading.claimIds) {
      const cut = ref.lastIndexOf("#");
      if (ref.slice(0, cut) !== id) continue;
      const key = ref.slice(cut + 1);
      const text = textOf(id, key);
      if (text !== undefined) {
        own = { key, text };
        break;
      }
    }
    const text = reading.sentence ? reading.text : own?.text ?? reading.text;
    const same = out.find((w) => w.text === text);
    if (same) {
      same.articleIds.push(id);
      same.claimKeys.push(own?.key ?? null);
    } else out.push({ text, articleIds: [id], claimKeys: [own?.key ?? null] });
  }
  return out;
}
