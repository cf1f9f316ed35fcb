import "server-only";
import { db } from "../db";
import { refreshComparison } from "./analyze-story";

export const INTERRUPTED = "Analysis was interrupted (the server stopped before it finished); retry it.";

/**
 * Run on start, before the server takes requests: articles a crash left queued or analysing are
 * marked failed with the reason (Retry is offered for them), and comparisons that failed are run again.
 */
export async function recoverInterrupted(): Promise<{ articles: number; comparisons: number }> {
  const stuck = await db.article.updateMany({ where: { status: { in: ["queued", "analysing"] } }, data: { status: "failed", error: INTERRUPTED } });
  const failed = await db.story.findMany({ where: { comparisonError: { not: null } }, select: { id: true } });
  for (const s of failed) await refreshComparison(s.id);
  return { articles: stuck.count, comparisons: failed.length };
}
