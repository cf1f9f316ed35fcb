// Ingest throughput: 200 real articles (../shared, read at run time) through import -> queue ->
// analysis -> comparison, as the app does it: stored and enqueued in imports of 20 (addArticles, as
// ten import requests would), analysed and compared by 1 or 2 worker processes (scripts/worker.ts) on
// one throwaway migrated SQLite database, then on a throwaway PostgreSQL server when Debian's package is
// installed. The clock runs from the first import to the story's last comparison; the workers' start-up
// (their analysis process loaded) is before it.
//
//   npm run bench -- ingest
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createTempDatabase, ROOT } from "../tests/helpers/temp-db";
import { ensurePostgres, startPostgres } from "../scripts/postgres-server.mjs";
import { loadRealArticles, SHARED_DIR } from "./real-articles";
import { generateStoryArticles } from "./story-page";

const ARTICLES = 200;
const BATCH = 20;
/** A run that takes longer than this is stopped: the bench must end by itself. */
const RUN_LIMIT_MS = 15 * 60_000;
const RESULT = "BENCH_RESULT ";

export interface ImportOptions {
  databaseUrl: string;
  title: string;
  /** generated articles (seeded, 40 outlets) instead of the real ones */
  generated?: boolean;
  /** worker processes to start; 0 runs the jobs in the importing process (the load bench's set-up) */
  workers?: number;
}

export interface ImportResult {
  storyId: string;
  articles: number;
  done: number;
  failed: number;
  claims: number;
  groups: number;
  comparisonError: string | null;
  /** comparison jobs of the story done (a burst is coalesced into few; one that finds analyses still pending leaves the comparison to the last) */
  comparisons: number;
  /** analyse jobs retried (a failed attempt) and failed for good */
  retried: number;
  failedJobs: number;
  /** from the first import to the last job done */
  ms: number;
  /** the imports alone: what the import requests would have waited */
  importMs: number;
}

function startWorker(databaseUrl: string): { child: ChildProcess; ready: Promise<void> } {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "scripts", "worker.ts")], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_OPTIONS: "" },
    // the IPC channel stops the worker when this process goes, however it goes
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  const ready = new Promise<void>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d) => {
      out += d;
      if (out.includes("analysis process ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`a worker stopped before it was ready (exit ${code})`)));
  });
  return { child, ready };
}

async function runImport(opts: ImportOptions): Promise<ImportResult> {
  process.env.DATABASE_URL = opts.databaseUrl;
  process.env.PARALLAX_IMPORT_WAIT_MS = "0";
  const { db } = await import("../lib/db");
  const { addArticles } = await import("../lib/data/add-articles");
  const { jobQueue } = await import("../lib/jobs/queue");
  const { drainJobs } = await import("../lib/jobs/worker");
  // the queue's own storage (the Job table, or pg-boss's on PostgreSQL), for its counts
  const { storedJobs } = await import("../tests/helpers/job-store");
  const articles = opts.generated ? generateStoryArticles(ARTICLES) : loadRealArticles(ARTICLES)!.articles;
  const workers: ChildProcess[] = [];
  try {
    const started = [...Array(opts.workers ?? 0)].map(() => startWorker(opts.databaseUrl));
    workers.push(...started.map((w) => w.child));
    await Promise.all(started.map((w) => w.ready));

    const t0 = Date.now();
    let storyId: string | null = null;
    for (let i = 0; i < articles.length; i += BATCH) {
      storyId = (await addArticles(storyId ?? { title: opts.title }, articles.slice(i, i + BATCH))).storyId;
    }
    const importMs = Date.now() - t0;
    if (workers.length === 0) await drainJobs(jobQueue());
    else while ((await jobQueue().pendingTotal()) > 0) await new Promise((r) => setTimeout(r, 100));
    const ms = Date.now() - t0;

    const id = storyId!;
    const jobs = await storedJobs({ storyId: id });
    const comparisons = jobs.filter((j) => j.kind === "compare" && j.status === "done").length;
    const retried = jobs.filter((j) => j.attempts > 1).length;
    const failedJobs = jobs.filter((j) => j.status === "failed").length;
    const [done, failed, claims, groups, story] = await Promise.all([
      db.article.count({ where: { storyId: id, status: "done" } }),
      db.article.count({ where: { storyId: id, status: "failed" } }),
      db.claim.count({ where: { article: { storyId: id } } }),
      db.claimGroup.count({ where: { storyId: id } }),
      db.story.findUniqueOrThrow({ where: { id }, select: { comparisonError: true } }),
    ]);
    return { storyId: id, articles: articles.length, done, failed, claims, groups, comparisonError: story.comparisonError, comparisons, retried, failedJobs, ms, importMs };
  } finally {
    await Promise.all(workers.map((w) => new Promise((r) => {
      w.once("exit", r);
      w.kill("SIGTERM");
    })));
    await jobQueue().close();
    await db.$disconnect();
  }
}

