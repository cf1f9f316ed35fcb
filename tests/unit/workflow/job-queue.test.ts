// The job queue as a table of the database: claims are exclusive even between processes (two
// Prisma clients on one SQLite file here), a lease that runs out hands the job to another worker as
// a counted attempt, a job failing maxAttempts times ends failed with its reason, a failed job can run
// again, and a burst of comparison requests for a story makes one job.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useTempDatabase } from "../../helpers/temp-db";

const url = useTempDatabase("job-queue");
const { db, createClient } = await import("../../../lib/db");
const { tableQueue } = await import("../../../lib/jobs/queue");

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const story = async (slug: string) => (await db.story.create({ data: { slug, title: slug } })).id;
const enqueue = (q: ReturnType<typeof tableQueue>, storyId: string, ids: string[]) => db.$transaction((tx) => q.enqueueAnalysis(tx, storyId, ids));

test("two workers claiming at once never get the same job, and between them get every job", async () => {
  const storyId = await story("claims");
  const a = tableQueue(createClient(url));
  const b = tableQueue(createClient(url));
  const jobIds: string[] = [];
  for (let i = 0; i < 12; i++) jobIds.push(...(await enqueue(a, storyId, [`article-${i}`])));
  const take = async (q: typeof a, who: string) => {
    const got: string[] = [];
    for (let job = await q.claim(who); job; job = await q.claim(who)) got.push(job.id);
    return got;
  };
  const [byA, byB] = await Promise.all([take(a, "worker-a"), take(b, "worker-b")]);
  assert.equal(byA.filter((id) => byB.includes(id)).length, 0, "no job claimed twice");
  assert.deepEqual([...byA, ...byB].sort(), [...jobIds].sort());
  const rows = await db.job.findMany({ where: { id: { in: jobIds } } });
  assert.ok(rows.every((r) => r.status === "running" && r.attempts === 1 && (r.lockedBy === "worker-a" || r.lockedBy === "worker-b")));

  // many claims racing for one job: exactly one wins
  const [single] = await enqueue(a, storyId, ["article-x"]);
  const claims = await Promise.all([...Array(6)].map((_, i) => (i % 2 ? a : b).claim(`racer-${i}`)));
  assert.equal(claims.filter((c) => c?.id === single).length, 1);
});

test("a job whose worker stops renewing its lease is taken over as a counted attempt; the first worker's late writes are refused", async () => {
  const storyId = await story("lease");
  // windows wide enough for a loaded machine: the lease is long beside the pauses that must stay inside it
  const q = tableQueue(db, { leaseMs: 2000 });
  const [id] = await enqueue(q, storyId, ["a1", "a2"]);
  const first = await q.claim("dead-worker");
  assert.equal(first?.id, id);
  assert.deepEqual(first?.kind === "analyze" && first.payload.articleIds, ["a1", "a2"]);
  assert.equal(await q.claim("other"), null, "the lease still holds");
  assert.equal(await q.heartbeat(id, "dead-worker"), true);
  await sleep(1000);
  assert.equal(await q.claim("other"), null, "renewed by the heartbeat");
  await sleep(2500);
  const again = await q.claim("other");
  assert.equal(again?.id, id);
  assert.equal(again?.attempts, 2);
  assert.equal(await q.heartbeat(id, "dead-worker"), false, "the first worker has lost it");
  assert.equal(await q.complete(id, "dead-worker"), false);
  assert.equal(await q.fail(id, "dead-worker", "late"), "lost");
  assert.equal(await q.complete(id, "other"), true);
  assert.equal((await db.job.findUniqueOrThrow({ where: { id } })).status, "done");
});

test("a job failing maxAttempts times ends failed with its reason; a lease running out on the last attempt fails it too; retry runs it again", async () => {
  const storyId = await story("failing");
  const q = tableQueue(db, { maxAttempts: 2, backoffMs: 1000, leaseMs: 1000 });
  const [id] = await enqueue(q, storyId, ["b1"]);
  await q.claim("w");
  assert.equal(await q.fail(id, "w", "first reason"), "retry");
  let row = await db.job.findUniqueOrThrow({ where: { id } });
  assert.equal(row.status, "queued");
  assert.equal(row.lastError, "first reason");
  assert.ok(row.runAfter.getTime() > Date.now(), "backed off");
  assert.equal(await q.claim("w"), null, "not due during the backoff");
  await sleep(1200);
  assert.equal((await q.claim("w"))?.attempts, 2);
  assert.equal(await q.fail(id, "w", "the input is too long"), "failed");
  row = await db.job.findUniqueOrThrow({ where: { id } });
  assert.equal(row.status, "failed");
  assert.equal(row.lastError, "the input is too long");
  assert.equal(await q.claim("w"), null, "a failed job is not claimed");
  assert.deepEqual(await q.failedJobsFor(storyId, "b1"), [id]);
  assert.deepEqual(await q.failedJobsFor(storyId, "other-article"), []);

  await db.$transaction((tx) => q.retry(tx, id));
  row = await db.job.findUniqueOrThrow({ where: { id } });
  assert.equal(row.status, "queued");
  assert.equal(row.attempts, 0);
  await assert.rejects(db.$transaction((tx) => q.retry(tx, id)), /not a failed job/, "only a failed job is retried");

  // the worker dies on each attempt: the last lease running out fails it with the reason
  await q.claim("dies-1");
  await sleep(1200);
  assert.deepEqual(await q.failAbandoned(), [], "attempts are left: no failure yet");
  assert.equal((await q.claim("dies-2"))?.attempts, 2);
  await sleep(1200);
  assert.equal(await q.claim("w"), null, "out of attempts: not taken over");
  const abandoned = await q.failAbandoned();
  assert.deepEqual(abandoned.map((j) => j.id), [id]);
  assert.match(abandoned[0].reason, /stopped before it finished, 2 times/);
  row = await db.job.findUniqueOrThrow({ where: { id } });
  assert.equal(row.status, "failed");
  assert.equal(await q.failAbandoned().then((j) => j.length), 0, "failed once only");
});

