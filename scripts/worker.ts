// `npm run worker`: one job worker on its own (`npm start` runs one beside the web server). It reads
// DATABASE_URL like the server. SIGTERM, SIGINT or its parent going away stop it after the job under
// way (at most GRACE_MS later; a job cut short is taken over when its lease runs out).
import { db } from "../lib/db";
import { jobQueue } from "../lib/jobs/queue";
import { newWorkerId, runWorker } from "../lib/jobs/worker";
import { startAnalysisProcess } from "../lib/jobs/analysis-process";

const GRACE_MS = 20_000;
const workerId = newWorkerId();
const stopping = new AbortController();

function stop(why: string) {
  if (stopping.signal.aborted) process.exit(0);
  console.log(`parallax worker: ${why}; stopping after the job under way`);
  stopping.abort();
  setTimeout(() => process.exit(0), GRACE_MS).unref();
}
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
// started by scripts/start.mjs with an IPC channel: a server that dies takes its worker with it
process.on("disconnect", () => stop("the server stopped"));

console.log(`parallax worker ${workerId}: taking jobs`);
// loaded while the queue is still empty, so the first small import is not held up by it
startAnalysisProcess().then(
  () => console.log(`parallax worker ${workerId}: analysis process ready`),
  (e: Error) => console.error(`parallax worker ${workerId}: the analysis process did not start (${e.message}); the next job starts it again`),
);
const queue = jobQueue();
await runWorker(queue, { workerId, signal: stopping.signal });
await queue.close();
await db.$disconnect();
process.exit(0);
