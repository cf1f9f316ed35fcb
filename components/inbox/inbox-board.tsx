"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { decideInboxAction, type InboxDecisionState } from "@/app/inbox/actions";
import type { Proposal } from "@/lib/data/inbox";
import { formatLocalDate } from "@/lib/format";

const select = "min-w-0 max-w-full flex-1 rounded-md border border-stone-300 px-2 py-1.5 text-sm";
const button = "shrink-0 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100 disabled:opacity-60";

/**
 * The proposals as cards. Every form posts to one action, so one status line above the cards
 * announces each result (a merged proposal's own card is gone by then); an error stays at its form.
 */
/** A choice of another proposal (to move an article to, or to merge into), with any extra options after. */
function ProposalSelect({ id, name, proposals, children }: { id: string; name: string; proposals: Proposal[]; children?: ReactNode }) {
  return (
    <select id={id} name={name} defaultValue="" className={select}>
      <option value="" disabled>Choose…</option>
      {proposals.map((o) => <option key={o.id} value={o.id}>{o.title}</option>)}
      {children}
    </select>
  );
}

export function InboxBoard({ proposals }: { proposals: Proposal[] }) {
  const [state, action, pending] = useActionState<InboxDecisionState, FormData>(decideInboxAction, {});
  const status = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message || state.error) status.current?.focus();
  }, [state]);
  const errorAt = (target: string) =>
    state.error && state.target === target ? <p role="alert" className="mt-1 text-sm break-words text-rose-700">{state.error}</p> : null;
  const others = (p: Proposal) => proposals.filter((o) => o.id !== p.id);

  return (
    <div>
      <div ref={status} tabIndex={-1} aria-live="polite" className="mb-4 outline-none">
        {state.message ? <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-900">{state.message}</p> : null}
        {pending ? <p role="status" className="text-sm text-stone-600">Working… (accepting a proposal also analyses its articles)</p> : null}
      </div>
      <div className="space-y-5">
        {proposals.map((p) => (
          <section key={p.id} aria-labelledby={`h-${p.id}`} className="min-w-0 rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
            <h2 id={`h-${p.id}`} className="text-lg font-semibold break-words text-stone-900">{p.title}</h2>
            <p className="text-sm text-stone-500">
              {p.items.length} article{p.items.length === 1 ? "" : "s"}
              {p.match ? <> · matches the story “{p.match.title}”</> : null}
            </p>
            <ul className="mt-3 divide-y divide-stone-100 border-y border-stone-100">
              {p.items.map((item) => (
                <li key={item.id} className="py-2 text-sm">
                  <p className="font-medium break-words text-stone-900">{item.title ?? item.sourceName ?? "Untitled article"}</p>
                  <p className="break-words text-stone-500">{[item.outlet ?? "Outlet unknown", formatLocalDate(item.publishedLocal) ?? "date unknown", item.sourceName].filter(Boolean).join(" · ")}</p>
                  <div className="mt-1 flex flex-wrap items-center gap-2">
                    {p.items.length > 1 ? (
                      <label className="inline-flex shrink-0 basis-full items-center gap-1.5 text-stone-600 sm:basis-auto">
                        {/* belongs to the card's split form below */}
                        <input type="checkbox" name="items" value={item.id} form={`split-${p.id}`} className="h-4 w-4" aria-label={`Split off “${item.title ?? item.sourceName ?? "this article"}”`} />
                        Split off
                      </label>
                    ) : null}
                    <form action={action} className="flex min-w-0 flex-1 items-center gap-2">
                      <input type="hidden" name="intent" value="move" />
                      <input type="hidden" name="item" value={item.id} />
                      <label htmlFor={`move-${item.id}`} className="shrink-0 text-stone-600">Move to</label>
                      <ProposalSelect id={`move-${item.id}`} name="to" proposals={others(p)}>
                        {p.items.length > 1 ? <option value="new">A new proposal</option> : null}
                      </ProposalSelect>
                      <button type="submit" disabled={pending} className={button}>Move</button>
                    </form>
                    <form action={action}>
                      <input type="hidden" name="intent" value="dismiss" />
                      <input type="hidden" name="item" value={item.id} />
                      <button type="submit" disabled={pending} className={button} aria-label={`Remove “${item.title ?? item.sourceName ?? "this article"}” from the inbox`}>Remove</button>
                    </form>
                  </div>
                  {errorAt(`move:${item.id}`)}
                  {errorAt(`dismiss:${item.id}`)}
                </li>
              ))}
            </ul>
            {p.items.length > 1 ? (
              <form id={`split-${p.id}`} action={action} className="mt-3 text-sm">
                <input type="hidden" name="intent" value="split" />
                <input type="hidden" name="proposal" value={p.id} />
                <button type="submit" disabled={pending} className={button}>Split the ticked articles into a new proposal</button>
                {errorAt(`split:${p.id}`)}
              </form>
            ) : null}
            <form action={action} className="mt-4">
              <input type="hidden" name="intent" value="accept" />
              <input type="hidden" name="proposal" value={p.id} />
              <label htmlFor={`title-${p.id}`} className="block text-sm font-medium text-stone-800">Story title</label>
              <input id={`title-${p.id}`} name="title" defaultValue={p.title} maxLength={300} className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 text-sm" />
              <div className="mt-2 flex flex-wrap gap-2">
                <button type="submit" name="into" value="new" disabled={pending} className="rounded-md bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 disabled:opacity-60">
                  Accept as a new story
                </button>
                {p.match ? (
                  <button type="submit" name="into" value={p.match.storyId} disabled={pending} className={button}>
                    Add to “{p.match.title}”
                  </button>
                ) : null}
              </div>
              {errorAt(`accept:${p.id}`)}
            </form>
            {others(p).length ? (
              <form action={action} className="mt-3 flex flex-wrap items-center gap-2 text-sm">
                <input type="hidden" name="intent" value="merge" />
                <input type="hidden" name="proposal" value={p.id} />
                <label htmlFor={`merge-${p.id}`} className="shrink-0 text-stone-600">Merge into</label>
                <ProposalSelect id={`merge-${p.id}`} name="into" proposals={others(p)} />
                <button type="submit" disabled={pending} className={button}>Merge</button>
                <div className="basis-full">{errorAt(`merge:${p.id}`)}</div>
              </form>
            ) : null}
          </section>
        ))}
      </div>
    </div>
  );
}
