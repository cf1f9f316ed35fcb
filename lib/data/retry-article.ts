import "server-only";
import { db } from "../db";
import { authorizeUser, type Actor } from "../auth/permissions";
import { AppError } from "./errors";
import { whenUnlocked } from "./when-unlocked";
import { jobQueue } from "../jobs/queue";
import { settle } from "../jobs/settle";

/**
 * Analyses one article (typically a failed one) again, then the story's comparison: the job that
 * failed for good with it runs again (its other failed articles with it), else a new job is enqueued.
 * Waits briefly for the worker, like a small import.
 */
export async function retryArticle(actor: Actor | null, articleId: string): Promise<{ storyId: string; status: string; error: string | null }> {
  authorizeUser(actor, "article.retry");
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, storyId: true } });
  if (!article) throw new AppError("not_found", "There is no article with this id.");
  const queue = jobQueue();
  const [failedJob] = await queue.failedJobsFor(article.storyId, article.id);
  await whenUnlocked(() => db.$transaction(async (tx) => {
    await tx.article.update({ where: { id: article.id }, data: { status: "queued", error: null } });
    if (failedJob) await queue.retry(tx, failedJob);
    else await queue.enqueueAnalysis(tx, article.storyId, [article.id]);
  }));
  await settle(queue, article.storyId);
  const after = await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { status: true, error: true } });
  return { storyId: article.storyId, ...after };
}
