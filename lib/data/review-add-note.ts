import "server-only";
import { db } from "../db";
import { whenUnlocked } from "./when-unlocked";
import { authorizeUser, type Actor } from "../auth/permissions";
import { AppError } from "./errors";
import { appendReviewEvent } from "./review-events";
import { MAX_NOTE_CHARS } from "./review-change-status";

/** Adds a note to a discrepancy's history. */
export async function addReviewNote(actor: Actor | null, input: { id: string; note: string }): Promise<{ id: string }> {
  const user = authorizeUser(actor, "discrepancy.note");
  const note = input.note.trim();
  if (!note) throw new AppError("invalid_input", "Write a note first.", "note");
  if (note.length > MAX_NOTE_CHARS) throw new AppError("invalid_input", `A note can be at most ${MAX_NOTE_CHARS} characters.`, "note");
  return whenUnlocked(() => db.$transaction(async (tx) => {
    const current = await tx.discrepancy.findUnique({ where: { id: input.id }, select: { id: true } });
    if (!current) throw new AppError("not_found", "There is no discrepancy with this id.");
    await tx.discrepancy.update({ where: { id: current.id }, data: { updatedAt: new Date() } });
    return appendReviewEvent(tx, { discrepancyId: current.id, actorId: user.id, action: "note", note });
  }));
}
