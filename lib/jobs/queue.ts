import "server-only";
// Durable jobs: analysing a story's articles and comparing the story again run in workers, never in
// the web request. The queue lives in the database so that work enqueued with the articles it is
// about is stored (or not) in the same transaction, and a worker that dies loses nothing.
import type { PrismaClient } from "../../generated/prisma/client";
import { db } from "../db";
import { whenUnlocked } from "../data/when-unlocked";
import { databaseProvider, databaseUrl } from "../database-url";
import { AnalyzePayload, ANALYSIS_CHUNK, ComparePayload, JOB_LEASE_MS, type ClaimedJob, type JobQueue, type JobQueueOptions } from "./job-spec";
import { pgBossQueue } from "./pg-boss-queue";

export * from "./job-spec";

const jobSelect = { id: true, kind: true, storyId: true, payload: true, attempts: true, maxAttempts: true, status: true, lockedUntil: true } as const;

function toClaimed(row: { id: string; kind: string; storyId: string; payload: string; attempts: number; maxAttempts: number }): ClaimedJob {
  const json: unknown = JSON.parse(row.payload);
  const base = { id: row.id, storyId: row.storyId, attempts: row.attempts, maxAttempts: row.maxAttempts };
  if (row.kind === "analyze") return { ...base, kind: "analyze", payload: AnalyzePayload.parse(json) };
  if (row.kind === "compare") return { ...base, kind: "compare", payload: ComparePayload.parse(json) };
  throw new Error(`Unknown job kind "${row.kind}" (job ${row.id}).`);
}

