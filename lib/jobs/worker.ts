import "server-only";
// A worker: claims a job, runs it while renewing its lease, then completes or fails it. `npm start`
// runs one beside the web server (scripts/worker.ts); `npm run worker` runs one on its own.
import { randomUUID } from "node:crypto";
import os from "node:os";
import { db } from "../db";
import { analyzeStory, compareStory, comparisonFailure } from "../data/analyze-story";
import { publicReason } from "../data/failure-reason";
import { whenUnlocked } from "../data/when-unlocked";
import { JOB_LEASE_MS, type ClaimedJob, type JobQueue, type Tx } from "./queue";

export const newWorkerId = () => `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** Does the job's work; returns writes that must be stored together with its completion. */
async function runJob(queue: JobQueue, job: ClaimedJob): Promise<((tx: Tx) => Promise<unknown>) | undefined> {
  if (job.kind === "analyze") {
    // an article that cannot be analysed is recorded failed by analyzeStory; a throw here is the job failing
    await analyzeStory(job.storyId, { articleIds: job.payload.articleIds, compare: false });
    return (tx) => queue.enqueueComparison(tx, job.storyId);
  }
  // while articles of the story are still being analysed, the last of them requests the comparison
  // (a claim leaves such comparisons out; this catches an analysis enqueued since the claim)
  if ((await queue.pending(job.storyId)).analyzeJobs > 0) return undefined;
  await compareStory(job.storyId);
  return undefined;
}

/** A job that failed for good: its articles say why (Retry is offered), the story is compared without them. */
async function failedForGood(queue: JobQueue, job: ClaimedJob, reason: string): Promise<void> {
  if (job.kind === "analyze") {
    await whenUnlocked(() => db.$transaction(async (tx) => {
      await tx.article.updateMany({
        where: { id: { in: job.payload.articleIds }, status: { in: ["queued", "analysing"] } },
        data: { status: "failed", error: `Analysis failed: ${reason}.` },
      });
      await queue.enqueueComparison(tx, job.storyId);
    }));
  } else {
    await db.story.updateMany({ where: { id: job.storyId }, data: { comparisonError: comparisonFailure(reason) } });
  }
}

/** Runs one due job, if there is one; returns whether it ran one. */
export async function runOneJob(queue: JobQueue, workerId: string, { leaseMs = JOB_LEASE_MS } = {}): Promise<boolean> {
  for (const dead of await queue.failAbandoned()) await failedForGood(queue, dead, dead.reason);
  const job = await queue.claim(workerId);
  if (!job) return false;
  const beat = setInterval(() => {
    queue.heartbeat(job.id, workerId).then(
      (held) => held || console.error(`parallax worker: lost the lease on job ${job.id}; another worker may run it again`),
      (e) => console.error("parallax worker: heartbeat failed", e),
    );
  }, leaseMs / 3);
  try {
    const alsoInTransaction = await runJob(queue, job);
    if (!(await queue.complete(job.id, workerId, alsoInTransaction))) {
      console.error(`parallax worker: job ${job.id} finished after its lease ran out; the worker that took it over records it`);
    }
  } catch (e) {
    console.error(`parallax worker: job ${job.id} (${job.kind}, attempt ${job.attempts} of ${job.maxAttempts}) failed`, e);
    const reason = publicReason(e);
    if ((await queue.fail(job.id, workerId, reason)) === "failed") await failedForGood(queue, job, reason);
  } finally {
    clearInterval(beat);
  }
  return true;
}

const pause = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    // the listener goes with the pause: a worker pauses often, and the signal lives as long as it does
    const done = () => {
      clearTimeout(t);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const t = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });

/** Done jobs are kept this long (their history), then deleted by an idle worker; failed ones stay. */
export const JOB_KEEP_MS = (Number(process.env.PARALLAX_JOB_KEEP_DAYS) || 7) * 24 * 3600_000;
const PRUNE_EVERY_MS = 3600_000;

/** Claims and runs jobs until `signal` aborts; a job under way is finished first. */
export async function runWorker(queue: JobQueue, { workerId = newWorkerId(), signal, pollMs = 500 }: { workerId?: string; signal?: AbortSignal; pollMs?: number } = {}): Promise<void> {
  let prunedAt = 0;
  while (!signal?.aborted) {
    let ran = false;
    try {
      ran = await runOneJob(queue, workerId);
      // the table would otherwise grow by every import's jobs, forever
      if (!ran && Date.now() - prunedAt > PRUNE_EVERY_MS) {
        prunedAt = Date.now();
        await queue.pruneDone(new Date(prunedAt - JOB_KEEP_MS));
      }
    } catch (e) {
      // the database refusing (locked, full) must not end the worker: wait and try again
      console.error("parallax worker: could not take a job", e);
    }
    if (!ran) await pause(pollMs, signal);
  }
}

/** Runs jobs in this process until none is left (debounced ones included): for seeding, tests and the bench. */
export async function drainJobs(queue: JobQueue, { workerId = newWorkerId(), timeoutMs = 10 * 60_000 } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await runOneJob(queue, workerId)) continue;
    if ((await queue.pendingTotal()) === 0) return;
    if (Date.now() > deadline) throw new Error(`Jobs were still pending after ${Math.round(timeoutMs / 1000)} s.`);
    await pause(50);
  }
}
