import "server-only";
import { authorizeUser, type Actor } from "../auth/permissions";
import { AppError } from "./errors";
import { assignDiscrepancy } from "./review-assign";
import { changeDiscrepancyStatus } from "./review-change-status";
import { isReviewStatus } from "./review-transitions";

export const MAX_BULK = 300;

export type BulkOperation = { op: "status"; to: string } | { op: "assign"; assigneeId: string | null };

export interface BulkResult {
  changed: number;
  /** items left as they were, each with why */
  skipped: { id: string; reason: string }[];
}

/**
 * One review action on a selection: each item goes through the same checks as when done one by
 * one (transitions, assignable people, its own history event). Items that cannot take it are
 * skipped with the reason; the others are changed.
 */
export async function applyBulkReview(actor: Actor | null, ids: string[], action: BulkOperation): Promise<BulkResult> {
  authorizeUser(actor, action.op === "status" ? "discrepancy.status" : "discrepancy.assign");
  const unique = [...new Set(ids)];
  if (!unique.length) throw new AppError("invalid_input", "Select at least one discrepancy.", "ids");
  if (unique.length > MAX_BULK) throw new AppError("invalid_input", `Select at most ${MAX_BULK} discrepancies at a time.`, "ids");
  if (action.op === "status" && !isReviewStatus(action.to)) throw new AppError("invalid_input", `There is no status "${action.to}".`, "to");
  const result: BulkResult = { changed: 0, skipped: [] };
  for (const id of unique) {
    try {
      if (action.op === "status") await changeDiscrepancyStatus(actor, { id, to: action.to });
      else await assignDiscrepancy(actor, { id, assigneeId: action.assigneeId });
      result.changed++;
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      result.skipped.push({ id, reason: e.message });
    }
  }
  return result;
}
