import "server-only";
// A request that enqueued a little work may wait a moment for a worker to finish it, so a small
// import shows its results at once (docs/decisions/009-durable-jobs.md). It only waits: the work
// runs in the worker either way, and past the bound the story page shows the progress instead.
import type { JobQueue } from "./queue";

/** Imports of up to this many articles wait for their analysis. */
export const SETTLE_MAX_ARTICLES = 5;

function settleMs(): number {
  const raw = process.env.PARALLAX_IMPORT_WAIT_MS;
  const v = raw ? Number(raw) : NaN;
  return Number.isFinite(v) && v >= 0 ? v : 10_000;
}

/** Waits until the story has no pending jobs, at most PARALLAX_IMPORT_WAIT_MS (10 s); returns whether it settled. */
export async function settle(queue: JobQueue, storyId: string, { articles = 1 }: { articles?: number } = {}): Promise<boolean> {
  const bound = settleMs();
  if (articles > SETTLE_MAX_ARTICLES || bound === 0) return false;
  const deadline = Date.now() + bound;
  for (;;) {
    const p = await queue.pending(storyId);
    if (p.analyzeJobs === 0 && !p.comparing) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, 200));
  }
}
