import "server-only";
import { db } from "../db";
import { authorize, type Actor } from "../auth/permissions";
import { can } from "../auth/roles";
import { AppError } from "./errors";
import { readEvidence } from "./stored-json";
import { wordingsOf, type Wording } from "./reading-wordings";
import { isVerdict, nextStatuses, type ReviewStatus } from "./review-transitions";

export interface EvidenceReading {
  text: string;
  articleIds: string[];
  articles: { id: string; outlet: string | null; title: string | null }[];
  /** the reading in each article's own words */
  wordings: Wording[];
}

export interface ReviewHistoryEvent {
  id: string;
  action: string;
  fromValue: string | null;
  toValue: string | null;
  note: string | null;
  actor: { id: string; name: string } | null;
  createdAt: Date;
}

export interface DiscrepancyForReview {
  id: string;
  story: { id: string; title: string };
  group: { id: string; label: string; kind: string } | null;
  kind: string;
  key: string;
  severity: string;
  summary: string;
  status: string;
  origin: string;
  target: string | null;
  stale: boolean;
  /** re-analysis changed the readings or outlets since the review began or the verdict was given */
  changedSinceReview: boolean;
  reason: string | null;
  readings: EvidenceReading[];
  differing: { articleIds: string[]; words: string[] }[];
  assignee: { id: string; name: string } | null;
  events: ReviewHistoryEvent[];
  createdAt: Date;
  updatedAt: Date;
  /** what the current user may do here */
  allowed: { status: readonly ReviewStatus[]; assign: boolean; note: boolean };
  assignees: { id: string; name: string; role: string }[];
}

/** One discrepancy with its evidence and full history; a viewer right. */
export async function getDiscrepancyForReview(actor: Actor | null, id: string): Promise<DiscrepancyForReview> {
  authorize(actor, "review.read");
  const d = await db.discrepancy.findUnique({
    where: { id },
    include: {
      story: { select: { id: true, title: true } },
      group: { select: { id: true, label: true, kind: true } },
      assignee: { select: { id: true, name: true } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { actor: { select: { id: true, name: true } } } },
    },
  });
  if (!d) throw new AppError("not_found", "There is no discrepancy with this id.");
  const evidence = readEvidence(d.evidence);
  const ids = [...new Set(evidence.readings.flatMap((r) => r.articleIds))];
  const articles = ids.length
    ? await db.article.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, outlet: { select: { name: true } } } })
    : [];
  const byId = new Map(articles.map((a) => [a.id, { id: a.id, outlet: a.outlet?.name ?? null, title: a.title }]));
  const refs = evidence.readings.flatMap((r) => r.claimIds).map((ref) => [ref.slice(0, ref.lastIndexOf("#")), ref.slice(ref.lastIndexOf("#") + 1)]);
  const claims = refs.length
    ? await db.claim.findMany({ where: { OR: refs.map(([articleId, key]) => ({ articleId, key })) }, select: { articleId: true, key: true, text: true } })
    : [];
  const claimText = new Map(claims.map((c) => [`${c.articleId}#${c.key}`, c.text]));
  const readings = evidence.readings.map((r) => ({ text: r.text, articleIds: r.articleIds, wordings: wordingsOf(r, (a, k) => claimText.get(`${a}#${k}`)) }));
  const assignees = await db.user.findMany({ where: { role: { in: ["reviewer", "editor"] } }, select: { id: true, name: true, role: true }, orderBy: { name: "asc" } });
  return {
    id: d.id,
    story: d.story,
    group: d.group,
    kind: d.kind,
    key: d.key,
    severity: d.severity,
    summary: d.summary,
    status: d.status,
    origin: d.origin,
    target: d.target,
    stale: d.stale,
    changedSinceReview: d.changedSinceReview,
    reason: evidence.reason ?? null,
    readings: readings.map((r) => ({ ...r, articles: r.articleIds.map((aid) => byId.get(aid) ?? { id: aid, outlet: null, title: null }) })),
    differing: (evidence.differing ?? []).map((x) => ({ articleIds: (x.articleIds ?? []).map(String), words: (x.words ?? []).map(String) })),
    assignee: d.assignee,
    events: d.events.map((e) => ({ id: e.id, action: e.action, fromValue: e.fromValue, toValue: e.toValue, note: e.note, actor: e.actor, createdAt: e.createdAt })),
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    allowed: {
      status: !can(actor?.role, "discrepancy.status") ? []
        : d.changedSinceReview && isVerdict(d.status) ? [d.status as ReviewStatus, ...nextStatuses(d.status)] : nextStatuses(d.status),
      assign: can(actor?.role, "discrepancy.assign"),
      note: can(actor?.role, "discrepancy.note"),
    },
    assignees,
  };
}
