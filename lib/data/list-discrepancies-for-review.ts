import "server-only";
import { readEvidence } from "./stored-json";
import { db } from "../db";
import { authorize, type Actor } from "../auth/permissions";
import type { Prisma } from "../../generated/prisma/client";
import { REVIEW_STATUSES } from "./review-transitions";
import { NOT_A_NOTE, OPEN_DISCREPANCY, SHOWN_DISCREPANCY } from "./story-counts";
import { isNoteKind } from "../compare/types";
import { CONFIDENCE_THRESHOLD } from "../compare";

export interface ReviewFilters {
  status?: string | null;
  kind?: string | null;
  severity?: string | null;
  /** outlet id */
  outlet?: string | null;
  /** user id, "me" or "none" */
  assignee?: string | null;
  story?: string | null;
  /** "low": the analysis's low-confidence candidates instead of what is shown */
  confidence?: string | null;
}

export interface ReviewQueueRow {
  id: string;
  story: { id: string; title: string };
  groupId: string | null;
  kind: string;
  severity: string;
  summary: string;
  status: string;
  origin: string;
  stale: boolean;
  changedSinceReview: boolean;
  assignee: { id: string; name: string } | null;
  /** the outlets of the articles the evidence concerns (an article without an outlet by its title) */
  outlets: string[];
  updatedAt: Date;
}

export interface ReviewQueue {
  rows: ReviewQueueRow[];
  total: number;
  options: {
    kinds: string[];
    severities: string[];
    statuses: string[];
    outlets: { id: string; name: string }[];
    assignees: { id: string; name: string; role: string }[];
    stories: { id: string; title: string }[];
  };
}

const SEVERITY_ORDER: Record<string, number> = { major: 0, minor: 1, info: 2 };
export const QUEUE_LIMIT = 300;

/** The review queue across stories, filtered; a viewer right. */
export async function listDiscrepanciesForReview(actor: Actor | null, filters: ReviewFilters = {}): Promise<ReviewQueue> {
  authorize(actor, "review.read");
  // coverage notes are not review items; low-confidence candidates only when asked for
  const where: Prisma.DiscrepancyWhereInput = filters.confidence === "low"
    ? { ...NOT_A_NOTE, origin: "analysis", confidence: { lt: CONFIDENCE_THRESHOLD } }
    : { ...NOT_A_NOTE, ...SHOWN_DISCREPANCY };
  // by default the queue holds what every count calls open; "all" lifts that
  if (filters.status === "all") delete where.status;
  else where.status = filters.status ? filters.status : OPEN_DISCREPANCY.status;
  if (filters.kind && !isNoteKind(filters.kind)) where.kind = filters.kind;
  if (filters.severity) where.severity = filters.severity;
  if (filters.story) where.storyId = filters.story;
  if (filters.assignee === "none") where.assigneeId = null;
  else if (filters.assignee === "me") where.assigneeId = actor?.id ?? "\u0000nobody";
  else if (filters.assignee) where.assigneeId = filters.assignee;
  if (filters.outlet) where.group = { members: { some: { claim: { article: { outletId: filters.outlet } } } } };

  // Most serious first (major, minor, then single-source notes), newest first within each.
  const select = {
    id: true,
    kind: true,
    severity: true,
    summary: true,
    status: true,
    origin: true,
    stale: true,
    updatedAt: true,
    groupId: true,
    story: { select: { id: true, title: true } },
    assignee: { select: { id: true, name: true } },
    evidence: true,
    changedSinceReview: true,
  } satisfies Prisma.DiscrepancySelect;
  const bySeverity = async () => {
    const out = [];
    for (const severity of Object.keys(SEVERITY_ORDER)) {
      if (out.length >= QUEUE_LIMIT || (filters.severity && filters.severity !== severity)) continue;
      out.push(...(await db.discrepancy.findMany({ where: { ...where, severity }, orderBy: [{ updatedAt: "desc" }], take: QUEUE_LIMIT - out.length, select })));
    }
    return out;
  };
  const [rows, total, kinds, severities, outlets, assignees, stories] = await Promise.all([
    bySeverity(),
    db.discrepancy.count({ where }),
    db.discrepancy.findMany({ where: NOT_A_NOTE, distinct: ["kind"], select: { kind: true }, orderBy: { kind: "asc" } }),
    db.discrepancy.findMany({ distinct: ["severity"], select: { severity: true } }),
    db.outlet.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.user.findMany({ where: { role: { in: ["reviewer", "editor"] } }, select: { id: true, name: true, role: true }, orderBy: { name: "asc" } }),
    db.story.findMany({ select: { id: true, title: true }, orderBy: { updatedAt: "desc" } }),
  ]);
  const order = (s: string) => SEVERITY_ORDER[s] ?? 9;
  const concerned = new Map(rows.map((d) => [d.id, [...new Set(readEvidence(d.evidence).readings.flatMap((r) => r.articleIds))]]));
  const articles = await db.article.findMany({
    where: { id: { in: [...new Set([...concerned.values()].flat())] } },
    select: { id: true, title: true, outlet: { select: { name: true } } },
  });
  const labelOf = new Map(articles.map((a) => [a.id, a.outlet?.name ?? a.title ?? "an untitled article"]));
  return {
    total,
    rows: rows.map((d) => ({
      id: d.id,
      story: d.story,
      groupId: d.groupId,
      kind: d.kind,
      severity: d.severity,
      summary: d.summary,
      status: d.status,
      origin: d.origin,
      stale: d.stale,
      assignee: d.assignee,
      updatedAt: d.updatedAt,
      changedSinceReview: d.changedSinceReview,
      outlets: [...new Set((concerned.get(d.id) ?? []).map((id) => labelOf.get(id)).filter((n): n is string => !!n))].sort(),
    })),
    options: {
      kinds: kinds.map((k) => k.kind),
      severities: severities.map((s) => s.severity).sort((a, b) => order(a) - order(b)),
      statuses: [...REVIEW_STATUSES],
      outlets,
      assignees,
      stories,
    },
  };
}
