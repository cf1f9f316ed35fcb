// The review workflow against a real migrated SQLite database: flags, status
// transitions, assignment, notes, permissions inside the data layer, and the
// append-only history.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { useTempDatabase } from "../../helpers/temp-db";

useTempDatabase("workflow");
const { db } = await import("../../../lib/db");
const { createStory } = await import("../../../lib/data/create-story");
const { flagClaim } = await import("../../../lib/data/flag-claim");
const { changeDiscrepancyStatus } = await import("../../../lib/data/review-change-status");
const { assignDiscrepancy } = await import("../../../lib/data/review-assign");
const { addReviewNote } = await import("../../../lib/data/review-add-note");
const { listDiscrepanciesForReview } = await import("../../../lib/data/list-discrepancies-for-review");
const { getDiscrepancyForReview } = await import("../../../lib/data/get-discrepancy-for-review");
const { exportStory } = await import("../../../lib/data/export-story");
const { seedDemoUsers, DEMO_USERS } = await import("../../../lib/data/seed-demo-users");
const { AppError } = await import("../../../lib/data/errors");
type Actor = import("../../../lib/auth/permissions").Actor;

let viewer: Actor;
let reviewer: Actor;
let editor: Actor;
let storyId = "";
let groupId = "";
let claimId = "";
let analysisId = "";

const isCode = (code: string) => (e: unknown) => e instanceof AppError && e.code === code;

before(async () => {
  const seeded = await seedDemoUsers();
  assert.equal(seeded.created.length, 3);
  assert.equal((await seedDemoUsers()).skipped, true, "a second run adds nothing");
  assert.equal((await seedDemoUsers({ force: true })).created.length, 0, "idempotent even when forced");
  const users = await db.user.findMany();
  const by = (role: string): Actor => {
    const u = users.find((x) => x.role === role)!;
    return { id: u.id, name: u.name, email: u.email, role: u.role as Actor["role"] };
  };
  viewer = by("viewer");
  reviewer = by("reviewer");
  editor = by("editor");

  const story = await createStory({ title: "Workflow test story" });
  storyId = story.id;
  const outlet = await db.outlet.create({ data: { name: "Outlet A" } });
  const mk = async (hash: string) =>
    db.article.create({ data: { storyId, rawInput: hash, inputType: "text", contentHash: hash, status: "done", outletId: outlet.id } });
  const a1 = await mk("h1");
  const a2 = await mk("h2");
  const c1 = await db.claim.create({ data: { articleId: a1.id, kind: "number", key: "n1", text: "12 crew members", slots: "{}", start: 0, end: 5, sentence: "s" } });
  const c2 = await db.claim.create({ data: { articleId: a2.id, kind: "number", key: "n1", text: "10 crew members", slots: "{}", start: 0, end: 5, sentence: "s" } });
  const loose = await db.claim.create({ data: { articleId: a2.id, kind: "quote", key: "q1", text: "a quote", slots: "{}", start: 6, end: 9, sentence: "s" } });
  claimId = loose.id;
  const group = await db.claimGroup.create({ data: { storyId, kind: "number", key: "number:crew", label: "crew members hired" } });
  groupId = group.id;
  await db.groupMember.createMany({ data: [{ groupId, claimId: c1.id, reading: "12" }, { groupId, claimId: c2.id, reading: "10" }] });
  const d = await db.discrepancy.create({
    data: {
      storyId,
      groupId,
      kind: "number_conflict",
      key: "number:crew::number_conflict",
      severity: "major",
      summary: "Outlets give different crew numbers.",
      evidence: JSON.stringify({ readings: [{ text: "12 crew members", articleIds: [a1.id] }, { text: "10 crew members", articleIds: [a2.id] }], differing: [] }),
    },
  });
  analysisId = d.id;
});

test("demo users can sign in: the password is hashed, never stored in clear", async () => {
  assert.deepEqual(DEMO_USERS.map((u) => u.role), ["viewer", "reviewer", "editor"]);
  const accounts = await db.account.findMany();
  assert.equal(accounts.length, 3);
  for (const a of accounts) {
    assert.equal(a.providerId, "credential");
    assert.ok(a.password && a.password !== "parallax-demo" && a.password.includes(":"), "scrypt salt:hash");
  }
  const { verifyPassword } = await import("better-auth/crypto");
  assert.equal(await verifyPassword({ hash: accounts[0].password!, password: "parallax-demo" }), true);
  assert.equal(await verifyPassword({ hash: accounts[0].password!, password: "wrong" }), false);
});

