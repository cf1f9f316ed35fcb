// The story page's cache: kept while the story is unchanged, recomputed at once after a review, an
// edit or a write from another process (another database connection), bounded, failures not kept;
// and the matrix paged by outlets as well as rows.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { useTempDatabase, ROOT } from "../../helpers/temp-db";
import { actorOf } from "../../helpers/actors";

const url = useTempDatabase("page-cache");
const { db, createClient } = await import("../../../lib/db");
const { loadSampleStory } = await import("../../../lib/data/load-sample-story");
const { seedDemoUsers } = await import("../../../lib/data/seed-demo-users");
const { getStory } = await import("../../../lib/data/get-story");
const { getStoryMatrix, MATRIX_OUTLET_PAGE_SIZE } = await import("../../../lib/data/get-story-matrix");
const { getStoryCharts } = await import("../../../lib/data/get-story-charts");
const { getStoryTimeline } = await import("../../../lib/data/get-story-timeline");
const { changeDiscrepancyStatus } = await import("../../../lib/data/review-change-status");
const { cachedStoryPart, clearPageCache, pageCacheSize, PAGE_CACHE_STORIES } = await import("../../../lib/data/page-cache");
const { AppError } = await import("../../../lib/data/errors");

let storyId = "";
before(async () => {
  storyId = (await loadSampleStory(path.join(ROOT, "prisma", "seed", "sample-story"))).storyId!;
  await seedDemoUsers();
});

test("an unchanged story is served from the cache: the same objects come back", async () => {
  clearPageCache();
  const [s1, m1, c1, t1] = [await getStory(storyId), await getStoryMatrix(storyId, {}), await getStoryCharts(storyId), await getStoryTimeline(storyId)];
  const [s2, m2, c2, t2] = [await getStory(storyId), await getStoryMatrix(storyId, {}), await getStoryCharts(storyId), await getStoryTimeline(storyId)];
  assert.equal(s2, s1);
  assert.equal(m2, m1);
  assert.equal(c2, c1);
  assert.equal(t2, t1);
  // another query is another page, not the first page again
  const diff = await getStoryMatrix(storyId, { diff: "1" });
  assert.notEqual(diff, m1);
  assert.ok(diff.rows.every((r) => r.level === "major" || r.level === "minor"));
});

test("a review shows at once: the matrix row's status and the open count change", async () => {
  const reviewer = await actorOf("reviewer");
  const before = await getStoryMatrix(storyId, { diff: "1" });
  const detail = await getStory(storyId);
  const row = before.rows.find((r) => r.discrepancy?.status === "open");
  assert.ok(row, "the sample story has an open discrepancy");
  const d = await db.discrepancy.findFirstOrThrow({ where: { storyId, groupId: row.groupId, status: "open", kind: row.discrepancy!.kind } });
  await changeDiscrepancyStatus(reviewer, { id: d.id, to: "in_review" });
  const after = await getStoryMatrix(storyId, { diff: "1" });
  assert.notEqual(after, before);
  assert.equal(after.rows.find((r) => r.groupId === row.groupId)?.discrepancy?.status, "in_review");
  await changeDiscrepancyStatus(reviewer, { id: d.id, to: "dismissed" });
  assert.equal((await getStory(storyId)).openDiscrepancies, detail.openDiscrepancies - 1);
});

test("a write by another connection (as another process makes it) is seen at the next read", async () => {
  const detail = await getStory(storyId);
  const other = createClient(url);
  try {
    const article = detail.articles[0];
    await other.article.update({ where: { id: article.id }, data: { title: "Corrected elsewhere" } });
    const after = await getStory(storyId);
    assert.notEqual(after, detail);
    assert.equal(after.articles.find((a) => a.id === article.id)?.title, "Corrected elsewhere");
    // a story event (an edit's history line) alone changes the version too
    const events = after.history.length;
    await other.storyEvent.create({ data: { storyId, action: "article_edited", note: "by another process" } });
    assert.equal((await getStory(storyId)).history.length, events + 1);
  } finally {
    await other.$disconnect();
  }
});

test("a change to another story leaves this story's entries in place", async () => {
  const matrix = await getStoryMatrix(storyId, {});
  const other = await db.story.create({ data: { slug: "page-cache-other", title: "Another story" } });
  await getStory(other.id);
  await db.story.update({ where: { id: other.id }, data: { description: "changed" } });
  assert.equal((await getStory(other.id)).description, "changed");
  assert.equal(await getStoryMatrix(storyId, {}), matrix);
});

