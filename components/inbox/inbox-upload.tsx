"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { uploadToInboxAction, type InboxUploadState } from "@/app/inbox/actions";

const fileInput =
  "mt-1 block w-full max-w-full text-sm text-stone-700 file:mr-3 file:rounded-md file:border-0 file:bg-stone-100 file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-stone-200";
const textArea =
  "mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 font-mono text-sm shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 aria-[invalid=true]:border-rose-400";
const ACCEPT = ".txt,.text,.md,.html,.htm,.xhtml,.json,.jsonl,.ndjson,.xml,.rss,.atom,text/plain,text/html,application/json,application/rss+xml,application/atom+xml";

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <div id={id} className="mt-1 space-y-0.5 text-sm break-words text-rose-700">
      {errors.map((e) => <p key={e}>{e}</p>)}
    </div>
  );
}

/** Files, a whole folder, one pasted article or a list of URLs into the inbox; the result is announced above the form. */
export function InboxUpload() {
  const [state, action, pending] = useActionState<InboxUploadState, FormData>(uploadToInboxAction, {});
  // controlled: a refused import keeps the pasted text (React resets uncontrolled fields after an action)
  const [content, setContent] = useState("");
  const [urls, setUrls] = useState("");
  useEffect(() => {
    if (state.message && !state.errors) {
      setContent("");
      setUrls("");
    }
  }, [state]);
  const status = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message) status.current?.focus();
  }, [state]);
  const invalid = (f: "files" | "content" | "urls") => (state.errors?.[f]?.length ? true : undefined);

  return (
    <form action={action} className="space-y-4 rounded-lg border border-stone-200 bg-white p-5" aria-label="Import into the inbox">
      <div ref={status} tabIndex={-1} aria-live="polite" className="outline-none">
        {state.message ? (
          <p
            role={state.errors ? "alert" : "status"}
            className={`rounded-md border px-4 py-3 text-sm font-medium break-words ${state.errors ? "border-rose-200 bg-rose-50 text-rose-800" : "border-emerald-200 bg-emerald-50 text-emerald-900"}`}
          >
            {state.message}
          </p>
        ) : null}
        {state.report?.length ? (
          // focusable: a long report scrolls, and a keyboard must be able to scroll it
          <ul aria-label="What happened to each address" tabIndex={0} className="mt-2 max-h-72 space-y-1 overflow-y-auto rounded-md border border-stone-200 px-4 py-3 text-sm">
            {state.report.map((r, i) => (
              <li key={`${i}-${r.source}`} className="break-words">
                <span className={r.ok ? "text-emerald-800" : "text-rose-800"}>{r.ok ? "Imported" : "Not imported"}</span>
                <span className="text-stone-700">: {r.source}: {r.message}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="min-w-0">
          <label htmlFor="inbox-files" className="block text-sm font-medium text-stone-800">Upload files <span className="font-normal text-stone-500">(several at once)</span></label>
          <input id="inbox-files" name="files" type="file" multiple accept={ACCEPT} className={fileInput} aria-invalid={invalid("files")} aria-describedby="inbox-files-error" />
        </div>
        <div className="min-w-0">
          <label htmlFor="inbox-folder" className="block text-sm font-medium text-stone-800">Or a whole folder</label>
          {/* webkitdirectory is not in React's types; every current browser supports it */}
          <input id="inbox-folder" name="files" type="file" multiple {...{ webkitdirectory: "" }} className={fileInput} aria-describedby="inbox-files-error" />
        </div>
      </div>
      <FieldError id="inbox-files-error" errors={state.errors?.files} />
      <div>
        <label htmlFor="inbox-content" className="block text-sm font-medium text-stone-800">Or paste one article</label>
        <textarea
          id="inbox-content"
          name="content"
          rows={3}
          value={content}
          onChange={(e) => setContent(e.target.value)}
          className={textArea}
          aria-invalid={invalid("content")}
          aria-describedby="inbox-content-error"
        />
        <FieldError id="inbox-content-error" errors={state.errors?.content} />
      </div>
      <div>
        <label htmlFor="inbox-urls" className="block text-sm font-medium text-stone-800">
          Or fetch URLs <span className="font-normal text-stone-500">(one per line: article pages, or RSS and Atom feeds)</span>
        </label>
        <textarea
          id="inbox-urls"
          name="urls"
          rows={3}
          value={urls}
          onChange={(e) => setUrls(e.target.value)}
          placeholder="https://"
          className={textArea}
          aria-invalid={invalid("urls")}
          aria-describedby="inbox-urls-error"
        />
        <FieldError id="inbox-urls-error" errors={state.errors?.urls} />
      </div>
      <FieldError id="inbox-form-error" errors={state.errors?.form} />
      <button type="submit" disabled={pending} className="rounded-md bg-indigo-700 px-5 py-2 text-sm font-medium text-white hover:bg-indigo-800 disabled:opacity-60">
        {pending ? "Importing…" : "Import into the inbox"}
      </button>
    </form>
  );
}
