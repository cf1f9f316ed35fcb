// Stories made of invented articles for the comparison's tests: each text analysed as its outlet's
// article, all published at one moment.
import { analyzeArticle } from "../../../lib/analysis/pipeline";
import type { StoryArticleInput } from "../../../lib/compare/types";

export function storyOf(texts: [string, string][], publishedAt: string): StoryArticleInput[] {
  return texts.map(([outlet, body], i) => {
    const { claims, entities } = analyzeArticle({ body, publishedAt });
    return { id: `a${i}`, outlet, publishedAt, claims, entities, body };
  });
}
