// One story from its articles' texts to its comparison: every article analysed (relative dates
// against its own date, or the story's), then all compared. The one pure path that the CLI and the
// tests take; the data layer runs the same two stages apart, analysing only new articles and
// comparing the stored claims of all of them.
import { analyzeStory } from "../analysis/pipeline";
import { isAnalysedLanguage } from "../ingest/language";
import type { ArticleAnalysis } from "../analysis/types";
import { compareStory } from "./index";
import type { Comparison } from "./types";

export interface StoryArticleText {
  id: string;
  outlet: string;
  body: string;
  /** ISO 8601, as produced by lib/ingest */
  publishedAt: string | null;
  /** ISO 639-3, as produced by lib/ingest; claims are read from English only */
  language?: string;
}

export function runStory(articles: StoryArticleText[]): { analyses: ArticleAnalysis[]; comparison: Comparison } {
  // an article in another language keeps its place in the story with no claims
  const read = articles.map((a) => a.language === undefined || isAnalysedLanguage(a.language));
  const analysed = analyzeStory(articles.filter((_, i) => read[i]).map((a) => ({ body: a.body, publishedAt: a.publishedAt })));
  let next = 0;
  const analyses: ArticleAnalysis[] = read.map((r) => (r ? analysed[next++] : { claims: [], entities: [] }));
  const comparison = compareStory(articles.map((a, i) => ({
    id: a.id, outlet: a.outlet, publishedAt: a.publishedAt, claims: analyses[i].claims, entities: analyses[i].entities, body: a.body,
  })));
  return { analyses, comparison };
}
