import "server-only";
import { db } from "../db";
import { authorize, type Actor } from "../auth/permissions";

/** Stories to pick from on the import page, newest first. */
export async function listStoriesForImport(actor: Actor | null): Promise<{ id: string; title: string; articleCount: number }[]> {
  authorize(actor, "story.read");
  const stories = await db.story.findMany({
    orderBy: { updatedAt: "desc" },
    select: { id: true, title: true, _count: { select: { articles: true } } },
  });
  return stories.map((s) => ({ id: s.id, title: s.title, articleCount: s._count.articles }));
}

/** A story's articles with their import status (queued, analysing, done, failed with the reason). */
export async function listImportStatus(actor: Actor | null, storyId: string) {
  authorize(actor, "story.read");
  return db.article.findMany({
    where: { storyId },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, sourceName: true, url: true, status: true, error: true, createdAt: true, outlet: { select: { name: true } } },
  });
}
