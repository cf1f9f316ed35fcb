// What a job is and what a queue does with it, whatever holds the queue (lib/jobs/queue.ts picks
// the backend: a table of the application's database on SQLite, pg-boss on PostgreSQL).
import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client";

/** The caller's transaction, for enqueueing together with the writes the job is about. */
export type Tx = Prisma.TransactionClient;

export const AnalyzePayload = z.object({ articleIds: z.array(z.string().min(1)).min(1) });
export const ComparePayload = z.object({});

export type JobSpec =
  | { kind: "analyze"; storyId: string; payload: z.infer<typeof AnalyzePayload> }
  | { kind: "compare"; storyId: string; payload: z.infer<typeof ComparePayload> };

/** A job a worker holds: it runs it, renews the lease meanwhile, then completes or fails it. */
export type ClaimedJob = JobSpec & { id: string; attempts: number; maxAttempts: number };

export interface PendingWork {
  /** analyse jobs queued or running, and the articles they cover */
  analyzeJobs: number;
  articleIds: string[];
  /** whether the story's comparison is queued or running */
  comparing: boolean;
  /** when the oldest pending job was enqueued */
  since: Date | null;
}

export interface JobQueue {
  /** Enqueues the analysis of articles inside the caller's transaction: stored with them or not at all. */
  enqueueAnalysis(tx: Tx, storyId: string, articleIds: string[]): Promise<string[]>;
  /**
   * Enqueues the story's comparison to run after a short pause; while one waits unclaimed, a further
   * request only moves it later (up to a cap), so a burst of imports gives one comparison.
   */
  enqueueComparison(tx: Tx, storyId: string): Promise<string>;
  /**
   * Takes the next runnable job (or one whose worker's lease ran out, as a new attempt); null when none.
   * Runnable: due, and for a comparison, no analysis of its story queued, running or waiting to retry
   * (the last of them requests the comparison again, so one taken sooner would do nothing). Of the
   * runnable jobs the one due longest goes first, whatever its kind: a stream of imports into one
   * story does not hold back another story's comparison.
   */
  claim(workerId: string): Promise<ClaimedJob | null>;
  /** Renews the lease; false when the job is no longer this worker's (it stopped it or another took it). */
  heartbeat(jobId: string, workerId: string): Promise<boolean>;
  /** Marks the job done; `alsoInTransaction` stands or falls with it. False when the lease was lost. */
  complete(jobId: string, workerId: string, alsoInTransaction?: (tx: Tx) => Promise<unknown>): Promise<boolean>;
  /** Records a failed attempt: queued again after a backoff, or failed for good after maxAttempts. */
  fail(jobId: string, workerId: string, reason: string): Promise<"retry" | "failed" | "lost">;
  /** Jobs whose worker stopped (lease ran out) on their last attempt: marked failed and returned. */
  failAbandoned(): Promise<(ClaimedJob & { reason: string })[]>;
  /** Runs a failed job again, with a fresh count of attempts, inside the caller's transaction. */
  retry(tx: Tx, jobId: string): Promise<void>;
  /** Failed analyse jobs of a story that covered an article, most recent first. */
  failedJobsFor(storyId: string, articleId: string): Promise<string[]>;
  /** What is still to do for a story. */
  pending(storyId: string): Promise<PendingWork>;
  /** Jobs queued or running in all stories. */
  pendingTotal(): Promise<number>;
  /** Deletes jobs done before `finishedBefore`; failed ones stay, for their reason and Retry. */
  pruneDone(finishedBefore: Date): Promise<number>;
  /** Lets go of what the queue holds open in this process (pg-boss's connections); a worker calls it on its way out. */
  close(): Promise<void>;
}

const envMs = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

/** How long a claim holds without a heartbeat; a worker renews it every third of this. */
export const JOB_LEASE_MS = envMs("PARALLAX_JOB_LEASE_MS", 30_000);
/** Analyse jobs cover at most this many articles, so that two workers share a large import. */
export const ANALYSIS_CHUNK = 10;

/** Settings both backends share; tests shorten them. */
export interface JobQueueOptions {
  /** how long a claim holds without a heartbeat before another worker may take the job over */
  leaseMs?: number;
  maxAttempts?: number;
  /** pause before a comparison runs, so the rest of a burst joins it */
  debounceMs?: number;
  /** a comparison is not moved later than this after it was first requested */
  maxDeferMs?: number;
  /** backoff after the n-th failed attempt: about backoffMs * 2^(n-1) */
  backoffMs?: number;
}