test("a reviewer flags a claim group where the analysis found nothing", async () => {
  const r = await flagClaim(reviewer, { storyId, groupId, reason: "The crew numbers need a check with the operator.", severity: "minor" });
  assert.equal(r.created, true);
  const d = await db.discrepancy.findUniqueOrThrow({ where: { id: r.id }, include: { events: true } });
  assert.equal(d.origin, "reviewer");
  assert.equal(d.key, "flag:number:crew");
  assert.equal(d.target, "group:number:crew");
  assert.equal(d.status, "open");
  assert.equal(d.severity, "minor");
  assert.equal(d.groupId, groupId);
  assert.equal(d.events.length, 1);
  assert.equal(d.events[0].action, "flagged");
  assert.equal(d.events[0].actorId, reviewer.id);
  const ev = JSON.parse(d.evidence) as { readings: { text: string; articleIds: string[] }[] };
  assert.equal(ev.readings.length, 2);
});

test("flagging the same group again adds a note instead of a second discrepancy", async () => {
  const r = await flagClaim(editor, { storyId, groupId, reason: "Still unclear." });
  assert.equal(r.created, false);
  assert.equal(await db.discrepancy.count({ where: { storyId, key: "flag:number:crew" } }), 1);
});

test("a single claim can be flagged too", async () => {
  const r = await flagClaim(reviewer, { storyId, claimId, reason: "Is this quote accurate?" });
  const d = await db.discrepancy.findUniqueOrThrow({ where: { id: r.id } });
  assert.match(d.key, /^flag:.+#q1$/);
  assert.equal(d.origin, "reviewer");
});

test("flag input is checked: empty reason, no target, both targets, another story's group", async () => {
  await assert.rejects(flagClaim(reviewer, { storyId, groupId, reason: "  " }), (e: unknown) => isCode("invalid_input")(e) && (e as InstanceType<typeof AppError>).field === "reason");
  await assert.rejects(flagClaim(reviewer, { storyId, reason: "x" }), isCode("invalid_input"));
  await assert.rejects(flagClaim(reviewer, { storyId, groupId, claimId, reason: "x" }), isCode("invalid_input"));
  const other = await createStory({ title: "Other" });
  await assert.rejects(flagClaim(reviewer, { storyId: other.id, groupId, reason: "x" }), isCode("not_found"));
});

test("viewers and anonymous users cannot change anything (checked in the data layer)", async () => {
  await assert.rejects(flagClaim(viewer, { storyId, groupId, reason: "x" }), isCode("forbidden"));
  await assert.rejects(flagClaim(null, { storyId, groupId, reason: "x" }), isCode("unauthorized"));
  await assert.rejects(changeDiscrepancyStatus(viewer, { id: analysisId, to: "in_review" }), isCode("forbidden"));
  await assert.rejects(changeDiscrepancyStatus(null, { id: analysisId, to: "in_review" }), isCode("unauthorized"));
  await assert.rejects(assignDiscrepancy(viewer, { id: analysisId, assigneeId: reviewer.id }), isCode("forbidden"));
  await assert.rejects(addReviewNote(viewer, { id: analysisId, note: "hi" }), isCode("forbidden"));
  const d = await db.discrepancy.findUniqueOrThrow({ where: { id: analysisId }, include: { events: true } });
  assert.equal(d.status, "open");
  assert.equal(d.events.length, 0);
});

test("status transitions: allowed ones go through, refused ones change nothing", async () => {
  await assert.rejects(changeDiscrepancyStatus(reviewer, { id: analysisId, to: "confirmed" }), isCode("invalid_input"));
  await assert.rejects(changeDiscrepancyStatus(reviewer, { id: analysisId, to: "bogus" }), isCode("invalid_input"));
  assert.equal((await changeDiscrepancyStatus(reviewer, { id: analysisId, to: "in_review" })).status, "in_review");
  await assert.rejects(changeDiscrepancyStatus(reviewer, { id: analysisId, to: "in_review" }), isCode("invalid_input"));
  await assert.rejects(changeDiscrepancyStatus(reviewer, { id: analysisId, to: "confirmed", expectedFrom: "open" }), isCode("conflict"));
  await changeDiscrepancyStatus(reviewer, { id: analysisId, to: "confirmed", note: "Checked with the operator: 12." });
  await assert.rejects(changeDiscrepancyStatus(reviewer, { id: analysisId, to: "dismissed" }), isCode("invalid_input"));
  await changeDiscrepancyStatus(editor, { id: analysisId, to: "open", note: "Reopened: new source." });
  await changeDiscrepancyStatus(editor, { id: analysisId, to: "in_review" });
  await changeDiscrepancyStatus(editor, { id: analysisId, to: "confirmed" });
  await assert.rejects(changeDiscrepancyStatus(reviewer, { id: "nope", to: "open" }), isCode("not_found"));
  const d = await db.discrepancy.findUniqueOrThrow({ where: { id: analysisId } });
  assert.equal(d.status, "confirmed");
});

test("resolved (set by data) can be reopened by a reviewer", async () => {
  const d = await db.discrepancy.create({ data: { storyId, kind: "date_conflict", key: "date:x::date_conflict", severity: "minor", summary: "s", status: "resolved", stale: true } });
  await changeDiscrepancyStatus(reviewer, { id: d.id, to: "open" });
  assert.equal((await db.discrepancy.findUniqueOrThrow({ where: { id: d.id } })).status, "open");
});

test("assignment goes to reviewers and editors only, and is recorded", async () => {
  await assignDiscrepancy(reviewer, { id: analysisId, assigneeId: editor.id });
  await assert.rejects(assignDiscrepancy(reviewer, { id: analysisId, assigneeId: viewer.id }), (e: unknown) => isCode("invalid_input")(e) && (e as InstanceType<typeof AppError>).field === "assigneeId");
  await assert.rejects(assignDiscrepancy(reviewer, { id: analysisId, assigneeId: "nobody" }), isCode("invalid_input"));
  await assignDiscrepancy(editor, { id: analysisId, assigneeId: null });
  const events = await db.reviewEvent.findMany({ where: { discrepancyId: analysisId, action: "assigned" }, orderBy: { createdAt: "asc" } });
  assert.deepEqual(events.map((e) => [e.fromValue, e.toValue]), [[null, editor.name], [editor.name, null]]);
});

test("notes: empty refused, text recorded", async () => {
  await assert.rejects(addReviewNote(reviewer, { id: analysisId, note: " " }), (e: unknown) => isCode("invalid_input")(e) && (e as InstanceType<typeof AppError>).field === "note");
  await addReviewNote(reviewer, { id: analysisId, note: "Asked the operator for a statement." });
});

test("the history is append-only: earlier events are never changed, only new rows added", async () => {
  const before = await db.reviewEvent.findMany({ where: { discrepancyId: analysisId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  assert.ok(before.length >= 7);
  await changeDiscrepancyStatus(reviewer, { id: analysisId, to: "open" });
  await addReviewNote(editor, { id: analysisId, note: "One more." });
  await assignDiscrepancy(reviewer, { id: analysisId, assigneeId: reviewer.id });
  const after = await db.reviewEvent.findMany({ where: { discrepancyId: analysisId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  assert.equal(after.length, before.length + 3);
  for (const old of before) {
    const same = after.find((e) => e.id === old.id);
    assert.deepEqual(same, old, "an earlier event is unchanged");
  }
  const statusTrail = after.filter((e) => e.action === "status").map((e) => `${e.fromValue}>${e.toValue}`);
  assert.deepEqual(statusTrail, ["open>in_review", "in_review>confirmed", "confirmed>open", "open>in_review", "in_review>confirmed", "confirmed>open"]);
  const confirm = after.find((e) => e.toValue === "confirmed")!;
  assert.equal(confirm.actorId, reviewer.id);
  assert.equal(confirm.note, "Checked with the operator: 12.");
});

test("the queue filters by status, kind, severity, outlet, assignee and is readable anonymously", async () => {
  const all = await listDiscrepanciesForReview(null, {});
  assert.ok(all.total >= 4);
  assert.ok(all.options.kinds.includes("reviewer_flag"));
  const flags = await listDiscrepanciesForReview(viewer, { kind: "reviewer_flag" });
  assert.ok(flags.rows.every((r) => r.kind === "reviewer_flag" && r.origin === "reviewer"));
  const major = await listDiscrepanciesForReview(viewer, { severity: "major", kind: "number_conflict" });
  assert.deepEqual(major.rows.map((r) => r.id), [analysisId]);
  assert.deepEqual(major.rows[0].outlets, ["Outlet A"]);
  const mine = await listDiscrepanciesForReview(reviewer, { assignee: "me" });
  assert.deepEqual(mine.rows.map((r) => r.id), [analysisId]);
  const unassigned = await listDiscrepanciesForReview(reviewer, { assignee: "none" });
  assert.ok(!unassigned.rows.some((r) => r.id === analysisId));
  const outlet = await db.outlet.findFirstOrThrow();
  const byOutlet = await listDiscrepanciesForReview(viewer, { outlet: outlet.id });
  assert.ok(byOutlet.rows.some((r) => r.id === analysisId));
  const openOnes = await listDiscrepanciesForReview(viewer, { status: "confirmed" });
  assert.ok(openOnes.rows.every((r) => r.status === "confirmed"));
});

test("the detail shows evidence, history and what the user may do", async () => {
  const d = await getDiscrepancyForReview(viewer, analysisId);
  assert.equal(d.readings.length, 2);
  assert.equal(d.readings[0].articles[0].outlet, "Outlet A");
  assert.equal(d.group?.id, groupId);
  assert.deepEqual(d.allowed, { status: [], assign: false, note: false });
  const r = await getDiscrepancyForReview(reviewer, analysisId);
  assert.deepEqual(r.allowed.status, ["in_review"]);
  assert.ok(r.events.length > 5 && r.events.every((e) => e.actor));
});

test("ClaimReview export lists confirmed discrepancies only", async () => {
  await changeDiscrepancyStatus(reviewer, { id: analysisId, to: "in_review" });
  await changeDiscrepancyStatus(reviewer, { id: analysisId, to: "confirmed", note: "Confirmed again." });
  const file = await exportStory(null, storyId, "claimreview", { baseUrl: "http://example.test" });
  const items = JSON.parse(file.body) as { "@type": string; url: string; reviewBody: string; itemReviewed: { appearance: unknown[] } }[];
  assert.equal(items.length, 1);
  assert.equal(items[0]["@type"], "ClaimReview");
  assert.equal(items[0].url, `http://example.test/review/${analysisId}`);
  assert.match(items[0].reviewBody, /Confirmed again/);
  assert.equal(items[0].itemReviewed.appearance.length, 2);
  const csv = await exportStory(null, storyId, "csv", { part: "discrepancies" });
  assert.match(csv.body.split("\r\n")[0], /^story_id,discrepancy_id,key,kind,severity,status/);
  const claims = await exportStory(null, storyId, "csv");
  assert.equal(claims.body.trim().split("\r\n").length, 4, "header + 3 claims");
  const json = JSON.parse((await exportStory(null, storyId, "json")).body) as { discrepancies: { history: unknown[] }[] };
  assert.ok(json.discrepancies.length >= 3);
});

test("only editors create accounts; duplicates and unknown roles are refused", async () => {
  const { addUser } = await import("../../../lib/data/add-user");
  const input = { email: "New.Reviewer@Example.org", name: "New Reviewer", password: "long-enough-pw", role: "reviewer" };
  await assert.rejects(addUser(reviewer, input), isCode("forbidden"));
  await assert.rejects(addUser(null, input), isCode("unauthorized"));
  await assert.rejects(addUser(editor, { ...input, role: "admin" }), isCode("invalid_input"));
  const created = await addUser(editor, input);
  assert.equal(created.email, "new.reviewer@example.org");
  assert.equal((await db.user.findUniqueOrThrow({ where: { id: created.id } })).role, "reviewer");
  await assert.rejects(addUser(editor, input), isCode("duplicate"));
});

test("the review queue lists the most serious discrepancies first", async () => {
  const queue = await listDiscrepanciesForReview(viewer);
  const rank = { major: 0, minor: 1, info: 2 } as Record<string, number>;
  const ranks = queue.rows.map((r) => rank[r.severity] ?? 9);
  assert.ok(ranks.length > 1 && new Set(ranks).size > 1, "the sample has discrepancies of several severities");
  assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
});

test("the queue shows calibrated findings; low-confidence candidates only when asked for; coverage notes never", async () => {
  const mk = (key: string, kind: string, confidence: number) =>
    db.discrepancy.create({ data: { storyId, key, kind, severity: kind === "single_source" ? "info" : "minor", summary: key, confidence } });
  const low = await mk("candidate-low", "number_conflict", 0.3);
  const high = await mk("finding-high", "number_conflict", 0.9);
  const note = await mk("coverage-note", "single_source", 1);
  const shown = (await listDiscrepanciesForReview(reviewer)).rows.map((r) => r.id);
  assert.ok(shown.includes(high.id));
  assert.ok(!shown.includes(low.id));
  assert.ok(!shown.includes(note.id));
  const candidates = (await listDiscrepanciesForReview(reviewer, { confidence: "low" })).rows.map((r) => r.id);
  assert.ok(candidates.includes(low.id));
  assert.ok(!candidates.includes(high.id));
  assert.ok(!candidates.includes(note.id));
});
