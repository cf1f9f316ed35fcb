// Stories made of invented articles for the comparison's tests: each text analysed as its outlet's
// article, all published at one moment.
import { analyzeArticle } from "../../../lib/analysis/pipeline";
import { mentionsOf } from "../../../lib/compare/evidence/mentions";
import type { StoryArticleInput } from "../../../lib/compare/types";

export function storyOf(texts: [string, string][], publishedAt: string): StoryArticleInput[] {
  return texts.map(([outlet, body], i) => {
    const { claims, entities } = analyzeArticle({ body, publishedAt });
    return { id: `a${i}`, outlet, publishedAt, claims, entities, body };
  });
}

/** The dimensions of the date values the comparison reads in one sentence. */
export function dateDimensions(sentence: string, publishedAt: string): string[] {
  return mentionsOf(sentence, analyzeArticle({ body: sentence, publishedAt }).claims).filter((m) => m.type === "date").map((m) => m.dimension);
}
