import "server-only";
import { z } from "zod";
import { db } from "../db";
import { authorizeUser, type Actor } from "../auth/permissions";
import { AppError } from "./errors";
import { whenUnlocked } from "./when-unlocked";
import { jobQueue } from "../jobs/queue";
import { settle } from "../jobs/settle";
import { readOverrides, StoredOverrides, toJsonColumn } from "./stored-json";

/** An editor's correction of what extraction read: empty fields go back to what the article itself says. */
export const ArticleDetails = z.object({
  outlet: z.string().trim().max(120, "An outlet name can be at most 120 characters.").transform((s) => s || null),
  title: z.string().trim().max(300, "A title can be at most 300 characters.").transform((s) => s || null),
  publishedAt: z.string().trim()
    .refine((s) => s === "" || z.iso.date().safeParse(s).success || z.iso.datetime({ local: true, offset: true }).safeParse(s).success, "Give the date as YYYY-MM-DD.")
    .transform((s) => s || null),
});
export type ArticleDetails = z.input<typeof ArticleDetails>;

const FIELD_LABEL = { outlet: "outlet", title: "title", publishedAt: "date" } as const;

/**
 * Corrects an article's outlet, title and publication date (editor right): the corrections are
 * stored beside the raw input and the article's analysis enqueued again (dates resolve against the
 * new date; the story is re-compared after it), with the change written to the story's history.
 */
export async function editArticleDetails(actor: Actor | null, articleId: string, input: ArticleDetails): Promise<{ storyId: string }> {
  const user = authorizeUser(actor, "article.edit");
  const parsed = ArticleDetails.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("invalid_input", issue.message, String(issue.path[0] ?? ""));
  }
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, storyId: true, overrides: true, title: true, publishedLocal: true, outlet: { select: { name: true } } },
  });
  if (!article) throw new AppError("not_found", "There is no article with this id.");
  const before = readOverrides(article.overrides);
  const next = parsed.data;
  const shown = { outlet: article.outlet?.name ?? null, title: article.title, publishedAt: article.publishedLocal };
  const changes = (Object.keys(FIELD_LABEL) as (keyof typeof FIELD_LABEL)[])
    .filter((k) => (before[k] ?? null) !== next[k] && !(before[k] == null && next[k] === shown[k]))
    .map((k) => `${FIELD_LABEL[k]}: ${shown[k] ?? "none"} → ${next[k] ?? "as the article says"}`);
  if (!changes.length) return { storyId: article.storyId };
  const queue = jobQueue();
  await whenUnlocked(() => db.$transaction(async (tx) => {
    await tx.article.update({ where: { id: article.id }, data: { overrides: toJsonColumn(StoredOverrides, next), status: "queued", error: null } });
    await tx.storyEvent.create({ data: { storyId: article.storyId, actorId: user.id, action: "article_edited", note: `“${article.title ?? "Untitled article"}”: ${changes.join("; ")}` } });
    await queue.enqueueAnalysis(tx, article.storyId, [article.id]);
  }));
  await settle(queue, article.storyId);
  return { storyId: article.storyId };
}

/** Removes an article from its story (editor right) and enqueues the story's comparison; the removal is in the story's history. */
export async function removeArticle(actor: Actor | null, articleId: string): Promise<{ storyId: string }> {
  const user = authorizeUser(actor, "article.edit");
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, storyId: true, title: true, outlet: { select: { name: true } } } });
  if (!article) throw new AppError("not_found", "There is no article with this id.");
  const queue = jobQueue();
  await whenUnlocked(() => db.$transaction(async (tx) => {
    await tx.article.delete({ where: { id: article.id } });
    await tx.storyEvent.create({
      data: { storyId: article.storyId, actorId: user.id, action: "article_removed", note: `“${article.title ?? "Untitled article"}” (${article.outlet?.name ?? "unknown outlet"})` },
    });
    await queue.enqueueComparison(tx, article.storyId);
  }));
  await settle(queue, article.storyId);
  return { storyId: article.storyId };
}
