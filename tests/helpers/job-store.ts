// Where the job queue keeps its jobs, for tests that look past the JobQueue interface (a job's state
// after a failure, a row no worker could have written): the Job table on SQLite (tableQueue), pg-boss's
// job table on PostgreSQL (pgBossQueue); the benchmarks use it too. Import after DATABASE_URL is set
// (useTempDatabase): it loads lib/db, which reads it once.
import type { JobQueue, JobQueueOptions } from "../../lib/jobs/queue";

export const onPostgres = /^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL ?? "");

export type JobStatus = "queued" | "running" | "done" | "failed";
export interface StoredJob {
  id: string;
  kind: string;
  storyId: string;
  status: JobStatus;
  /** attempts made since the job was enqueued or last retried */
  attempts: number;
  runAfter: Date;
  createdAt: Date;
  lastError: string | null;
  /** the worker holding it (SQLite only: pg-boss does not record one) */
  lockedBy: string | null;
}

const lib = async () => ({ ...(await import("../../lib/db")), ...(await import("../../lib/jobs/queue")), ...(await import("../../lib/jobs/pg-boss-queue")) });

/** A queue of this run's backend with its own connections, as another process would have. */
export async function newQueue(options: JobQueueOptions & { superviseMs?: number } = {}, { ownClient = false } = {}): Promise<JobQueue> {
  const { db, createClient, tableQueue, pgBossQueue } = await lib();
  const client = ownClient ? createClient(process.env.DATABASE_URL) : db;
  return onPostgres ? pgBossQueue(client, process.env.DATABASE_URL!, options) : tableQueue(client, options);
}

const PG_STATUS: Record<string, JobStatus> = { created: "queued", retry: "queued", active: "running", completed: "done", failed: "failed" };
type PgRow = { id: string; name: string; data: { storyId?: string; attemptsBefore?: number } | null; state: string; retry_count: number; started_on: Date | null; start_after: Date; created_on: Date; output: { reason?: string; value?: { message?: string } } | null };

function fromPg(r: PgRow): StoredJob {
  return {
    id: r.id,
    kind: r.name,
    storyId: r.data?.storyId ?? "",
    status: PG_STATUS[r.state] ?? (r.state as JobStatus),
    attempts: r.retry_count + (r.started_on ? 1 : 0) - (r.data?.attemptsBefore ?? 0),
    runAfter: new Date(r.start_after),
    createdAt: new Date(r.created_on),
    lastError: r.output?.reason ?? r.output?.value?.message ?? null,
    lockedBy: null,
  };
}

const PG_COLUMNS = "id::text AS id, name, data, state::text AS state, retry_count, started_on, start_after, created_on, output";

/** The stored jobs matching, oldest first. */
export async function storedJobs(where: { id?: string; storyId?: string; kind?: string; status?: JobStatus }): Promise<StoredJob[]> {
  const { db } = await lib();
  if (!onPostgres) {
    const rows = await db.job.findMany({ where, orderBy: { createdAt: "asc" } });
    return rows.map((r) => ({ ...r, status: r.status as JobStatus }));
  }
  const rows = await db.$queryRawUnsafe<PgRow[]>(
    `SELECT ${PG_COLUMNS} FROM pgboss.job WHERE name IN ('analyze', 'compare')
       AND ($1::text IS NULL OR id::text = $1) AND ($2::text IS NULL OR data->>'storyId' = $2) AND ($3::text IS NULL OR name = $3)
     ORDER BY created_on`,
    where.id ?? null, where.storyId ?? null, where.kind ?? null,
  );
  return rows.map(fromPg).filter((j) => !where.status || j.status === where.status);
}

export async function storedJob(id: string): Promise<StoredJob> {
  const [job] = await storedJobs({ id });
  if (!job) throw new Error(`no stored job ${id}`);
  return job;
}

/** Stores a job as no worker would (an unreadable payload, a finished job of long ago). */
export async function storeRawJob(job: { kind: string; storyId: string; payload: unknown; status?: JobStatus; finishedAt?: Date | null; runAfter?: Date }): Promise<string> {
  const { db } = await lib();
  if (!onPostgres) {
    const row = await db.job.create({
      data: { kind: job.kind, storyId: job.storyId, payload: JSON.stringify(job.payload), status: job.status ?? "queued", finishedAt: job.finishedAt ?? null, runAfter: job.runAfter ?? new Date() },
    });
    return row.id;
  }
  const state = { queued: "created", running: "active", done: "completed", failed: "failed" }[job.status ?? "queued"];
  const [row] = await db.$queryRawUnsafe<{ id: string }[]>(
    `INSERT INTO pgboss.job (name, data, state, completed_on, start_after, dead_letter)
     VALUES ($1, $2::jsonb, $3::pgboss.job_state, $4::timestamptz, $5::timestamptz, 'failed-for-good') RETURNING id::text AS id`,
    job.kind, JSON.stringify({ storyId: job.storyId, payload: job.payload }), state, job.finishedAt ?? null, job.runAfter ?? new Date(),
  );
  return row.id;
}

/** Deletes every queued or running job: what earlier tests left is not the next one's business. */
export async function clearPendingJobs(): Promise<void> {
  const { db } = await lib();
  if (!onPostgres) await db.job.deleteMany({ where: { status: { in: ["queued", "running"] } } });
  // pg-boss makes its schema on its first start
  else if ((await db.$queryRawUnsafe<{ t: string | null }[]>(`SELECT to_regclass('pgboss.job')::text AS t`))[0].t) {
    await db.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE state IN ('created', 'retry', 'active')`);
  }
}
