"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef, useState } from "react";
import { importAction, type ImportField, type ImportState } from "@/app/import/actions";
import { StatusBadge } from "@/components/ui/status-badge";
import { RetryButton } from "./retry-button";

const input =
  "mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 text-sm shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 aria-[invalid=true]:border-rose-400";
const MAX_BYTES = 2 * 1024 * 1024;

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <div id={id} className="mt-1 space-y-0.5 text-sm text-rose-700">
      {errors.map((e) => (
        <p key={e}>{e}</p>
      ))}
    </div>
  );
}

export function ImportForm({
  stories,
  selected,
  canCreate,
}: {
  stories: { id: string; title: string; articleCount: number }[];
  selected: string | null;
  canCreate: boolean;
}) {
  const [state, action, pending] = useActionState<ImportState, FormData>(importAction, {});
  const [story, setStory] = useState(selected ?? stories[0]?.id ?? (canCreate ? "new" : ""));
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  // controlled fields: a refused import keeps what was typed or pasted (React resets uncontrolled fields after an action)
  const [fields, setFields] = useState({ title: "", description: "", content: "", url: "", outlet: "", articleTitle: "", publishedAt: "" });
  const bind = (name: keyof typeof fields) => ({
    name,
    value: fields[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setFields((f) => ({ ...f, [name]: e.target.value })),
  });
  useEffect(() => {
    // after a successful import, start the next one from empty fields (the story stays picked)
    if (state.result) setFields({ title: "", description: "", content: "", url: "", outlet: "", articleTitle: "", publishedAt: "" });
    if (state.result && story === "new") setStory(state.result.storyId);
  }, [state.result]);
  // the result is announced where the user is: focus moves to it
  const status = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message || state.result) status.current?.focus();
  }, [state]);
  // refused here, before a long upload; the text stays in the box
  const pasteProblem = fields.content.length > MAX_BYTES / 4 && new TextEncoder().encode(fields.content).length > MAX_BYTES
    ? `The pasted text is ${(new TextEncoder().encode(fields.content).length / 1024 / 1024).toFixed(1)} MB; the limit is 2 MB per article. Paste a single article, or upload it as a file.`
    : null;
  const err = (f: ImportField) => (f === "content" && pasteProblem ? [pasteProblem] : state.errors?.[f]);
  const invalid = (f: ImportField) => (err(f)?.length ? true : undefined);
  const fileErrors = [...(fileProblem ? [fileProblem] : []), ...(err("files") ?? [])];

  return (
    <form action={action} className="space-y-6" aria-describedby="import-status">
      <div id="import-status" aria-live="polite" ref={status} tabIndex={-1} className="outline-none">
        {state.message ? (
          <div
            role={state.errors ? "alert" : "status"}
            className={`rounded-md border px-4 py-3 text-sm ${state.errors ? "border-rose-200 bg-rose-50 text-rose-800" : "border-emerald-200 bg-emerald-50 text-emerald-900"}`}
          >
            <p className="font-medium">{state.message}</p>
            {err("form")?.filter((m) => m !== state.message).map((m) => <p key={m}>{m}</p>)}
          </div>
        ) : null}
        {state.result ? (
          <section aria-label="Import result" className="mt-3 rounded-lg border border-stone-200 bg-white">
            <ul className="divide-y divide-stone-100 text-sm">
              {state.result.articles.map((a) => (
                <li key={a.id} className="flex flex-wrap items-center gap-3 px-4 py-2">
                  <StatusBadge status={a.status} />
                  <Link href={`/articles/${a.id}`} className="font-medium text-indigo-700 hover:underline">{a.title ?? a.sourceName ?? "Untitled article"}</Link>
                  {a.error ? <span className="text-rose-700">{a.error}</span> : null}
                  {a.status === "failed" ? <RetryButton articleId={a.id} /> : null}
                </li>
              ))}
              {state.result.duplicates.map((d) => (
                <li key={`${d.existingId}-${d.sourceName}`} className="flex items-center gap-3 px-4 py-2 text-stone-600">
                  <span className="rounded-full bg-stone-100 px-2 py-0.5 text-xs font-medium ring-1 ring-inset ring-stone-200">Duplicate</span>
                  {d.sourceName ?? "An article"} is already in the story:{" "}
                  <Link href={`/articles/${d.existingId}`} className="text-indigo-700 hover:underline">see it</Link>
                </li>
              ))}
            </ul>
            <p className="border-t border-stone-100 px-4 py-2 text-sm">
              <Link href={`/stories/${state.result.storyId}`} className="font-medium text-indigo-700 hover:underline">Open the story →</Link>
            </p>
          </section>
        ) : null}
      </div>

      <fieldset className="rounded-lg border border-stone-200 bg-white p-5">
        <legend className="px-1 text-sm font-semibold text-stone-900">Story</legend>
        <label htmlFor="story" className="block text-sm font-medium text-stone-800">Add to</label>
        <select
          id="story"
          name="story"
          value={story}
          onChange={(e) => setStory(e.target.value)}
          aria-invalid={invalid("story")}
          aria-describedby="story-error"
          className={input}
        >
          {stories.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title} ({s.articleCount} article{s.articleCount === 1 ? "" : "s"})
            </option>
          ))}
          {canCreate ? <option value="new">+ New story…</option> : null}
        </select>
        <FieldError id="story-error" errors={err("story")} />
        {story === "new" ? (
          <div className="mt-4 grid gap-4 sm:grid-cols-2">
            <div>
              <label htmlFor="title" className="block text-sm font-medium text-stone-800">Title of the new story</label>
              <input id="title" {...bind("title")} className={input} aria-invalid={invalid("title")} aria-describedby="title-error" />
              <FieldError id="title-error" errors={err("title")} />
            </div>
            <div>
              <label htmlFor="description" className="block text-sm font-medium text-stone-800">Description <span className="font-normal text-stone-500">(optional)</span></label>
              <input id="description" {...bind("description")} className={input} aria-invalid={invalid("description")} aria-describedby="description-error" />
              <FieldError id="description-error" errors={err("description")} />
            </div>
          </div>
        ) : null}
      </fieldset>

      <fieldset className="space-y-5 rounded-lg border border-stone-200 bg-white p-5 [&>legend+p]:mt-0">
        <legend className="px-1 text-sm font-semibold text-stone-900">Articles</legend>
        <p className="text-sm text-stone-600">Use any or all of these. Each article is stored exactly as given, then analysed.</p>
        <div>
          <label htmlFor="content" className="block text-sm font-medium text-stone-800">Paste text or HTML</label>
          <textarea
            id="content"
            {...bind("content")}
            rows={8}
            className={`${input} font-mono`}
            placeholder="Paste one article: plain text, the page's HTML, or news-please JSON"
            aria-invalid={invalid("content")}
            aria-describedby="content-error"
          />
          <FieldError id="content-error" errors={err("content")} />
        </div>
        <div>
          <label htmlFor="files" className="block text-sm font-medium text-stone-800">Upload files <span className="font-normal text-stone-500">(.txt, .html, news-please .json; several at once; up to 2 MB each)</span></label>
          <input
            id="files"
            name="files"
            type="file"
            multiple
            accept=".txt,.text,.md,.html,.htm,.xhtml,.json,text/plain,text/html,application/json"
            onChange={(e) => {
              const big = [...(e.target.files ?? [])].filter((f) => f.size > MAX_BYTES);
              setFileProblem(big.length ? `${big.map((f) => f.name).join(", ")}: over the 2 MB limit.` : null);
            }}
            aria-invalid={fileErrors.length ? true : undefined}
            aria-describedby="files-error"
            className="mt-1 block w-full text-sm text-stone-700 file:mr-3 file:rounded-md file:border-0 file:bg-stone-100 file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-stone-200"
          />
          <FieldError id="files-error" errors={fileErrors} />
        </div>
        <div>
          <label htmlFor="url" className="block text-sm font-medium text-stone-800">Or fetch a URL</label>
          <input id="url" {...bind("url")} type="url" inputMode="url" placeholder="https://…" className={input} aria-invalid={invalid("url")} aria-describedby="url-error" />
          <FieldError id="url-error" errors={err("url")} />
        </div>
      </fieldset>

      <fieldset className="rounded-lg border border-stone-200 bg-white p-5">
        <legend className="px-1 text-sm font-semibold text-stone-900">Overrides <span className="font-normal text-stone-500">(optional)</span></legend>
        <p className="mb-3 text-sm text-stone-600">
          Values you set here win over what Parallax extracts. They apply to the pasted text and the URL, or to a single uploaded file.
        </p>
        <div className="grid gap-4 sm:grid-cols-3">
          <div>
            <label htmlFor="outlet" className="block text-sm font-medium text-stone-800">Outlet</label>
            <input id="outlet" {...bind("outlet")} className={input} aria-invalid={invalid("outlet")} aria-describedby="outlet-error" />
            <FieldError id="outlet-error" errors={err("outlet")} />
          </div>
          <div>
            <label htmlFor="articleTitle" className="block text-sm font-medium text-stone-800">Article title</label>
            <input id="articleTitle" {...bind("articleTitle")} className={input} aria-invalid={invalid("articleTitle")} aria-describedby="articleTitle-error" />
            <FieldError id="articleTitle-error" errors={err("articleTitle")} />
          </div>
          <div>
            <label htmlFor="publishedAt" className="block text-sm font-medium text-stone-800">Publication date</label>
            <input id="publishedAt" {...bind("publishedAt")} type="date" className={input} aria-invalid={invalid("publishedAt")} aria-describedby="publishedAt-error" />
            <FieldError id="publishedAt-error" errors={err("publishedAt")} />
          </div>
        </div>
      </fieldset>

      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={pending || !!fileProblem || !!pasteProblem}
          className="rounded-md bg-indigo-700 px-5 py-2 text-sm font-medium text-white hover:bg-indigo-800 disabled:opacity-60"
        >
          {pending ? "Importing and analysing…" : "Import"}
        </button>
        {pending ? <span className="text-sm text-stone-600" role="status">Storing the articles, then analysing them…</span> : null}
      </div>
    </form>
  );
}
