// What every story read asks of SQLite is answered from an index: the story's version (counts and
// latest changes of its articles and discrepancies, on every page and API read) and a claim's
// groups (the claims API). Without these indexes SQLite reads every row of the story, article text
// and discrepancy evidence included, or scans every story's group members.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useTempDatabase } from "../../helpers/temp-db";

const url = useTempDatabase("read-path-indexes");
const { db } = await import("../../../lib/db");

const plan = async (sql: string) => (await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`, "x")).map((p) => p.detail);

test("the story's version and a claim's groups are read from an index, never a scan", { skip: !url.startsWith("file:") && "plans are SQLite's" }, async () => {
  const cases: [string, RegExp][] = [
    // the shape Prisma gives an aggregate: a subquery over the rows, with their id
    ['SELECT MAX("updatedAt"), COUNT(*) FROM (SELECT "updatedAt", "id" FROM "Discrepancy" WHERE "storyId" = ?)', /^SEARCH Discrepancy USING COVERING INDEX Discrepancy_storyId_updatedAt_idx/],
    ['SELECT MAX("updatedAt"), COUNT(*) FROM (SELECT "updatedAt", "id" FROM "Article" WHERE "storyId" = ?)', /^SEARCH Article USING COVERING INDEX Article_storyId_updatedAt_idx/],
    ['SELECT "id", "reading", "groupId" FROM "GroupMember" WHERE "claimId" IN (?)', /^SEARCH GroupMember USING INDEX GroupMember_claimId_idx/],
  ];
  for (const [sql, expected] of cases) {
    const steps = await plan(sql);
    assert.ok(steps.some((s) => expected.test(s)), `${sql}: ${steps.join("; ")}`);
    assert.ok(!steps.some((s) => /^SCAN /.test(s)), `${sql}: ${steps.join("; ")}`);
  }
});

test("the check itself catches a read that no index serves", { skip: !url.startsWith("file:") && "plans are SQLite's" }, async () => {
  // a column no index leads with: the same assertions must fail
  const steps = await plan('SELECT COUNT(*) FROM "GroupMember" WHERE "reading" = ?');
  assert.ok(steps.some((s) => /^SCAN GroupMember/.test(s)), steps.join("; "));
});