/** The queue as a table of the application's own database (SQLite: the same file, no set-up). */
export function tableQueue(client: PrismaClient, options: JobQueueOptions = {}): JobQueue {
  const leaseMs = options.leaseMs ?? JOB_LEASE_MS;
  const maxAttempts = options.maxAttempts ?? 3;
  const debounceMs = options.debounceMs ?? 300;
  const maxDeferMs = options.maxDeferMs ?? 10_000;
  const backoffMs = options.backoffMs ?? 2_000;
  const later = (ms: number) => new Date(Date.now() + ms);

  return {
    async enqueueAnalysis(tx, storyId, articleIds) {
      const ids: string[] = [];
      // chunks, so that two workers share a large import
      for (let i = 0; i < articleIds.length; i += ANALYSIS_CHUNK) {
        const payload = JSON.stringify(AnalyzePayload.parse({ articleIds: articleIds.slice(i, i + ANALYSIS_CHUNK) }));
        ids.push((await tx.job.create({ data: { kind: "analyze", storyId, payload, maxAttempts }, select: { id: true } })).id);
      }
      return ids;
    },

    async enqueueComparison(tx, storyId) {
      const coalesceKey = `compare:${storyId}`;
      const waiting = await tx.job.findUnique({ where: { coalesceKey }, select: { id: true, createdAt: true } });
      if (waiting) {
        const runAfter = new Date(Math.min(Date.now() + debounceMs, waiting.createdAt.getTime() + maxDeferMs));
        await tx.job.update({ where: { id: waiting.id }, data: { runAfter } });
        return waiting.id;
      }
      const payload = JSON.stringify(ComparePayload.parse({}));
      const made = await tx.job.upsert({
        where: { coalesceKey },
        create: { kind: "compare", storyId, payload, coalesceKey, maxAttempts, runAfter: later(debounceMs) },
        update: {},
        select: { id: true },
      });
      return made.id;
    },

    async claim(workerId) {
      // compare-and-set: the update only succeeds while the row is as it was read (attempts grows with
      // every claim), so two workers reading the same job cannot both take it
      for (let tries = 0; tries < 5; tries++) {
        const now = new Date();
        const candidate = await client.job.findFirst({
          where: {
            AND: [
              {
                OR: [
                  { status: "queued", runAfter: { lte: now } },
                  { status: "running", lockedUntil: { lt: now }, attempts: { lt: client.job.fields.maxAttempts } },
                ],
              },
              // a comparison waits for its story's analyses (JobQueue.claim)
              { OR: [{ kind: "analyze" }, { kind: "compare", story: { jobs: { none: { kind: "analyze", status: { in: ["queued", "running"] } } } } }] },
            ],
          },
          orderBy: [{ runAfter: "asc" }, { createdAt: "asc" }],
          select: jobSelect,
        });
        if (!candidate) return null;
        const won = await whenUnlocked(() => client.job.updateMany({
          where: { id: candidate.id, status: candidate.status, attempts: candidate.attempts },
          data: { status: "running", lockedBy: workerId, lockedUntil: later(leaseMs), attempts: { increment: 1 }, coalesceKey: null },
        }));
        if (won.count !== 1) continue;
        try {
          return toClaimed({ ...candidate, attempts: candidate.attempts + 1 });
        } catch (e) {
          // a payload no worker can read would fail every attempt: fail it now, with the reason
          await client.job.update({
            where: { id: candidate.id },
            data: { status: "failed", lastError: `its stored payload is invalid (${(e as Error).message})`, lockedBy: null, lockedUntil: null, finishedAt: new Date() },
          });
        }
      }
      return null;
    },

    async heartbeat(jobId, workerId) {
      const r = await whenUnlocked(() => client.job.updateMany({
        where: { id: jobId, lockedBy: workerId, status: "running" },
        data: { lockedUntil: later(leaseMs) },
      }));
      return r.count === 1;
    },

    async complete(jobId, workerId, alsoInTransaction) {
      try {
        await whenUnlocked(() => client.$transaction(async (tx) => {
          const r = await tx.job.updateMany({
            where: { id: jobId, lockedBy: workerId, status: "running" },
            data: { status: "done", lockedBy: null, lockedUntil: null, finishedAt: new Date() },
          });
          if (r.count !== 1) throw new LeaseLost();
          await alsoInTransaction?.(tx);
        }));
        return true;
      } catch (e) {
        if (e instanceof LeaseLost) return false;
        throw e;
      }
    },

    async fail(jobId, workerId, reason) {
      const job = await client.job.findUnique({ where: { id: jobId }, select: { attempts: true, maxAttempts: true } });
      if (!job) return "lost";
      const final = job.attempts >= job.maxAttempts;
      const r = await whenUnlocked(() => client.job.updateMany({
        where: { id: jobId, lockedBy: workerId, status: "running", attempts: job.attempts },
        data: final
          ? { status: "failed", lastError: reason, lockedBy: null, lockedUntil: null, finishedAt: new Date() }
          : { status: "queued", lastError: reason, lockedBy: null, lockedUntil: null, runAfter: later(backoffMs * 2 ** (job.attempts - 1)) },
      }));
      if (r.count !== 1) return "lost";
      return final ? "failed" : "retry";
    },

    async failAbandoned() {
      const now = new Date();
      const rows = await client.job.findMany({
        where: { status: "running", lockedUntil: { lt: now }, attempts: { gte: client.job.fields.maxAttempts } },
        select: jobSelect,
      });
      const failed: (ClaimedJob & { reason: string })[] = [];
      for (const row of rows) {
        const reason = `the worker running it stopped before it finished, ${row.attempts} times`;
        const r = await whenUnlocked(() => client.job.updateMany({
          where: { id: row.id, status: "running", attempts: row.attempts, lockedUntil: row.lockedUntil },
          data: { status: "failed", lastError: reason, lockedBy: null, lockedUntil: null, finishedAt: now },
        }));
        if (r.count === 1) failed.push({ ...toClaimed(row), reason });
      }
      return failed;
    },

    async retry(tx, jobId) {
      const r = await tx.job.updateMany({
        where: { id: jobId, status: "failed" },
        data: { status: "queued", attempts: 0, lastError: null, runAfter: new Date(), finishedAt: null },
      });
      if (r.count !== 1) throw new Error(`Job ${jobId} is not a failed job.`);
    },

    async failedJobsFor(storyId, articleId) {
      const rows = await client.job.findMany({
        where: { storyId, kind: "analyze", status: "failed" },
        select: { id: true, payload: true },
        orderBy: { createdAt: "desc" },
      });
      return rows.filter((r) => AnalyzePayload.parse(JSON.parse(r.payload)).articleIds.includes(articleId)).map((r) => r.id);
    },

    async pending(storyId) {
      const rows = await client.job.findMany({
        where: { storyId, status: { in: ["queued", "running"] } },
        select: { kind: true, payload: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      });
      const analyze = rows.filter((r) => r.kind === "analyze");
      return {
        analyzeJobs: analyze.length,
        articleIds: [...new Set(analyze.flatMap((r) => AnalyzePayload.parse(JSON.parse(r.payload)).articleIds))],
        comparing: rows.some((r) => r.kind === "compare"),
        since: rows[0]?.createdAt ?? null,
      };
    },

    pendingTotal() {
      return client.job.count({ where: { status: { in: ["queued", "running"] } } });
    },

    async pruneDone(finishedBefore) {
      return (await client.job.deleteMany({ where: { status: "done", finishedAt: { lt: finishedBefore } } })).count;
    },

    async close() {
      // the Prisma client is the caller's
    },
  };
}

class LeaseLost extends Error {}

const globalForQueue = globalThis as unknown as { parallaxJobQueue?: JobQueue };

/**
 * The queue this deployment uses, one per process: the one place a backend is chosen. SQLite keeps
 * it in a table of the same file (no set-up, nothing else to run); PostgreSQL in pg-boss
 * (lib/jobs/pg-boss-queue.ts, docs/decisions/010-postgresql-mode.md).
 */
export function jobQueue(): JobQueue {
  if (!globalForQueue.parallaxJobQueue) {
    const url = databaseUrl();
    globalForQueue.parallaxJobQueue = databaseProvider(url) === "postgresql" ? pgBossQueue(db, url) : tableQueue(db);
  }
  return globalForQueue.parallaxJobQueue;
}
