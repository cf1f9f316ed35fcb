import "server-only";
import { cache } from "react";
import { db } from "../db";
import { AppError } from "./errors";

/**
 * What a story's pages derive from its comparison (matrix rows, charts, timeline, the story
 * summary) is kept between reads and recomputed only when the story changed. Imports, the analysis
 * worker and reviews may run in other processes, so a change is noticed through the database: every
 * read asks for the story's version (one small query), and an entry made under another version is
 * recomputed.
 */

/** Stories kept, least recently read dropped first: the largest part, a 5,000-group story's rows, is a few MB. */
export const PAGE_CACHE_STORIES = 8;
/** Parts kept per story: the matrix pages and claim groups read lately besides the summary, rows, charts and timeline. */
export const PAGE_CACHE_PARTS = 64;

interface StoryEntry {
  version: string;
  parts: Map<string, Promise<unknown>>;
}

// held on globalThis so hot reloads in development keep one cache, as lib/db.ts keeps one client
const store = globalThis as unknown as { parallaxPageCache?: Map<string, StoryEntry> };
const stories = (store.parallaxPageCache ??= new Map<string, StoryEntry>());

/** Map keeps insertion order: re-inserting marks a key most recently used, the first key is the least. */
function touch<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) map.delete(map.keys().next().value!);
}

/**
 * The story's version: its own change time (an import touches it, a comparison sets analyzedAt),
 * then count and latest change of its articles (analysis, edits, removals) and discrepancies
 * (reviews, notes and assignments touch updatedAt; flags add one), its edit history, and the latest
 * change of any user (pages name reviewers and editors through the user record, and a user may
 * rename themselves; users are few and change rarely, where the story's own actors would cost a
 * join over its review history on every view). Counts catch deletions, which leave no change time
 * behind. One statement: each part is read from an index (Article and Discrepancy by storyId and
 * updatedAt, StoryEvent by storyId) or a small table (User), and one round trip through the client
 * costs a quarter of four (it is read on every page view).
 */
export async function readStoryVersion(storyId: string): Promise<string> {
  const rows = await db.$queryRaw<VersionRow[]>`
    SELECT s."updatedAt" AS "storyChanged", s."analyzedAt" AS "analyzedAt",
      (SELECT MAX(a."updatedAt") FROM "Article" a WHERE a."storyId" = s."id") AS "articleChanged",
      (SELECT COUNT(*) FROM "Article" a WHERE a."storyId" = s."id") AS "articles",
      (SELECT MAX(d."updatedAt") FROM "Discrepancy" d WHERE d."storyId" = s."id") AS "discrepancyChanged",
      (SELECT COUNT(*) FROM "Discrepancy" d WHERE d."storyId" = s."id") AS "discrepancies",
      (SELECT COUNT(*) FROM "StoryEvent" e WHERE e."storyId" = s."id") AS "events",
      (SELECT MAX(u."updatedAt") FROM "User" u) AS "userChanged"
    FROM "Story" s WHERE s."id" = ${storyId}`;
  const row = rows[0];
  if (!row) throw new AppError("not_found", "There is no story with this id.");
  // SQLite gives dates as text and counts as numbers, PostgreSQL Dates and bigints: each is only
  // ever compared with a version read from the same database
  return [row.storyChanged, row.analyzedAt, row.articleChanged, row.articles, row.discrepancyChanged, row.discrepancies, row.events, row.userChanged]
    .map((v) => (v instanceof Date ? v.getTime() : String(v ?? "")))
    .join(" ");
}

type VersionPart = Date | string | number | bigint | null;
interface VersionRow {
  storyChanged: VersionPart;
  analyzedAt: VersionPart;
  articleChanged: VersionPart;
  articles: VersionPart;
  discrepancyChanged: VersionPart;
  discrepancies: VersionPart;
  events: VersionPart;
  userChanged: VersionPart;
}

/**
 * Read once per server render, however many parts a page asks for (its metadata, summary and matrix).
 * React's cache lives only as long as one render: a server action's changes are read afresh by the
 * render that follows it, and API routes and scripts read the version on every call.
 */
export const storyVersion = cache(readStoryVersion);

/**
 * `part` of the story's data from the cache when the story has not changed since it was made,
 * otherwise from `load` (concurrent readers of a missing entry share one load). The value is shared
 * between requests: callers must not change it.
 */
export async function cachedStoryPart<T>(storyId: string, part: string, load: () => Promise<T>): Promise<T> {
  // the version is read before the data: a change landing in between leaves an entry that the next read recomputes
  const version = await storyVersion(storyId);
  let entry = stories.get(storyId);
  // another version: everything kept for the story is dropped at once
  if (!entry || entry.version !== version) entry = { version, parts: new Map() };
  touch(stories, storyId, entry, PAGE_CACHE_STORIES);
  const hit = entry.parts.get(part) as Promise<T> | undefined;
  const value = hit ?? load();
  touch(entry.parts, part, value, PAGE_CACHE_PARTS);
  if (!hit) {
    const parts = entry.parts;
    // a failed load is not kept: the next read tries again
    value.catch(() => {
      if (parts.get(part) === value) parts.delete(part);
    });
  }
  return value;
}

/** For tests and benchmarks: forget every entry. */
export function clearPageCache(): void {
  stories.clear();
}

/** For tests: how many stories and parts are kept. */
export function pageCacheSize(): { stories: number; parts: number } {
  let parts = 0;
  for (const e of stories.values()) parts += e.parts.size;
  return { stories: stories.size, parts };
}
