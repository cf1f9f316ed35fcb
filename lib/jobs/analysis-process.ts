import "server-only";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { ArticleAnalysis } from "../analysis/types";
import type { Comparison, StoryArticleInput } from "../compare/types";
import { READY, type AnalysisReply, type AnalysisRequest } from "./analysis-messages";

/**
 * Analysis and comparison run in a child process, never on the web server's event loop: a 2 MB
 * article that takes minutes to analyse slows nothing else, and work that takes longer than the
 * limit is stopped (the child is killed and started afresh) and recorded as failed.
 */
export const ANALYSIS_TIMEOUT_MS = Number(process.env.PARALLAX_ANALYSIS_TIMEOUT_MS) || 120_000;

export class AnalysisTimeout extends Error {}

/** How long the child may take to load its modules before it counts as broken. */
const STARTUP_LIMIT_MS = 60_000;

interface Pending {
  resolve: (r: Extract<AnalysisReply, { ok: true }>) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

interface Worker {
  child: ChildProcess;
  pending: Map<number, Pending>;
  next: number;
  /** settles when the child has loaded its modules (or stopped before it did) */
  ready: Promise<void>;
}

// one child per server process, kept across hot reloads in development
const holder = globalThis as unknown as { __parallaxAnalysis?: Worker };

function start(): Worker {
  // spawned rather than forked: the bundler reads fork()'s first argument as a module to bundle
  const script = path.join(process.cwd(), "scripts", "analysis-worker.ts");
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", script], {
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let loaded: () => void = () => {};
  let failed: (e: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    loaded = resolve;
    failed = reject;
  });
  // a child that stops after loading settles nothing more; one that stops before is awaited by ask()
  ready.catch(() => {});
  const w: Worker = { child, pending: new Map(), next: 1, ready };
  child.on("message", (m: AnalysisReply | typeof READY) => {
    if (m === READY) return loaded();
    const p = w.pending.get(m.id);
    if (!p) return;
    w.pending.delete(m.id);
    clearTimeout(p.timer);
    if (m.ok) p.resolve(m);
    else p.reject(new Error(m.message));
  });
  child.on("exit", () => {
    failed(new Error("the analysis process stopped"));
    if (holder.__parallaxAnalysis === w) holder.__parallaxAnalysis = undefined;
    for (const p of w.pending.values()) {
      clearTimeout(p.timer);
      p.reject(new Error("the analysis process stopped"));
    }
    w.pending.clear();
  });
  // the server may exit while the child is idle
  child.unref();
  child.channel?.unref();
  return w;
}

function worker(): Worker {
  const w = holder.__parallaxAnalysis;
  if (w && w.child.connected) return w;
  return (holder.__parallaxAnalysis = start());
}

/** Sends one request to the child process and waits at most ANALYSIS_TIMEOUT_MS for its reply (once the child has loaded). */
async function ask(request: DistributiveOmit<AnalysisRequest, "id">, what: string): Promise<Extract<AnalysisReply, { ok: true }>> {
  const w = worker();
  // the pending timer also keeps the server's event loop from ending while the child loads
  let startup: NodeJS.Timeout | undefined;
  const tooSlow = new Promise<never>((_, reject) => {
    startup = setTimeout(() => reject(new Error("the analysis process did not start")), STARTUP_LIMIT_MS);
  });
  await Promise.race([w.ready, tooSlow]).finally(() => clearTimeout(startup));
  const id = w.next++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      w.pending.delete(id);
      reject(new AnalysisTimeout(`${what} took longer than ${Math.round(ANALYSIS_TIMEOUT_MS / 1000)} s; the input is too long or too unusual`));
      // the child may be stuck in this work: replace it (the next request goes to a fresh one)
      if (holder.__parallaxAnalysis === w) holder.__parallaxAnalysis = undefined;
      w.child.kill("SIGKILL");
    }, ANALYSIS_TIMEOUT_MS);
    w.pending.set(id, { resolve, reject, timer });
    w.child.send({ ...request, id } as AnalysisRequest);
  });
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Starts the child process ahead of the first request (a worker does at start: loading takes seconds); settles when it has loaded. */
export function startAnalysisProcess(): Promise<void> {
  return worker().ready;
}

/** Analyses one article in the child process. */
export async function analyzeInProcess(body: string, publishedAt: string | null, storyReferenceDate: Date | null): Promise<ArticleAnalysis> {
  const r = await ask({ kind: "analyze", body, publishedAt, storyReferenceDate: storyReferenceDate?.toISOString() ?? null }, "analysis");
  return r.analysis!;
}

/** Compares a story's articles in the child process. */
export async function compareInProcess(articles: StoryArticleInput[]): Promise<Comparison> {
  const r = await ask({ kind: "compare", articles }, "the comparison");
  return r.comparison!;
}
