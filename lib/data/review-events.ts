import "server-only";
import type { Prisma } from "../../generated/prisma/client";

type Tx = Prisma.TransactionClient;

export type ReviewAction =
  | "flagged"
  | "status"
  | "assigned"
  | "note"
  | "resolved_by_data"
  | "reopened_by_data"
  | "evidence_changed";

export interface ReviewEventInput {
  discrepancyId: string;
  actorId: string | null;
  action: ReviewAction;
  fromValue?: string | null;
  toValue?: string | null;
  note?: string | null;
}

/**
 * The only way the workflow writes ReviewEvent rows: an insert. The trail is
 * append-only; nothing in the app updates or deletes an event.
 */
export async function appendReviewEvent(tx: Tx, event: ReviewEventInput): Promise<{ id: string }> {
  return tx.reviewEvent.create({
    data: {
      discrepancyId: event.discrepancyId,
      actorId: event.actorId,
      action: event.action,
      fromValue: event.fromValue ?? null,
      toValue: event.toValue ?? null,
      note: event.note?.trim() || null,
    },
    select: { id: true },
  });
}
