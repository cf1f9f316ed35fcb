import "server-only";
import { db } from "../db";
import { authorizeUser, type Actor } from "../auth/permissions";
import { analyzeStory } from "./analyze-story";
import { AppError } from "./errors";

/** Re-runs the analysis of one article (typically a failed one) and the story's comparison. */
export async function retryArticle(actor: Actor | null, articleId: string): Promise<{ storyId: string; status: string; error: string | null }> {
  authorizeUser(actor, "article.retry");
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, storyId: true } });
  if (!article) throw new AppError("not_found", "There is no article with this id.");
  await analyzeStory(article.storyId, { articleIds: [article.id] });
  const after = await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { status: true, error: true } });
  return { storyId: article.storyId, ...after };
}
