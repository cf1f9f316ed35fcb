import "server-only";
// The job queue on PostgreSQL: pg-boss (docs/decisions/010-postgresql-mode.md), in its own schema
// `pgboss` of the application's database, which it creates on its first start. Two queues, analyze
// and compare; jobs that fail for good are copied to a third, the dead-letter queue, from which
// failAbandoned() learns of the jobs whose worker died on their last attempt.
//
// What maps to what:
// - enqueue: send()/insert() with `db` over the caller's Prisma transaction (fromPrisma), so a job is
//   stored with the articles it is about or not at all.
// - the comparison's debounce: the compare queue's "short" policy allows one waiting (created) job
//   per story (singletonKey); a further request moves its startAfter later with update(), up to a cap.
// - claim/lease: fetch() (SKIP LOCKED) from the queue holding the runnable job due longest, a busy
//   story's comparison left out by its group (JobQueue.claim); the lease is the job's heartbeat
//   (heartbeatSeconds, renewed with touch()); a worker that stops renewing has its job failed by
//   pg-boss's supervision, which retries it after the backoff (retryLimit, retryDelay, retryBackoff)
//   or fails it for good.
// - complete/fail/heartbeat are fenced to the attempt the worker fetched ({ id, retryCount }), so a
//   worker whose job was taken over cannot settle the newer attempt.
// - pg-boss has no per-story queries, and no way to fail a job for good before its retries are
//   used: the few statements for those are raw SQL against pgboss.job, here and nowhere else.
import { fromPrisma, PgBoss, type Clock, type JobWithMetadata } from "pg-boss";
import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { whenUnlocked } from "../data/when-unlocked";
import { AnalyzePayload, ANALYSIS_CHUNK, ComparePayload, JOB_LEASE_MS, type ClaimedJob, type JobQueue, type JobQueueOptions, type PendingWork } from "./job-spec";

const SCHEMA = "pgboss";
const KINDS = ["analyze", "compare"] as const;
type Kind = (typeof KINDS)[number];
/** where pg-boss copies a job that failed for good */
const DEAD_LETTER = "failed-for-good";

/** pg-boss's shortest heartbeat interval */
const MIN_HEARTBEAT_S = 10;
/** A job may run this long in all, heartbeats or not, before pg-boss takes it away as stuck. */
const EXPIRE_S = 3600;
/** Jobs that wait this long without any worker are deleted by pg-boss (its retention). */
const RETENTION_S = 30 * 24 * 3600;

/** Ours, on pg-boss's job table: the per-story lookups (pending(), on every story page view) filter on the data's storyId. */
const STORY_INDEX = "parallax_job_story";

/**
 * Makes STORY_INDEX once; later starts only look it up (CREATE INDEX, even IF NOT EXISTS, locks the
 * table). It is made on the partitioned parent, so PostgreSQL keeps it on every partition, present
 * and future (pg-boss gives a queue made with `partition` a table of its own). pg-boss names its
 * indexes `<table>_i<n>` and its drift check calls an extra index harmless.
 */
async function ensureStoryIndex(b: PgBoss): Promise<void> {
  const db = b.getDb();
  const { rows } = await db.executeSql(`SELECT to_regclass($1) IS NOT NULL AS found`, [`${SCHEMA}.${STORY_INDEX}`]);
  if ((rows[0] as { found: boolean }).found) return;
  try {
    await db.executeSql(`CREATE INDEX IF NOT EXISTS ${STORY_INDEX} ON ${SCHEMA}.job ((data->>'storyId'))`);
  } catch (e) {
    // another process made it at the same moment (the catalog's unique name, or the index itself)
    if (!["23505", "42P07"].includes(String((e as { code?: unknown }).code))) throw e;
  }
}

/** A job's data: the story it is about and what to do; `attemptsBefore` counts attempts before a Retry. */
const JobData = z.object({ storyId: z.string().min(1), payload: z.unknown(), attemptsBefore: z.number().int().min(0).optional() });
type JobData = z.infer<typeof JobData>;

export interface PgBossQueueOptions extends JobQueueOptions {
  /** how often this process runs pg-boss's supervision (expiry of jobs whose worker stopped) at most */
  superviseMs?: number;
}

/** The output a worker's own fail() stores, so the dead-letter queue can tell its failures from abandoned ones. */
type FailOutput = { reason: string };

