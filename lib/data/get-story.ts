import "server-only";
import { db } from "../db";
import { articleCounts, OPEN_DISCREPANCY } from "./story-counts";
import { AppError } from "./errors";
import { readSharedCopy } from "./stored-json";
import { cachedStoryPart } from "./page-cache";

export interface StoryArticleRow {
  id: string;
  title: string | null;
  outlet: { id: string; name: string } | null;
  sourceName: string | null;
  publishedAt: Date | null;
  publishedLocal: string | null;
  publishedSource: string | null;
  status: string;
  error: string | null;
  claimCount: number;
}

export interface StoryDetail {
  id: string;
  title: string;
  description: string | null;
  articles: StoryArticleRow[];
  outletCount: number;
  claimCount: number;
  openDiscrepancies: number;
  dateSpan: { from: Date; to: Date } | null;
  analyzedAt: Date | null;
  /** why the last comparison failed, when it did (it runs again on the next import or start) */
  comparisonError: string | null;
  /** articles that ran one text (wire copy, reprints): agreement among them counts as one source */
  sharedCopy: { articles: { id: string; label: string; publishedAt: Date | null; title: string | null }[]; share: number }[];
  /** what editors changed in the story's articles, newest first */
  history: { id: string; action: string; note: string | null; actor: string | null; at: Date }[];
}

/** The story page's summary, articles and history; kept until the story changes. */
export function getStory(id: string): Promise<StoryDetail> {
  return cachedStoryPart(id, "detail", () => storyDetail(id));
}

async function storyDetail(id: string): Promise<StoryDetail> {
  const story = await db.story.findUnique({
    where: { id },
    include: {
      articles: {
        orderBy: [{ publishedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
        include: { outlet: { select: { id: true, name: true } }, _count: { select: { claims: true } } },
      },
      _count: { select: { discrepancies: { where: OPEN_DISCREPANCY } } },
      events: { orderBy: { createdAt: "desc" }, take: 20, include: { actor: { select: { name: true } } } },
    },
  });
  if (!story) throw new AppError("not_found", "There is no story with this id.");
  const dates = story.articles.map((a) => a.publishedAt).filter((d): d is Date => d !== null);
  const times = dates.map((d) => d.getTime());
  return {
    id: story.id,
    title: story.title,
    description: story.description,
    analyzedAt: story.analyzedAt,
    comparisonError: story.comparisonError,
    articles: story.articles.map((a) => ({
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      sourceName: a.sourceName,
      publishedAt: a.publishedAt,
      publishedLocal: a.publishedLocal,
      publishedSource: a.publishedSource,
      status: a.status,
      error: a.error,
      claimCount: a._count.claims,
    })),
    ...articleCounts(story.articles),
    openDiscrepancies: story._count.discrepancies,
    sharedCopy: copyGroups(story.sharedCopy, story.articles),
    history: story.events.map((e) => ({ id: e.id, action: e.action, note: e.note, actor: e.actor?.name ?? null, at: e.createdAt })),
    dateSpan: dates.length ? { from: new Date(Math.min(...times)), to: new Date(Math.max(...times)) } : null,
  };
}

/** Each copy group with its articles' outlets (or titles) and the least share of text its pairs have in common. */
function copyGroups(stored: string, articles: { id: string; title: string | null; publishedAt: Date | null; outlet: { name: string } | null }[]): StoryDetail["sharedCopy"] {
  const copy = readSharedCopy(stored);
  const byId = new Map(articles.map((a) => [a.id, a]));
  return copy.groups.map((ids) => {
    const inGroup = new Set(ids);
    const shares = copy.pairs.filter((p) => inGroup.has(p.a) && inGroup.has(p.b)).map((p) => Math.min(p.shareA, p.shareB));
    return {
      articles: ids.filter((id) => byId.has(id)).map((id) => {
        const a = byId.get(id)!;
        return { id, label: a.outlet?.name ?? a.title ?? "Untitled article", publishedAt: a.publishedAt, title: a.title };
      }),
      share: shares.length ? Math.min(...shares) : 0,
    };
  }).filter((g) => g.articles.length > 1);
}
