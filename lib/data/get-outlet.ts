import "server-only";
import { db } from "../db";
import { AppError } from "./errors";
import { readClaim, readGroupData } from "./stored-json";
import type { Claim, ClaimKind } from "../analysis/types";
import { outletDivergence, type StoryDivergence } from "../ui/outlet-divergence";

export interface OutletArticleRow {
  id: string;
  title: string | null;
  sourceName: string | null;
  publishedLocal: string | null;
  status: string;
  claimCount: number;
}

export interface OutletClaimRow {
  articleId: string;
  key: string;
  kind: ClaimKind;
  text: string;
  claim: Claim;
}

export interface OutletStory {
  id: string;
  title: string;
  articles: OutletArticleRow[];
  /** the outlet's claims in this story, in article then body order, by kind */
  claims: Partial<Record<ClaimKind, OutletClaimRow[]>>;
  divergence: StoryDivergence | null;
}

export interface OutletDetail {
  id: string;
  name: string;
  domain: string | null;
  articleCount: number;
  claimCount: number;
  stories: OutletStory[];
}

/** An outlet with its articles and claims per story, and how its readings stand against each story's consensus. */
export async function getOutlet(id: string): Promise<OutletDetail> {
  const outlet = await db.outlet.findUnique({
    where: { id },
    include: {
      articles: {
        orderBy: [{ publishedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
        include: {
          story: { select: { id: true, title: true } },
          claims: { orderBy: { start: "asc" }, select: { key: true, kind: true, text: true, slots: true } },
        },
      },
    },
  });
  if (!outlet) throw new AppError("not_found", "There is no outlet with this id.");

  const storyIds = [...new Set(outlet.articles.map((a) => a.storyId))];
  const groups = storyIds.length
    ? await db.claimGroup.findMany({
        where: { storyId: { in: storyIds }, members: { some: { claim: { article: { outletId: id } } } } },
        orderBy: { key: "asc" },
        select: {
          id: true,
          storyId: true,
          kind: true,
          label: true,
          data: true,
          members: { select: { reading: true, claim: { select: { articleId: true, article: { select: { outletId: true } } } } } },
        },
      })
    : [];
  const divergence = outletDivergence(
    id,
    groups.map((g) => {
      const data = readGroupData(g.data);
      return {
        id: g.id,
        storyId: g.storyId,
        kind: g.kind,
        label: g.label,
        consensus: data.consensus,
        readings: data.readings,
        members: g.members.map((m) => ({ outletId: m.claim.article.outletId, articleId: m.claim.articleId, reading: m.reading })),
        departures: data.departures,
      };
    }),
  );

  const stories = new Map<string, OutletStory>();
  for (const a of outlet.articles) {
    const s = stories.get(a.storyId) ?? {
      id: a.story.id,
      title: a.story.title,
      articles: [],
      claims: {},
      divergence: divergence.find((d) => d.storyId === a.storyId) ?? null,
    };
    stories.set(a.storyId, s);
    s.articles.push({ id: a.id, title: a.title, sourceName: a.sourceName, publishedLocal: a.publishedLocal, status: a.status, claimCount: a.claims.length });
    for (const c of a.claims) {
      const kind = c.kind as ClaimKind;
      const claim = readClaim(c.slots);
      if (claim) (s.claims[kind] ??= []).push({ articleId: a.id, key: c.key, kind, text: c.text, claim });
    }
  }
  return {
    id: outlet.id,
    name: outlet.name,
    domain: outlet.domain,
    articleCount: outlet.articles.length,
    claimCount: outlet.articles.reduce((n, a) => n + a.claims.length, 0),
    stories: [...stories.values()],
  };
}
