import "server-only";
import { db } from "../db";
import { whenUnlocked } from "./when-unlocked";
import { authorizeUser, type Actor } from "../auth/permissions";
import { ASSIGNABLE_ROLES } from "../auth/roles";
import { AppError } from "./errors";
import { appendReviewEvent } from "./review-events";

/** Assigns a discrepancy to a reviewer or editor (null unassigns), recorded as a review event. */
export async function assignDiscrepancy(
  actor: Actor | null,
  input: { id: string; assigneeId: string | null },
): Promise<{ id: string; assigneeId: string | null }> {
  const user = authorizeUser(actor, "discrepancy.assign");
  return whenUnlocked(() => db.$transaction(async (tx) => {
    const current = await tx.discrepancy.findUnique({
      where: { id: input.id },
      select: { id: true, assigneeId: true, assignee: { select: { name: true } } },
    });
    if (!current) throw new AppError("not_found", "There is no discrepancy with this id.");
    let assigneeName: string | null = null;
    if (input.assigneeId) {
      const assignee = await tx.user.findUnique({ where: { id: input.assigneeId }, select: { name: true, role: true } });
      if (!assignee) throw new AppError("invalid_input", "There is no user with this id.", "assigneeId");
      if (!(ASSIGNABLE_ROLES as readonly string[]).includes(assignee.role)) {
        throw new AppError("invalid_input", `${assignee.name} is a ${assignee.role}; only reviewers and editors can be assigned.`, "assigneeId");
      }
      assigneeName = assignee.name;
    }
    if ((current.assigneeId ?? null) === (input.assigneeId ?? null)) return { id: current.id, assigneeId: current.assigneeId };
    await tx.discrepancy.update({ where: { id: current.id }, data: { assigneeId: input.assigneeId } });
    await appendReviewEvent(tx, {
      discrepancyId: current.id,
      actorId: user.id,
      action: "assigned",
      fromValue: current.assignee?.name ?? null,
      toValue: assigneeName,
    });
    return { id: current.id, assigneeId: input.assigneeId };
  }));
}
