"use client";

import { useActionState } from "react";
import { retryArticleAction, type RetryState } from "@/app/import/actions";

/** Re-runs the analysis of one failed article. */
export function RetryButton({ articleId }: { articleId: string }) {
  const [state, action, pending] = useActionState<RetryState, FormData>(retryArticleAction, {});
  return (
    <form action={action} className="inline-flex items-center gap-2">
      <input type="hidden" name="articleId" value={articleId} />
      <button type="submit" disabled={pending} className="rounded-md border border-stone-300 px-2 py-0.5 text-xs font-medium text-stone-700 hover:bg-stone-100 disabled:opacity-60">
        {pending ? "Retrying…" : "Retry"}
      </button>
      {state.error ? <span className="text-xs text-rose-700" role="alert">{state.error}</span> : null}
      {state.message ? <span className="text-xs text-emerald-700" role="status">{state.message}</span> : null}
    </form>
  );
}