/** Imports a 200-article story into the database in a child process (lib/db binds to DATABASE_URL once); also used by the load bench. */
export function importInChild(opts: ImportOptions): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "bench", "ingest.ts"), "--run", JSON.stringify(opts)], {
      cwd: ROOT,
      env: { ...process.env, NODE_OPTIONS: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    // a bench stopped early (Ctrl-C, its time limit) does not leave the import running; its workers follow it
    const stop = () => child.kill("SIGKILL");
    const timer = setTimeout(stop, RUN_LIMIT_MS);
    process.once("exit", stop);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      process.off("exit", stop);
      const line = out.split("\n").find((l) => l.startsWith(RESULT));
      if (code === 0 && line) resolve(JSON.parse(line.slice(RESULT.length)) as ImportResult);
      else reject(new Error(`the import stopped (${signal ?? `exit ${code}`}):\n${out.slice(-2000)}`));
    });
  });
}

function describe(r: ImportResult): string {
  const problems = [
    r.failed ? `${r.failed} articles failed` : "",
    r.failedJobs ? `${r.failedJobs} jobs failed` : "",
    r.retried ? `${r.retried} jobs retried` : "",
    r.comparisonError ? `comparison: ${r.comparisonError}` : "",
  ].filter(Boolean);
  return `${r.done}/${r.articles} analysed, ${r.claims} claims, ${r.groups} claim groups, ${r.comparisons} comparison job(s) done${problems.length ? `; ${problems.join(", ")}` : ""}`;
}

export async function runIngestBench(): Promise<void> {
  const real = loadRealArticles(ARTICLES);
  if (!real) {
    console.log(`ingest: skipped (no PolNeAR or hand-judged story articles under ${SHARED_DIR})`);
    return;
  }
  // other work on the machine moves these figures; say how busy it was
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} at the start`);
  console.log(`articles: ${real.source}; imports of ${BATCH} (addArticles: stored and enqueued), analysed and compared by worker processes`);
  // the bench does not install PostgreSQL (npm run test:postgres does, as root)
  const postgres = ensurePostgres({ install: false });
  const server = postgres.bin ? await startPostgres(postgres.bin, { name: "parallax-bench-pg" }) : null;
  try {
    for (const database of ["SQLite", "PostgreSQL"]) {
      if (database === "PostgreSQL" && !server) {
        console.log(`PostgreSQL: skipped (${postgres.error})`);
        continue;
      }
      for (const workers of [1, 2]) {
        const { url, dir } = createTempDatabase(`bench-ingest-${workers}`, { postgresUrl: database === "PostgreSQL" ? server!.url : null });
        try {
          const r = await importInChild({ databaseUrl: url, title: `Ingest bench, ${workers} worker(s)`, workers });
          const rate = (r.done / (r.ms / 1000)).toFixed(2);
          console.log(`${database}, ${workers} worker${workers > 1 ? "s" : " "}: ${rate.padStart(6)} articles/s   ${(r.ms / 1000).toFixed(1)} s for ${r.articles} (imports alone ${(r.importMs / 1000).toFixed(1)} s; ${describe(r)})`);
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      }
    }
  } finally {
    server?.stop();
  }
  console.log("  articles/s counts analysed articles only, from the first import to the story's last comparison; worker start-up is not counted");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf("--run");
  if (at >= 0) {
    const result = await runImport(JSON.parse(process.argv[at + 1]) as ImportOptions);
    console.log(RESULT + JSON.stringify(result));
    process.exit(0);
  } else await runIngestBench();
}
