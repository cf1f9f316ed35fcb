import "server-only";
import { createHash } from "node:crypto";
import { db } from "../db";
import { whenUnlocked } from "./when-unlocked";
import { AppError } from "./errors";
import { StoredOverrides, toJsonColumn } from "./stored-json";
import { createStory } from "./create-story";
import { detectInputType } from "../ingest";
import { jobQueue, type Tx } from "../jobs/queue";
import type { InputType } from "../ingest/types";

/** Raw inputs over this size are refused before anything is stored. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface ArticleOverrides {
  outlet?: string | null;
  title?: string | null;
  /** ISO 8601 date or date-time */
  publishedAt?: string | null;
}

export interface NewArticle {
  content: string;
  type?: InputType;
  /** file name or URL the input came from */
  sourceName?: string | null;
  url?: string | null;
  overrides?: ArticleOverrides;
}

export interface AddArticlesResult {
  added: { id: string; sourceName: string | null }[];
  duplicates: { sourceName: string | null; existingId: string }[];
}

export function contentHash(content: string): string {
  return createHash("sha256").update(content.replace(/\r\n?/g, "\n").trim()).digest("hex");
}

/** Checks that do not need the parser: empty, oversized, binary. */
export function validateRawInput(content: string, label = "The input"): void {
  if (!content.trim()) throw new AppError("invalid_input", `${label} is empty.`, "content");
  const bytes = Buffer.byteLength(content, "utf8");
  if (bytes > MAX_ARTICLE_BYTES) {
    throw new AppError(
      "invalid_input",
      `${label} is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB.`,
      "content",
    );
  }
  const sample = content.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) throw new AppError("invalid_input", `${label} looks like a binary file, not text or HTML.`, "content");
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  if (control > sample.length * 0.05) {
    throw new AppError("invalid_input", `${label} is not valid UTF-8 text (wrong encoding or a binary file).`, "content");
  }
}

/** An existing story's id, or a story to create in the same transaction as its first articles. */
export type StoryTarget = string | { title: string; description?: string | null };

/**
 * Stores raw inputs exactly as given and enqueues their analysis, in one transaction: either every
 * new article is stored with its analysis job or nothing is. Same content twice in a story is
 * reported as a duplicate and not stored again. A worker analyses the articles (lib/jobs/worker.ts).
 */
export async function addArticles(
  target: StoryTarget,
  inputs: NewArticle[],
  options: { alsoInTransaction?: (tx: Tx) => Promise<unknown> } = {},
): Promise<AddArticlesResult & { storyId: string }> {
  if (inputs.length === 0) throw new AppError("invalid_input", "Add at least one article.", "content");
  inputs.forEach((input, i) => validateRawInput(input.content, input.sourceName ?? (inputs.length > 1 ? `Article ${i + 1}` : "The article")));
  if (typeof target === "string") {
    const story = await db.story.findUnique({ where: { id: target }, select: { id: true } });
    if (!story) throw new AppError("not_found", "There is no story with this id.");
  }

  // a new story and its articles are stored together or not at all
  // alsoInTransaction: a caller's writes that stand or fall with the articles (the inbox deletes its items)
  const queue = jobQueue();
  return whenUnlocked(() => db.$transaction(async (tx) => {
    const result = await storeArticles(tx, target, inputs);
    if (result.added.length) await queue.enqueueAnalysis(tx, result.storyId, result.added.map((a) => a.id));
    await options.alsoInTransaction?.(tx);
    return result;
  }));
}

async function storeArticles(tx: Tx, target: StoryTarget, inputs: NewArticle[]): Promise<AddArticlesResult & { storyId: string }> {
  const storyId = typeof target === "string" ? target : (await createStory(target, tx)).id;
  const result: AddArticlesResult & { storyId: string } = { storyId, added: [], duplicates: [] };
  const seen = new Map<string, string>();
  for (const input of inputs) {
    const hash = contentHash(input.content);
    const existing =
      seen.get(hash) ??
      (await tx.article.findUnique({ where: { storyId_contentHash: { storyId, contentHash: hash } }, select: { id: true } }))?.id;
    if (existing) {
      result.duplicates.push({ sourceName: input.sourceName ?? null, existingId: existing });
      continue;
    }
    const created = await tx.article.create({
      data: {
        storyId,
        rawInput: input.content,
        inputType: input.type ?? detectInputType(input.content, input.sourceName ?? input.url ?? undefined),
        sourceName: input.sourceName ?? null,
        url: input.url ?? null,
        contentHash: hash,
        overrides: toJsonColumn(StoredOverrides, input.overrides ?? {}),
        status: "queued",
      },
      select: { id: true, sourceName: true },
    });
    seen.set(hash, created.id);
    result.added.push(created);
  }
  await tx.story.update({ where: { id: storyId }, data: { updatedAt: new Date() } });
  return result;
}
