import "server-only";
import { db } from "../db";
import { authorize, type Actor } from "../auth/permissions";
import { can } from "../auth/roles";
import { AppError } from "./errors";
import { readEvidence } from "./stored-json";
import { nextStatuses, type ReviewStatus } from "./review-transitions";

export interface EvidenceReading {
  text: string;
  articleIds: string[];
  articles: { id: string; outlet: string | null; title: string | null }[];
  /** the reading in each article's own words: articles that wrote the same words share an entry */
  wordings: { text: string; articleIds: string[]; claimKeys: (string | null)[] }[];
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
    ? await db.article.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, sourceName: true, outlet: { select: { name: true } } } })
    : [];
  const byId = new Map(articles.map((a) => [a.id, { id: a.id, outlet: a.outlet?.name ?? null, title: a.title ?? a.sourceName }]));
  const refs = evidence.readings.flatMap((r) => r.claimIds).map((ref) => ref.split("#")).filter((x) => x.length === 2);
  const claims = refs.length
    ? await db.claim.findMany({ where: { OR: refs.map(([articleId, key]) => ({ articleId, key })) }, select: { articleId: true, key: true, text: true } })
    : [];
  const wordingsOf = (r: (typeof evidence.readings)[number]) => {
    const out: EvidenceReading["wordings"] = [];
    for (const id of r.articleIds) {
      const mine = r.claimIds.map((ref) => claims.find((c) => `${c.articleId}#${c.key}` === ref && c.articleId === id)).find((c) => c);
      const text = mine?.text ?? r.text;
      const same = out.find((w) => w.text === text);
      if (same) {
        same.articleIds.push(id);
        same.claimKeys.push(mine?.key ?? null);
      } else out.push({ text, articleIds: [id], claimKeys: [mine?.key ?? null] });
    }
    return out;
  };
  const readings = evidence.readings.map((r) => ({ text: r.text, articleIds: r.articleIds, wordings: wordingsOf(r) }));
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
    reason: evidence.reason ?? null,
    readings: readings.map((r) => ({ ...r, articles: r.articleIds.map((aid) => byId.get(aid) ?? { id: aid, outlet: null, title: null }) })),
    differing: (evidence.differing ?? []).map((x) => ({ articleIds: (x.articleIds ?? []).map(String), words: (x.words ?? []).map(String) })),
    assignee: d.assignee,
    events: d.events.map((e) => ({ id: e.id, action: e.action, fromValue: e.fromValue, toValue: e.toValue, note: e.note, actor: e.actor, createdAt: e.createdAt })),
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    allowed: {
      status: can(actor?.role, "discrepancy.status") ? nextStatuses(d.status) : [],
      assign: can(actor?.role, "discrepancy.assign"),
      note: can(actor?.role, "discrepancy.note"),
    },
    assignees,
  };
}
