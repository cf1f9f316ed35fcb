import "server-only";
import { db } from "../db";
import { whenUnlocked } from "./when-unlocked";
import { jobQueue } from "../jobs/queue";

/**
 * Run on start, before the server takes requests: articles left queued or analysing with no pending
 * job (a database from before the job queue, or a job lost some other way) are enqueued again, and
 * comparisons that failed are requested again. Jobs a stopped worker held need nothing: their lease
 * runs out and a worker takes them over.
 */
export async function recoverInterrupted(): Promise<{ articles: number; comparisons: number }> {
  const queue = jobQueue();
  const stuck = await db.article.findMany({ where: { status: { in: ["queued", "analysing"] } }, select: { id: true, storyId: true } });
  const byStory = new Map<string, string[]>();
  for (const a of stuck) byStory.set(a.storyId, [...(byStory.get(a.storyId) ?? []), a.id]);
  let articles = 0;
  for (const [storyId, ids] of byStory) {
    const covered = new Set((await queue.pending(storyId)).articleIds);
    const orphans = ids.filter((id) => !covered.has(id));
    if (!orphans.length) continue;
    await whenUnlocked(() => db.$transaction(async (tx) => {
      await tx.article.updateMany({ where: { id: { in: orphans } }, data: { status: "queued", error: null } });
      await queue.enqueueAnalysis(tx, storyId, orphans);
    }));
    articles += orphans.length;
  }
  const failed = await db.story.findMany({ where: { comparisonError: { not: null } }, select: { id: true } });
  let comparisons = 0;
  for (const s of failed) {
    if ((await queue.pending(s.id)).comparing) continue;
    await whenUnlocked(() => db.$transaction((tx) => queue.enqueueComparison(tx, s.id)));
    comparisons++;
  }
  return { articles, comparisons };
}
