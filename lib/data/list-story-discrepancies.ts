import "server-only";
import { db } from "../db";
import { authorize, type Actor } from "../auth/permissions";
import { AppError } from "./errors";
import { readEvidence } from "./stored-json";

/** A story's discrepancies with their review state, for the API; a viewer right. */
export async function listStoryDiscrepancies(actor: Actor | null, storyId: string) {
  authorize(actor, "story.read");
  const story = await db.story.findUnique({ where: { id: storyId }, select: { id: true } });
  if (!story) throw new AppError("not_found", "There is no story with this id.");
  const rows = await db.discrepancy.findMany({
    where: { storyId },
    orderBy: [{ updatedAt: "desc" }],
    include: { group: { select: { id: true, key: true, label: true } }, assignee: { select: { id: true, name: true } }, _count: { select: { events: true } } },
  });
  return rows.map((d) => ({
    id: d.id,
    key: d.key,
    kind: d.kind,
    severity: d.severity,
    confidence: d.confidence,
    status: d.status,
    origin: d.origin,
    target: d.target,
    stale: d.stale,
    summary: d.summary,
    evidence: readEvidence(d.evidence),
    group: d.group,
    assignee: d.assignee,
    events: d._count.events,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  }));
}
