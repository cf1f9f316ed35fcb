// Runs ingest -> analysis -> comparison over a set of loaded inputs and shapes
// the CLI's JSON output. Per-input failures are collected, never thrown.
import { ingest, IngestError, type IngestedArticle } from "../lib/ingest";
import { isShown } from "../lib/compare";
import { runStory } from "../lib/compare/run-story";
import type { Comparison } from "../lib/compare/types";
import type { Claim, Entity } from "../lib/analysis/types";
import type { LoadedInput, PathError } from "./inputs";

export interface AnalyzedArticleOutput {
  source: string;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  publishedSource: string | null;
  /** ISO 639-3; claims are extracted from English only */
  language: string;
  body: string;
  entities: Entity[];
  claims: Claim[];
}

export interface AnalyzeOutput {
  articles: AnalyzedArticleOutput[];
  groups: Comparison["groups"];
  /** discrepancies at or above the confidence threshold, and coverage notes (severity info) */
  discrepancies: Comparison["discrepancies"];
  /** low-confidence candidates: below the threshold, kept for whoever wants to look */
  candidates: Comparison["discrepancies"];
  outlets: Comparison["outlets"];
  /** articles that reprint one text: pairs with their shared spans (offsets into each body), and copy groups */
  sharedCopy: Comparison["sharedCopy"];
}

export function analyzeInputs(
  inputs: LoadedInput[],
  options: { compare: boolean },
): { articles: (IngestedArticle & { source: string })[]; output: AnalyzeOutput; comparison: Comparison | null; errors: PathError[] } {
  const errors: PathError[] = [];
  const articles: (IngestedArticle & { source: string })[] = [];
  for (const input of inputs) {
    try {
      articles.push({ ...ingest({ content: input.content, source: input.path }), source: input.path });
    } catch (e) {
      if (!(e instanceof IngestError)) throw e;
      errors.push({ path: input.path, message: e.message });
    }
  }
  if (!options.compare) {
    return { articles, output: { articles: [], groups: [], discrepancies: [], candidates: [], outlets: [], sharedCopy: { groups: [], pairs: [] } }, comparison: null, errors };
  }
  const { analyses, comparison } = runStory(articles.map((a) => ({ id: a.source, outlet: a.outlet ?? a.source, body: a.body, publishedAt: a.publishedAt, language: a.language })));
  const out: AnalyzedArticleOutput[] = articles.map((a, i) => ({
    source: a.source,
    title: a.title,
    outlet: a.outlet,
    publishedAt: a.publishedAt,
    publishedSource: a.publishedSource,
    language: a.language,
    body: a.body,
    entities: analyses[i].entities,
    claims: analyses[i].claims,
  }));
  return {
    articles,
    output: {
      articles: out,
      groups: comparison.groups,
      discrepancies: comparison.discrepancies.filter((d) => isShown(d)),
      candidates: comparison.discrepancies.filter((d) => !isShown(d)),
      outlets: comparison.outlets,
      sharedCopy: comparison.sharedCopy,
    },
    comparison,
    errors,
  };
}
