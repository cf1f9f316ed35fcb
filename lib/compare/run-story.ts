// One story from its articles' texts to its comparison: every article analysed (relative dates
// against its own date, or the story's), then all compared. The one pure path that the CLI and the
// tests take; the data layer runs the same two stages apart, analysing only new articles and
// comparing the stored claims of all of them.
import { analyzeStory } from "../analysis/pipeline";
import type { ArticleAnalysis } from "../analysis/types";
import { compareStory } from "./index";
import type { Comparison } from "./types";

export interface StoryArticleText {
  id: string;
  outlet: string;
  body: string;
  /** ISO 8601, as produced by lib/ingest */
  publishedAt: string | null;
}

export function runStory(articles: StoryArticleText[]): { analyses: ArticleAnalysis[]; comparison: Comparison } {
  const analyses = analyzeStory(articles.map((a) => ({ body: a.body, publishedAt: a.publishedAt })));
  const comparison = compareStory(articles.map((a, i) => ({
    id: a.id, outlet: a.outlet, publishedAt: a.publishedAt, claims: analyses[i].claims, entities: analyses[i].entities, body: a.body,
  })));
  return { analyses, comparison };
}
