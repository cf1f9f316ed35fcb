import "server-only";
import { publicReason } from "./failure-reason";
import { db } from "../db";
import { authorizeUser, type Actor } from "../auth/permissions";
import { addArticles, type NewArticle, type AddArticlesResult, type StoryTarget } from "./add-articles";
import { MAX_DESCRIPTION_CHARS } from "./add-story";
import { analyzeStory } from "./analyze-story";
import { AppError } from "./errors";

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
 * Analyses articles just stored in a story; when the analysis itself fails, what is still pending
 * is marked failed with the reason (the raw inputs are stored, so it can be retried).
 */
export async function analyzeAdded(storyId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  try {
    await analyzeStory(storyId, { articleIds: ids });
  } catch (e) {
    await db.article.updateMany({
      where: { id: { in: ids }, status: { in: ["queued", "analysing"] } },
      data: { status: "failed", error: `Analysis failed: ${publicReason(e)}.` },
    });
  }
}

/**
 * Adds articles to an existing story (reviewers and editors) or to a new one
 * (editors), then re-analyses the new ones and the story's comparison. Storing
 * is transactional (nothing half-written; a new story exists only with its
 * articles); an article that fails analysis keeps its raw input and is marked
 * failed with the reason, so it can be retried.
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
  await analyzeAdded(storyId, ids);
  const articles = await db.article.findMany({
    where: { id: { in: [...ids, ...result.duplicates.map((d) => d.existingId)] } },
    select: { id: true, sourceName: true, title: true, status: true, error: true },
  });
  return { ...result, storyId, articles };
}
