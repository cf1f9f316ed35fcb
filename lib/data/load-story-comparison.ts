import "server-only";
import { db } from "../db";
import { AppError } from "./errors";
import { readEvidence, readGroupData } from "./stored-json";
import { SHOWN_DISCREPANCY } from "./story-counts";
import type { GroupDiscrepancy, GroupInput, Source } from "./comparison-model";

export interface StoryComparison {
  story: { id: string; title: string };
  sources: Source[];
  groups: GroupInput[];
}

/**
 * A story's sources (one per outlet; an article without a known outlet stands
 * alone) and its stored claim groups with members and live discrepancies,
 * shaped for lib/data/comparison-model. Shared by the matrix and the charts.
 */
export async function loadStoryComparison(storyId: string, options: { kind?: string } = {}): Promise<StoryComparison> {
  const story = await db.story.findUnique({ where: { id: storyId }, select: { id: true, title: true } });
  if (!story) throw new AppError("not_found", "There is no story with this id.");
  const [articles, groups, discrepancies] = await Promise.all([
    db.article.findMany({
      where: { storyId, status: "done" },
      // undated articles first on both databases (SQLite's default; PostgreSQL's puts NULLs last)
      orderBy: [{ publishedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
      select: { id: true, title: true, sourceName: true, outlet: { select: { id: true, name: true } } },
    }),
    db.claimGroup.findMany({
      where: { storyId, ...(options.kind ? { kind: options.kind } : {}) },
      select: {
        id: true, kind: true, key: true, label: true, data: true,
        members: { select: { reading: true, claim: { select: { articleId: true, key: true, text: true } } } },
      },
    }),
    db.discrepancy.findMany({
      where: { storyId, stale: false, groupId: { not: null }, ...SHOWN_DISCREPANCY },
      select: { id: true, groupId: true, kind: true, severity: true, status: true, summary: true, evidence: true },
    }),
  ]);
  return { story, sources: sourcesOf(articles), groups: groupInputs(groups, discrepancies) };
}

export function sourcesOf(
  articles: { id: string; title: string | null; sourceName: string | null; outlet: { id: string; name: string } | null }[],
): Source[] {
  const sources: Source[] = [];
  const byOutlet = new Map<string, Source>();
  for (const a of articles) {
    if (a.outlet) {
      const s = byOutlet.get(a.outlet.id);
      if (s) {
        s.articleIds.push(a.id);
        continue;
      }
      const made = { key: a.outlet.id, label: a.outlet.name, outletId: a.outlet.id, articleIds: [a.id] };
      byOutlet.set(a.outlet.id, made);
      sources.push(made);
    } else {
      // no outlet known: the article's title says more to a reader than its file name
      sources.push({ key: `article:${a.id}`, label: a.title ?? "Untitled article", outletId: null, articleIds: [a.id] });
    }
  }
  return sources;
}

export function groupInputs(
  groups: { id: string; kind: string; key: string; label: string; data: string; members: { reading: string; claim: { articleId: string; key: string; text: string } }[] }[],
  discrepancies: { id: string; groupId: string | null; kind: string; severity: string; status: string; summary: string; evidence: string }[],
): GroupInput[] {
  const byGroup = new Map<string, GroupDiscrepancy[]>();
  const idOfKey = new Map(groups.map((g) => [g.key, g.id]));
  for (const d of discrepancies) {
    if (!d.groupId) continue;
    const ev = readEvidence(d.evidence);
    const differing = ev.differing;
    const item: GroupDiscrepancy = {
      id: d.id, kind: d.kind, severity: d.severity, status: d.status, summary: d.summary, differing,
      articleIds: [...new Set([...differing.flatMap((s) => s.articleIds), ...ev.readings.flatMap((r) => r.articleIds)])],
    };
    // one item per fact, shown on every claim group it was found in
    const also = (ev.alsoGroups ?? []).map((k) => idOfKey.get(k)).filter((id): id is string => id !== undefined);
    for (const groupId of new Set([d.groupId, ...also])) byGroup.set(groupId, [...(byGroup.get(groupId) ?? []), item]);
  }
  return groups.map((g) => {
    const data = readGroupData(g.data);
    return {
      id: g.id,
      kind: g.kind,
      key: g.key,
      label: g.label,
      consensus: data.consensus,
      readings: data.readings.map((r) => ({ text: r.text, normalized: r.normalized, articleIds: r.articleIds, independentSources: r.independentSources })),
      members: g.members.map((m) => ({ articleId: m.claim.articleId, claimKey: m.claim.key, reading: m.reading, text: m.claim.text })),
      discrepancies: byGroup.get(g.id) ?? [],
    };
  });
}