const isKind = (name: string): name is Kind => (KINDS as readonly string[]).includes(name);

function toClaimed(kind: string, id: string, data: unknown, retryCount: number, retryLimit: number): ClaimedJob {
  const d = JobData.parse(data);
  const before = d.attemptsBefore ?? 0;
  const base = { id, storyId: d.storyId, attempts: retryCount + 1 - before, maxAttempts: retryLimit + 1 - before };
  if (kind === "analyze") return { ...base, kind: "analyze", payload: AnalyzePayload.parse(d.payload) };
  if (kind === "compare") return { ...base, kind: "compare", payload: ComparePayload.parse(d.payload) };
  throw new Error(`Unknown job kind "${kind}" (job ${id}).`);
}

/** `?schema=` is Prisma's (lib/db.ts), not the driver's: pg-boss has its own schema. */
function bossConnectionString(url: string): string {
  const u = new URL(url);
  u.searchParams.delete("schema");
  return u.toString();
}

class LeaseLost extends Error {}

/** The system clock (pg-boss's systemClock) with timers that let the process exit. */
const UNREF_CLOCK: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms).unref(),
  clearTimeout: (t) => clearTimeout(t as NodeJS.Timeout),
  setInterval: (fn, ms) => setInterval(fn, ms).unref(),
  clearInterval: (t) => clearInterval(t as NodeJS.Timeout),
};

/** How many jobs a settle or touch changed: 0 when the attempt was no longer the caller's. Returned, though not typed, by pg-boss. */
const affected = (r: object) => Number((r as { affected?: unknown }).affected ?? 0);

/**
 * The queue in pg-boss. `client` is the application's Prisma client (a completion stands or falls
 * with the writes of its job); pg-boss gets a small pool of its own from `url`, opened on first use.
 */
