// The story's version (lib/data/page-cache.ts), read in one statement: every change a story page
// shows gives a new version (so no cached page or page data outlives it), reads and other stories'
// changes leave it as it was, and an unknown story is not found.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { useTempDatabase, ROOT } from "../../helpers/temp-db";
import { actorOf } from "../../helpers/actors";

useTempDatabase("story-version");
const { db } = await import("../../../lib/db");
const { loadSampleStory } = await import("../../../lib/data/load-sample-story");
const { seedDemoUsers } = await import("../../../lib/data/seed-demo-users");
const { readStoryVersion } = await import("../../../lib/data/page-cache");
const { getStory } = await import("../../../lib/data/get-story");
const { getStoryMatrix } = await import("../../../lib/data/get-story-matrix");
const { flagClaim } = await import("../../../lib/data/flag-claim");
const { addReviewNote } = await import("../../../lib/data/review-add-note");
const { assignDiscrepancy } = await import("../../../lib/data/review-assign");
const { changeDiscrepancyStatus } = await import("../../../lib/data/review-change-status");
const { editArticleDetails, removeArticle } = await import("../../../lib/data/edit-article");
const { AppError } = await import("../../../lib/data/errors");

let storyId = "";
let otherId = "";
before(async () => {
  storyId = (await loadSampleStory(path.join(ROOT, "prisma", "seed", "sample-story"))).storyId!;
  otherId = (await db.story.create({ data: { slug: "story-version-other", title: "Another story" } })).id;
  await seedDemoUsers();
});

// timestamps are kept to the millisecond: a change in the same millisecond as the one before would not move them
const tick = () => new Promise((r) => setTimeout(r, 3));

const anyArticle = async () => (await db.article.findFirstOrThrow({ where: { storyId, status: "done" }, orderBy: { createdAt: "asc" } })).id;
const anyDiscrepancy = async () => (await db.discrepancy.findFirstOrThrow({ where: { storyId }, orderBy: { createdAt: "asc" } })).id;

const CHANGES: [string, () => Promise<unknown>][] = [
  ["a reviewer's flag", async () => {
    const group = await db.claimGroup.findFirstOrThrow({ where: { storyId } });
    await flagClaim(await actorOf("reviewer"), { storyId, groupId: group.id, reason: "The figures differ from the filing." });
  }],
  ["a review note", async () => addReviewNote(await actorOf("reviewer"), { id: await anyDiscrepancy(), note: "Checked against the second source." })],
  ["an assignment", async () => assignDiscrepancy(await actorOf("editor"), { id: await anyDiscrepancy(), assigneeId: (await actorOf("reviewer")).id })],
  ["a review verdict", async () => changeDiscrepancyStatus(await actorOf("reviewer"), { id: await anyDiscrepancy(), to: "in_review" })],
  ["an article's details corrected", async () => editArticleDetails(await actorOf("editor"), await anyArticle(), { outlet: "", title: "A corrected headline", publishedAt: "" })],
  ["an analysis result", async () => db.article.update({ where: { id: await anyArticle() }, data: { status: "failed", error: "could not be read" } })],
  ["a comparison finished", async () => db.story.update({ where: { id: storyId }, data: { analyzedAt: new Date(Date.now() + 60_000) } })],
  ["a discrepancy removed", async () => db.discrepancy.delete({ where: { id: (await db.discrepancy.findFirstOrThrow({ where: { storyId }, orderBy: { createdAt: "desc" } })).id } })],
  ["a history line written", async () => db.storyEvent.create({ data: { storyId, action: "article_edited", note: "by hand" } })],
  ["an article removed", async () => removeArticle(await actorOf("editor"), await anyArticle())],
  // the history and review pages name their actors through the user record
  ["a reviewer renaming themself", async () => db.user.update({ where: { id: (await actorOf("reviewer")).id }, data: { name: "Renamed Reviewer" } })],
];

for (const [what, change] of CHANGES) {
  test(`the version changes with ${what}`, async () => {
    const before = await readStoryVersion(storyId);
    await tick();
    await change();
    assert.notEqual(await readStoryVersion(storyId), before);
  });
}

const NO_CHANGES: [string, () => Promise<unknown>][] = [
  ["reading the story's pages", async () => Promise.all([getStory(storyId), getStoryMatrix(storyId, {})])],
  ["a change to another story", async () => db.story.update({ where: { id: otherId }, data: { description: "changed" } })],
  ["an article added to another story", async () => db.article.create({ data: { storyId: otherId, inputType: "text", rawInput: "x", contentHash: "other-1", status: "done" } })],
  ["a session started", async () => db.session.create({ data: { id: "version-session", token: "version-session-token", userId: (await actorOf("viewer")).id, expiresAt: new Date(Date.now() + 3_600_000) } })],
];

for (const [what, change] of NO_CHANGES) {
  test(`the version stays with ${what}`, async () => {
    const before = await readStoryVersion(storyId);
    await tick();
    await change();
    assert.equal(await readStoryVersion(storyId), before);
  });
}

test("a story with nothing in it has a version; an unknown story is not found", async () => {
  const empty = (await db.story.create({ data: { slug: "story-version-empty", title: "Empty" } })).id;
  assert.match(await readStoryVersion(empty), /\S/);
  await assert.rejects(readStoryVersion("no-such-story"), (e: unknown) => e instanceof AppError && e.code === "not_found");
});
