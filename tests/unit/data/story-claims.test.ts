// The claims API's reader: filtered by kind, paged with a cursor and a limit, in article and text
// order, one story's claims only, bad queries refused.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { useTempDatabase, ROOT } from "../../helpers/temp-db";

useTempDatabase("story-claims");
const { db } = await import("../../../lib/db");
const { loadSampleStory } = await import("../../../lib/data/load-sample-story");
const { claimsQuery, listStoryClaims } = await import("../../../lib/data/list-story-claims");
const { AppError } = await import("../../../lib/data/errors");

let storyId = "";
before(async () => {
  storyId = (await loadSampleStory(path.join(ROOT, "prisma", "seed", "sample-story"))).storyId!;
});

const query = (q: string) => claimsQuery(new URLSearchParams(q));

test("?kind= returns only claims of that kind", async () => {
  const { claims } = await listStoryClaims(null, storyId, query("kind=quote&limit=500"));
  assert.ok(claims.length > 0);
  assert.ok(claims.every((c) => c.kind === "quote"));
  assert.equal(claims.length, await db.claim.count({ where: { kind: "quote", article: { storyId } } }));
});

test("pages of ?limit= claims walk every claim once, the last page with no next cursor", async () => {
  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: { claims: { id: string }[]; nextCursor: string | null } =
      await listStoryClaims(null, storyId, query(`limit=25${cursor ? `&cursor=${cursor}` : ""}`));
    assert.ok(page.claims.length <= 25);
    seen.push(...page.claims.map((c) => c.id));
    cursor = page.nextCursor;
    pages++;
  } while (cursor && pages < 100);
  const total = await db.claim.count({ where: { article: { storyId } } });
  assert.equal(seen.length, total);
  assert.equal(new Set(seen).size, total);
  assert.equal(pages, Math.ceil(total / 25));
});

test("a bad kind, limit or cursor is refused with a message that says what is wrong", async () => {
  const cases: [string, RegExp][] = [["kind=rumour", /kind is one of/], ["limit=0", /at least 1/], ["limit=9999", /at most 500/], ["limit=abc", /whole number/]];
  for (const [q, message] of cases) {
    assert.throws(() => query(q), (e: unknown) => e instanceof AppError && e.code === "invalid_input" && message.test(e.message), q);
  }
  await assert.rejects(listStoryClaims(null, storyId, query("cursor=not-a-claim")), (e: unknown) => e instanceof AppError && /cursor/.test((e as Error).message));
});

test("pages follow articles, then text order, and hold only this story's claims", async () => {
  // another story's article and claims, so a page that leaked across stories would show them
  const other = await db.story.create({ data: { slug: "story-claims-other", title: "Another story" } });
  const article = await db.article.create({ data: { storyId: other.id, inputType: "text", rawInput: "x", contentHash: "other", status: "done" } });
  const slots = JSON.stringify({ id: "q1", kind: "quote", text: "t", start: 0, end: 1, sentence: "t", quote: { speaker: null, quote: "t", cue: null, direct: true } });
  const foreign = await db.claim.create({ data: { articleId: article.id, kind: "quote", key: "q1", text: "t", slots, start: 0, end: 1, sentence: "t" } });
  try {
    const page = await listStoryClaims(null, storyId, query("limit=500"));
    const stored = await db.claim.findMany({ where: { article: { storyId } }, select: { id: true, articleId: true, start: true } });
    const order = (a: { articleId: string; start: number; id: string }, b: typeof a) =>
      a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    assert.deepEqual(page.claims.map((c) => c.id), stored.sort(order).map((c) => c.id));
    assert.ok(page.claims.every((c) => c.article.id !== article.id));
    // the same ordering per kind, and a cursor of the other story is refused
    const quotes = await listStoryClaims(null, storyId, query("kind=quote&limit=500"));
    assert.deepEqual(quotes.claims.map((c) => c.id), page.claims.filter((c) => c.kind === "quote").map((c) => c.id));
    await assert.rejects(listStoryClaims(null, storyId, query(`cursor=${foreign.id}`)), (e: unknown) => e instanceof AppError && e.code === "invalid_input");
    assert.deepEqual((await listStoryClaims(null, other.id, query(""))).claims.map((c) => c.id), [foreign.id]);
  } finally {
    await db.story.delete({ where: { id: other.id } });
  }
});

test("a story that does not exist is not found, and with no articles has no claims", async () => {
  await assert.rejects(listStoryClaims(null, "no-such-story", query("")), (e: unknown) => e instanceof AppError && e.code === "not_found");
  const empty = await db.story.create({ data: { slug: "story-claims-empty", title: "Empty story" } });
  try {
    assert.deepEqual(await listStoryClaims(null, empty.id, query("")), { nextCursor: null, claims: [] });
  } finally {
    await db.story.delete({ where: { id: empty.id } });
  }
});
