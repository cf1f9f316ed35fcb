"use client";

import { useActionState, useState } from "react";
import { flagAction, type ReviewActionState } from "@/app/review/actions";

export interface FlagTargetOption {
  value: string;
  label: string;
}

/**
 * Flag a claim group or claim with a reason. Give `targets` to pick from, or
 * a fixed `target` ("group:<id>" or "claim:<id>") to flag one thing (e.g. on a
 * group page).
 */
export function FlagForm({ storyId, targets, target }: { storyId: string; targets?: FlagTargetOption[]; target?: string }) {
  const [state, action, pending] = useActionState<ReviewActionState, FormData>(flagAction, {});
  // controlled, so a refused submit keeps what was typed (React resets uncontrolled fields after an action)
  const [picked, setPicked] = useState("");
  const [reason, setReason] = useState("");
  const [severity, setSeverity] = useState("major");
  const field = "mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 text-sm shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500";
  return (
    <form action={action} className="space-y-4 rounded-lg border border-stone-200 bg-white p-5">
      <input type="hidden" name="storyId" value={storyId} />
      {state.message && state.errors ? <p role="alert" className="rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-800">{state.message}</p> : null}
      {target ? (
        <input type="hidden" name="target" value={target} />
      ) : (
        <div>
          <label htmlFor="flag-target" className="block text-sm font-medium text-stone-800">What to flag</label>
          <select id="flag-target" name="target" value={picked} onChange={(e) => setPicked(e.target.value)} className={field} aria-invalid={state.errors?.target ? true : undefined} aria-describedby="flag-target-error">
            <option value="" disabled>Choose a claim group or claim…</option>
            {(targets ?? []).map((t) => (
              <option key={t.value} value={t.value}>{t.label}</option>
            ))}
          </select>
          {state.errors?.target ? <p id="flag-target-error" className="mt-1 text-sm text-rose-700">{state.errors.target[0]}</p> : null}
        </div>
      )}
      <div>
        <label htmlFor="flag-reason" className="block text-sm font-medium text-stone-800">Reason</label>
        <textarea id="flag-reason" name="reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} className={field} placeholder="What looks wrong, and why" aria-invalid={state.errors?.reason ? true : undefined} aria-describedby="flag-reason-error" />
        {state.errors?.reason ? <p id="flag-reason-error" className="mt-1 text-sm text-rose-700">{state.errors.reason[0]}</p> : null}
      </div>
      <div>
        <label htmlFor="flag-severity" className="block text-sm font-medium text-stone-800">Severity</label>
        <select id="flag-severity" name="severity" value={severity} onChange={(e) => setSeverity(e.target.value)} className={`${field} sm:w-48`}>
          <option value="major">Major</option>
          <option value="minor">Minor</option>
          <option value="info">Info</option>
        </select>
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 disabled:opacity-60">
        {pending ? "Flagging…" : "Flag for review"}
      </button>
    </form>
  );
}