test("a burst of comparison requests for a story is one job, moved later up to a cap; a request after the claim makes a new one", async () => {
  const storyId = await story("burst");
  const other = await story("burst-other");
  const q = tableQueue(db, { debounceMs: 1000, maxDeferMs: 3000 });
  const ids = new Set<string>();
  for (let i = 0; i < 5; i++) {
    ids.add(await db.$transaction((tx) => q.enqueueComparison(tx, storyId)));
    await sleep(100);
  }
  assert.equal(ids.size, 1);
  const [id] = ids;
  assert.notEqual(await db.$transaction((tx) => q.enqueueComparison(tx, other)), id, "another story has its own");
  const row = await db.job.findUniqueOrThrow({ where: { id } });
  assert.ok(row.runAfter.getTime() - row.createdAt.getTime() <= 3000, "never deferred past the cap");
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
  assert.equal(await db.job.count({ where: { storyId: first.storyId, kind: "compare" } }), 2);
});

test("a job whose stored payload cannot be read is failed at once with the reason, not retried", async () => {
  const storyId = await story("bad-payload");
  const q = tableQueue(db);
  const bad = await db.job.create({ data: { kind: "analyze", storyId, payload: JSON.stringify({ articleIds: [] }) } });
  assert.equal(await q.claim("w"), null);
  const row = await db.job.findUniqueOrThrow({ where: { id: bad.id } });
  assert.equal(row.status, "failed");
  assert.match(row.lastError ?? "", /payload is invalid/);
});

test("a request waits for its story's jobs only up to the bound, and only for a small import", async () => {
  const { settle } = await import("../../../lib/jobs/settle");
  const storyId = await story("settle");
  const q = tableQueue(db);
  process.env.PARALLAX_IMPORT_WAIT_MS = "1500";
  assert.equal(await settle(q, storyId), true, "nothing pending: at once");
  const [id] = await enqueue(q, storyId, ["s1"]);
  let t = Date.now();
  assert.equal(await settle(q, storyId, { articles: 6 }), false, "a larger import does not wait");
  assert.ok(Date.now() - t < 1000);
  t = Date.now();
  assert.equal(await settle(q, storyId), false, "no worker finished it within the bound");
  assert.ok(Date.now() - t >= 1500);
  // a worker finishing meanwhile ends the wait
  // (a Prisma query runs only once awaited)
  setTimeout(async () => await db.job.update({ where: { id }, data: { status: "done" } }), 100);
  assert.equal(await settle(q, storyId), true);
  process.env.PARALLAX_IMPORT_WAIT_MS = "0";
  await enqueue(q, storyId, ["s2"]);
  assert.equal(await settle(q, storyId), false, "0 turns the wait off");
});

test("done jobs older than the keep time are deleted (by an idle worker too); recent, failed and pending ones stay", async () => {
  const { runWorker, JOB_KEEP_MS } = await import("../../../lib/jobs/worker");
  const storyId = await story("prune");
  const q = tableQueue(db);
  const ago = (ms: number) => new Date(Date.now() - ms);
  const make = (status: string, finishedAt: Date | null) =>
    db.job.create({ data: { kind: "compare", storyId, payload: "{}", status, finishedAt, runAfter: ago(60_000) } }).then((j) => j.id);
  const oldDone = await make("done", ago(JOB_KEEP_MS + 3600_000));
  const recentDone = await make("done", ago(3600_000));
  const oldFailed = await make("failed", ago(JOB_KEEP_MS + 3600_000));
  assert.equal(await q.pruneDone(ago(JOB_KEEP_MS)), 1);
  const left = (await db.job.findMany({ where: { storyId }, select: { id: true } })).map((j) => j.id).sort();
  assert.deepEqual(left, [recentDone, oldFailed].sort());
  assert.ok(!left.includes(oldDone));

  const again = await make("done", ago(JOB_KEEP_MS + 3600_000));
  // nothing for the worker to run but the pruning: earlier tests' pending jobs are not its business
  await db.job.deleteMany({ where: { status: { in: ["queued", "running"] } } });
  const stop = new AbortController();
  const worker = runWorker(q, { workerId: "idle", signal: stop.signal, pollMs: 20 });
  for (let i = 0; i < 100 && (await db.job.count({ where: { id: again } })) > 0; i++) await sleep(20);
  stop.abort();
  await worker;
  assert.equal(await db.job.count({ where: { id: again } }), 0, "an idle worker pruned it");
  assert.equal(await db.job.count({ where: { id: recentDone } }), 1);
});
