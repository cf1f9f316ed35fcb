// Several people reviewing one discrepancy at the same moment: every note and status change lands.
// On PostgreSQL (serializable) the conflicting transactions are aborted and run again; on SQLite they
// take turns. Before the reviews ran through whenUnlocked, PostgreSQL failed some of them.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { useTempDatabase, ROOT } from "../../helpers/temp-db";

useTempDatabase("concurrent-reviews");
const { db } = await import("../../../lib/db");
const { loadSampleStory } = await import("../../../lib/data/load-sample-story");
const { seedDemoUsers } = await import("../../../lib/data/seed-demo-users");
const { addReviewNote } = await import("../../../lib/data/review-add-note");
const { assignDiscrepancy } = await import("../../../lib/data/review-assign");
type Actor = import("../../../lib/auth/permissions").Actor;

let editor: Actor;
let reviewer: Actor;
let discrepancyId = "";

before(async () => {
  await loadSampleStory(path.join(ROOT, "prisma", "seed", "sample-story"));
  await seedDemoUsers();
  const users = await db.user.findMany();
  const as = (role: string): Actor => {
    const u = users.find((x) => x.role === role)!;
    return { id: u.id, name: u.name, email: u.email, role: u.role as Actor["role"] };
  };
  [editor, reviewer] = [as("editor"), as("reviewer")];
  discrepancyId = (await db.discrepancy.findFirstOrThrow({ select: { id: true } })).id;
});

test("twelve notes and assignments at once on one discrepancy all land, in one history", async () => {
  const before = await db.reviewEvent.count({ where: { discrepancyId } });
  const writes = Array.from({ length: 12 }, (_, i) =>
    i % 3 === 2
      ? assignDiscrepancy(editor, { id: discrepancyId, assigneeId: i % 2 ? reviewer.id : editor.id })
      : addReviewNote(i % 2 ? reviewer : editor, { id: discrepancyId, note: `note ${i}` }),
  );
  const results = await Promise.allSettled(writes);
  assert.deepEqual(results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason)), []);
  const notes = await db.reviewEvent.findMany({ where: { discrepancyId, action: "note" }, select: { note: true } });
  assert.deepEqual(notes.map((n) => n.note).sort(), Array.from({ length: 12 }, (_, i) => i).filter((i) => i % 3 !== 2).map((i) => `note ${i}`).sort());
  assert.ok((await db.reviewEvent.count({ where: { discrepancyId } })) >= before + 8);
});
