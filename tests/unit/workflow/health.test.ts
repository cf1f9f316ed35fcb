// /api/health's check against a real SQLite database: it reports whether writes work, and the
// probe itself stores nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useTempDatabase } from "../../helpers/temp-db";

useTempDatabase("health");
const { db } = await import("../../../lib/db");
const { checkHealth } = await import("../../../lib/data/check-health");

test("a writable database is healthy and the write probe leaves no row behind", async () => {
  const h = await checkHealth();
  assert.deepEqual(h, { ok: true, writable: true, stories: 0 });
  assert.equal(await db.story.count(), 0);
});

test("a database that stops taking writes is reported unhealthy, without internal error text", async () => {
  await db.$executeRawUnsafe("PRAGMA query_only = ON");
  try {
    const h = await checkHealth();
    assert.equal(h.ok, false);
    assert.equal(h.writable, false);
    assert.match(h.error ?? "", /does not accept writes/);
    assert.doesNotMatch(h.error ?? "", /prisma|sqlite|invocation/i);
  } finally {
    await db.$executeRawUnsafe("PRAGMA query_only = OFF");
  }
});
