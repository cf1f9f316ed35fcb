// One fact, one item: a dispute found in two claim groups is one discrepancy, and the row of the
// group it was folded from still shows which outlets depart (sample story, stored and read back).
import { test, before } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { useTempDatabase, ROOT } from "../../helpers/temp-db";

useTempDatabase("one-fact-rows");
const { db } = await import("../../../lib/db");
const { loadSampleStory } = await import("../../../lib/data/load-sample-story");
const { getStoryMatrix } = await import("../../../lib/data/get-story-matrix");
const { readEvidence } = await import("../../../lib/data/stored-json");
const { getGroup } = await import("../../../lib/data/get-group");

let storyId = "";
before(async () => {
  storyId = (await loadSampleStory(path.join(ROOT, "prisma", "seed", "sample-story"))).storyId!;
});

test("the folded group's row carries the kept discrepancy and marks the departing outlets", async () => {
  const stored = await db.discrepancy.findMany({ where: { storyId, stale: false }, select: { id: true, groupId: true, evidence: true } });
  const folded = stored.flatMap((d) => (readEvidence(d.evidence).alsoGroups ?? []).map((key) => ({ d, key })));
  assert.ok(folded.length > 0, "the sample story has a dispute told in two claim groups");
  const matrix = await getStoryMatrix(storyId, { diff: "1" });
  for (const { d, key } of folded) {
    const group = await db.claimGroup.findUniqueOrThrow({ where: { storyId_key: { storyId, key } }, select: { id: true } });
    assert.notEqual(group.id, d.groupId);
    const row = matrix.rows.find((r) => r.groupId === group.id);
    assert.ok(row, "the folded group is listed among the differences");
    assert.ok(row.discrepancy, "its row names the discrepancy");
    assert.ok(row.cells.some((c) => c.status === "conflicts" || c.status === "minor"), "and marks the outlets that depart");
    const page = await getGroup(storyId, group.id);
    assert.ok(page.discrepancies.some((x) => x.id === d.id), "the group page lists it too");
    assert.ok(page.outlets.some((o) => o.status === "conflicts" || o.status === "minor"));
  }
  assert.equal(await db.discrepancy.count({ where: { storyId, stale: false, groupId: { in: folded.map((f) => f.d.groupId!) } } }), new Set(folded.map((f) => f.d.id)).size,
    "still one item per fact");
});

test("a group that no discrepancy names shows no departing outlet", async () => {
  const named = new Set<string>();
  for (const d of await db.discrepancy.findMany({ where: { storyId, stale: false }, select: { groupId: true, evidence: true } })) {
    if (d.groupId) named.add(d.groupId);
    for (const key of readEvidence(d.evidence).alsoGroups ?? []) {
      const g = await db.claimGroup.findUnique({ where: { storyId_key: { storyId, key } }, select: { id: true } });
      if (g) named.add(g.id);
    }
  }
  const matrix = await getStoryMatrix(storyId);
  for (const row of matrix.rows.filter((r) => !named.has(r.groupId)).slice(0, 5)) {
    assert.equal((await getGroup(storyId, row.groupId)).discrepancies.length, 0, row.label);
  }
  const quiet = matrix.rows.filter((r) => !named.has(r.groupId));
  assert.ok(quiet.length > 0);
  for (const row of quiet) {
    assert.equal(row.discrepancy, null);
    assert.ok(row.cells.every((c) => c.status !== "conflicts" && c.status !== "minor"), row.label);
  }
});
