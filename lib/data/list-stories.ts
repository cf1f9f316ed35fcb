import "server-only";
import { db } from "../db";
import { articleCounts, OPEN_DISCREPANCY } from "./story-counts";

export interface StorySummary {
  id: string;
  title: string;
  description: string | null;
  articleCount: number;
  outletCount: number;
  claimCount: number;
  openDiscrepancies: number;
  updatedAt: Date;
}

export async function listStories(): Promise<StorySummary[]> {
  const stories = await db.story.findMany({
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      title: true,
      description: true,
      updatedAt: true,
      articles: { select: { id: true, status: true, outletId: true, _count: { select: { claims: true } } } },
      _count: { select: { discrepancies: { where: OPEN_DISCREPANCY } } },
    },
  });
  return stories.map((s) => ({
    id: s.id,
    title: s.title,
    description: s.description,
    articleCount: s.articles.length,
    ...articleCounts(s.articles),
    openDiscrepancies: s._count.discrepancies,
    updatedAt: s.updatedAt,
  }));
}
