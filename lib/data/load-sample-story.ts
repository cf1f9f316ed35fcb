import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { db } from "../db";
import { addArticles } from "./add-articles";
import { jobQueue } from "../jobs/queue";
import { drainJobs } from "../jobs/worker";

const SAMPLE_DIR = path.join(process.cwd(), "prisma", "seed", "sample-story");

const Manifest = z.object({
  slug: z.string().min(1),
  title: z.string().min(1),
  description: z.string().optional(),
  articles: z.array(z.string().min(1)).min(1),
});

/**
 * Loads the demo story (the articles in `dir`, the manifest in `dir`.json)
 * when the database has no stories yet. Idempotent: the
 * story is found by slug and articles by content hash, so a second run adds
 * nothing.
 */
export async function loadSampleStory(dir: string = SAMPLE_DIR): Promise<{ created: boolean; storyId: string | null }> {
  if ((await db.story.count()) > 0) return { created: false, storyId: null };
  const manifest = Manifest.parse(JSON.parse(await fs.readFile(`${dir}.json`, "utf8")));
  const story = await db.story.upsert({
    where: { slug: manifest.slug },
    create: { slug: manifest.slug, title: manifest.title, description: manifest.description ?? null },
    update: {},
  });
  const inputs = await Promise.all(
    manifest.articles.map(async (file) => ({ content: await fs.readFile(path.join(dir, file), "utf8"), sourceName: file })),
  );
  const { added } = await addArticles(story.id, inputs);
  // run here, before the server starts, so the first page shows the analysed story
  if (added.length) await drainJobs(jobQueue());
  return { created: added.length > 0, storyId: story.id };
}
