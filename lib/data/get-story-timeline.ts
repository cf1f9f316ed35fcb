import "server-only";
import { db } from "../db";
import { AppError } from "./errors";
import { cachedStoryPart } from "./page-cache";
import { groupInputs, sourcesOf } from "./load-story-comparison";
import { articleStatuses, conflictsOf, formatNormalizedDate, sourcesReporting } from "./comparison-model";

export interface TimelineReading {
  /** normalised date: "2024-11-20", "2024-11", "1928", "1861-01-01..1865-12-31" */
  normalized: string;
  /** the date as printed ("20 Nov 2024") */
  display: string;
  /** each outlet giving it, with its own words for the date ("Saturday") */
  outlets: { label: string; articleId: string; claimKey: string; phrase: string }[];
  /** an outlet giving this date departs from the others */
  conflict: boolean;
}

export interface TimelineEvent {
  groupId: string;
  label: string;
  outletCount: number;
  conflict: { severity: string; status: string; summary: string } | null;
  readings: TimelineReading[];
}

export interface StoryTimeline {
  events: TimelineEvent[];
  /** the articles' publication days (YYYY-MM-DD, local), earliest first */
  published: string[];
}

/** The story's dated events: date claim groups with the date each outlet gives, earliest first; kept until the story changes. */
export function getStoryTimeline(storyId: string): Promise<StoryTimeline> {
  return cachedStoryPart(storyId, "timeline", () => timelineOf(storyId));
}

async function timelineOf(storyId: string): Promise<StoryTimeline> {
  const story = await db.story.findUnique({ where: { id: storyId }, select: { id: true } });
  if (!story) throw new AppError("not_found", "There is no story with this id.");
  const [articles, groups, discrepancies] = await Promise.all([
    db.article.findMany({
      where: { storyId, status: "done" },
      select: { id: true, title: true, sourceName: true, publishedLocal: true, outlet: { select: { id: true, name: true } } },
    }),
    db.claimGroup.findMany({
      where: { storyId, kind: "date" },
      select: { id: true, kind: true, key: true, label: true, data: true, members: { select: { reading: true, claim: { select: { articleId: true, key: true, text: true } } } } },
    }),
    db.discrepancy.findMany({
      where: { storyId, stale: false, group: { kind: "date" } },
      select: { id: true, groupId: true, kind: true, severity: true, status: true, summary: true, evidence: true },
    }),
  ]);
  const sources = sourcesOf(articles);
  const sourceOf = new Map<string, string>();
  const labelOf = new Map<string, string>();
  for (const s of sources) for (const id of s.articleIds) {
    sourceOf.set(id, s.key);
    labelOf.set(id, s.label);
  }
  const events: TimelineEvent[] = groupInputs(groups, discrepancies).map((g) => {
    const statuses = articleStatuses(g);
    const conflict = conflictsOf(g)[0] ?? null;
    return {
      groupId: g.id,
      label: g.label.replace(/^date of /i, ""),
      outletCount: sourcesReporting(g, sourceOf).size,
      conflict: conflict ? { severity: conflict.severity, status: conflict.status, summary: conflict.summary } : null,
      readings: g.readings.map((r) => {
        const members = g.members.filter((m) => m.reading === r.normalized);
        return {
          normalized: r.normalized,
          display: formatNormalizedDate(r.normalized) ?? r.normalized,
          outlets: members
            .filter((m, i) => members.findIndex((o) => o.articleId === m.articleId) === i)
            .map((m) => ({ label: labelOf.get(m.articleId) ?? "Unknown outlet", articleId: m.articleId, claimKey: m.claimKey, phrase: m.text })),
          conflict: r.articleIds.some((id) => (statuses.get(id)?.status ?? "agrees") !== "agrees"),
        };
      }),
    };
  });
  const first = (e: TimelineEvent) => e.readings.map((r) => r.normalized).sort()[0] ?? "";
  events.sort((a, b) => (first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : a.label < b.label ? -1 : 1));
  const published = articles
    .map((a) => a.publishedLocal?.slice(0, 10))
    .filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort();
  return { events, published };
}
