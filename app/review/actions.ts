"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/data/errors";
import { changeDiscrepancyStatus } from "@/lib/data/review-change-status";
import { assignDiscrepancy } from "@/lib/data/review-assign";
import { addReviewNote } from "@/lib/data/review-add-note";
import { flagClaim, FLAG_SEVERITIES } from "@/lib/data/flag-claim";
import { REVIEW_STATUSES } from "@/lib/data/review-transitions";
import { applyBulkReview } from "@/lib/data/review-bulk";

export interface ReviewActionState {
  errors?: Partial<Record<"status" | "note" | "assigneeId" | "reason" | "target" | "severity" | "form", string[]>>;
  message?: string | null;
  ok?: boolean;
}

function failure(e: unknown): ReviewActionState {
  if (isAppError(e)) {
    const field = (e.field ?? "form") as keyof NonNullable<ReviewActionState["errors"]>;
    return { errors: { [field]: [e.message] }, message: e.message };
  }
  throw e;
}

function refresh(id: string) {
  revalidatePath(`/review/${id}`);
  revalidatePath("/review");
}

const StatusForm = z.object({
  id: z.string().min(1),
  to: z.enum(REVIEW_STATUSES, { message: "Pick a status." }),
  from: z.string().optional(),
  note: z.string().max(5000, "A note can be at most 5,000 characters.").optional(),
});

export async function changeStatusAction(_prev: ReviewActionState, formData: FormData): Promise<ReviewActionState> {
  const parsed = StatusForm.safeParse({
    id: formData.get("id"),
    to: formData.get("to"),
    from: formData.get("from") ?? undefined,
    note: formData.get("note") ?? undefined,
  });
  if (!parsed.success) {
    const fe = z.flattenError(parsed.error).fieldErrors;
    return { errors: { status: fe.to ?? fe.id, note: fe.note }, message: "Check the form." };
  }
  try {
    const r = await changeDiscrepancyStatus(await getCurrentUser(), { id: parsed.data.id, to: parsed.data.to, note: parsed.data.note, expectedFrom: parsed.data.from });
    refresh(r.id);
    return { ok: true, message: "Status changed." };
  } catch (e) {
    return failure(e);
  }
}

const AssignForm = z.object({ id: z.string().min(1), assigneeId: z.string() });

export async function assignAction(_prev: ReviewActionState, formData: FormData): Promise<ReviewActionState> {
  const parsed = AssignForm.safeParse({ id: formData.get("id"), assigneeId: formData.get("assigneeId") ?? "" });
  if (!parsed.success) return { errors: { assigneeId: ["Pick a person."] } };
  try {
    const r = await assignDiscrepancy(await getCurrentUser(), { id: parsed.data.id, assigneeId: parsed.data.assigneeId || null });
    refresh(r.id);
    return { ok: true, message: "Assignment saved." };
  } catch (e) {
    return failure(e);
  }
}

const NoteForm = z.object({ id: z.string().min(1), note: z.string().trim().min(1, "Write a note first.").max(5000, "A note can be at most 5,000 characters.") });

export async function addNoteAction(_prev: ReviewActionState, formData: FormData): Promise<ReviewActionState> {
  const parsed = NoteForm.safeParse({ id: formData.get("id"), note: formData.get("note") ?? "" });
  if (!parsed.success) return { errors: { note: z.flattenError(parsed.error).fieldErrors.note } };
  try {
    await addReviewNote(await getCurrentUser(), parsed.data);
    refresh(parsed.data.id);
    return { ok: true, message: "Note added." };
  } catch (e) {
    return failure(e);
  }
}

const FlagForm = z.object({
  storyId: z.string().min(1),
  target: z.string().regex(/^(group|claim):.+$/, "Pick a claim group or claim to flag."),
  reason: z.string().trim().min(1, "Say why you flag it.").max(2000, "A reason can be at most 2,000 characters."),
  severity: z.enum(FLAG_SEVERITIES).default("major"),
});

export async function flagAction(_prev: ReviewActionState, formData: FormData): Promise<ReviewActionState> {
  const parsed = FlagForm.safeParse({
    storyId: formData.get("storyId"),
    target: formData.get("target") ?? "",
    reason: formData.get("reason") ?? "",
    severity: formData.get("severity") || undefined,
  });
  if (!parsed.success) {
    const fe = z.flattenError(parsed.error).fieldErrors;
    return { errors: { target: fe.target ?? fe.storyId, reason: fe.reason, severity: fe.severity }, message: "Check the fields marked below." };
  }
  const [kind, id] = [parsed.data.target.slice(0, parsed.data.target.indexOf(":")), parsed.data.target.slice(parsed.data.target.indexOf(":") + 1)];
  let discrepancyId: string;
  try {
    const r = await flagClaim(await getCurrentUser(), {
      storyId: parsed.data.storyId,
      groupId: kind === "group" ? id : null,
      claimId: kind === "claim" ? id : null,
      reason: parsed.data.reason,
      severity: parsed.data.severity,
    });
    discrepancyId = r.id;
  } catch (e) {
    return failure(e);
  }
  revalidatePath("/review");
  revalidatePath(`/stories/${parsed.data.storyId}`);
  redirect(`/review/${discrepancyId}`);
}

export interface BulkActionState {
  message?: string | null;
  ok?: boolean;
  skipped?: string[];
}

const BulkForm = z.object({
  ids: z.array(z.string().min(1)).min(1, "Select at least one discrepancy."),
  op: z.enum(["status", "assign"]),
  to: z.string().optional(),
  assigneeId: z.string().optional(),
});

export async function bulkReviewAction(_prev: BulkActionState, formData: FormData): Promise<BulkActionState> {
  const parsed = BulkForm.safeParse({
    ids: formData.getAll("ids").map(String),
    op: formData.get("op"),
    to: formData.get("to") || undefined,
    assigneeId: formData.get("assigneeId") ?? undefined,
  });
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? "Check the selection." };
  const { ids, op, to, assigneeId } = parsed.data;
  if (op === "status" && !to) return { message: "Pick the status to set." };
  try {
    const r = await applyBulkReview(await getCurrentUser(), ids, op === "status" ? { op, to: to! } : { op, assigneeId: assigneeId || null });
    revalidatePath("/review");
    const skipped = [...new Set(r.skipped.map((s) => s.reason))];
    return {
      ok: r.changed > 0,
      message: `${r.changed} changed${r.skipped.length ? `, ${r.skipped.length} left as they were` : ""}.`,
      skipped,
    };
  } catch (e) {
    if (isAppError(e)) return { message: e.message };
    throw e;
  }
}
