// Load: requests/s and p50/p99 latency of the story page, the matrix API, a claim group's page, the
// claims API and the home page at 1, 10 and 50 concurrent clients, against the built app serving
// 200-article stories (generated, 40 outlets; and the real PolNeAR articles when ../shared has them)
// from a temp SQLite database; and the size of each page and of the story's other views. The app is built and started by scripts/start.mjs on 127.0.0.1, a free port in
// 3310-3330, with its own build folder; server, database and build folder are removed afterwards.
// Every run is bounded (RUN_MS or RUN_REQUESTS, whichever first) and the whole bench by BENCH_LIMIT_MS.
// Client and server share the machine's cores, so the figures are a floor for a separate client.
//
//   npm run bench -- load     (not part of a plain `npm run bench`: it builds the app, ~3 min)
//
// For quick iterations: LOAD_ONLY=story measures only the rows whose label starts with it, or with one
// of several prefixes separated by "|" (labels hold commas), and skips the other views' sizes;
// LOAD_STORIES=generated imports only that story (the real one takes minutes).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { createTempDatabase, ROOT } from "../tests/helpers/temp-db";
import { importInChild } from "./ingest";
import { loadRealArticles } from "./real-articles";

const HOST = "127.0.0.1";
const PORTS = { first: 3310, last: 3330 };
const DIST_DIR = ".next-bench-load";
const CLIENTS = [1, 10, 50];
const RUN_MS = 10_000;
const RUN_REQUESTS = 2_000;
const REQUEST_TIMEOUT_MS = 30_000;
/** a request timed out by a run is still rendered by the server: the next run waits for the backlog */
const SETTLE_TIMEOUT_MS = 120_000;
/** build (~3 min) + imports (~3 min on a busy machine) + 21 runs of at most 10 s (and their backlog) + warm-up */
const BENCH_LIMIT_MS = 15 * 60_000;
const START_LIMIT_MS = 6 * 60_000;

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer().once("error", () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  for (let p = PORTS.first; p <= PORTS.last; p++) if (await portFree(p)) return p;
  throw new Error(`no free port in ${PORTS.first}-${PORTS.last}`);
}

const TSCONFIG = path.join(ROOT, "tsconfig.json");

/**
 * `next build` adds the build folder's type globs to tsconfig.json. Put the file back as it was, but
 * only when that is the sole change, so an edit someone else made meanwhile is never lost.
 */
function undoTsconfigEdit(before: string): void {
  const now = fs.readFileSync(TSCONFIG, "utf8");
  if (now === before) return;
  const parsed = JSON.parse(now) as { include?: string[] };
  parsed.include = parsed.include?.filter((p) => !p.startsWith(`${DIST_DIR}/`));
  if (JSON.stringify(parsed) === JSON.stringify(JSON.parse(before))) fs.writeFileSync(TSCONFIG, before);
  else console.log(`load: tsconfig.json changed during the build beyond next's ${DIST_DIR} globs; left as is, check it`);
}

interface RunResult {
  requests: number;
  errors: number;
  ms: number;
  latencies: number[];
}

/** requests made with "{n}" in their URL, over all runs: each such URL is asked for once */
let numbered = 0;

/** `clients` loops fetching `url` until RUN_MS has passed or RUN_REQUESTS were started; "{n}" in it becomes a number never used before. */
async function loadRun(url: string, clients: number, headers: Record<string, string> = {}): Promise<RunResult> {
  const latencies: number[] = [];
  let started = 0;
  let errors = 0;
  const t0 = performance.now();
  const client = async () => {
    while (started < RUN_REQUESTS && performance.now() - t0 < RUN_MS) {
      started++;
      const t = performance.now();
      try {
        const res = await fetch(url.replace("{n}", () => String(++numbered)), { headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
        await res.arrayBuffer();
        if (!res.ok) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return { requests: started, errors, ms: performance.now() - t0, latencies };
}

/** One request with a long timeout: waits out what the previous run left queued; gives the body size. */
async function settle(url: string, headers: Record<string, string> = {}): Promise<number> {
  const res = await fetch(url, { headers, signal: AbortSignal.timeout(SETTLE_TIMEOUT_MS) });
  const bytes = (await res.arrayBuffer()).byteLength;
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return bytes;
}

/** The session cookie of the viewer demo account (created with the sample story on first start). */
async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email: "viewer@parallax.local", password: "parallax-demo" }),
  });
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0]);
  if (!res.ok || !cookies.length) throw new Error(`signing in as the demo viewer failed: HTTP ${res.status}`);
  return cookies.join("; ");
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    // only the process group this bench started: start.mjs, next and its analysis child
    const force = setTimeout(() => process.kill(-pid, "SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    process.kill(-pid, "SIGTERM");
  });
}

