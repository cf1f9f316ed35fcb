import "server-only";
import { db } from "../db";

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
      articles: { select: { outletId: true, _count: { select: { claims: true } } } },
      _count: { select: { discrepancies: { where: { status: { in: ["open", "in_review"] }, kind: { not: "single_source" } } } } },
    },
  });
  return stories.map((s) => ({
    id: s.id,
    title: s.title,
    description: s.description,
    articleCount: s.articles.length,
    outletCount: new Set(s.articles.map((a) => a.outletId).filter(Boolean)).size,
    claimCount: s.articles.reduce((n, a) => n + a._count.claims, 0),
    openDiscrepancies: s._count.discrepancies,
    updatedAt: s.updatedAt,
  }));
}
