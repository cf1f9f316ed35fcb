// The claims API's reader: filtered by kind, paged with a cursor and a limit, bad queries refused.
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
