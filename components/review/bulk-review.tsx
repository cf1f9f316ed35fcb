"use client";

import { useActionState, useEffect, useRef } from "react";
import { bulkReviewAction, type BulkActionState } from "@/app/review/actions";
import { TRANSITION_LABEL, type ReviewStatus } from "@/lib/data/review-transitions";
import { BULK_FORM } from "./bulk-form-id";

const select = "rounded-md border border-stone-300 px-2 py-1.5 text-sm";
const button = "rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100 disabled:opacity-60";

/** Set the status of, or assign, every selected row of the queue (rows carry checkboxes bound to this form). */
export function BulkReview({ statuses, people }: { statuses: readonly ReviewStatus[]; people: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState<BulkActionState, FormData>(bulkReviewAction, {});
  const result = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.message) result.current?.focus();
  }, [state]);
  const toggleAll = (on: boolean) => {
    for (const box of document.querySelectorAll<HTMLInputElement>(`input[form="${BULK_FORM}"][name="ids"]`)) box.checked = on;
  };
  return (
    <form id={BULK_FORM} action={action} aria-label="Change the selected discrepancies" className="mb-3 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3 text-sm">
      <label className="flex items-center gap-2">
        <input type="checkbox" onChange={(e) => toggleAll(e.currentTarget.checked)} /> Select all shown
      </label>
      <span className="flex items-center gap-2">
        <label htmlFor="bulk-to" className="text-stone-700">Status</label>
        <select id="bulk-to" name="to" className={select} defaultValue="">
          <option value="">Choose…</option>
          {statuses.map((s) => <option key={s} value={s}>{TRANSITION_LABEL[s]}</option>)}
        </select>
        <button type="submit" name="op" value="status" disabled={pending} className={button}>Set status</button>
      </span>
      <span className="flex items-center gap-2">
        <label htmlFor="bulk-assignee" className="text-stone-700">Assign to</label>
        <select id="bulk-assignee" name="assigneeId" className={select} defaultValue="">
          <option value="">Nobody</option>
          {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
        <button type="submit" name="op" value="assign" disabled={pending} className={button}>Assign</button>
      </span>
      {state.message ? (
        <p ref={result} tabIndex={-1} role="status" className={`basis-full ${state.ok ? "text-emerald-800" : "text-rose-700"}`}>
          {state.message}
          {state.skipped?.length ? <span className="block text-stone-600">{state.skipped.join(" ")}</span> : null}
        </p>
      ) : null}
    </form>
  );
}
