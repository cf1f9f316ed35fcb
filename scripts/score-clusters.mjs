// Usage: npm run score:clusters [-- [--confusion] [--heldout] <files or directories...>]
//        (default: ../shared/dev/stories/articles)
// Scores `npm run cli -- cluster --json` (batch and --incremental) against the true stories in the
// news-please JSONs (`newsCluster.EventId`, read here only): adjusted Rand index and B-cubed
// precision / recall / F1. Then the sensitivity: the same scores with the threshold and the nearest
// moved by ±0.05 and ±0.1, the cohesion and the title match by ±0.1 and the time half-life halved and
// doubled (library calls, same ingest).
//   --confusion  every true story that is split or shares a cluster: where its articles went, and
//                for each article outside the story's largest cluster its title, dates and its
//                mean and highest similarity (cosine, and times the time factor) to that cluster.
//   --heldout    parameters chosen on held-out stories: the stories are split in two random halves
//                (5 seeded splits); on each half the setting (the defaults, a sensitivity variant or
//                a point of the half-life x title match grid) with the best mean of the four figures
//                is picked and scored on the other half. Prints each setting's mean over the halves.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { adjustedRandIndex, bCubed, clusterBatch, clusterIncremental, DEFAULT_OPTIONS } from "../lib/cluster/index.ts";
import { prepare, similarity } from "../lib/cluster/similarity.ts";
import { cosine, DocumentFrequencies, weightVector } from "../lib/cluster/weights.ts";
import { analyzeInputs } from "../cli/analyze.ts";
import { collectInputs, readInputs } from "../cli/inputs.ts";

const root = path.resolve(import.meta.dirname, "..");
const argv = process.argv.slice(2);
const flags = new Set(argv.filter((a) => a.startsWith("--")));
const args = argv.filter((a) => !a.startsWith("--"));
const paths = args.length > 0 ? args : [path.resolve(root, "../shared/dev/stories/articles")];

/** The story label of a news-please file: newsCluster is an object or its Python repr. */
function trueStory(file) {
  const nc = JSON.parse(fs.readFileSync(file, "utf8")).newsCluster;
  if (nc && typeof nc === "object") return String(nc.EventId ?? nc.Event);
  const m = String(nc).match(/'EventId':\s*(\d+)/) ?? String(nc).match(/'Event':\s*'([^']*)'/);
  if (!m) throw new Error(`${file}: no newsCluster story`);
  return m[1];
}

