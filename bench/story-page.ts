// Story page speed: a generated 200-article story in a temp SQLite database,
// then (1) the story page's data loading in-process (the lib/data calls the
// page makes, per view) and (2) the full server render (data + React server
// render + HTML) by fetching the page from `next start` on a built app, when a
// build exists (NEXT_DIST_DIR, default .next). Prints milliseconds.
//
//   node --conditions=react-server --import tsx bench/story-page.ts
//   NEXT_DIST_DIR=.next-ui1 node --conditions=react-server --import tsx bench/story-page.ts
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { createTempDatabase, ROOT } from "../tests/helpers/temp-db";
import { mulberry32 } from "./prng";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 200);

const OUTLETS = Array.from({ length: 40 }, (_, i) => `Outlet ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? i - 25 : ""} News`);
const SPEAKERS = [
  ["Maria Lopez", "Governor"], ["Daniel Okafor", "Senator"], ["Helen Brandt", "Minister of Finance"],
  ["Ravi Mehta", "Mayor"], ["Ingrid Sol", "Police Chief"], ["Tom Becker", "spokesman"],
];
const QUOTES = [
  ["We will not accept this plan in its current form", "We will never accept this plan in its present form"],
  ["The budget is balanced and the schools are safe", "The budget is balanced and our schools are secure"],
  ["Nobody was hurt and the roads are open again", "Nobody was injured and the roads are open again"],
  ["This is a good day for the region", "This is a great day for the whole region"],
  ["We need more time to study the report", "We need much more time to read the report"],
  ["The talks will continue next week", "The talks will resume next week"],
];
const EVENTS = ["the vote", "the hearing", "the flood", "the summit", "the strike", "the audit"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const COUNTS = ["1,200 residents", "about 1,200 residents", "over 1,000 residents", "35 schools", "nearly 40 schools", "$2.5 million"];

export function generateStoryArticles(count: number, seed = 7): { content: string; sourceName: string; overrides: { outlet: string; publishedAt: string } }[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const out: { content: string; sourceName: string; overrides: { outlet: string; publishedAt: string } }[] = [];
  for (let i = 0; i < count; i++) {
    const outlet = OUTLETS[i % OUTLETS.length];
    const day = 5 + Math.floor(rand() * 3);
    const paras: string[] = [`Officials respond to the regional budget dispute (${i + 1})`, `By Staff Writer, ${outlet}`, `June ${day}, 2025`];
    const n = 6 + Math.floor(rand() * 6);
    for (let p = 0; p < n; p++) {
      const [name, title] = pick(SPEAKERS);
      const q = pick(QUOTES);
      const variant = rand() < 0.25 ? q[1] : q[0];
      const ev = pick(EVENTS);
      switch (p % 4) {
        case 0:
          paras.push(`"${variant}," ${title} ${name} said on ${pick(DAYS)} after ${ev}.`);
          break;
        case 1:
          paras.push(`${name}, the ${rand() < 0.15 ? "former " : ""}${title.toLowerCase()}, told reporters that ${ev} affected ${pick(COUNTS)}.`);
          break;
        case 2:
          paras.push(`${ev[0].toUpperCase()}${ev.slice(1)} took place on June ${rand() < 0.2 ? day - 2 : day - 1}, ${name} said.`);
          break;
        default:
          paras.push(`${name} rejected a proposal from the council to delay ${ev} until ${rand() < 0.3 ? "August" : "July"}.`);
      }
    }
    out.push({
      content: paras.join("\n\n"),
      sourceName: `${outlet.toLowerCase().replace(/\s+/g, "-")}-${i + 1}.txt`,
      // the outlet as a user would set it on import: 40 outlets, several articles each
      overrides: { outlet, publishedAt: `2025-06-${String(day).padStart(2, "0")}T09:00` },
    });
  }
  return out;
}

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const v = await fn();
  return [v, performance.now() - t0];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

async function serverRender(databaseUrl: string, storyId: string, groupId: string | null): Promise<void> {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!fs.existsSync(path.join(ROOT, distDir, "BUILD_ID"))) {
    console.log(`server render: skipped (no build in ${distDir}; run \`NEXT_DIST_DIR=${distDir} npx next build\` first)`);
    return;
  }
  const port = await freePort();
  const child = spawn(path.join(ROOT, "node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: "" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: false,
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  try {
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        const r = await fetch(`${base}/api/health`);
        if (r.ok) break;
      } catch {
        // not up yet
      }
      if (Date.now() > deadline) throw new Error(`server did not start:\n${log.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const pages: [string, string][] = [
      ["matrix (page 1)", `/stories/${storyId}`],
      ["matrix, differences only", `/stories/${storyId}?diff=1`],
      ["timeline", `/stories/${storyId}?view=timeline`],
      ["charts", `/stories/${storyId}?view=charts`],
      ...(groupId ? [["group page (most contested)", `/stories/${storyId}/groups/${groupId}`] as [string, string]] : []),
    ];
    for (const [label, url] of pages) {
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < 6; i++) {
        const [res, ms] = await time(() => fetch(base + url));
        const html = await res.text();
        if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
        bytes = html.length;
        if (i > 0) times.push(ms); // first request warms up
      }
      console.log(`server render ${label.padEnd(28)} median ${median(times).toFixed(0).padStart(5)} ms   (${(bytes / 1024).toFixed(0)} KB HTML)`);
    }
  } finally {
    child.kill("SIGTERM");
  }
}

export async function runStoryPageBench(): Promise<void> {
  const { url, dir } = createTempDatabase("bench-story");
  process.env.DATABASE_URL = url;
  const { db } = await import("../lib/db");
  const { addArticles } = await import("../lib/data/add-articles");
  const { analyzeStory } = await import("../lib/data/analyze-story");
  const { getStory } = await import("../lib/data/get-story");
  const { getStoryMatrix } = await import("../lib/data/get-story-matrix");
  const { getStoryTimeline } = await import("../lib/data/get-story-timeline");
  const { getStoryCharts } = await import("../lib/data/get-story-charts");
  const { getGroup } = await import("../lib/data/get-group");
  const { clearPageCache } = await import("../lib/data/page-cache");
  try {
    const story = await db.story.create({ data: { slug: "bench-story", title: "Generated story for the page bench" } });
    const [, setupMs] = await time(async () => {
      await addArticles(story.id, generateStoryArticles(ARTICLES));
      await analyzeStory(story.id);
    });
    const [groups, claims, outlets] = await Promise.all([
      db.claimGroup.count({ where: { storyId: story.id } }),
      db.claim.count({ where: { article: { storyId: story.id } } }),
      db.outlet.count(),
    ]);
    console.log(`story: ${ARTICLES} articles, ${outlets} outlets, ${claims} claims, ${groups} claim groups (import + analysis ${(setupMs / 1000).toFixed(1)} s)`);

    const views: [string, () => Promise<unknown>][] = [
      ["matrix (page 1)", () => Promise.all([getStory(story.id), getStoryMatrix(story.id, {})])],
      ["matrix, differences only", () => Promise.all([getStory(story.id), getStoryMatrix(story.id, { diff: "1" })])],
      ["timeline", () => Promise.all([getStory(story.id), getStoryTimeline(story.id)])],
      ["charts", () => Promise.all([getStory(story.id), getStoryCharts(story.id)])],
    ];
    // cold: the page cache emptied first (the first read after a change); warm: the story unchanged since the last read
    for (const [label, fn] of views) {
      await fn();
      const cold: number[] = [];
      const warm: number[] = [];
      for (let i = 0; i < 5; i++) {
        clearPageCache();
        cold.push((await time(fn))[1]);
        warm.push((await time(fn))[1]);
      }
      console.log(`data loading  ${label.padEnd(28)} median ${median(cold).toFixed(0).padStart(5)} ms cold, ${median(warm).toFixed(1).padStart(5)} ms warm`);
    }
    const top = (await getStoryMatrix(story.id, {})).rows[0]?.groupId ?? null;
    if (top) {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) times.push((await time(() => getGroup(story.id, top)))[1]);
      console.log(`data loading  ${"group page (most contested)".padEnd(28)} median ${median(times).toFixed(0).padStart(5)} ms`);
    }
    await serverRender(url, story.id, top);
  } finally {
    await db.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStoryPageBench();
}