export async function runLoadBench(): Promise<void> {
  // other work on the machine moves these figures; say how busy it was
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} at the start`);
  const { url: databaseUrl, dir } = createTempDatabase("bench-load");
  const tsconfigBefore = fs.readFileSync(TSCONFIG, "utf8");
  let server: ChildProcess | null = null;
  let cleaned: Promise<void> | null = null;
  const cleanup = () =>
    (cleaned ??= (async () => {
      if (server) await stopServer(server);
      undoTsconfigEdit(tsconfigBefore);
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(path.join(ROOT, DIST_DIR), { recursive: true, force: true });
    })());
  const interrupted = (signal: NodeJS.Signals) => {
    console.log(`load: ${signal}, stopping the server and removing the temp files`);
    void cleanup().then(() => process.exit(130));
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  const overtime = setTimeout(() => {
    console.log(`load: over ${BENCH_LIMIT_MS / 60_000} min, stopped`);
    void cleanup().then(() => process.exit(1));
  }, BENCH_LIMIT_MS);
  try {
    const port = await freePort();
    const base = `http://${HOST}:${port}`;
    // the shape (200 articles, 40 outlets) generated with a seeded PRNG, and the 200 real
    // articles when ../shared has them (7 outlets, far more claims); imported one after the other,
    // as two imports at once into one SQLite file fail (see the ingest bench)
    const kinds = [...(loadRealArticles() ? [{ generated: false, label: "real" }] : []), { generated: true, label: "generated" }]
      .filter((k) => !process.env.LOAD_STORIES || process.env.LOAD_STORIES.split(",").includes(k.label));
    const stories: { label: string; id: string }[] = [];
    for (const { generated, label } of kinds) {
      const r = await importInChild({ databaseUrl, title: `Load bench story (${label})`, generated });
      const outlets = generated ? "generated (seeded) articles, 40 outlets" : "real PolNeAR articles, 7 outlets";
      console.log(`story (${label}): ${r.done}/${r.articles} ${outlets}, ${r.claims} claims, ${r.groups} claim groups`);
      stories.push({ label, id: r.storyId });
    }

    let log = "";
    const child = spawn(process.execPath, [path.join(ROOT, "scripts", "start.mjs")], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), HOST, DATABASE_URL: databaseUrl, NEXT_DIST_DIR: DIST_DIR, NODE_OPTIONS: "" },
      stdio: ["ignore", "pipe", "pipe"],
      // its own process group, so stopping it stops next and the analysis child too
      detached: true,
    });
    server = child;
    child.stdout?.on("data", (d) => (log += d));
    child.stderr?.on("data", (d) => (log += d));
    const s0 = performance.now();
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server stopped:\n${log.slice(-2000)}`);
      const up = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
      if (up) break;
      if (performance.now() - s0 > START_LIMIT_MS) throw new Error(`the server did not start in ${START_LIMIT_MS / 60_000} min:\n${log.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 1_000));
    }
    // the build is done: give tsconfig.json back now rather than after the runs
    undoTsconfigEdit(tsconfigBefore);
    console.log(`server: build + start ${((performance.now() - s0) / 1000).toFixed(0)} s, ${base}; each run ${RUN_MS / 1000} s or ${RUN_REQUESTS} requests, whichever first`);

    // the generated story has the shape (40 outlets): its matrix API and its most contested group
    const generated = stories.find((st) => st.label === "generated") ?? stories[0];
    const matrix = (await fetch(`${base}/api/stories/${generated.id}/matrix`).then((r) => r.json())) as { matrix?: { rows: { groupId: string }[] } };
    const topGroup = matrix.matrix?.rows[0]?.groupId;
    const only = process.env.LOAD_ONLY?.split("|").filter(Boolean);
    // readers without a session share pages (lib/http/page-microcache.ts); a signed-in reader's story
    // page is kept for them while they and the story are unchanged: the second row asks for another
    // URL each time (an unknown query parameter), so each request renders, as after a change
    const session = { cookie: await signIn(base) };
    const all: [string, string, Record<string, string>?][] = [
      ...stories.map((st): [string, string] => [`story page (${st.label})`, `/stories/${st.id}`]),
      [`story page (${generated.label}, signed in)`, `/stories/${generated.id}`, session],
      [`story page (${generated.label}, signed in), rendered each time`, `/stories/${generated.id}?request={n}`, session],
      [`matrix API (${generated.label})`, `/api/stories/${generated.id}/matrix`],
      ...(topGroup ? [[`group page (${generated.label}, most contested)`, `/stories/${generated.id}/groups/${topGroup}`] as [string, string]] : []),
      ["claims API (limit 100)", `/api/stories/${stories[0].id}/claims?limit=100`],
      ["home page", "/"],
    ];
    const pages = all.filter(([label]) => !only?.length || only.some((prefix) => label.startsWith(prefix)));
    // the story's other views are measured for size only: the load runs hit its default view
    for (const st of only?.length ? [] : stories) {
      for (const view of ["?outlets=2", "?view=charts", "?view=timeline"]) {
        try {
          await settle(`${base}/stories/${st.id}${view}`);
          const bytes = await settle(`${base}/stories/${st.id}${view}`);
          console.log(`story page (${st.label}) ${view}: ${(bytes / 1024).toFixed(0)} KB HTML`);
        } catch (e) {
          console.log(`story page (${st.label}) ${view}: failed: ${(e as Error).message}`);
        }
      }
    }
    const fifty = new Map<string, { rps: number; p99: number }>();
    for (const [label, route, headers = {}] of pages) {
      const shown = route.replace(/stories\/[^/?]+/, "stories/<id>").replace(/groups\/[^/?]+/, "groups/<id>");
      try {
        // warm-up, and the size of what a reader downloads
        let bytes = 0;
        for (let i = 0; i < 3; i++) bytes = await settle(base + route, headers);
        console.log(`${label} (${shown}): ${(bytes / 1024).toFixed(0)} KB${route.startsWith("/api") ? " JSON" : " HTML (target <= 300 KB)"}`);
        for (const clients of CLIENTS) {
          await settle(base + route, headers);
          const r = await loadRun(base + route, clients, headers);
          const sorted = r.latencies.sort((a, b) => a - b);
          const rps = (r.requests - r.errors) / (r.ms / 1000);
          const p99 = percentile(sorted, 0.99);
          if (clients === 50) fifty.set(label, { rps, p99 });
          const errors = r.errors ? `, ${r.errors} failed or timed out after ${REQUEST_TIMEOUT_MS / 1000} s` : "";
          console.log(`  ${String(clients).padStart(2)} clients: ${rps.toFixed(1).padStart(7)} req/s   p50 ${percentile(sorted, 0.5).toFixed(0).padStart(5)} ms   p99 ${p99.toFixed(0).padStart(5)} ms   (${r.requests} requests in ${(r.ms / 1000).toFixed(1)} s${errors})`);
        }
      } catch (e) {
        console.log(`${label} (${shown}): not measured further, a single request failed: ${(e as Error).message}`);
      }
    }
    for (const label of [...stories.map((st) => `story page (${st.label})`), `story page (${generated.label}, signed in)`, `story page (${generated.label}, signed in), rendered each time`]) {
      const r = fifty.get(label);
      if (r) console.log(`${label} at 50 clients: ${r.rps.toFixed(1)} req/s (target >= 100), p99 ${(r.p99 / 1000).toFixed(2)} s (target < 1 s)`);
    }
  } finally {
    clearTimeout(overtime);
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    await cleanup();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runLoadBench();
}
