// Blocking: an inverted index from each article's heaviest terms to the articles, so an article is
// compared only with articles that share one of its identifying terms, not with every article.

/**
 * A term in more key lists than this identifies no single story any more; its posting list is
 * ignored so that one very common key cannot make the comparisons quadratic.
 */
export const MAX_POSTING = 1000;

export class KeyIndex {
  private readonly postings = new Map<string, number[]>();

  add(item: number, keys: readonly string[]): void {
    for (const k of keys) {
      const list = this.postings.get(k);
      if (list) list.push(item);
      else this.postings.set(k, [item]);
    }
  }

  /** Items indexed under any of the keys, each once, in ascending order. */
  candidates(keys: readonly string[]): number[] {
    const out = new Set<number>();
    for (const k of keys) {
      const list = this.postings.get(k);
      if (list && list.length <= MAX_POSTING) for (const item of list) out.add(item);
    }
    return [...out].sort((x, y) => x - y);
  }
}
