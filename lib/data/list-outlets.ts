import "server-only";
import { db } from "../db";

export interface OutletListRow {
  id: string;
  name: string;
  domain: string | null;
  articleCount: number;
  storyCount: number;
  claimCount: number;
}

/** Every outlet with its article, story and claim counts, by name. */
export async function listOutlets(): Promise<OutletListRow[]> {
  const outlets = await db.outlet.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, domain: true, articles: { select: { storyId: true, _count: { select: { claims: true } } } } },
  });
  return outlets.map((o) => ({
    id: o.id,
    name: o.name,
    domain: o.domain,
    articleCount: o.articles.length,
    storyCount: new Set(o.articles.map((a) => a.storyId)).size,
    claimCount: o.articles.reduce((n, a) => n + a._count.claims, 0),
  }));
}
