// Benchmark of lib/cluster: 10,000 generated articles (seeded PRNG) from a few thousand stories over
// two years, words drawn from a generated vocabulary with Zipf-like frequencies, each story with its
// own names and topic words and a Zipf-like number of reports (most one to three, at most 40).
// Clusters 1,000 consecutive articles by date (an inbox's weeks: stories keep their sizes, there are
// fewer of them) and all 10,000, batch and incremental.
// Run: npm run bench -- cluster. Target: t(10,000) <= 15 x t(1,000) (near-linear thanks to blocking).

import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { adjustedRandIndex, bCubed, clusterBatch, clusterIncremental, type ClusterInput, type StoryCluster } from "../lib/cluster/index";
import { mulberry32 } from "./prng";

const ARTICLES = 10_000;
/** The most reports one story gets: sizes are bounded as in a real inbox's weeks. */
const MAX_REPORTS = 40;
const VOCABULARY = 20_000;
const SYLLABLES = "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu".split(" ");

export function generateArticles(n = ARTICLES, seed = 7): { inputs: ClusterInput[]; truth: string[] } {
  const rnd = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const word = (syllables: number) => Array.from({ length: syllables }, () => SYLLABLES[int(0, SYLLABLES.length - 1)]).join("");
  const vocab = Array.from({ length: VOCABULARY }, (_, i) => word(2 + (i % 3)));
  // Zipf (s = 1): the r-th word has weight 1/r; sampled by inverting the cumulative sum
  const cumulative: number[] = [];
  vocab.reduce((sum, _, r) => (cumulative[r] = sum + 1 / (r + 1)), 0);
  const zipf = () => {
    const x = rnd() * cumulative[cumulative.length - 1];
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return vocab[lo];
  };
  const capital = (w: string) => w[0].toUpperCase() + w.slice(1);
  const start = Date.UTC(2024, 0, 1);
  const inputs: ClusterInput[] = [];
  const truth: string[] = [];
  for (let s = 0; inputs.length < n; s++) {
    const names = Array.from({ length: int(2, 4) }, () => `${capital(word(3))} ${capital(word(3))}`);
    const topic = Array.from({ length: int(10, 20) }, () => vocab[int(200, VOCABULARY - 1)]);
    const day = int(0, 730);
    // P(reports >= k) = 1/k
    const reports = Math.min(MAX_REPORTS, Math.floor(1 / Math.max(rnd(), 1e-9)), n - inputs.length);
    for (let r = 0; r < reports; r++) {
      const sentences: string[] = [];
      for (let k = int(8, 16); k > 0; k--) {
        const words = Array.from({ length: int(10, 18) }, () => {
          const x = rnd();
          if (x < 0.08) return names[int(0, names.length - 1)];
          if (x < 0.3) return topic[int(0, topic.length - 1)];
          return zipf();
        });
        sentences.push(`The ${words.join(" ")}.`);
      }
      const date = new Date(start + (day + int(0, 3)) * 86_400_000).toISOString().slice(0, 10);
      inputs.push({ id: `a${inputs.length}`, title: `${names[0]} ${topic.slice(0, 3).join(" ")}`, body: sentences.join(" "), publishedAt: date });
      truth.push(`s${s}`);
    }
  }
  // in date order, so that a prefix is a time window
  const order = inputs.map((_, i) => i).sort((x, y) => inputs[x].publishedAt!.localeCompare(inputs[y].publishedAt!) || x - y);
  return { inputs: order.map((i) => inputs[i]), truth: order.map((i) => truth[i]) };
}

function score(clusters: StoryCluster[], inputs: ClusterInput[], truth: string[]) {
  const of = new Map(clusters.flatMap((c) => c.articles.map((a) => [a, c.id] as const)));
  const predicted = inputs.map((i) => of.get(i.id)!);
  return { ari: adjustedRandIndex(truth, predicted), f1: bCubed(truth, predicted).f1 };
}

export async function runClusterBench(): Promise<void> {
  const t0 = performance.now();
  const { inputs, truth } = generateArticles();
  console.log(`cluster benchmark: ${ARTICLES} generated articles from ${new Set(truth).size} stories (generated in ${(performance.now() - t0).toFixed(0)} ms)`);
  // other texts warm the JIT up: timing the same texts twice would time the tokeniser's memo instead
  const warmUp = generateArticles(1_000, 99).inputs;
  for (const [mode, cluster] of [["batch", clusterBatch], ["incremental", clusterIncremental]] as const) {
    cluster(warmUp);
    const times = new Map<number, number>();
    for (const n of [1_000, ARTICLES]) {
      // 1,000: the median of three consecutive windows of the inbox, so one window's mix of large
      // stories or one pause of the machine does not decide the ratio
      const windows = n === ARTICLES ? [0] : [0, 1, 2].map((w) => w * n);
      const runs = windows.map((from) => {
        const subset = inputs.slice(from, from + n);
        const t = performance.now();
        const clusters = cluster(subset);
        return { ms: performance.now() - t, clusters, ...score(clusters, subset, truth.slice(from, from + n)) };
      });
      const r = runs.sort((x, y) => x.ms - y.ms)[Math.floor(runs.length / 2)];
      times.set(n, r.ms);
      const what = runs.length > 1 ? `median of ${runs.length} windows` : "one run";
      console.log(`  ${mode.padEnd(11)} ${String(n).padStart(6)} articles: ${r.ms.toFixed(0).padStart(7)} ms (${what})   ${r.clusters.length} clusters, ARI ${r.ari.toFixed(3)}, B-cubed F1 ${r.f1.toFixed(3)}`);
    }
    console.log(`  ${mode.padEnd(11)} ratio 10,000/1,000: ${(times.get(ARTICLES)! / times.get(1_000)!).toFixed(2)} (target <= 15)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runClusterBench().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
