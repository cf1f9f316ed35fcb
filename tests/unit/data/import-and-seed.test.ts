// lib/data against a real, migrated SQLite database in a temp folder.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { useTempDatabase, ROOT } from "../../helpers/temp-db";

useTempDatabase("data");
const { db } = await import("../../../lib/db");
const { loadSampleStory } = await import("../../../lib/data/load-sample-story");
const { addArticles } = await import("../../../lib/data/add-articles");
const { analyzeStory } = await import("../../../lib/data/analyze-story");
const { createStory } = await import("../../../lib/data/create-story");
const { AppError } = await import("../../../lib/data/errors");

const SAMPLE = path.join(ROOT, "prisma", "seed", "sample-story");
let storyId = "";

before(async () => {
  const first = await loadSampleStory(SAMPLE);
  assert.equal(first.created, true);
  storyId = first.storyId!;
});

test("the sample story loads once with every raw input stored exactly as given", async () => {
  const manifest = JSON.parse(fs.readFileSync(`${SAMPLE}.json`, "utf8")) as { articles: string[] };
  const articles = await db.article.findMany({ where: { storyId }, orderBy: { sourceName: "asc" } });
  assert.equal(articles.length, manifest.articles.length);
  for (const a of articles) {
    assert.equal(a.rawInput, fs.readFileSync(path.join(SAMPLE, a.sourceName!), "utf8"));
    assert.equal(a.inputType, "text");
  }
});

test("loading the sample story again duplicates nothing", async () => {
  const again = await loadSampleStory(SAMPLE);
  assert.equal(again.created, false);
  assert.equal(await db.story.count(), 1);
  assert.equal(await db.article.count(), 5);
});

test("the same content added twice is reported as a duplicate and stored once", async () => {
  const raw = fs.readFileSync(path.join(SAMPLE, "001_1963f2aa61433c20.txt"), "utf8");
  const r = await addArticles(storyId, [{ content: raw, sourceName: "again.txt" }]);
  assert.equal(r.added.length, 0);
  assert.equal(r.duplicates.length, 1);
  assert.equal(await db.article.count({ where: { storyId } }), 5);
});

test("bad input is refused before anything is stored", async () => {
  const story = await createStory({ title: "Bad inputs" });
  const cases: [string, string, RegExp][] = [
    ["empty", "   \n ", /is empty/],
    ["binary", "abc\u0000def", /binary/],
    ["oversized", "word ".repeat(600_000), /limit is 2 MB/],
  ];
  for (const [name, content, message] of cases) {
    await assert.rejects(addArticles(story.id, [{ content, sourceName: `${name}.txt` }]), (e: unknown) => {
      assert.ok(e instanceof AppError, name);
      assert.match((e as Error).message, message, name);
      return true;
    });
  }
  // one bad input in a batch stores none of the batch (transactional)
  await assert.rejects(addArticles(story.id, [{ content: "A fine sentence about a council vote on Tuesday evening." }, { content: "" }]));
  assert.equal(await db.article.count({ where: { storyId: story.id } }), 0);
});

test("an article that cannot be analysed is marked failed with the reason and keeps its raw input", async () => {
  const story = await createStory({ title: "Failures" });
  const raw = "menu\nhome\nlogin";
  const { added } = await addArticles(story.id, [{ content: raw, sourceName: "nav-only.txt" }]);
  await analyzeStory(story.id);
  const a = await db.article.findUniqueOrThrow({ where: { id: added[0].id } });
  assert.equal(a.status, "failed");
  assert.ok(a.error && a.error.length > 10, `a reason is recorded: ${a.error}`);
  assert.equal(a.rawInput, raw);
});

test("re-analysing one article replaces that article's claims only", async () => {
  const articles = await db.article.findMany({ where: { storyId }, include: { claims: { select: { id: true } } } });
  const [target, other] = articles;
  const otherIds = other.claims.map((c) => c.id).sort();
  await analyzeStory(storyId, { articleIds: [target.id] });
  const after = await db.claim.findMany({ where: { articleId: other.id }, select: { id: true } });
  assert.deepEqual(after.map((c) => c.id).sort(), otherIds);
  const targetAfter = await db.article.findUniqueOrThrow({ where: { id: target.id } });
  assert.equal(targetAfter.status, "done");
});

test("review decisions survive re-analysis; a discrepancy that no longer holds is resolved by data, then reopened", async () => {
  const { persistComparison } = await import("../../../lib/data/persist-comparison");
  const quoteConflicts = await db.discrepancy.findMany({ where: { storyId, kind: "quote_wording", severity: "major" } });
  assert.ok(quoteConflicts.length > 0, "the sample story has a major quote discrepancy");
  const target = quoteConflicts[0];
  await db.discrepancy.update({ where: { id: target.id }, data: { status: "in_review" } });
  await db.reviewEvent.create({ data: { discrepancyId: target.id, action: "status", fromValue: "open", toValue: "in_review" } });

  await analyzeStory(storyId);
  const kept = await db.discrepancy.findUniqueOrThrow({ where: { id: target.id } });
  assert.equal(kept.status, "in_review");
  assert.equal(kept.stale, false);

  // Take away the article that carries the differing reading: the discrepancy no longer holds.
  const evidence = JSON.parse(target.evidence) as { readings: { articleIds: string[] }[] };
  const minority = [...evidence.readings].sort((a, b) => a.articleIds.length - b.articleIds.length)[0].articleIds;
  const removed = await db.article.findMany({ where: { id: { in: minority } } });
  await db.article.updateMany({ where: { id: { in: minority } }, data: { status: "failed", error: "taken out by the test" } });
  await persistComparison(storyId);
  const resolved = await db.discrepancy.findUniqueOrThrow({ where: { id: target.id }, include: { events: { orderBy: { createdAt: "asc" } } } });
  assert.equal(resolved.stale, true);
  assert.equal(resolved.status, "resolved");
  assert.equal(resolved.events.at(-1)?.action, "resolved_by_data");
  assert.equal(resolved.events.at(-1)?.fromValue, "in_review");

  await analyzeStory(storyId, { articleIds: removed.map((a) => a.id) });
  const reopened = await db.discrepancy.findUniqueOrThrow({ where: { id: target.id }, include: { events: { orderBy: { createdAt: "asc" } } } });
  assert.equal(reopened.status, "open");
  assert.equal(reopened.stale, false);
  assert.equal(reopened.events.at(-1)?.action, "reopened_by_data");
  assert.equal(reopened.events.length, 3, "events are appended, never rewritten");
});

test("a new story is stored together with its first articles, or not at all", async () => {
  const count = () => db.story.count();
  const before = await count();
  const ok = await addArticles({ title: "Ferry timetable", description: "Council vote" }, [{ content: "The council voted on Tuesday to keep the night ferry, the mayor said.", sourceName: "a.txt" }]);
  assert.equal(await count(), before + 1);
  assert.equal((await db.article.count({ where: { storyId: ok.storyId } })), 1);
  // refused inputs: checked before the transaction, so no story is created
  await assert.rejects(addArticles({ title: "Refused" }, [{ content: "   " }]));
  // a story that cannot be created takes its articles with it
  await assert.rejects(addArticles({ title: "x".repeat(301) }, [{ content: "The council voted on Tuesday to keep the night ferry." }]));
  assert.equal(await count(), before + 1);
});
