// The job queue, through the JobQueue interface, on this run's backend: tableQueue on SQLite (npm test),
// pgBossQueue on PostgreSQL (npm run test:postgres). Claims are exclusive even between processes (two
// queues with their own connections here), a lease that runs out hands the job to another worker as
// a counted attempt, a job failing maxAttempts times ends failed with its reason, a failed job can run
// again, a burst of comparison requests for a story makes one job, and a rolled-back transaction
// leaves no job.
import { test, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { useTempDatabase } from "../../helpers/temp-db";

useTempDatabase("job-queue");
const { db } = await import("../../../lib/db");
const { whenUnlocked } = await import("../../../lib/data/when-unlocked");
const { onPostgres, newQueue, storedJob, storedJobs, storeRawJob, clearPendingJobs } = await import("../../helpers/job-store");
type Queue = Awaited<ReturnType<typeof newQueue>>;

const opened: Queue[] = [];
const queue = async (...args: Parameters<typeof newQueue>) => {
  const q = await newQueue(...args);
  opened.push(q);
  // started, as a worker's is before it claims (pg-boss makes its queues on a new database)
  await q.pendingTotal();
  return q;
};
after(() => Promise.all(opened.map((q) => q.close())));
// each test sees only its own jobs: an earlier test's claimed ones would be taken over once their lease ran out
beforeEach(() => clearPendingJobs());

// pg-boss's shortest heartbeat is 10 s; the table's lease may be as short as a test likes
const LEASE_MS = onPostgres ? 10_000 : 2000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const story = async (slug: string) => (await db.story.create({ data: { slug, title: slug } })).id;
const enqueue = (q: Queue, storyId: string, ids: string[]) => db.$transaction((tx) => q.enqueueAnalysis(tx, storyId, ids));

/** What a worker does between jobs: fail the abandoned ones, then claim; until one is claimed or the time is up. */
async function claimWithin(q: Queue, who: string, ms: number) {
  const deadline = Date.now() + ms;
  for (;;) {
    await q.failAbandoned();
    const job = await q.claim(who);
    if (job || Date.now() > deadline) return job;
    await sleep(100);
  }
}

test("two workers claiming at once never get the same job, and between them get every job", async () => {
  const storyId = await story("claims");
  const a = await queue({}, { ownClient: true });
  const b = await queue({}, { ownClient: true });
  const jobIds: string[] = [];
  for (let i = 0; i < 12; i++) jobIds.push(...(await enqueue(a, storyId, [`article-${i}`])));
  const take = async (q: Queue, who: string) => {
    const got: string[] = [];
    for (let job = await q.claim(who); job; job = await q.claim(who)) got.push(job.id);
    return got;
  };
  const [byA, byB] = await Promise.all([take(a, "worker-a"), take(b, "worker-b")]);
  assert.equal(byA.filter((id) => byB.includes(id)).length, 0, "no job claimed twice");
  assert.deepEqual([...byA, ...byB].sort(), [...jobIds].sort());
  const rows = await storedJobs({ storyId });
  assert.equal(rows.length, 12);
  assert.ok(rows.every((r) => r.status === "running" && r.attempts === 1));
  if (!onPostgres) assert.ok(rows.every((r) => r.lockedBy === "worker-a" || r.lockedBy === "worker-b"));

  // many claims racing for one job: exactly one wins
  const [single] = await enqueue(a, storyId, ["article-x"]);
  const claims = await Promise.all([...Array(6)].map((_, i) => (i % 2 ? a : b).claim(`racer-${i}`)));
  assert.equal(claims.filter((c) => c?.id === single).length, 1);
  assert.equal(claims.filter((c) => c).length, 1, "nothing else was there to claim");
});

test("a job whose worker stops renewing its lease is taken over as a counted attempt; the first worker's late writes are refused", async () => {
  const storyId = await story("lease");
  const q = await queue({ leaseMs: LEASE_MS, backoffMs: 1000, superviseMs: 200 });
  const [id] = await enqueue(q, storyId, ["a1", "a2"]);
  const first = await q.claim("dead-worker");
  assert.equal(first?.id, id);
  assert.deepEqual(first?.kind === "analyze" && first.payload.articleIds, ["a1", "a2"]);
  assert.equal(await q.claim("other"), null, "the lease still holds");
  assert.equal(await q.heartbeat(id, "dead-worker"), true);
  const beat = Date.now();
  await sleep(LEASE_MS / 2);
  assert.equal(await claimWithin(q, "other", 0), null, "renewed by the heartbeat");
  const again = await claimWithin(q, "other", LEASE_MS + 15_000);
  assert.equal(again?.id, id);
  assert.ok(Date.now() - beat >= LEASE_MS, "not before the lease ran out");
  assert.equal(again?.attempts, 2);
  assert.equal((await storedJob(id)).status, "running");
  assert.equal(await q.heartbeat(id, "dead-worker"), false, "the first worker has lost it");
  assert.equal(await q.complete(id, "dead-worker"), false);
  assert.equal(await q.fail(id, "dead-worker", "late"), "lost");
  assert.equal(await q.heartbeat(id, "other"), true);
  assert.equal(await q.complete(id, "other"), true);
  assert.equal((await storedJob(id)).status, "done");
  assert.equal(await q.complete(id, "other"), false, "completed once");
});

test("a job failing maxAttempts times ends failed with its reason; a lease running out on the last attempt fails it too; retry runs it again", async () => {
  const storyId = await story("failing");
  const q = await queue({ maxAttempts: 2, backoffMs: 1000, leaseMs: LEASE_MS, superviseMs: 200 });
  const [id] = await enqueue(q, storyId, ["b1"]);
  await q.claim("w");
  assert.equal(await q.fail(id, "w", "first reason"), "retry");
  let row = await storedJob(id);
  assert.equal(row.status, "queued");
  assert.equal(row.lastError, "first reason");
  assert.ok(row.runAfter.getTime() > Date.now(), "backed off");
  assert.equal(await q.claim("w"), null, "not due during the backoff");
  const second = await claimWithin(q, "w", 10_000);
  assert.equal(second?.id, id);
  assert.equal(second?.attempts, 2);
  assert.equal(second?.maxAttempts, 2);
  assert.equal(await q.fail(id, "w", "the input is too long"), "failed");
  row = await storedJob(id);
  assert.equal(row.status, "failed");
  assert.equal(row.lastError, "the input is too long");
  assert.equal(await q.claim("w"), null, "a failed job is not claimed");
  assert.deepEqual(await q.failAbandoned(), [], "the worker that failed it records it: not reported again");
  assert.deepEqual(await q.failedJobsFor(storyId, "b1"), [id]);
  assert.deepEqual(await q.failedJobsFor(storyId, "other-article"), []);

  await db.$transaction((tx) => q.retry(tx, id));
  row = await storedJob(id);
  assert.equal(row.status, "queued");
  assert.equal(row.attempts, 0, "a fresh count of attempts");
  await assert.rejects(db.$transaction((tx) => q.retry(tx, id)), /not a failed job/, "only a failed job is retried");

  // the worker dies on each attempt: the last lease running out fails it with the reason
  const third = await claimWithin(q, "dies-1", 5000);
  assert.deepEqual([third?.id, third?.attempts, third?.maxAttempts], [id, 1, 2]);
  const retaken = await claimWithin(q, "dies-2", LEASE_MS + 15_000);
  assert.equal(retaken?.attempts, 2, "attempts were left: taken over, not failed");
  assert.equal((await storedJob(id)).status, "running");
  const deadline = Date.now() + LEASE_MS + 15_000;
  let abandoned: Awaited<ReturnType<Queue["failAbandoned"]>> = [];
  while (!abandoned.length && Date.now() < deadline) {
    assert.equal(await q.claim("w"), null, "out of attempts: not taken over");
    abandoned = await q.failAbandoned();
    await sleep(100);
  }
  assert.deepEqual(abandoned.map((j) => j.id), [id]);
  assert.match(abandoned[0].reason, /stopped before it finished, 2 times/);
  assert.deepEqual(abandoned[0].kind === "analyze" && abandoned[0].payload.articleIds, ["b1"]);
  row = await storedJob(id);
  assert.equal(row.status, "failed");
  assert.equal(await q.failAbandoned().then((j) => j.length), 0, "failed once only");
});

test("a burst of comparison requests for a story is one job, run a pause after the last request, never later than a cap; a request after the claim makes a new one", async () => {
  const storyId = await story("burst");
  const other = await story("burst-other");
  const q = await queue({ debounceMs: 1000, maxDeferMs: 3000 });
  const ids = new Set<string>();
  let lastAt = 0;
  for (let i = 0; i < 5; i++) {
    ids.add(await db.$transaction((tx) => q.enqueueComparison(tx, storyId)));
    lastAt = Date.now();
    await sleep(100);
  }
  assert.equal(ids.size, 1);
  const [id] = ids;
  assert.notEqual(await db.$transaction((tx) => q.enqueueComparison(tx, other)), id, "another story has its own");
  const row = await storedJob(id);
  assert.ok(row.runAfter.getTime() - row.createdAt.getTime() <= 3000, "never deferred past the cap");
  assert.ok(Math.abs(row.runAfter.getTime() - (lastAt + 1000)) < 400, `due a pause after the last request (${row.runAfter.getTime() - lastAt} ms)`);
  assert.equal((await q.pending(storyId)).comparing, true);
  assert.equal(await q.claim("w"), null, "debounced: not due yet");
  await sleep(3200);
  const first = await q.claim("w");
  assert.ok(first && first.kind === "compare");
  const second = await q.claim("w");
  assert.ok(second && second.kind === "compare" && second.storyId !== first.storyId);
  // the claimed comparison may have read the story already: a new request is a new job
  const next = await db.$transaction((tx) => q.enqueueComparison(tx, first.storyId));
  assert.notEqual(next, first.id);
  assert.equal((await storedJobs({ storyId: first.storyId, kind: "compare" })).length, 2);

  // requests from concurrent transactions (two imports at once) still make one waiting job
  const third = await story("burst-concurrent");
  const concurrent = await Promise.all([...Array(4)].map(() => whenUnlocked(() => db.$transaction((tx) => q.enqueueComparison(tx, third)))));
  assert.equal(new Set(concurrent).size, 1);
  assert.equal((await storedJobs({ storyId: third })).length, 1);
});

test("a story's comparison waits for its own analyses, and a stream of another story's analyses does not hold it back: the job due longest runs first", async () => {
  const busy = await story("fair-busy");
  const idle = await story("fair-idle");
  const q = await queue({ debounceMs: 50 });
  await enqueue(q, busy, ["busy-0"]);
  await db.$transaction((tx) => q.enqueueComparison(tx, busy));
  await db.$transaction((tx) => q.enqueueComparison(tx, idle));
  await sleep(200);
  const order: string[] = [];
  const claimAndComplete = async () => {
    const job = await q.claim("w");
    if (!job) return false;
    if (job.kind === "compare") assert.equal((await q.pending(job.storyId)).analyzeJobs, 0, `${job.storyId === busy ? "busy" : "idle"}'s comparison claimed while its analyses were pending`);
    order.push(`${job.kind} ${job.storyId === busy ? "busy" : "idle"}`);
    assert.equal(await q.complete(job.id, "w"), true);
    return true;
  };
  // imports keep coming into one story: each claim finds a newer analysis of it
  for (let i = 1; i <= 4; i++) {
    await enqueue(q, busy, [`busy-${i}`]);
    assert.ok(await claimAndComplete());
  }
  while (await claimAndComplete());
  assert.deepEqual(order, [
    "analyze busy", // due before either comparison
    "compare idle", // due before the analyses that came later
    ...Array(4).fill("analyze busy"),
    "compare busy", // once its story has no analysis left
  ]);
});

test("a comparison is not claimed while an analysis of its story runs or waits to retry; one failed for good does not hold it", async () => {
  const cases = [
    { name: "running", outcome: null, held: true },
    { name: "waiting to retry", outcome: "retry", held: true },
    { name: "failed for good", outcome: "failed", held: false },
  ] as const;
  for (const c of cases) {
    await clearPendingJobs();
    const storyId = await story(`held-${c.name.replaceAll(" ", "-")}`);
    const q = await queue({ debounceMs: 50, backoffMs: 30_000, maxAttempts: c.outcome === "failed" ? 1 : 3 });
    const [analysis] = await enqueue(q, storyId, ["h1"]);
    assert.equal((await q.claim("w"))?.id, analysis, c.name);
    if (c.outcome) assert.equal(await q.fail(analysis, "w", "it failed"), c.outcome, c.name);
    const comparison = await db.$transaction((tx) => q.enqueueComparison(tx, storyId));
    await sleep(200);
    assert.equal((await q.claim("w"))?.id ?? null, c.held ? null : comparison, c.name);
  }
});

test("a comparison requested while the story's last one waits to run again after a failure still gets every attempt", async () => {
  const storyId = await story("compare-retrying");
  const q = await queue({ maxAttempts: 2, backoffMs: 1000, debounceMs: 100, leaseMs: LEASE_MS, superviseMs: 200 });
  await db.$transaction((tx) => q.enqueueComparison(tx, storyId));
  const first = await claimWithin(q, "w", 5000);
  assert.ok(first && first.kind === "compare");
  assert.equal(await q.fail(first.id, "w", "the comparison failed"), "retry");
  // articles added meanwhile: their comparison must not end with the first request's attempts
  await db.$transaction((tx) => q.enqueueComparison(tx, storyId));
  const outcomes: string[] = [];
  while ((await q.pending(storyId)).comparing) {
    const job = await claimWithin(q, "w", 10_000);
    assert.ok(job && job.kind === "compare" && job.storyId === storyId, "a pending comparison is claimed");
    assert.ok(job.attempts <= job.maxAttempts);
    outcomes.push(await q.fail(job.id, "w", "the comparison failed again"));
  }
  assert.ok(outcomes.length >= 2, `attempts after the request: ${outcomes.join(", ")}`);
  assert.equal(outcomes.at(-1), "failed");
});

test("on PostgreSQL the per-story lookups have an index on pg-boss's job table and its partitions, made again by processes starting at once", { skip: !onPostgres && "pg-boss only" }, async () => {
  const indexed = async () => (await db.$queryRawUnsafe<{ t: string }[]>(
    `SELECT t.relname AS t FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relnamespace = 'pgboss'::regnamespace AND pg_get_indexdef(i.indexrelid) LIKE '%((data ->> ''storyId''::text))%' ORDER BY 1`,
  )).map((r) => r.t);
  await queue();
  assert.deepEqual(await indexed(), ["job", "job_common"]);
  // a database from before the index: the next start makes it, however many processes start together
  await db.$executeRawUnsafe(`DROP INDEX pgboss.parallax_job_story`);
  assert.deepEqual(await indexed(), []);
  const starting = await Promise.all([...Array(3)].map(() => newQueue({}, { ownClient: true })));
  opened.push(...starting);
  await Promise.all(starting.map((q) => q.pendingTotal()));
  assert.deepEqual(await indexed(), ["job", "job_common"]);
});

test("a rolled-back transaction leaves no job: the articles and their jobs are stored together or not at all", async () => {
  const storyId = await story("rollback");
  const q = await queue();
  await assert.rejects(
    db.$transaction(async (tx) => {
      await q.enqueueAnalysis(tx, storyId, ["r1", "r2"]);
      await q.enqueueComparison(tx, storyId);
      throw new Error("the import failed");
    }),
    /the import failed/,
  );
  assert.deepEqual(await storedJobs({ storyId }), []);
  assert.deepEqual(await q.pending(storyId), { analyzeJobs: 0, articleIds: [], comparing: false, since: null });
  // the same, committed, is there
  await db.$transaction((tx) => q.enqueueAnalysis(tx, storyId, ["r1", "r2"]));
  assert.equal((await q.pending(storyId)).analyzeJobs, 1);
});

test("a completion whose own writes fail completes nothing: the worker's fail() records the attempt", async () => {
  const storyId = await story("complete-fails");
  const q = await queue({ backoffMs: 1000 });
  const [id] = await enqueue(q, storyId, ["c1"]);
  assert.equal((await q.claim("w"))?.id, id);
  await assert.rejects(q.complete(id, "w", async () => { throw new Error("the comparison was not enqueued"); }), /not enqueued/);
  assert.equal((await storedJob(id)).status, "running");
  assert.equal(await q.fail(id, "w", "the comparison was not enqueued"), "retry");
  const row = await storedJob(id);
  assert.equal(row.status, "queued");
  assert.equal(row.lastError, "the comparison was not enqueued");
});

test("a job whose stored payload cannot be read is failed at once with the reason, not retried", async () => {
  const storyId = await story("bad-payload");
  const q = await queue();
  const bad = await storeRawJob({ kind: "analyze", storyId, payload: { articleIds: [] } });
  assert.equal(await q.claim("w"), null);
  const row = await storedJob(bad);
  assert.equal(row.status, "failed");
  assert.match(row.lastError ?? "", /payload is invalid/);
  assert.deepEqual(await q.failAbandoned(), [], "not reported as abandoned");
});

test("a request waits for its story's jobs only up to the bound, and only for a small import", async () => {
  const { settle } = await import("../../../lib/jobs/settle");
  const storyId = await story("settle");
  const q = await queue();
  process.env.PARALLAX_IMPORT_WAIT_MS = "1500";
  assert.equal(await settle(q, storyId), true, "nothing pending: at once");
  await enqueue(q, storyId, ["s1"]);
  let t = Date.now();
  assert.equal(await settle(q, storyId, { articles: 6 }), false, "a larger import does not wait");
  assert.ok(Date.now() - t < 1000);
  t = Date.now();
  assert.equal(await settle(q, storyId), false, "no worker finished it within the bound");
  assert.ok(Date.now() - t >= 1500);
  // a worker finishing meanwhile ends the wait
  setTimeout(async () => {
    const job = await q.claim("w");
    if (job) await q.complete(job.id, "w");
  }, 100);
  assert.equal(await settle(q, storyId), true);
  process.env.PARALLAX_IMPORT_WAIT_MS = "0";
  await enqueue(q, storyId, ["s2"]);
  assert.equal(await settle(q, storyId), false, "0 turns the wait off");
});

test("done jobs older than the keep time are deleted (by an idle worker too); recent, failed and pending ones stay", async () => {
  const { runWorker, JOB_KEEP_MS } = await import("../../../lib/jobs/worker");
  const storyId = await story("prune");
  const q = await queue();
  const ago = (ms: number) => new Date(Date.now() - ms);
  const make = (status: "done" | "failed" | "queued", finishedAt: Date | null) => storeRawJob({ kind: "compare", storyId, payload: {}, status, finishedAt, runAfter: ago(60_000) });
  const oldDone = await make("done", ago(JOB_KEEP_MS + 3600_000));
  const recentDone = await make("done", ago(3600_000));
  const oldFailed = await make("failed", ago(JOB_KEEP_MS + 3600_000));
  const queued = await make("queued", null);
  assert.equal(await q.pruneDone(ago(JOB_KEEP_MS)), 1);
  const left = (await storedJobs({ storyId })).map((j) => j.id).sort();
  assert.deepEqual(left, [recentDone, oldFailed, queued].sort());
  assert.ok(!left.includes(oldDone));

  const again = await make("done", ago(JOB_KEEP_MS + 3600_000));
  // nothing for the worker to run but the pruning: earlier tests' pending jobs are not its business
  await clearPendingJobs();
  const stop = new AbortController();
  const worker = runWorker(q, { workerId: "idle", signal: stop.signal, pollMs: 20 });
  for (let i = 0; i < 100 && (await storedJobs({ id: again })).length > 0; i++) await sleep(20);
  stop.abort();
  await worker;
  assert.equal((await storedJobs({ id: again })).length, 0, "an idle worker pruned it");
  assert.equal((await storedJobs({ id: recentDone })).length, 1);
});
