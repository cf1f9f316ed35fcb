// Extraction throughput: ingest + analysis, one core, words per second over
// the sample story and over a larger deterministic corpus built from it.
import fs from "node:fs";
import path from "node:path";
import { ingest } from "../lib/ingest";
import { analyzeArticle } from "../lib/analysis/pipeline";
import { mulberry32 } from "./prng";

const SAMPLE_DIR = path.join(import.meta.dirname, "..", "prisma", "seed", "sample-story");

function sampleTexts(): string[] {
  return fs
    .readdirSync(SAMPLE_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => fs.readFileSync(path.join(SAMPLE_DIR, f), "utf8"));
}

/** Articles of 300-1200 words made by drawing paragraphs from the sample bodies. */
export function generateCorpus(count: number, seed = 42): string[] {
  const rand = mulberry32(seed);
  const paragraphs = sampleTexts().flatMap((t) => ingest({ content: t }).body.split("\n\n"));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const target = 300 + Math.floor(rand() * 900);
    const parts: string[] = [`Report number ${i + 1} on the talks`];
    let words = 0;
    while (words < target) {
      const p = paragraphs[Math.floor(rand() * paragraphs.length)];
      parts.push(p);
      words += p.split(/\s+/).length;
    }
    out.push(parts.join("\n\n"));
  }
  return out;
}

const fmtRate = (n: number) => Math.round(n).toLocaleString("en-US").padStart(9);

/** CPU time of this process (user + system), in ms: steadier than wall time on a shared machine. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function measure(label: string, texts: string[], rounds: number): void {
  const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
  const c0 = cpuMs();
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) analyzeArticle({ body: ingest({ content: t }).body, publishedAt: "2025-05-04" });
  }
  const ms = performance.now() - t0;
  const cpu = cpuMs() - c0;
  const wps = (words * rounds) / (ms / 1000);
  const cps = (words * rounds) / (cpu / 1000);
  console.log(
    `extraction  ${label.padEnd(34)} ${String(texts.length).padStart(5)} articles ${String(words).padStart(8)} words  ${(ms / rounds).toFixed(0).padStart(6)} ms/pass  ${fmtRate(wps)} words/s wall  ${fmtRate(cps)} words/s CPU  (target >= 50,000)`,
  );
}

/** Real news text for a fairer figure, when the development data sits beside the project. */
function realCorpus(): string[] {
  const dir = path.join(import.meta.dirname, "..", "..", "shared", "dev", "polnear", "train", "text");
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).sort().map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
}

const analyzeAll = (texts: string[]) => {
  for (const t of texts) analyzeArticle({ body: ingest({ content: t }).body, publishedAt: "2025-05-04" });
};

export async function runExtractionBench(): Promise<void> {
  const sample = sampleTexts();
  const corpus = generateCorpus(400);
  const real = realCorpus();
  // A fresh process pays for JIT compilation and wink's caches: report that
  // once, then steady state. Warm-up text is never the measured text, so
  // caches cannot flatter the figure.
  measure("sample story, cold (first pass)", sample, 1);
  analyzeAll(real.length ? real.slice(0, 200) : corpus.slice(0, 150));
  analyzeAll(real.length ? real.slice(0, 200) : corpus.slice(0, 150));
  measure("sample story, warm", sample, 1);
  measure("generated corpus (repetitive), warm", corpus, 1);
  if (real.length) measure("real news, unseen (PolNeAR train)", real.slice(400, 700), 1);
  else console.log("extraction  real news: ../shared/dev/polnear not present, skipped");
  console.log(`extraction  peak memory (max RSS)               ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

if (import.meta.url === `file://${process.argv[1]}`) await runExtractionBench();
