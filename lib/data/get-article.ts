import "server-only";
import { db } from "../db";
import { AppError } from "./errors";
import { readClaim, readGroupData, readSegments } from "./stored-json";
import type { Segment } from "../ingest/types";
import type { Claim } from "../analysis/types";
import { departsFrom } from "../ui/outlet-divergence";

export interface ArticleClaimGroup {
  id: string;
  label: string;
  kind: string;
  /** the group's consensus as written; null when no reading has a majority */
  consensus: string | null;
  /** how many distinct readings the group has */
  readingCount: number;
  /** articles in the group */
  articleCount: number;
  /** this claim's reading against the consensus: true departs, false agrees, null no consensus */
  departs: boolean | null;
}

export interface ArticleClaim {
  id: string;
  key: string;
  kind: Claim["kind"];
  text: string;
  start: number;
  end: number;
  sentence: string;
  claim: Claim;
  groups: ArticleClaimGroup[];
}

export interface ArticleDetail {
  id: string;
  story: { id: string; title: string };
  outlet: { id: string; name: string } | null;
  title: string | null;
  url: string | null;
  sourceName: string | null;
  publishedAt: Date | null;
  publishedLocal: string | null;
  publishedSource: string | null;
  publishedText: string | null;
  inputType: string;
  rawInput: string;
  body: string | null;
  segments: Segment[] | null;
  status: string;
  error: string | null;
  claims: ArticleClaim[];
}

export async function getArticle(id: string): Promise<ArticleDetail> {
  const a = await db.article.findUnique({
    where: { id },
    include: {
      story: { select: { id: true, title: true } },
      outlet: { select: { id: true, name: true } },
      claims: {
        orderBy: { start: "asc" },
        include: { members: { include: { group: { select: { id: true, label: true, kind: true, data: true } } } } },
      },
    },
  });
  if (!a) throw new AppError("not_found", "There is no article with this id.");
  return {
    id: a.id,
    story: a.story,
    outlet: a.outlet,
    title: a.title,
    url: a.url,
    sourceName: a.sourceName,
    publishedAt: a.publishedAt,
    publishedLocal: a.publishedLocal,
    publishedSource: a.publishedSource,
    publishedText: a.publishedText,
    inputType: a.inputType,
    rawInput: a.rawInput,
    body: a.body,
    segments: readSegments(a.segments),
    status: a.status,
    error: a.error,
    claims: a.claims.flatMap((c) => {
      const claim = readClaim(c.slots);
      return claim ? [{
      id: c.id,
      key: c.key,
      kind: c.kind as Claim["kind"],
      text: c.text,
      start: c.start,
      end: c.end,
      sentence: c.sentence,
      claim,
      groups: c.members.map((m) => {
        const { readings, consensus } = readGroupData(m.group.data);
        return {
          id: m.group.id,
          label: m.group.label,
          kind: m.group.kind,
          consensus,
          readingCount: readings.length,
          articleCount: new Set(readings.flatMap((r) => r.articleIds)).size,
          departs: departsFrom(m.reading, consensus, readings),
        };
      }),
    }] : [];
    }),
  };
}
