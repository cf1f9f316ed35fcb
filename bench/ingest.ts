// Ingest throughput: 200 real articles (../shared, read at run time) through import -> analysis ->
// comparison, the way an import does it: stored in batches of 20 (addArticles), each batch analysed
// and the story compared again (analyzeStory). A throwaway migrated SQLite database per run.
// 1 worker = one Node process; 2 workers = two processes importing into two stories of one SQLite
// file at once (there is no job queue yet). Each import runs in a child process, as lib/db binds to
// DATABASE_URL when first imported.
//
//   npm run bench -- ingest
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { createTempDatabase, ROOT } from "../tests/helpers/temp-db";
import { loadRealArticles, SHARED_DIR } from "./real-articles";
import { generateStoryArticles } from "./story-page";

const ARTICLES = 200;
const BATCH = 20;
/** An import that takes longer than this is stopped: the bench must end by itself. */
const WORKER_LIMIT_MS = 15 * 60_000;
const RESULT = "BENCH_RESULT ";

export interface ImportOptions {
  databaseUrl: string;
  title: string;
  /** generated articles (seeded, 40 outlets) instead of the real ones */
  generated?: boolean;
}

export interface ImportResult {
  storyId: string;
  articles: number;
  done: number;
  failed: number;
  claims: number;
  groups: number;
  comparisonError: string | null;
  /** batches whose import was refused (an error thrown), and batches after which the comparison had failed */
  failedBatches: number;
  failedComparisons: number;
  firstError: string | null;
  /** SQLite lock waits that ran out ("Operation has timed out", P1008) in the child's log: failed analyses and comparisons log theirs */
  lockTimeouts: number;
  /** wall-clock start and end of the import (Date.now()), to add up concurrent workers */
  startedAt: number;
  endedAt: number;
  /** the analysis child process's start-up, before the clock starts */
  warmupMs: number;
  /** the whole story compared once more after the import, timed alone */
  lastComparisonMs: number;
}

async function importStory(opts: ImportOptions): Promise<Omit<ImportResult, "lockTimeouts">> {
  process.env.DATABASE_URL = opts.databaseUrl;
  const { db } = await import("../lib/db");
  const { addArticles } = await import("../lib/data/add-articles");
  const { analyzeStory, refreshComparison } = await import("../lib/data/analyze-story");
  const { createStory } = await import("../lib/data/create-story");
  const { analyzeInProcess } = await import("../lib/jobs/analysis-process");
  const articles = opts.generated ? generateStoryArticles(ARTICLES) : loadRealArticles(ARTICLES)!.articles;
  try {
    // a running server has its analysis process up already; its start-up is not ingest time
    const w0 = performance.now();
    await analyzeInProcess("The mayor said the bridge is open.", null, null);
    const warmupMs = performance.now() - w0;

    const story = await createStory({ title: opts.title });
    const startedAt = Date.now();
    let failedBatches = 0;
    let failedComparisons = 0;
    let firstError: string | null = null;
    for (let i = 0; i < articles.length; i += BATCH) {
      // a refused batch is what the user would see as a failed import; count it and go on
      try {
        const { added } = await addArticles(story.id, articles.slice(i, i + BATCH));
        await analyzeStory(story.id, { articleIds: added.map((a) => a.id) });
      } catch (e) {
        failedBatches++;
        firstError ??= (e as Error).message.trim().split("\n").pop() ?? String(e);
      }
      const { comparisonError } = await db.story.findUniqueOrThrow({ where: { id: story.id }, select: { comparisonError: true } });
      if (comparisonError) failedComparisons++;
    }
    const endedAt = Date.now();
    const c0 = performance.now();
    await refreshComparison(story.id);
    const lastComparisonMs = performance.now() - c0;

    const [done, failed, claims, groups, s] = await Promise.all([
      db.article.count({ where: { storyId: story.id, status: "done" } }),
      db.article.count({ where: { storyId: story.id, status: "failed" } }),
      db.claim.count({ where: { article: { storyId: story.id } } }),
      db.claimGroup.count({ where: { storyId: story.id } }),
      db.story.findUniqueOrThrow({ where: { id: story.id }, select: { comparisonError: true } }),
    ]);
    return {
      storyId: story.id, articles: articles.length, done, failed, claims, groups, comparisonError: s.comparisonError,
      failedBatches, failedComparisons, firstError, startedAt, endedAt, warmupMs, lastComparisonMs,
    };
  } finally {
    await db.$disconnect();
  }
}

