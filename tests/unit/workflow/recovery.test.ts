// Bounds and work a crash leaves unfinished: an article's claims are capped with a recorded note; on start, stuck articles without a job are enqueued again
// (once) and failed comparisons requested again; stored reasons never carry internal error text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useTempDatabase } from "../../helpers/temp-db";

useTempDatabase("recovery");
process.env.PARALLAX_MAX_CLAIMS = "3";
const { db } = await import("../../../lib/db");
const { recoverInterrupted } = await import("../../../lib/data/recover-interrupted");
const { jobQueue } = await import("../../../lib/jobs/queue");
const { drainJobs } = await import("../../../lib/jobs/worker");
const { publicReason } = await import("../../../lib/data/failure-reason");
const { AppError } = await import("../../../lib/data/errors");
const { analyzeStory } = await import("../../../lib/data/analyze-story");

test("articles left queued or analysing without a job are enqueued again; covered, done and failed ones are left alone", async () => {
  const story = await db.story.create({ data: { slug: "harbour", title: "Harbour vote" } });
  const mk = (status: string, n: number) =>
    db.article.create({ data: { storyId: story.id, inputType: "text", rawInput: `Article ${n}.`, contentHash: `h${n}`, status } });
  const [queued, analysing, done, failed, covered] = await Promise.all([mk("queued", 1), mk("analysing", 2), mk("done", 3), mk("failed", 4), mk("queued", 5)]);
  await db.$transaction((tx) => jobQueue().enqueueAnalysis(tx, story.id, [covered.id]));
  await db.story.update({ where: { id: story.id }, data: { comparisonError: "The comparison failed: an internal error." } });

  const r = await recoverInterrupted();
  assert.deepEqual(r, { articles: 2, comparisons: 1 });
  const pending = await jobQueue().pending(story.id);
  assert.deepEqual(pending.articleIds.sort(), [queued.id, analysing.id, covered.id].sort());
  assert.equal(pending.analyzeJobs, 2, "the covered article's job, and one for the two left without a job");
  assert.equal(pending.comparing, true);
  const byId = new Map((await db.article.findMany()).map((a) => [a.id, a]));
  assert.equal(byId.get(analysing.id)!.status, "queued");
  assert.equal(byId.get(done.id)!.status, "done");
  assert.equal(byId.get(failed.id)!.status, "failed");
  assert.deepEqual(await recoverInterrupted(), { articles: 0, comparisons: 0 }, "nothing left to recover: all of it is enqueued");

  await drainJobs(jobQueue());
  assert.equal((await db.story.findUniqueOrThrow({ where: { id: story.id } })).comparisonError, null, "the comparison ran again and succeeded");
  assert.equal(await db.article.count({ where: { status: { in: ["queued", "analysing"] } } }), 0);
});

test("stored failure reasons are the user's words, never internal messages", () => {
  const cases: [unknown, RegExp][] = [
    [new AppError("invalid_input", "The article has no body."), /^The article has no body\.$/],
    [new Error("SqliteError: database or disk is full (SQLITE_FULL)"), /out of disk space/],
    [new Error("attempt to write a readonly database"), /read-only/],
    [new Error("Invalid `prisma.article.update()` invocation: something internal"), /internal error \(the details are in the server log\)/],
  ];
  for (const [e, want] of cases) {
    const reason = publicReason(e);
    assert.match(reason, want);
    assert.doesNotMatch(reason, /prisma|invocation|SQLITE_/i);
  }
});

test("an article with more claims than the cap keeps the first ones, is done, and says what was left out", async () => {
  const story = await db.story.create({ data: { slug: "budget", title: "Budget" } });
  const body = "The council approved 12 new buses on Monday. It hired 40 drivers and 7 mechanics. The city spent $3 million, Mayor Ann Torres said. About 200 residents came.";
  const a = await db.article.create({ data: { storyId: story.id, inputType: "text", rawInput: body, contentHash: "cap1" } });
  await analyzeStory(story.id);
  const row = await db.article.findUniqueOrThrow({ where: { id: a.id }, include: { _count: { select: { claims: true } } } });
  assert.equal(row.status, "done");
  assert.equal(row._count.claims, 3);
  assert.match(row.error ?? "", /^Only the first 3 of \d+ claims were kept/);
});
