import { jobQueue } from "@/lib/jobs/queue";
import { getAnalysisProgress } from "@/lib/jobs/progress";
import { RefreshWhilePending } from "./refresh-while-pending";

/** "Analysed 3 of 12 articles…" while a story's jobs are pending; the page reloads itself until they are done. */
export async function AnalysisProgress({ storyId }: { storyId: string }) {
  const progress = await getAnalysisProgress(jobQueue(), storyId);
  if (!progress) return null;
  const { analysed, total, comparing } = progress;
  const text = analysed < total
    ? `Analysed ${analysed} of ${total} article${total === 1 ? "" : "s"}…${comparing ? " The story is compared again when they are done." : ""}`
    : "Comparing the story again…";
  return (
    <div role="status" aria-live="polite" className="mb-6 flex items-center gap-3 rounded-md border border-indigo-200 bg-indigo-50 px-4 py-3 text-sm text-indigo-900">
      {total > 0 ? (
        <progress max={total} value={analysed} aria-hidden="true" className="h-2 w-24 shrink-0 accent-indigo-600" />
      ) : null}
      <span>{text}</span>
      <RefreshWhilePending />
    </div>
  );
}
