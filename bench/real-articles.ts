// Real news articles for the ingest and load benches, read at run time from ../shared (never copied
// into the repository: the texts are the publishers'). PolNeAR first; the hand-judged stories'
// articles when PolNeAR is absent; null when neither is there.
import fs from "node:fs";
import path from "node:path";
import type { NewArticle } from "../lib/data/add-articles";
import { ROOT } from "../tests/helpers/temp-db";

const SHARED = path.join(ROOT, "..", "shared", "dev");
const PUBLISHERS: Record<string, string> = {
  breitbart: "Breitbart", "huff-post": "Huffington Post", nyt: "New York Times", politico: "Politico",
  "usa-today": "USA Today", "wash-post": "Washington Post", "west-journal": "Western Journalism",
};

export interface RealArticles {
  articles: NewArticle[];
  /** where they came from, for the bench's first line */
  source: string;
}

function polnearSplit(split: string): { stem: string; publisher: string; date: string; file: string }[] {
  const dir = path.join(SHARED, "polnear", split);
  const tsv = path.join(dir, "articles.tsv");
  if (!fs.existsSync(tsv)) return [];
  return fs.readFileSync(tsv, "utf8").trim().split("\n").slice(1)
    .map((line) => line.split("\t"))
    .map(([stem, publisher, date]) => ({ stem, publisher, date, file: path.join(dir, "text", `${stem}.txt`) }))
    .filter((a) => fs.existsSync(a.file));
}

/**
 * `count` PolNeAR articles: all of dev (84), then the latest of train, as dev has fewer than 200.
 * Outlet and date are set as a user would on import, from the corpus metadata.
 */
function polnear(count: number): RealArticles | null {
  const dev = polnearSplit("dev");
  if (dev.length === 0) return null;
  const train = polnearSplit("train").sort((a, b) => b.date.localeCompare(a.date) || a.stem.localeCompare(b.stem));
  const picked = [...dev, ...train].slice(0, count);
  const fromTrain = Math.max(0, picked.length - dev.length);
  return {
    articles: picked.map((a) => ({
      content: fs.readFileSync(a.file, "utf8"),
      sourceName: `${a.stem}.txt`,
      overrides: { outlet: PUBLISHERS[a.publisher] ?? a.publisher, publishedAt: a.date },
    })),
    source: `PolNeAR: ${Math.min(dev.length, picked.length)} dev articles${fromTrain ? ` + the ${fromTrain} latest train articles (dev has only ${dev.length})` : ""}`,
  };
}

function judgedStories(count: number): RealArticles | null {
  const dir = path.join(SHARED, "stories", "articles");
  if (!fs.existsSync(dir)) return null;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort().slice(0, count);
  const articles = files.map((f) => {
    const a = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as { title?: string; text?: string; source_domain?: string; date_publish?: string };
    return {
      // the title as the first paragraph, as a pasted article would have it
      content: `${a.title ?? ""}\n\n${a.text ?? ""}`.trim(),
      sourceName: f.replace(/\.json$/, ".txt"),
      overrides: { outlet: a.source_domain ?? null, publishedAt: a.date_publish?.slice(0, 10) ?? null },
    };
  });
  return articles.length ? { articles, source: `the hand-judged stories' ${articles.length} articles (PolNeAR texts not found)` } : null;
}

export function loadRealArticles(count = 200): RealArticles | null {
  return polnear(count) ?? judgedStories(count);
}

export const SHARED_DIR = SHARED;
