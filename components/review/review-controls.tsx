"use client";

import { useActionState } from "react";
import { addNoteAction, assignAction, changeStatusAction, type ReviewActionState } from "@/app/review/actions";
import { TRANSITION_LABEL, type ReviewStatus } from "@/lib/data/review-transitions";

const box = "rounded-lg border border-stone-200 bg-white p-4";
const textarea =
  "mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 text-sm shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500";

function Feedback({ state, field }: { state: ReviewActionState; field: keyof NonNullable<ReviewActionState["errors"]> }) {
  const errors = [...(state.errors?.[field] ?? []), ...(field !== "form" ? [] : [])];
  if (errors.length) return <p role="alert" className="mt-1 text-sm text-rose-700">{errors[0]}</p>;
  if (state.errors?.form?.length) return <p role="alert" className="mt-1 text-sm text-rose-700">{state.errors.form[0]}</p>;
  if (state.ok && state.message) return <p role="status" className="mt-1 text-sm text-emerald-700">{state.message}</p>;
  return null;
}

const BUTTON: Record<string, string> = {
  confirmed: "bg-rose-700 text-white hover:bg-rose-800",
  dismissed: "border border-stone-300 bg-white text-stone-800 hover:bg-stone-100",
  in_review: "bg-indigo-700 text-white hover:bg-indigo-800",
  open: "border border-stone-300 bg-white text-stone-800 hover:bg-stone-100",
};

export function StatusControl({ id, status, allowed }: { id: string; status: string; allowed: readonly ReviewStatus[] }) {
  const [state, action, pending] = useActionState<ReviewActionState, FormData>(changeStatusAction, {});
  if (!allowed.length) return null;
  return (
    <form action={action} className={box} aria-label="Change status">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="from" value={status} />
      <label htmlFor="status-note" className="block text-sm font-medium text-stone-800">Note with the change <span className="font-normal text-stone-500">(optional)</span></label>
      <textarea id="status-note" name="note" rows={2} className={textarea} aria-invalid={state.errors?.note ? true : undefined} />
      <div className="mt-3 flex flex-wrap gap-2">
        {allowed.map((to) => (
          <button key={to} type="submit" name="to" value={to} disabled={pending} className={`rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-60 ${BUTTON[to] ?? BUTTON.open}`}>
            {to === status ? `${TRANSITION_LABEL[to]} again on the new evidence` : TRANSITION_LABEL[to]}
          </button>
        ))}
      </div>
      <Feedback state={state} field="status" />
      {state.errors?.note ? <p role="alert" className="mt-1 text-sm text-rose-700">{state.errors.note[0]}</p> : null}
    </form>
  );
}

export function AssignControl({ id, assigneeId, people }: { id: string; assigneeId: string | null; people: { id: string; name: string; role: string }[] }) {
  const [state, action, pending] = useActionState<ReviewActionState, FormData>(assignAction, {});
  return (
    <form action={action} className={box} aria-label="Assign">
      <input type="hidden" name="id" value={id} />
      <label htmlFor="assigneeId" className="block text-sm font-medium text-stone-800">Assigned to</label>
      <div className="mt-1 flex gap-2">
        <select id="assigneeId" name="assigneeId" defaultValue={assigneeId ?? ""} className="block w-full rounded-md border border-stone-300 px-3 py-1.5 text-sm">
          <option value="">Nobody</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.role})
            </option>
          ))}
        </select>
        <button type="submit" disabled={pending} className="rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-100 disabled:opacity-60">
          Assign
        </button>
      </div>
      <Feedback state={state} field="assigneeId" />
    </form>
  );
}

export function NoteControl({ id }: { id: string }) {
  const [state, action, pending] = useActionState<ReviewActionState, FormData>(addNoteAction, {});
  return (
    <form action={action} className={box} aria-label="Notes">
      <input type="hidden" name="id" value={id} />
      <label htmlFor="note" className="block text-sm font-medium text-stone-800">Add a note</label>
      <textarea id="note" name="note" rows={3} className={textarea} aria-invalid={state.errors?.note ? true : undefined} aria-describedby="note-feedback" />
      <div className="mt-2 flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-100 disabled:opacity-60">
          Add note
        </button>
        <div id="note-feedback"><Feedback state={state} field="note" /></div>
      </div>
    </form>
  );
}