test("the cache keeps at most PAGE_CACHE_STORIES stories, the least recently read dropped first", async () => {
  clearPageCache();
  const ids: string[] = [];
  for (let i = 0; i < PAGE_CACHE_STORIES + 3; i++) {
    ids.push((await db.story.create({ data: { slug: `page-cache-bound-${i}`, title: `Bound ${i}` } })).id);
    await getStory(ids[i]);
  }
  assert.equal(pageCacheSize().stories, PAGE_CACHE_STORIES);
  // the first ones were dropped: read again, they are loaded again (a new object)
  let loads = 0;
  await cachedStoryPart(ids[0], "detail", async () => ++loads);
  assert.equal(loads, 1);
  const last = ids[ids.length - 1];
  await cachedStoryPart(last, "detail", async () => ++loads);
  assert.equal(loads, 1, "the most recent story is still kept");
});

test("a failed load is not kept, and an unknown story is not found", async () => {
  let calls = 0;
  const failing = () => cachedStoryPart(storyId, "flaky", async () => {
    calls++;
    if (calls === 1) throw new Error("transient");
    return calls;
  });
  await assert.rejects(failing(), /transient/);
  assert.equal(await failing(), 2);
  assert.equal(await failing(), 2);
  await assert.rejects(getStoryMatrix("no-such-story", {}), (e: unknown) => e instanceof AppError && e.code === "not_found");
});

test("the matrix is paged by outlets: each page has its columns and each row one cell per column", async () => {
  const sample = await getStoryMatrix(storyId, {});
  const sampleOutlets = sample.outlets.total;
  assert.equal(sample.outlets.pageCount, 1);
  // more outlets than fit one page: analysed articles from 25 further outlets, published after the sample's
  for (let i = 0; i < 25; i++) {
    const outlet = await db.outlet.create({ data: { name: `Paged outlet ${i + 1}` } });
    await db.article.create({
      data: {
        storyId, outletId: outlet.id, inputType: "text", rawInput: `text ${i}`, contentHash: `paged-${i}`, status: "done",
        publishedAt: new Date(Date.UTC(2100, 0, 1 + i)),
      },
    });
  }
  const total = sampleOutlets + 25;
  const first = await getStoryMatrix(storyId, {});
  assert.deepEqual(first.outlets, { total, page: 1, pageCount: Math.ceil(total / MATRIX_OUTLET_PAGE_SIZE), pageSize: MATRIX_OUTLET_PAGE_SIZE });
  assert.equal(first.columns.length, MATRIX_OUTLET_PAGE_SIZE);
  assert.deepEqual(first.columns.slice(0, sampleOutlets).map((c) => c.key), sample.columns.map((c) => c.key), "the sample's outlets stay first");
  assert.ok(first.rows.every((r) => r.cells.length === first.columns.length));
  assert.ok(first.rows.some((r) => r.cells.some((c) => c.snippet)), "the sample's cells keep their snippets");

  const second = await getStoryMatrix(storyId, { outlets: "2" });
  assert.equal(second.outlets.page, 2);
  assert.deepEqual(second.columns.map((c) => c.label), Array.from({ length: MATRIX_OUTLET_PAGE_SIZE }, (_, i) => `Paged outlet ${MATRIX_OUTLET_PAGE_SIZE - sampleOutlets + i + 1}`));
  // the new outlets report none of the sample's claims
  assert.ok(second.rows.every((r) => r.cells.length === MATRIX_OUTLET_PAGE_SIZE && r.cells.every((c) => c.status === "absent" && !c.snippet)));
  assert.deepEqual(second.rows.map((r) => r.groupId), first.rows.map((r) => r.groupId), "the same rows, other columns");

  // past the last page: the last page; nonsense: the first
  const last = await getStoryMatrix(storyId, { outlets: "99" });
  assert.equal(last.outlets.page, first.outlets.pageCount);
  assert.equal(last.columns.length, total - (first.outlets.pageCount - 1) * MATRIX_OUTLET_PAGE_SIZE);
  for (const bad of ["0", "-1", "two"]) assert.equal((await getStoryMatrix(storyId, { outlets: bad })).outlets.page, 1, bad);
});

test("a claim group's page, kept as the group page keeps it, shows a review at once", async () => {
  const { getGroup } = await import("../../../lib/data/get-group");
  const reviewer = await actorOf("reviewer");
  const d = await db.discrepancy.findFirstOrThrow({ where: { storyId, status: "open", groupId: { not: null }, stale: false } });
  const read = () => cachedStoryPart(storyId, `group ${d.groupId}`, () => getGroup(storyId, d.groupId!));
  const before = await read();
  assert.equal(await read(), before);
  assert.equal(before.discrepancies.find((x) => x.id === d.id)?.status, "open");
  await changeDiscrepancyStatus(reviewer, { id: d.id, to: "in_review" });
  const after = await read();
  assert.notEqual(after, before);
  assert.equal(after.discrepancies.find((x) => x.id === d.id)?.status, "in_review");
});
