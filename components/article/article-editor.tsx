"use client";

import { useActionState, useState } from "react";
import { editArticleAction, removeArticleAction, type ArticleActionState } from "@/app/articles/[id]/actions";

const box = "rounded-lg border border-stone-200 bg-white p-4";
const input = "mt-1 block w-full rounded-md border border-stone-300 px-3 py-1.5 text-sm shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500";

function FieldError({ state, name }: { state: ArticleActionState; name: keyof NonNullable<ArticleActionState["errors"]> }) {
  const e = state.errors?.[name];
  return e ? <p id={`${name}-error`} role="alert" className="mt-1 text-sm text-rose-700">{e}</p> : null;
}

/** An editor corrects what extraction read (outlet, title, date) or removes the article from its story. */
export function ArticleEditor({ id, outlet, title, publishedAt }: { id: string; outlet: string | null; title: string | null; publishedAt: string | null }) {
  const [state, action, pending] = useActionState<ArticleActionState, FormData>(editArticleAction, {});
  const [removal, remove, removing] = useActionState<ArticleActionState, FormData>(removeArticleAction, {});
  // controlled, so a refused save keeps what was typed (React resets uncontrolled fields after an action)
  const [values, setValues] = useState({ outlet: outlet ?? "", title: title ?? "", publishedAt: publishedAt?.slice(0, 10) ?? "" });
  const fields: { name: "outlet" | "title" | "publishedAt"; label: string; hint?: string }[] = [
    { name: "outlet", label: "Outlet" },
    { name: "title", label: "Title" },
    { name: "publishedAt", label: "Published", hint: "YYYY-MM-DD; relative dates in the text resolve against it" },
  ];
  return (
    <>
      <form action={action} className={box} aria-label="Correct article details">
        <h2 className="text-sm font-semibold text-stone-900">Correct the details</h2>
        <input type="hidden" name="id" value={id} />
        {fields.map((f) => (
          <div key={f.name} className="mt-3">
            <label htmlFor={`article-${f.name}`} className="block text-sm font-medium text-stone-800">{f.label}</label>
            <input
              id={`article-${f.name}`} name={f.name} value={values[f.name]} onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))} className={input}
              aria-invalid={state.errors?.[f.name] ? true : undefined} aria-describedby={state.errors?.[f.name] ? `${f.name}-error` : f.hint ? `${f.name}-hint` : undefined}
            />
            {f.hint ? <p id={`${f.name}-hint`} className="mt-1 text-xs text-stone-500">{f.hint}</p> : null}
            <FieldError state={state} name={f.name} />
          </div>
        ))}
        <button type="submit" disabled={pending} className="mt-3 rounded-md bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800 disabled:opacity-60">
          {pending ? "Saving and analysing…" : "Save"}
        </button>
        <FieldError state={state} name="form" />
        {state.ok ? <p role="status" className="mt-2 text-sm text-emerald-700">{state.message}</p> : null}
      </form>
      <form action={remove} className={box} aria-label="Remove article">
        <h2 className="text-sm font-semibold text-stone-900">Remove from the story</h2>
        <input type="hidden" name="id" value={id} />
        <p className="mt-1 text-sm text-stone-600">Its claims leave the comparison; the removal is kept in the story&rsquo;s history.</p>
        <label className="mt-2 flex items-center gap-2 text-sm text-stone-800">
          <input type="checkbox" name="confirm" value="yes" aria-describedby={removal.errors?.confirm ? "confirm-error" : undefined} /> Yes, remove this article
        </label>
        <FieldError state={removal} name="confirm" />
        <button type="submit" disabled={removing} className="mt-2 rounded-md border border-rose-300 bg-white px-3 py-1.5 text-sm font-medium text-rose-800 hover:bg-rose-50 disabled:opacity-60">
          Remove article
        </button>
        <FieldError state={removal} name="form" />
      </form>
    </>
  );
}