export function pgBossQueue(client: PrismaClient, url: string, options: PgBossQueueOptions = {}): JobQueue {
  const leaseMs = options.leaseMs ?? JOB_LEASE_MS;
  const maxAttempts = options.maxAttempts ?? 3;
  const debounceMs = options.debounceMs ?? 300;
  const maxDeferMs = options.maxDeferMs ?? 10_000;
  const backoffMs = options.backoffMs ?? 2_000;
  const superviseMs = options.superviseMs ?? 5_000;

  // every job carries its settings, so that queues made with other options (tests) share the queues
  const jobOptions = {
    retryLimit: maxAttempts - 1,
    retryDelay: Math.max(1, Math.round(backoffMs / 1000)),
    retryBackoff: true,
    heartbeatSeconds: Math.max(MIN_HEARTBEAT_S, Math.ceil(leaseMs / 1000)),
    expireInSeconds: EXPIRE_S,
    retentionSeconds: RETENTION_S,
    // completed (and failed) jobs are never deleted by pg-boss itself: failed ones stay for their
    // reason and Retry, done ones go in pruneDone after PARALLAX_JOB_KEEP_DAYS
    deleteAfterSeconds: 0,
    deadLetter: DEAD_LETTER,
  };

  let started: Promise<PgBoss> | null = null;
  let ready = false;
  /** whether this process's start made the queues (a new database) */
  let madeQueues = false;
  const boss = () => {
    started ??= (async () => {
      const b = new PgBoss({
        // pg-boss's timers and idle connections do not hold a process open (a script, a test file,
        // the seed step) that is otherwise done; a worker stops it with close()
        clock: UNREF_CLOCK,
        ...({ allowExitOnIdle: true } as object),
        connectionString: bossConnectionString(url),
        schema: SCHEMA,
        max: 4,
        application_name: "parallax-jobs",
        // no timers of its own: web processes only send, and workers supervise in failAbandoned()
        supervise: false,
        schedule: false,
        registerInstance: false,
        // a supervision pass expires jobs whose heartbeat stopped; pg-boss lets one instance do that
        // per queue at most this often, whichever worker asks
        monitorIntervalSeconds: Math.max(1, Math.floor(superviseMs / 1000)),
      });
      b.on("error", (e) => console.error("parallax jobs: pg-boss", e));
      await b.start();
      madeQueues = (await b.getQueues([DEAD_LETTER, ...KINDS])).length < KINDS.length + 1;
      // createQueue leaves a queue that exists as it is
      await b.createQueue(DEAD_LETTER, { retryLimit: 5, retryDelay: 5, deleteAfterSeconds: 0 });
      await b.createQueue("analyze", { deadLetter: DEAD_LETTER });
      // one waiting comparison per story (singletonKey); a running one does not count
      await b.createQueue("compare", { policy: "short", deadLetter: DEAD_LETTER });
      await ensureStoryIndex(b);
      ready = true;
      return b;
    })().catch((e) => {
      started = null;
      throw e;
    });
    return started;
  };
  /**
   * pg-boss for a call inside the caller's transaction. When the queues were made only now, that
   * transaction's snapshot predates them and PostgreSQL refuses its jobs (their queue "does not
   * exist"): it is run again, as a conflicting one is (whenUnlocked), once, on a new database.
   */
  const bossInTransaction = async () => {
    const wasReady = ready;
    const b = await boss();
    if (!wasReady && madeQueues) {
      throw Object.assign(new Error("pg-boss made its queues after this transaction began; run it again"), { code: "P2034" });
    }
    return b;
  };
  /** raw SQL on pg-boss's pool, for what its API has no call for */
  const sql = async <T>(text: string, values: unknown[] = []): Promise<T[]> => (await (await boss()).getDb().executeSql(text, values)).rows as T[];

  // what a worker holds: the attempt it fetched, which fences heartbeat, complete and fail
  const claims = new Map<string, { kind: Kind; retryCount: number; retryLimit: number }>();
  const claimKey = (jobId: string, workerId: string) => `${workerId}\n${jobId}`;
  let supervisedAt = 0;

  /**
   * The queue to fetch from next, in JobQueue.claim's order (pg-boss fetches from one queue, oldest
   * created first): the one whose runnable jobs include the one due longest. A comparison is runnable
   * once no analysis of its story is pending; `busy` names the stories that have one. The oldest due
   * analysis is looked up once per waiting state, each an index lookup (pg-boss's index on live jobs
   * by name, state and start_after); the busy stories take a scan of the pending analyses.
   */
  async function nextRunnable(): Promise<{ kind: Kind; busy: string[] } | null> {
    const dueIn = (state: string) =>
      `(SELECT min(start_after) FROM ${SCHEMA}.job WHERE name = 'analyze' AND state = '${state}' AND NOT blocked AND start_after <= ${SCHEMA}.job_now())`;
    const [row] = await sql<{ analyze_due: Date | null; compare_due: Date | null; busy: string[] }>(
      `WITH busy AS (
         SELECT DISTINCT data->>'storyId' AS story_id FROM ${SCHEMA}.job
          WHERE name = 'analyze' AND state IN ('created', 'retry', 'active') AND data->>'storyId' IS NOT NULL)
       SELECT
         LEAST(${dueIn("created")}, ${dueIn("retry")}) AS analyze_due,
         (SELECT min(start_after) FROM ${SCHEMA}.job c
           WHERE name = 'compare' AND state IN ('created', 'retry') AND NOT blocked AND start_after <= ${SCHEMA}.job_now()
             AND NOT EXISTS (SELECT 1 FROM busy WHERE busy.story_id = c.group_id)) AS compare_due,
         ARRAY(SELECT story_id FROM busy) AS busy`,
    );
    const { analyze_due: analyzeDue, compare_due: compareDue, busy } = row;
    if (compareDue && (!analyzeDue || new Date(compareDue) < new Date(analyzeDue))) return { kind: "compare", busy };
    return analyzeDue ? { kind: "analyze", busy } : null;
  }

  /** Fails a claimed job for good at once (its payload cannot be read): no attempt would do better. */
  async function failNow(b: PgBoss, kind: Kind, job: { id: string; retryCount: number }, reason: string) {
    // pg-boss retries a failed job while retries are left: use them up first (raw SQL, no API for it)
    await sql(`UPDATE ${SCHEMA}.job SET retry_limit = retry_count WHERE name = $1 AND id = $2::uuid AND state = 'active'`, [kind, job.id]);
    await b.fail(kind, job, { reason } satisfies FailOutput);
  }

  return {
    async enqueueAnalysis(tx, storyId, articleIds) {
      const b = await bossInTransaction();
      const jobs = [];
      // chunks, so that two workers share a large import
      for (let i = 0; i < articleIds.length; i += ANALYSIS_CHUNK) {
        const payload = AnalyzePayload.parse({ articleIds: articleIds.slice(i, i + ANALYSIS_CHUNK) });
        jobs.push({ ...jobOptions, data: { storyId, payload } satisfies JobData });
      }
      return (await b.insert("analyze", jobs, { db: fromPrisma(tx), returnId: true })) ?? [];
    },

    async enqueueComparison(tx, storyId) {
      const b = await bossInTransaction();
      const db = fromPrisma(tx);
      // the story's waiting comparison, if any: moved later, never past the cap
      const [waiting] = await b.findJobs<JobData>("compare", { key: storyId, queued: true, db, limit: 1 });
      if (waiting) {
        if (waiting.state === "created") {
          const startAfter = new Date(Math.min(Date.now() + debounceMs, new Date(waiting.createdOn).getTime() + maxDeferMs));
          await b.update("compare", undefined, { id: waiting.id, startAfter, db });
        } else {
          // waiting to run again after a failure: it now also compares what this request adds, so it
          // gets a full count of attempts again (the table queue makes a new job in this case)
          const data = JobData.parse(waiting.data);
          // (its retryCount counts the retries begun: one attempt more than that was made)
          const made = waiting.retryCount + 1;
          await b.update("compare", { ...data, attemptsBefore: made }, { id: waiting.id, retryLimit: made + maxAttempts - 1, db });
        }
        return waiting.id;
      }
      const data: JobData = { storyId, payload: ComparePayload.parse({}) };
      // its group is the story too, so that claim() can leave out the comparisons of busy stories
      const id = await b.send("compare", data, { ...jobOptions, singletonKey: storyId, group: { id: storyId }, startAfter: new Date(Date.now() + debounceMs), db });
      // another transaction's waiting comparison won the story's slot (PostgreSQL normally aborts this
      // one as conflicting first, and whenUnlocked runs it again)
      if (!id) throw new Error(`A comparison of story ${storyId} was requested at the same time; try again.`);
      return id;
    },

    async claim(workerId) {
      const b = await boss();
      for (let tries = 0; tries < 5; tries++) {
        const next = await nextRunnable();
        if (!next) return null;
        // a busy story's comparison is left out by its group, which is the story
        const [job] = await b.fetch<unknown>(next.kind, { includeMetadata: true, ...(next.kind === "compare" && { ignoreGroups: next.busy }) });
        // another worker took it first
        if (!job) continue;
        try {
          const claimed = toClaimed(next.kind, job.id, job.data, job.retryCount, job.retryLimit);
          claims.set(claimKey(job.id, workerId), { kind: next.kind, retryCount: job.retryCount, retryLimit: job.retryLimit });
          return claimed;
        } catch (e) {
          // a payload no worker can read would fail every attempt: fail it now, with the reason
          await failNow(b, next.kind, { id: job.id, retryCount: job.retryCount }, `its stored payload is invalid (${(e as Error).message})`);
        }
      }
      return null;
    },

    async heartbeat(jobId, workerId) {
      const held = claims.get(claimKey(jobId, workerId));
      if (!held) return false;
      const r = await (await boss()).touch(held.kind, { id: jobId, retryCount: held.retryCount });
      return affected(r) === 1;
    },

    async complete(jobId, workerId, alsoInTransaction) {
      const key = claimKey(jobId, workerId);
      const held = claims.get(key);
      if (!held) return false;
      const b = await boss();
      try {
        await whenUnlocked(() => client.$transaction(async (tx) => {
          const r = await b.complete(held.kind, { id: jobId, retryCount: held.retryCount }, null, { db: fromPrisma(tx) });
          if (affected(r) !== 1) throw new LeaseLost();
          await alsoInTransaction?.(tx);
        }));
        claims.delete(key);
        return true;
      } catch (e) {
        if (e instanceof LeaseLost) {
          claims.delete(key);
          return false;
        }
        // the job is still this worker's: its fail() records the attempt, as on the table queue
        throw e;
      }
    },

    async fail(jobId, workerId, reason) {
      const key = claimKey(jobId, workerId);
      const held = claims.get(key);
      if (!held) return "lost";
      claims.delete(key);
      const r = await (await boss()).fail(held.kind, { id: jobId, retryCount: held.retryCount }, { reason } satisfies FailOutput);
      if (affected(r) !== 1) return "lost";
      return held.retryCount < held.retryLimit ? "retry" : "failed";
    },

    async failAbandoned() {
      const b = await boss();
      // supervision fails the jobs whose heartbeat stopped: retried, or copied to the dead-letter queue
      if (Date.now() - supervisedAt >= superviseMs) {
        supervisedAt = Date.now();
        await b.supervise();
      }
      const failed: (ClaimedJob & { reason: string })[] = [];
      const dead: JobWithMetadata<unknown>[] = await b.fetch<unknown>(DEAD_LETTER, { includeMetadata: true, batchSize: 20 });
      for (const job of dead) {
        await b.complete(DEAD_LETTER, { id: job.id, retryCount: job.retryCount });
        // a worker's own fail() stored its reason, and that worker recorded the failure
        const output = job.sourceOutput as Partial<FailOutput> | null;
        if (typeof output?.reason === "string" || !job.sourceName || !job.sourceId || !isKind(job.sourceName)) continue;
        const retryCount = job.sourceRetryCount ?? 0;
        try {
          const claimed = toClaimed(job.sourceName, job.sourceId, job.data, retryCount, retryCount);
          failed.push({ ...claimed, reason: `the worker running it stopped before it finished, ${claimed.attempts} times` });
        } catch (e) {
          console.error(`parallax jobs: job ${job.sourceId} failed for good, and its payload cannot be read`, e);
        }
      }
      return failed;
    },

    async retry(tx, jobId) {
      const b = await bossInTransaction();
      const db = fromPrisma(tx);
      for (const kind of KINDS) {
        const job = await b.getJobById<unknown>(kind, jobId, { db });
        if (job?.state !== "failed") continue;
        await b.retry(kind, jobId, { db });
        // pg-boss's retry allows one more attempt; Retry gives the job a fresh count of them
        const data = JobData.parse(job.data);
        await b.update(kind, { ...data, attemptsBefore: job.retryCount + 1 }, { id: jobId, retryLimit: job.retryCount + maxAttempts, retentionSeconds: RETENTION_S, db });
        return;
      }
      throw new Error(`Job ${jobId} is not a failed job.`);
    },

    // per-story questions pg-boss has no API for: raw SQL on its job table, filtered on the data

    async failedJobsFor(storyId, articleId) {
      const rows = await sql<{ id: string }>(
        `SELECT id FROM ${SCHEMA}.job WHERE name = 'analyze' AND state = 'failed' AND data->>'storyId' = $1
           AND data->'payload'->'articleIds' @> jsonb_build_array($2::text) ORDER BY created_on DESC`,
        [storyId, articleId],
      );
      return rows.map((r) => r.id);
    },

    async pending(storyId): Promise<PendingWork> {
      const rows = await sql<{ name: string; data: unknown; created_on: Date }>(
        `SELECT name, data, created_on FROM ${SCHEMA}.job WHERE name = ANY($1::text[]) AND state IN ('created', 'retry', 'active')
           AND data->>'storyId' = $2 ORDER BY created_on`,
        [[...KINDS], storyId],
      );
      const analyze = rows.filter((r) => r.name === "analyze");
      const articleIds = analyze.flatMap((r) => {
        const parsed = AnalyzePayload.safeParse((r.data as JobData | null)?.payload);
        return parsed.success ? parsed.data.articleIds : [];
      });
      return {
        analyzeJobs: analyze.length,
        articleIds: [...new Set(articleIds)],
        comparing: rows.some((r) => r.name === "compare"),
        since: rows[0] ? new Date(rows[0].created_on) : null,
      };
    },

    async pendingTotal() {
      const [row] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${SCHEMA}.job WHERE name = ANY($1::text[]) AND state IN ('created', 'retry', 'active')`,
        [[...KINDS]],
      );
      return row.n;
    },

    async pruneDone(finishedBefore) {
      // pg-boss's own deletion is off (deleteAfterSeconds 0: it would take failed jobs too)
      const [row] = await sql<{ n: number }>(
        `WITH gone AS (DELETE FROM ${SCHEMA}.job WHERE name = ANY($1::text[]) AND state = 'completed' AND completed_on < $2 RETURNING 1)
         SELECT count(*)::int AS n FROM gone`,
        [[...KINDS, DEAD_LETTER], finishedBefore],
      );
      return row.n;
    },

    async close() {
      const b = started;
      started = null;
      ready = false;
      claims.clear();
      if (b) await (await b.catch(() => null))?.stop({ graceful: true, close: true });
    },
  };
}