/** Imports a 200-article story into the database in a child process; also used by the load bench. */
export function importInChild(opts: ImportOptions): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "bench", "ingest.ts"), "--worker", JSON.stringify(opts)], {
      cwd: ROOT,
      env: { ...process.env, NODE_OPTIONS: "" },
      // stderr kept for a failure report: the data layer logs every failed comparison with its stack
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), WORKER_LIMIT_MS);
    // a bench stopped early (Ctrl-C, its time limit) does not leave the import running
    const orphan = () => child.kill("SIGKILL");
    process.once("exit", orphan);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      process.off("exit", orphan);
      const line = out.split("\n").find((l) => l.startsWith(RESULT));
      const lockTimeouts = out.split("Operation has timed out").length - 1;
      if (code === 0 && line) resolve({ ...(JSON.parse(line.slice(RESULT.length)) as ImportResult), lockTimeouts });
      else reject(new Error(`import worker stopped (${signal ?? `exit ${code}`}):\n${out.slice(-2000)}`));
    });
  });
}

const lastComparison = (r: ImportResult) => (r.comparisonError ? `failed (${r.comparisonError})` : `${(r.lastComparisonMs / 1000).toFixed(2)} s`);
/** analysed articles per second: failed ones are not throughput */
const rate = (articles: number, ms: number) => (articles / (ms / 1000)).toFixed(2);

function describe(r: ImportResult): string {
  const batches = Math.ceil(r.articles / BATCH);
  const failed = [
    r.failed ? `${r.failed} articles failed` : "",
    r.failedBatches ? `${r.failedBatches}/${batches} batches refused` : "",
    r.failedComparisons ? `comparison failed after ${r.failedComparisons}/${batches} batches` : "",
  ].filter(Boolean);
  if (r.lockTimeouts) failed.push(`"Operation has timed out" (P1008, SQLite lock wait) ${r.lockTimeouts}x in the log`);
  const errors = failed.length ? `; FAILURES: ${failed.join(", ")}${r.firstError ? `; first refusal: ${r.firstError}` : ""}` : "";
  return `${r.done}/${r.articles} analysed, ${r.claims} claims, ${r.groups} claim groups${errors}`;
}

export async function runIngestBench(): Promise<void> {
  const real = loadRealArticles(ARTICLES);
  if (!real) {
    console.log(`ingest: skipped (no PolNeAR or hand-judged story articles under ${SHARED_DIR})`);
    return;
  }
  // other work on the machine moves these figures; say how busy it was
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} at the start`);
  console.log(`articles: ${real.source}; batches of ${BATCH} (addArticles, then analyzeStory: analysis + comparison per batch)`);
  const dirs: string[] = [];
  const tempDb = (name: string) => {
    const d = createTempDatabase(name);
    dirs.push(d.dir);
    return d.url;
  };
  try {
    const one = await importInChild({ databaseUrl: tempDb("bench-ingest-1"), title: "Ingest bench, 1 worker" });
    const oneMs = one.endedAt - one.startedAt;
    console.log(`1 worker (1 process):   ${rate(one.done, oneMs).padStart(6)} articles/s   ${(oneMs / 1000).toFixed(1)} s for ${one.articles}   (${describe(one)}; analysis process start ${(one.warmupMs / 1000).toFixed(1)} s, not counted)`);
    console.log(`  last comparison (${one.done} articles, run again alone): ${lastComparison(one)}`);

    const shared = tempDb("bench-ingest-2");
    const two = await Promise.all(["A", "B"].map((s) => importInChild({ databaseUrl: shared, title: `Ingest bench, 2 workers, story ${s}` })));
    const wallMs = Math.max(...two.map((r) => r.endedAt)) - Math.min(...two.map((r) => r.startedAt));
    const total = two.reduce((n, r) => n + r.articles, 0);
    const done = two.reduce((n, r) => n + r.done, 0);
    console.log(`2 workers (2 processes, 2 stories, 1 SQLite file): ${rate(done, wallMs)} articles/s together   ${(wallMs / 1000).toFixed(1)} s for ${total}, ${done} analysed`);
    two.forEach((r, i) => {
      const ms = r.endedAt - r.startedAt;
      console.log(`  process ${i + 1}: ${rate(r.done, ms)} articles/s, last comparison ${lastComparison(r)} (${describe(r)})`);
    });
    console.log("  note: there is no job queue yet; \"workers\" here are separate processes each running the import in-line, as the import request does");
    console.log("  articles/s counts analysed articles only; a refused batch or a failed article is not throughput");
    console.log("PostgreSQL: not available: PostgreSQL mode is not built yet");
  } finally {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf("--worker");
  if (at >= 0) {
    const result = await importStory(JSON.parse(process.argv[at + 1]) as ImportOptions);
    console.log(RESULT + JSON.stringify(result));
    // the analysis child process is unref'd, but exit promptly rather than wait on it
    process.exit(0);
  } else await runIngestBench();
}
