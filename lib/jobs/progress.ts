import "server-only";
import { db } from "../db";
import type { JobQueue } from "./queue";

export interface AnalysisProgress {
  /** articles of this round of work analysed (or failed) so far, and in all */
  analysed: number;
  total: number;
  /** the story's comparison is still to run (after the analyses, or on its own after a removal) */
  comparing: boolean;
}

/**
 * What is still to do for a story, for its page; null when nothing is. A round of work counts the
 * articles still queued or analysing and those finished since its oldest pending job was enqueued.
 */
export async function getAnalysisProgress(queue: JobQueue, storyId: string): Promise<AnalysisProgress | null> {
  const pending = await queue.pending(storyId);
  if (!pending.since) return null;
  const [remaining, finished] = await Promise.all([
    db.article.count({ where: { storyId, status: { in: ["queued", "analysing"] } } }),
    db.article.count({ where: { storyId, status: { in: ["done", "failed"] }, updatedAt: { gte: pending.since } } }),
  ]);
  return { analysed: finished, total: finished + remaining, comparing: pending.comparing || remaining > 0 };
}
