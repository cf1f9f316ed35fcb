// Two processes' read-then-create transactions on one story (as two workers analysing its articles make
// them): on PostgreSQL they run serializable, so one is aborted rather than both creating the same
// entity, and whenUnlocked runs it again. (SQLite runs one writer at a time: the ingest bench covers it.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { TEST_POSTGRES_URL, useTempDatabase } from "../../helpers/temp-db";

const skip = !TEST_POSTGRES_URL && "needs npm run test:postgres";
const url = TEST_POSTGRES_URL ? useTempDatabase("pg-concurrency") : "";
const { db, createClient } = TEST_POSTGRES_URL ? await import("../../../lib/db") : ({} as typeof import("../../../lib/db"));
const { whenUnlocked } = await import("../../../lib/data/when-unlocked");

/** Both transactions have read before either writes: the overlap two busy workers get by chance. */
function overlapping(storyId: string, key: string) {
  let arrived = 0;
  let release!: () => void;
  const bothRead = new Promise<void>((r) => (release = r));
  return (client: ReturnType<typeof createClient>) => () =>
    client.$transaction(async (tx) => {
      const known = await tx.entity.findMany({ where: { storyId }, select: { key: true } });
      if (++arrived === 2) release();
      await bothRead;
      if (!known.some((e) => e.key === key)) await tx.entity.create({ data: { storyId, key, kind: "person", name: "Ann Torres" } });
    });
}

test("two overlapping read-then-create transactions: one is aborted, runs again, and the entity is made once", { skip }, async () => {
  const story = await db.story.create({ data: { slug: "concurrent", title: "Concurrent" } });
  const write = overlapping(story.id, "person:ann torres");
  const [a, b] = [createClient(url), createClient(url)];
  try {
    await Promise.all([whenUnlocked(write(a), { firstPauseMs: 5 }), whenUnlocked(write(b), { firstPauseMs: 5 })]);
    assert.equal(await db.entity.count({ where: { storyId: story.id } }), 1);
  } finally {
    await Promise.all([a.$disconnect(), b.$disconnect()]);
  }
});

test("without whenUnlocked the aborted one fails with P2034, and still nothing is doubled", { skip }, async () => {
  const story = await db.story.create({ data: { slug: "concurrent-bare", title: "Concurrent, no retry" } });
  const write = overlapping(story.id, "person:ann torres");
  const [a, b] = [createClient(url), createClient(url)];
  try {
    const results = await Promise.allSettled([write(a)(), write(b)()]);
    const failed = results.filter((r) => r.status === "rejected");
    assert.equal(failed.length, 1);
    assert.equal(((failed[0] as PromiseRejectedResult).reason as { code?: string }).code, "P2034");
    assert.equal(await db.entity.count({ where: { storyId: story.id } }), 1);
  } finally {
    await Promise.all([a.$disconnect(), b.$disconnect()]);
  }
});
