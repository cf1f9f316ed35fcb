import "server-only";
import { db } from "../db";
import { whenUnlocked } from "./when-unlocked";
import { authorizeUser, type Actor } from "../auth/permissions";
import { AppError } from "./errors";
import { appendReviewEvent } from "./review-events";
import { canTransition, isReviewStatus, isVerdict, STATUS_LABEL, type ReviewStatus } from "./review-transitions";

export const MAX_NOTE_CHARS = 5000;

/**
 * Moves a discrepancy to another review status, with an optional note, and
 * records the change as a review event. The evidence as it stands is kept as
 * what the reviewer saw. Refuses transitions the state machine does not allow
 * (a verdict may be given again only on changed evidence) and changes made
 * meanwhile by someone else (conflict).
 */
export async function changeDiscrepancyStatus(
  actor: Actor | null,
  input: { id: string; to: string; note?: string | null; expectedFrom?: string | null },
): Promise<{ id: string; status: ReviewStatus }> {
  const user = authorizeUser(actor, "discrepancy.status");
  if (!isReviewStatus(input.to)) throw new AppError("invalid_input", `There is no status "${input.to}".`, "status");
  const note = input.note?.trim() || null;
  if (note && note.length > MAX_NOTE_CHARS) throw new AppError("invalid_input", `A note can be at most ${MAX_NOTE_CHARS} characters.`, "note");
  const to = input.to;
  return whenUnlocked(() => db.$transaction(async (tx) => {
    const current = await tx.discrepancy.findUnique({ where: { id: input.id }, select: { id: true, status: true, evidence: true, changedSinceReview: true } });
    if (!current) throw new AppError("not_found", "There is no discrepancy with this id.");
    if (input.expectedFrom && input.expectedFrom !== current.status) {
      throw new AppError("conflict", `Someone changed this discrepancy meanwhile: it is now ${STATUS_LABEL[current.status as ReviewStatus] ?? current.status}.`, "status");
    }
    // a verdict given again on changed evidence takes the new evidence as seen
    const reaffirm = to === current.status && current.changedSinceReview && isVerdict(to);
    if (!reaffirm && !canTransition(current.status, to)) {
      throw new AppError(
        "invalid_input",
        `A discrepancy that is ${STATUS_LABEL[current.status as ReviewStatus] ?? current.status} cannot be moved to ${STATUS_LABEL[to]}.`,
        "status",
      );
    }
    const seen = to === "open" ? { reviewedEvidence: null } : { reviewedEvidence: current.evidence };
    const updated = await tx.discrepancy.updateMany({
      where: { id: current.id, status: current.status },
      data: { status: to, ...seen, changedSinceReview: false },
    });
    if (updated.count !== 1) throw new AppError("conflict", "Someone changed this discrepancy meanwhile; reload and try again.", "status");
    await appendReviewEvent(tx, { discrepancyId: current.id, actorId: user.id, action: "status", fromValue: current.status, toValue: to, note });
    return { id: current.id, status: to };
  }));
}
