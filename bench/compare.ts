// Benchmark of lib/compare: deterministic stories of 50..400 articles built from claim templates
// with controlled variation (seeded PRNG). Run: npx tsx bench/compare.ts
// Targets: 200 articles < 2 s on one core; t(400) <= 10 x t(50).

import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { compareStory } from "../lib/compare/index";
import type { StoryArticleInput } from "../lib/compare/types";
import { analyzeStory } from "../lib/analysis/pipeline";
import { ingest } from "../lib/ingest";
import { generateStoryArticles } from "./story-page";
import { article } from "../tests/fixtures/compare/build";
import { mulberry32 } from "./prng";


const SPEAKERS = [
  { full: "Maria Alvarez", short: "Alvarez", title: "Prime Minister", alt: "Finance Minister" },
  { full: "Peter Lindqvist", short: "Lindqvist", title: "Foreign Minister", alt: "Defense Minister" },
  { full: "Amina Okafor", short: "Okafor", title: "Governor", alt: "Senator" },
  { full: "Hugo Brandt", short: "Brandt", title: "Mayor", alt: "Governor" },
];
const QUOTES = [
  "We will not allow anyone to decide our future for us. Our borders are secure and our institutions are strong. We can cooperate, but we will never accept orders from abroad.",
  "The agreement protects workers in every region of the country. It was negotiated in good faith over many months. We expect the parliament to ratify it before the summer.",
  "Our hospitals need more staff and more equipment right now. The funding announced today is a first step. We will keep pressing until every clinic is open again.",
  "The investigation is ongoing and no one is above the law. We will publish the findings as soon as they are complete. Speculation helps nobody.",
];
const SUBS: [string, string][] = [["secure", "safe"], ["strong", "solid"], ["never", "not"], ["protects", "shields"], ["staff", "doctors"], ["ongoing", "continuing"], ["in", "on"], ["complete", "final"]];
const PLACES = ["into the capital", "to the capital", "to the northern border", "in the capital region"];
const WORDS = "river bridge market council harbor school budget tariff railway energy drought vaccine coalition strike election pension".split(" ");

export function storyOf(n: number, seed = 42): StoryArticleInput[] {
  const rnd = mulberry32(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const out: StoryArticleInput[] = [];
  for (let i = 0; i < n; i++) {
    const id = `art${String(i).padStart(4, "0")}`;
    const a = article(id, `Outlet ${i % Math.max(5, Math.floor(n / 3))}`, `2025-05-0${1 + (i % 5)}T10:00`);
    SPEAKERS.forEach((s, k) => {
      let q = QUOTES[k];
      const r = rnd();
      if (r < 0.15) {
        const [x, y] = pick(SUBS);
        q = q.replace(new RegExp(`\\b${x}\\b`), y);
      } else if (r < 0.3) q = q.toUpperCase().slice(0, 1) + q.slice(1).replace(/,/g, ";").replace(/\. /, "... ");
      if (rnd() < 0.4) {
        const sentences = q.split(". ");
        a.quote(sentences[Math.floor(rnd() * sentences.length)].split(" ").slice(2, 8).join(" "), s.short, { direct: false });
      } else a.quote(q, rnd() < 0.5 ? s.full : s.short);
      const title = rnd() < 0.05 ? s.alt : rnd() < 0.5 ? s.title : s.title.split(" ").pop()!;
      a.role(`${title} ${s.full}`, rnd() < 0.5 ? s.full : s.short, title, rnd() < 0.03 ? "former" : null);
    });
    a.action("pledged to send aid", { actor: "Maria Alvarez", action: pick(["send", "deploy", "dispatch"]), verb: "send", object: pick(["aid", "relief aid", "emergency aid"]), place: rnd() < 0.1 ? PLACES[2] : pick([PLACES[0], PLACES[1], PLACES[3]]) });
    a.action("rejected the proposal", { actor: "Lindqvist", action: pick(["reject", "decline", "refuse"]), verb: "rejected", object: "the proposal" });
    a.date("on Monday", { date: rnd() < 0.08 ? "2025-05-06" : "2025-05-05", event: pick(["the summit opened", "opening of the summit", "summit opened in the capital"]) });
    a.date("in May", { date: "2025-05-01", granularity: "month", event: "the agreement was signed" });
    const v = pick([12, 12, 12, 15, 14]);
    a.number(`${v} people were killed`, { value: v, counts: pick(["people killed", "dead", "deaths"]) });
    const big = pick([450000, 400000, 460000]);
    a.number(`over ${big} lives`, { value: big, qualifier: pick(["over", "more than", "about", null]), counts: "lives" });
    // claims only this article makes
    a.quote(Array.from({ length: 9 }, () => pick(WORDS) + Math.floor(rnd() * 50)).join(" ") + ".", pick(SPEAKERS).full);
    a.action(`announced a ${pick(WORDS)} plan`, { actor: `Official${i} Person`, action: "announce", verb: "announced", object: `${pick(WORDS)} plan` });
    out.push(a.build());
  }
  return out;
}

function timeOf(n: number, reps: number): { ms: number; groups: number; discrepancies: number } {
  const story = storyOf(n);
  let best = Infinity;
  let res = compareStory(story);
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    res = compareStory(story);
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, groups: res.groups.length, discrepancies: res.discrepancies.length };
}

export async function runCompareBench(): Promise<void> {
  const sizes = [50, 100, 200, 400];
  const times = new Map<number, number>();
  console.log("compareStory benchmark (best of 5, one core)");
  for (const n of sizes) {
    const r = timeOf(n, 5);
    times.set(n, r.ms);
    console.log(`  ${String(n).padStart(3)} articles: ${r.ms.toFixed(1).padStart(8)} ms   groups ${r.groups}, discrepancies ${r.discrepancies}`);
  }
  const ratio = times.get(400)! / times.get(50)!;
  console.log(`  ratio 400/50: ${ratio.toFixed(2)} (target <= 10)`);
  console.log(`  200 articles: ${times.get(200)!.toFixed(1)} ms (target < 2000)`);
  // whole articles, so the evidence pass (values read from the sentences) runs too: the story-page
  // bench's 40-outlet story, whose comparison a job must finish within its time limit
  console.log("compareStory on analysed articles (story-page generator, 40 outlets; analysis not timed)");
  for (const n of [50, 100, 200]) {
    const articles = generateStoryArticles(n).map((a) => ({ ...ingest({ content: a.content, source: a.sourceName }), ...a.overrides }));
    const analyses = analyzeStory(articles.map((a) => ({ body: a.body, publishedAt: a.publishedAt })));
    const input = articles.map((a, i) => ({ id: String(i), outlet: a.outlet, publishedAt: a.publishedAt, claims: analyses[i].claims, entities: analyses[i].entities, body: a.body }));
    const t0 = performance.now();
    const res = compareStory(input);
    console.log(`  ${String(n).padStart(3)} articles: ${(performance.now() - t0).toFixed(0).padStart(8)} ms   groups ${res.groups.length}, discrepancies ${res.discrepancies.length}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runCompareBench().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
