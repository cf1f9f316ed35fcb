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
  for (const t of texts.slice(0, 3)) analyzeArticle({ body: ingest({ content: t }).body, publishedAt: "2025-05-04" });
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
    `extraction  ${label.padEnd(28)} ${String(texts.length).padStart(5)} articles ${String(words).padStart(8)} words  ${(ms / rounds).toFixed(0).padStart(6)} ms/pass  ${fmtRate(wps)} words/s wall  ${fmtRate(cps)} words/s CPU  (target >= 50,000)`,
  );
}

export async function runExtractionBench(): Promise<void> {
  measure("sample story", sampleTexts(), 20);
  measure("generated corpus", generateCorpus(400), 1);
  console.log(`extraction  peak memory (max RSS)         ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

if (import.meta.url === `file://${process.argv[1]}`) await runExtractionBench();
