import "server-only";
import { db } from "../db";
import { whenUnlocked } from "./when-unlocked";
import { DiscrepancyEvidence, toJsonColumn } from "./stored-json";
import { authorizeUser, type Actor } from "../auth/permissions";
import { AppError } from "./errors";
import { appendReviewEvent } from "./review-events";

export const FLAG_SEVERITIES = ["major", "minor", "info"] as const;
export type FlagSeverity = (typeof FLAG_SEVERITIES)[number];
export const MAX_REASON_CHARS = 2000;

export interface FlagInput {
  storyId: string;
  /** a claim group of the story, or */
  groupId?: string | null;
  /** one claim of one of the story's articles */
  claimId?: string | null;
  reason: string;
  severity?: FlagSeverity;
}

/**
 * A reviewer's flag on a claim group or a claim, even where the analysis found
 * nothing: a Discrepancy with origin "reviewer" and key "flag:<group key>" or
 * "flag:<article id>#<claim key>" (stable across re-analyses), in the same
 * review workflow as the analysis' discrepancies. Flagging the same thing again
 * adds the reason as a note (and reopens it when it was closed).
 */
export async function flagClaim(actor: Actor | null, input: FlagInput): Promise<{ id: string; created: boolean }> {
  const user = authorizeUser(actor, "discrepancy.flag");
  const reason = input.reason.trim();
  if (!reason) throw new AppError("invalid_input", "Say why you flag it: the reason is empty.", "reason");
  if (reason.length > MAX_REASON_CHARS) throw new AppError("invalid_input", `A reason can be at most ${MAX_REASON_CHARS} characters.`, "reason");
  if (!input.groupId === !input.claimId) throw new AppError("invalid_input", "Choose one claim group or one claim to flag.", "target");
  const severity = input.severity ?? "major";
  if (!FLAG_SEVERITIES.includes(severity)) throw new AppError("invalid_input", `There is no severity "${severity}".`, "severity");

  let key: string;
  let target: string;
  let groupId: string | null = null;
  let label: string;
  let readings: { text: string; articleIds: string[] }[] = [];
  if (input.groupId) {
    const group = await db.claimGroup.findUnique({
      where: { id: input.groupId },
      select: { id: true, storyId: true, key: true, label: true, members: { select: { reading: true, claim: { select: { articleId: true, text: true } } } } },
    });
    if (!group || group.storyId !== input.storyId) throw new AppError("not_found", "There is no such claim group in this story.", "target");
    key = `flag:${group.key}`;
    target = `group:${group.key}`;
    groupId = group.id;
    label = group.label;
    const byReading = new Map<string, { text: string; articleIds: string[] }>();
    for (const m of group.members) {
      const r = byReading.get(m.reading) ?? { text: m.claim.text, articleIds: [] };
      if (!r.articleIds.includes(m.claim.articleId)) r.articleIds.push(m.claim.articleId);
      byReading.set(m.reading, r);
    }
    readings = [...byReading.values()];
  } else {
    const claim = await db.claim.findUnique({
      where: { id: input.claimId! },
      select: { id: true, key: true, text: true, articleId: true, article: { select: { storyId: true } }, members: { select: { groupId: true }, take: 1 } },
    });
    if (!claim || claim.article.storyId !== input.storyId) throw new AppError("not_found", "There is no such claim in this story.", "target");
    key = `flag:${claim.articleId}#${claim.key}`;
    target = `claim:${claim.articleId}#${claim.key}`;
    groupId = claim.members[0]?.groupId ?? null;
    label = claim.text.length > 120 ? `${claim.text.slice(0, 117)}…` : claim.text;
    readings = [{ text: claim.text, articleIds: [claim.articleId] }];
  }

  return whenUnlocked(() => db.$transaction(async (tx) => {
    const existing = await tx.discrepancy.findUnique({ where: { storyId_key: { storyId: input.storyId, key } }, select: { id: true, status: true } });
    if (existing) {
      if (["confirmed", "dismissed", "resolved"].includes(existing.status)) {
        await tx.discrepancy.update({ where: { id: existing.id }, data: { status: "open" } });
        await appendReviewEvent(tx, { discrepancyId: existing.id, actorId: user.id, action: "status", fromValue: existing.status, toValue: "open", note: reason });
      } else {
        await tx.discrepancy.update({ where: { id: existing.id }, data: { updatedAt: new Date() } });
        await appendReviewEvent(tx, { discrepancyId: existing.id, actorId: user.id, action: "note", note: `Flagged again: ${reason}` });
      }
      return { id: existing.id, created: false };
    }
    const created = await tx.discrepancy.create({
      data: {
        storyId: input.storyId,
        groupId,
        kind: "reviewer_flag",
        key,
        severity,
        summary: `Flagged: ${label}`,
        evidence: toJsonColumn(DiscrepancyEvidence, { readings, differing: [], reason }),
        origin: "reviewer",
        target,
        status: "open",
      },
      select: { id: true },
    });
    await appendReviewEvent(tx, { discrepancyId: created.id, actorId: user.id, action: "flagged", toValue: "open", note: reason });
    return { id: created.id, created: true };
  }));
}
