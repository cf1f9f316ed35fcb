// Workers running real jobs on a temp database: a burst of imports into a story is compared once, a
// job whose worker keeps dying ends failed with the reason on its articles and Retry runs it again,
// and a worker process killed with SIGKILL mid-job loses nothing: another worker finishes the job.
// On this run's backend: the Job table on SQLite, pg-boss on PostgreSQL (npm run test:postgres).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { ROOT, TEST_POSTGRES_URL, useTempDatabase } from "../../helpers/temp-db";
import { actorOf } from "../../helpers/actors";

const url = useTempDatabase("job-worker");
// on PostgreSQL a job's lease (pg-boss's heartbeat) is set when it is enqueued, at least 10 s: the
// shortest, for the jobs of a dying worker
if (TEST_POSTGRES_URL) process.env.PARALLAX_JOB_LEASE_MS = "10000";
// no worker runs beside these tests: requests must not wait for one
process.env.PARALLAX_IMPORT_WAIT_MS = "0";
const { db } = await import("../../../lib/db");
const { addArticles } = await import("../../../lib/data/add-articles");
const { retryArticle } = await import("../../../lib/data/retry-article");
const { seedDemoUsers } = await import("../../../lib/data/seed-demo-users");
const { AppError } = await import("../../../lib/data/errors");
const { jobQueue } = await import("../../../lib/jobs/queue");
const { drainJobs, runOneJob } = await import("../../../lib/jobs/worker");
const { getAnalysisProgress } = await import("../../../lib/jobs/progress");
const { onPostgres, newQueue, storedJob, storedJobs } = await import("../../helpers/job-store");
after(() => jobQueue().close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const article = (n: number, outlet: string) => ({
  content: `Council approves harbour budget\n\nThe city council approved ${n} new ferries on Monday, Mayor Ann Torres said. "We will finish the pier by June," Torres said, according to ${outlet}.`,
  type: "text" as const,
  sourceName: `${outlet.toLowerCase().replace(/\W+/g, "-")}-${n}.txt`,
});

before(() => seedDemoUsers());

test("a burst of imports into one story is analysed and then compared once; a later import is compared again", async () => {
  const { storyId } = await addArticles({ title: "Burst" }, [article(12, "Harbour Post")]);
  await addArticles(storyId, [article(14, "Bay Times")]);
  await addArticles(storyId, [article(12, "Pier Daily"), article(13, "Coast Herald")]);
  assert.equal(await db.article.count({ where: { storyId, status: "queued" } }), 4, "stored and queued, not analysed in the request");
  assert.equal((await jobQueue().pending(storyId)).analyzeJobs, 3);
  assert.deepEqual(await getAnalysisProgress(jobQueue(), storyId), { analysed: 0, total: 4, comparing: true });
  assert.equal(await runOneJob(jobQueue(), "w"), true);
  assert.deepEqual(await getAnalysisProgress(jobQueue(), storyId), { analysed: 1, total: 4, comparing: true }, "one import's article analysed");

  await drainJobs(jobQueue());
  assert.equal(await getAnalysisProgress(jobQueue(), storyId), null, "nothing pending: no progress shown");
  assert.equal(await db.article.count({ where: { storyId, status: "done" } }), 4);
  const compares = await storedJobs({ storyId, kind: "compare" });
  assert.equal(compares.length, 1, "one comparison for the burst");
  assert.equal(compares[0].status, "done");
  assert.ok(await db.claimGroup.count({ where: { storyId } }) > 0, "the comparison ran");

  await addArticles(storyId, [article(15, "Late Gazette")]);
  await drainJobs(jobQueue());
  assert.equal((await storedJobs({ storyId, kind: "compare" })).length, 2, "a later import is compared again");
});

test("a job whose worker dies on every attempt ends failed, its articles say why, and Retry analyses them", async () => {
  const { storyId, added } = await addArticles({ title: "Dying worker" }, [article(20, "Harbour Post")]);
  const [job] = await storedJobs({ storyId, kind: "analyze" });
  // three workers each claim it with a short lease and vanish (pg-boss's shortest heartbeat is 10 s)
  const leaseMs = onPostgres ? 10_000 : 50;
  const short = await newQueue({ leaseMs, superviseMs: 100 });
  for (let i = 1; i <= 3; i++) {
    const claimed = await until(`attempt ${i}`, async () => (await short.failAbandoned(), await short.claim(`vanishing-${i}`)), leaseMs + 20_000);
    assert.deepEqual([claimed.id, claimed.attempts], [job.id, i]);
  }
  await short.close();
  // a worker finds the job abandoned on its last attempt, fails it for good and records why
  await until("the job to fail for good", async () => (await runOneJob(jobQueue(), "survivor"), (await storedJob(job.id)).status === "failed"), leaseMs + 20_000);
  // what is left is the story's comparison, whose start may already be due on a slow machine; the
  // failed job itself is never claimed again
  await drainJobs(jobQueue());
  assert.equal((await storedJob(job.id)).status, "failed", "the failed job stays failed");
  assert.deepEqual((await storedJobs({ storyId, kind: "analyze" })).map((j) => j.id), [job.id], "and no other analysis was queued");
  const failed = await db.article.findUniqueOrThrow({ where: { id: added[0].id } });
  assert.equal(failed.status, "failed");
  assert.match(failed.error ?? "", /^Analysis failed: the worker running it stopped before it finished, 3 times\.$/);

  const r = await retryArticle(await actorOf("reviewer"), added[0].id);
  assert.equal(r.status, "queued");
  assert.equal((await storedJob(job.id)).status, "queued", "the failed job runs again");
  await drainJobs(jobQueue());
  assert.equal((await db.article.findUniqueOrThrow({ where: { id: added[0].id } })).status, "done");
  await assert.rejects(retryArticle(await actorOf("viewer"), added[0].id), (e) => e instanceof AppError && e.code === "forbidden");
});

test("an article that fails inside a job that completed is retried with a new job; its raw input is kept", async () => {
  const raw = "menu\nhome\nlogin";
  const { storyId, added } = await addArticles({ title: "Unreadable" }, [{ content: raw, sourceName: "nav-only.txt" }]);
  await drainJobs(jobQueue());
  const failed = await db.article.findUniqueOrThrow({ where: { id: added[0].id } });
  assert.equal(failed.status, "failed");
  assert.equal(failed.rawInput, raw);
  assert.equal((await storedJobs({ storyId, kind: "analyze", status: "done" })).length, 1, "the job itself did its work");
  await retryArticle(await actorOf("reviewer"), added[0].id);
  assert.equal((await storedJobs({ storyId, kind: "analyze", status: "queued" })).length, 1, "a new job");
  await drainJobs(jobQueue());
  assert.equal((await db.article.findUniqueOrThrow({ where: { id: added[0].id } })).status, "failed", "the same input fails the same way");
});

function startWorker(): ChildProcess {
  return spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "scripts", "worker.ts")], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, PARALLAX_JOB_LEASE_MS: "2000", NODE_OPTIONS: "" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function until<T>(what: string, get: () => Promise<T | null | undefined | false>, ms = 120_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

test("a worker process killed with SIGKILL mid-job: its lease runs out and another worker finishes the job", { timeout: 240_000 }, async () => {
  const { storyId, added } = await addArticles({ title: "Killed worker" }, [article(30, "Harbour Post"), article(31, "Bay Times")]);
  const [job] = await storedJobs({ storyId, kind: "analyze" });
  const first = startWorker();
  const exited = new Promise((r) => first.once("exit", r));
  const held = await until("the first worker to claim the job", async () => (await storedJobs({ id: job.id, status: "running" }))[0]);
  first.kill("SIGKILL");
  await exited;
  const orphan = await storedJob(job.id);
  assert.equal(orphan.status, "running", "killed mid-job: still held by the dead worker");
  assert.equal(orphan.attempts, 1);
  assert.equal(orphan.lockedBy, held.lockedBy);
  assert.notEqual((await db.article.findUniqueOrThrow({ where: { id: added[0].id } })).status, "done");

  const second = startWorker();
  try {
    const done = await until("another worker to finish the job", async () => (await storedJobs({ id: job.id, status: "done" }))[0]);
    assert.equal(done.attempts, 2, "the killed run counts as an attempt");
    if (!onPostgres) assert.notEqual(done.lockedBy, held.lockedBy);
    await until("the story's comparison", async () => (await storedJobs({ storyId, kind: "compare", status: "done" }))[0]);
    assert.equal(await db.article.count({ where: { storyId, status: "done" } }), 2);
  } finally {
    const stopped = new Promise<number | null>((r) => second.once("exit", (code) => r(code)));
    second.kill("SIGTERM");
    assert.equal(await stopped, 0, "SIGTERM stops the worker cleanly");
  }
});
