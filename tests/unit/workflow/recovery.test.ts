// Work a crash leaves unfinished: on start, stuck articles are failed with a reason (so Retry is
// offered) and failed comparisons run again; stored reasons never carry internal error text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useTempDatabase } from "../../helpers/temp-db";

useTempDatabase("recovery");
const { db } = await import("../../../lib/db");
const { recoverInterrupted, INTERRUPTED } = await import("../../../lib/data/recover-interrupted");
const { publicReason } = await import("../../../lib/data/failure-reason");
const { AppError } = await import("../../../lib/data/errors");

test("articles left queued or analysing are failed with the reason; done and failed ones are left alone", async () => {
  const story = await db.story.create({ data: { slug: "harbour", title: "Harbour vote" } });
  const mk = (status: string, n: number) =>
    db.article.create({ data: { storyId: story.id, inputType: "text", rawInput: `Article ${n}.`, contentHash: `h${n}`, status } });
  const [queued, analysing, done, failed] = await Promise.all([mk("queued", 1), mk("analysing", 2), mk("done", 3), mk("failed", 4)]);
  await db.story.update({ where: { id: story.id }, data: { comparisonError: "The comparison failed: an internal error." } });

  const r = await recoverInterrupted();
  assert.deepEqual(r, { articles: 2, comparisons: 1 });
  const byId = new Map((await db.article.findMany()).map((a) => [a.id, a]));
  assert.equal(byId.get(queued.id)!.status, "failed");
  assert.equal(byId.get(queued.id)!.error, INTERRUPTED);
  assert.equal(byId.get(analysing.id)!.status, "failed");
  assert.equal(byId.get(done.id)!.status, "done");
  assert.equal(byId.get(failed.id)!.error, null);
  assert.equal((await db.story.findUniqueOrThrow({ where: { id: story.id } })).comparisonError, null, "the comparison ran again and succeeded");
  assert.deepEqual(await recoverInterrupted(), { articles: 0, comparisons: 0 }, "nothing left to recover");
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
