// Bulk review on a selection, and the queue's default of open items, against a real database.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { useTempDatabase } from "../../helpers/temp-db";
import { actorOf } from "../../helpers/actors";

useTempDatabase("review-bulk");
const { db } = await import("../../../lib/db");
const { createStory } = await import("../../../lib/data/create-story");
const { applyBulkReview } = await import("../../../lib/data/review-bulk");
const { listDiscrepanciesForReview } = await import("../../../lib/data/list-discrepancies-for-review");
const { getStory } = await import("../../../lib/data/get-story");
const { seedDemoUsers } = await import("../../../lib/data/seed-demo-users");
const { AppError } = await import("../../../lib/data/errors");
type Actor = import("../../../lib/auth/permissions").Actor;

const actor = (role: Actor["role"]) => actorOf(role);
let storyId = "";
let ids: string[] = [];

before(async () => {
  await seedDemoUsers();
  storyId = (await createStory({ title: "Bulk" })).id;
  const mk = (key: string, status: string) =>
    db.discrepancy.create({ data: { storyId, key, kind: "number_conflict", severity: "major", summary: key, status, evidence: "{}" } });
  ids = (await Promise.all([mk("a", "open"), mk("b", "open"), mk("c", "confirmed")])).map((d) => d.id);
});

test("the queue lists what every count calls open; 'all' lists the rest too", async () => {
  const viewer = await actor("viewer");
  const open = await listDiscrepanciesForReview(viewer, { story: storyId });
  assert.deepEqual(open.rows.map((r) => r.summary).sort(), ["a", "b"]);
  assert.equal(open.total, (await getStory(storyId)).openDiscrepancies);
  assert.equal((await listDiscrepanciesForReview(viewer, { story: storyId, status: "all" })).total, 3);
});

test("a status set on a selection changes the items that allow it and says why the others stayed", async () => {
  const r = await applyBulkReview(await actor("reviewer"), ids, { op: "status", to: "in_review" });
  assert.equal(r.changed, 2);
  assert.deepEqual(r.skipped.map((s) => s.id), [ids[2]]);
  assert.match(r.skipped[0].reason, /cannot be moved/);
  const events = await db.reviewEvent.count({ where: { discrepancyId: { in: ids.slice(0, 2) }, action: "status" } });
  assert.equal(events, 2, "each item keeps its own history");
});

test("assigning a selection; viewers and empty selections are refused", async () => {
  const reviewer = await actor("reviewer");
  const r = await applyBulkReview(reviewer, ids, { op: "assign", assigneeId: reviewer.id });
  assert.equal(r.changed, 3);
  assert.equal(await db.discrepancy.count({ where: { assigneeId: reviewer.id } }), 3);
  await assert.rejects(applyBulkReview(await actor("viewer"), ids, { op: "assign", assigneeId: null }), (e) => e instanceof AppError && e.code === "forbidden");
  await assert.rejects(applyBulkReview(reviewer, [], { op: "status", to: "open" }), (e) => e instanceof AppError && e.field === "ids");
  await assert.rejects(applyBulkReview(reviewer, ids, { op: "status", to: "bogus" }), (e) => e instanceof AppError && e.field === "to");
});