/** The story's name for the confusion listing (the label is its number). */
function storyName(file) {
  const nc = JSON.parse(fs.readFileSync(file, "utf8")).newsCluster;
  return String(nc && typeof nc === "object" ? nc.Event : (String(nc).match(/'Event':\s*'([^']*)'/)?.[1] ?? "?"));
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
const results = {};
for (const mode of ["batch", "incremental"]) {
  const cli = ["--import", "tsx", path.join(root, "cli/main.ts"), "cluster", "--json", ...(mode === "incremental" ? ["--incremental"] : []), ...paths];
  // exit code 1 only says that some input was unreadable (reported on stderr); the JSON is still there
  const run = spawnSync(process.execPath, cli, { cwd: root, maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"] });
  if (run.status !== 0 && run.status !== 1) throw new Error(`cluster command failed (exit ${run.status})`);
  results[mode] = JSON.parse(run.stdout.toString()).clusters;
  console.log(`${mode.padEnd(12)} ${fmt(score(results[mode]))}   (targets: ARI and F1 >= ${targets[mode]})`);
}

const { files } = await collectInputs(paths);
const { inputs } = await readInputs(files);
const { articles } = analyzeInputs(inputs, { compare: false });
const docs = articles.map((a) => ({ id: a.source, title: a.title, body: a.body, publishedAt: a.publishedAt }));
const groupBy = (xs, key) => {
  const out = new Map();
  for (const x of xs) out.set(key(x), [...(out.get(key(x)) ?? []), x]);
  return out;
};
const cluster = (subset, incremental, tuning) => (incremental ? clusterIncremental(subset, tuning) : clusterBatch(subset, tuning));

if (flags.has("--confusion")) {
  const d = DEFAULT_OPTIONS;
  const prepared = docs.map(prepare);
  const df = new DocumentFrequencies();
  for (const p of prepared) df.add(p.terms.keys());
  const vectors = prepared.map((p) => weightVector(p.terms, df));
  const day = (n) => new Date(n * 86_400_000).toISOString().slice(0, 10);
  const story = docs.map((doc) => trueStory(doc.id));
  for (const mode of ["batch", "incremental"]) {
    console.log(`\nconfusion (${mode})`);
    const predicted = new Map(results[mode].flatMap((c) => c.articles.map((a) => [a, c.id])));
    const label = docs.map((doc) => predicted.get(doc.id));
    for (const s of [...new Set(story)]) {
      const members = docs.map((_, i) => i).filter((i) => story[i] === s);
      const byCluster = groupBy(members, (i) => label[i]);
      const guests = (c) => docs.map((_, j) => j).filter((j) => label[j] === c && story[j] !== s);
      if (byCluster.size === 1 && guests(label[members[0]]).length === 0) continue;
      console.log(`  ${storyName(docs[members[0]].id)} (${members.length} articles)`);
      const main = [...byCluster.values()].sort((x, y) => y.length - x.length)[0];
      for (const [c, is] of byCluster) {
        const others = groupBy(guests(c), (j) => storyName(docs[j].id));
        const with_ = [...others].map(([name, js]) => `${js.length} of ${name}`).join(", ");
        console.log(`    ${c}: ${is.length}${with_ ? ` with ${with_}` : ""}`);
        if (is === main) continue;
        for (const i of is) {
          const cos = main.map((j) => cosine(vectors[i], vectors[j]));
          const sims = main.map((j) => similarity(vectors[i], prepared[i].days, vectors[j], prepared[j].days, d.halfLifeDays));
          const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
          console.log(
            `      ${path.basename(docs[i].id).slice(0, 8)} "${(docs[i].title ?? "").slice(0, 70)}" ${docs[i].body.split(/\s+/).length} words${prepared[i].stub ? " (stub)" : ""}, days ${prepared[i].days.map(day).join(" ") || "none"}`,
          );
          console.log(`        to ${main.length} in ${label[main[0]]} (${day(Math.min(...main.map((j) => prepared[j].days[0])))}..): cosine mean ${mean(cos).toFixed(3)} max ${Math.max(...cos).toFixed(3)}, x time mean ${mean(sims).toFixed(3)} max ${Math.max(...sims).toFixed(3)}`);
        }
      }
    }
  }
}

const d = DEFAULT_OPTIONS;
const steps = [-0.1, -0.05, 0.05, 0.1];
const variants = [
  ...steps.map((s) => ({ name: `threshold ${(d.threshold + s).toFixed(2)}`, tuning: { threshold: d.threshold + s } })),
  ...steps.map((s) => ({ name: `nearest ${(d.nearest + s).toFixed(2)}`, tuning: { nearest: d.nearest + s } })),
  ...[-0.1, 0.1].map((s) => ({ name: `cohesion ${(d.cohesion + s).toFixed(2)}`, tuning: { cohesion: d.cohesion + s } })),
  ...[0.5, 2].map((f) => ({ name: `half-life ${d.halfLifeDays * f} days`, tuning: { halfLifeDays: d.halfLifeDays * f } })),
  ...[-0.1, 0.1].map((s) => ({ name: `title match ${(d.titleMatch + s).toFixed(2)}`, tuning: { titleMatch: d.titleMatch + s } })),
  // a threshold of 0 would merge everything that shares a word: not a setting anyone would use
].filter((v) => (v.tuning.threshold ?? 1) > 0);

console.log(`\nsensitivity (defaults: threshold ${d.threshold}, nearest ${d.nearest}, cohesion ${d.cohesion}, half-life ${d.halfLifeDays} days, title match ${d.titleMatch})`);
for (const v of variants) {
  for (const incremental of [false, true]) {
    const s = score(cluster(docs, incremental, v.tuning));
    console.log(`${v.name.padEnd(20)} ${(incremental ? "incremental" : "batch").padEnd(12)} ${fmt(s)}`);
  }
}

if (flags.has("--heldout")) {
  const stories = [...new Set(docs.map((doc) => trueStory(doc.id)))].sort();
  // seeded shuffles (a linear congruential generator), so that the splits are the same every run
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const halves = [];
  for (let k = 0; k < 5; k++) {
    const order = stories.map((s) => ({ s, r: random() })).sort((x, y) => x.r - y.r).map((x) => x.s);
    const first = new Set(order.slice(0, Math.ceil(order.length / 2)));
    halves.push(first, new Set(stories.filter((s) => !first.has(s))));
  }
  // the sensitivity variants and a grid of the two settings the dev set informed
  const grid = [30, 45, 60, 90, 120].flatMap((halfLifeDays) =>
    [0.3, 0.35, 0.4].map((titleMatch) => ({ name: `half-life ${halfLifeDays} days, title match ${titleMatch}`, tuning: { halfLifeDays, titleMatch } })),
  );
  const candidates = [{ name: "defaults", tuning: {} }, ...variants, ...grid];
  // figures[candidate][half] = [batch ARI, batch F1, incremental ARI, incremental F1]
  const figures = candidates.map((c) =>
    halves.map((half) => {
      const subset = docs.filter((doc) => half.has(trueStory(doc.id)));
      return [false, true].flatMap((incremental) => {
        const s = score(cluster(subset, incremental, c.tuning));
        return [s.ari, s.f1];
      });
    }),
  );
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const heldOut = [];
  const atDefaults = [];
  const picks = [];
  halves.forEach((_, h) => {
    const other = h ^ 1;
    let best = 0;
    figures.forEach((f, c) => mean(f[h]) > mean(figures[best][h]) + 1e-9 && (best = c));
    picks.push(candidates[best].name);
    heldOut.push(figures[best][other]);
    atDefaults.push(figures[0][other]);
  });
  const column = (rows, k) => mean(rows.map((r) => r[k])).toFixed(3);
  const line = (rows) => `batch ARI ${column(rows, 0)} F1 ${column(rows, 1)}   incremental ARI ${column(rows, 2)} F1 ${column(rows, 3)}`;
  console.log(`\nheld out (${halves.length} halves of ${stories.length} stories, each scored with the setting picked on its complement)`);
  console.log(`  picked:      ${picks.join("; ")}`);
  console.log(`  held out:    ${line(heldOut)}`);
  console.log(`  defaults:    ${line(atDefaults)}`);
  console.log("  mean over all halves:");
  candidates.forEach((c, k) => console.log(`    ${c.name.padEnd(38)} ${line(figures[k])}`));
}
