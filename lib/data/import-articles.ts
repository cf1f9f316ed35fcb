import "server-only";
import { db } from "../db";
import { authorizeUser, type Actor } from "../auth/permissions";
import { addArticles, type NewArticle, type AddArticlesResult, type StoryTarget } from "./add-articles";
import { MAX_DESCRIPTION_CHARS } from "./add-story";
import { AppError } from "./errors";
import { jobQueue } from "../jobs/queue";
import { settle } from "../jobs/settle";

export interface ImportedArticleStatus {
  id: string;
  sourceName: string | null;
  title: string | null;
  status: string;
  error: string | null;
}

export interface ImportResult extends AddArticlesResult {
  storyId: string;
  articles: ImportedArticleStatus[];
}

export const MAX_ARTICLES_PER_IMPORT = 50;

/**
 * Adds articles to an existing story (reviewers and editors) or to a new one
 * (editors) and enqueues their analysis and the story's comparison. Storing
 * is transactional (nothing half-written; a new story exists only with its
 * articles and their jobs); a small import waits briefly for a worker to
 * finish, a larger one returns with its articles queued. An article that
 * fails analysis keeps its raw input and is marked failed with the reason, so
 * it can be retried.
 */
export async function importArticles(actor: Actor | null, target: StoryTarget, inputs: NewArticle[]): Promise<ImportResult> {
  authorizeUser(actor, "article.add");
  if (typeof target !== "string") {
    authorizeUser(actor, "story.create");
    if ((target.description ?? "").length > MAX_DESCRIPTION_CHARS) {
      throw new AppError("invalid_input", `A description can be at most ${MAX_DESCRIPTION_CHARS} characters.`, "description");
    }
  }
  if (inputs.length > MAX_ARTICLES_PER_IMPORT) {
    throw new AppError("invalid_input", `Import at most ${MAX_ARTICLES_PER_IMPORT} articles at once.`, "files");
  }
  const result = await addArticles(target, inputs);
  const storyId = result.storyId;
  const ids = result.added.map((a) => a.id);
  if (ids.length) await settle(jobQueue(), storyId, { articles: ids.length });
  const articles = await db.article.findMany({
    where: { id: { in: [...ids, ...result.duplicates.map((d) => d.existingId)] } },
    select: { id: true, sourceName: true, title: true, status: true, error: true },
  });
  return { ...result, storyId, articles };
}
