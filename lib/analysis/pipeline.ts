// Composes the analysis stages: tokenise once, resolve entities, then run
// each claim extractor over the same context. Every stage is a pure function
// (ctx) => claims, so stages can be tested and benchmarked alone.
import { parse } from "./nlp";
import { indexMentions, resolveEntities } from "./entities";
import { extractQuotes, findQuoteSegments } from "./quotes";
import { extractRoles } from "./roles";
import { extractDates, scanDates } from "./dates";
import { extractNumbers } from "./numbers";
import { extractActions } from "./actions";
import type { AnalysisContext, ArticleAnalysis, Claim, ClaimKind, StageFailure } from "./types";

export interface ArticleInput {
  body: string;
  /** ISO 8601, as produced by lib/ingest */
  publishedAt: string | null;
}

export interface AnalyzeOptions {
  /** reference for relative dates when the article has no publication date of its own */
  storyReferenceDate?: Date | null;
}

const STAGES: ReadonlyArray<{ name: ClaimKind; run: (ctx: AnalysisContext) => Claim[] }> = [
  { name: "quote", run: extractQuotes },
  { name: "role", run: extractRoles },
  { name: "date", run: extractDates },
  { name: "number", run: extractNumbers },
  { name: "action", run: extractActions },
];

const ID_PREFIX: Record<ClaimKind, string> = { quote: "q", date: "d", role: "r", action: "a", number: "n" };

/** Parses an ISO date-time, keeping the wall-clock day the article printed. */
export function referenceDateOf(publishedAt: string | null | undefined): Date | null {
  if (!publishedAt) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(publishedAt);
  if (!m) return null;
  // Relative dates ("Saturday") are read in the article's own calendar, so the
  // printed local date matters, not the UTC instant.
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], m[4] ? +m[4] : 12, m[5] ? +m[5] : 0));
}

/**
 * The shared work of one article, done once: the parsed document, its entities, their mentions
 * and titles, the quotation spans and the dates. Every claim stage reads it.
 */
export function analysisContext(body: string, referenceDate: Date | null, referenceSource: AnalysisContext["referenceSource"]): AnalysisContext {
  const doc = parse(body);
  const { entities, titles } = resolveEntities(doc);
  const base = { doc, entities, mentions: indexMentions(entities), titles, quoteSegments: findQuoteSegments(doc), referenceDate, referenceSource };
  return { ...base, dates: scanDates(base) };
}

export function analyzeArticle(input: ArticleInput, options: AnalyzeOptions = {}): ArticleAnalysis {
  const own = referenceDateOf(input.publishedAt);
  const story = options.storyReferenceDate ?? null;
  const ctx = analysisContext(input.body, own ?? story, own ? "published" : story ? "story" : "none");
  const entities = ctx.entities;
  // a stage that fails on one article is recorded for that article; the other stages still run
  const failures: StageFailure[] = [];
  const claims = STAGES.flatMap((stage) => {
    try {
      return stage.run(ctx);
    } catch (e) {
      failures.push({ stage: stage.name, message: e instanceof Error ? e.message : String(e) });
      return [];
    }
  }).sort((a, b) => a.start - b.start || a.end - b.end);
  const counters: Partial<Record<ClaimKind, number>> = {};
  for (const claim of claims) {
    const n = (counters[claim.kind] = (counters[claim.kind] ?? 0) + 1);
    claim.id = `${ID_PREFIX[claim.kind]}${n}`;
  }
  return failures.length ? { entities, claims, failures } : { entities, claims };
}

/**
 * The story's reference date for articles without one: the earliest
 * publication date among the others (news about one event clusters tightly,
 * and the earliest bounds how late a relative weekday can fall).
 */
export function storyReferenceDate(articles: ArticleInput[]): Date | null {
  let best: Date | null = null;
  for (const a of articles) {
    const d = referenceDateOf(a.publishedAt);
    if (d && (!best || d < best)) best = d;
  }
  return best;
}

export function analyzeStory(articles: ArticleInput[]): ArticleAnalysis[] {
  const storyDate = storyReferenceDate(articles);
  return articles.map((a) => analyzeArticle(a, { storyReferenceDate: storyDate }));
}
