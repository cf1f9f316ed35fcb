// Usage: npm run score:clusters [-- <files or directories...>]   (default: ../shared/dev/stories/articles)
// Scores `npm run cli -- cluster --json` (batch and --incremental) against the true stories in the
// news-please JSONs (`newsCluster.EventId`, read here only): adjusted Rand index and B-cubed
// precision / recall / F1. Then the sensitivity: the same scores with the threshold moved by
// ±0.05 and ±0.1, the time half-life halved and doubled and the title match moved by ±0.1 (library
// calls, same ingest).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { adjustedRandIndex, bCubed, DEFAULT_OPTIONS } from "../lib/cluster/index.ts";
import { collectInputs, readInputs } from "../cli/inputs.ts";
import { clusterInputs } from "../cli/cluster.ts";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const paths = args.length > 0 ? args : [path.resolve(root, "../shared/dev/stories/articles")];

/** The story label of a news-please file: newsCluster is an object or its Python repr. */
function trueStory(file) {
  const nc = JSON.parse(fs.readFileSync(file, "utf8")).newsCluster;
  if (nc && typeof nc === "object") return String(nc.EventId ?? nc.Event);
  const m = String(nc).match(/'EventId':\s*(\d+)/) ?? String(nc).match(/'Event':\s*'([^']*)'/);
  if (!m) throw new Error(`${file}: no newsCluster story`);
  return m[1];
}

function score(clusters) {
  const predicted = new Map();
  for (const c of clusters) for (const a of c.articles) predicted.set(a, c.id);
  const files = [...predicted.keys()];
  const truth = files.map(trueStory);
  const labels = files.map((f) => predicted.get(f));
  const b = bCubed(truth, labels);
  return { n: files.length, clusters: clusters.length, ari: adjustedRandIndex(truth, labels), ...b };
}

const fmt = (s) =>
  `${String(s.n).padStart(4)} articles  ${String(s.clusters).padStart(4)} clusters  ARI ${s.ari.toFixed(3)}  B3 P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`;

const targets = { batch: 0.95, incremental: 0.92 };
for (const mode of ["batch", "incremental"]) {
  const cli = ["--import", "tsx", path.join(root, "cli/main.ts"), "cluster", "--json", ...(mode === "incremental" ? ["--incremental"] : []), ...paths];
  // exit code 1 only says that some input was unreadable (reported on stderr); the JSON is still there
  const run = spawnSync(process.execPath, cli, { cwd: root, maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"] });
  if (run.status !== 0 && run.status !== 1) throw new Error(`cluster command failed (exit ${run.status})`);
  const s = score(JSON.parse(run.stdout.toString()).clusters);
  console.log(`${mode.padEnd(12)} ${fmt(s)}   (targets: ARI and F1 >= ${targets[mode]})`);
}

const d = DEFAULT_OPTIONS;
console.log(`\nsensitivity (defaults: threshold ${d.threshold}, nearest ${d.nearest}, half-life ${d.halfLifeDays} days, title match ${d.titleMatch})`);
const { files } = await collectInputs(paths);
const { inputs } = await readInputs(files);
const steps = [-0.1, -0.05, 0.05, 0.1];
const variants = [
  ...steps.map((s) => ({ name: `threshold ${(d.threshold + s).toFixed(2)}`, tuning: { threshold: d.threshold + s } })),
  ...steps.map((s) => ({ name: `nearest ${(d.nearest + s).toFixed(2)}`, tuning: { nearest: d.nearest + s } })),
  ...[0.5, 2].map((f) => ({ name: `half-life ${d.halfLifeDays * f} days`, tuning: { halfLifeDays: d.halfLifeDays * f } })),
  ...[-0.1, 0.1].map((s) => ({ name: `title match ${(d.titleMatch + s).toFixed(2)}`, tuning: { titleMatch: d.titleMatch + s } })),
];
for (const v of variants) {
  // a threshold of 0 would merge everything that shares a word: not a setting anyone would use
  if ((v.tuning.threshold ?? 1) <= 0) continue;
  for (const incremental of [false, true]) {
    const s = score(clusterInputs(inputs, { incremental, tuning: v.tuning }).output.clusters);
    console.log(`${v.name.padEnd(20)} ${(incremental ? "incremental" : "batch").padEnd(12)} ${fmt(s)}`);
  }
}
