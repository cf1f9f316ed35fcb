// The inbox: articles imported without a story are grouped into proposed stories; an editor merges,
// moves, dismisses and accepts. Against a real migrated SQLite database, with made-up articles.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { useTempDatabase } from "../../helpers/temp-db";
import { actorOf } from "../../helpers/actors";

useTempDatabase("inbox");
// the jobs are run below with drainJobs, as a worker would: requests do not wait for one
process.env.PARALLAX_IMPORT_WAIT_MS = "0";
const { db } = await import("../../../lib/db");
const { getInbox } = await import("../../../lib/data/inbox");
const { addToInbox } = await import("../../../lib/data/inbox-add");
const { mergeProposals, moveItem, dismissItem } = await import("../../../lib/data/inbox-decide");
const { acceptProposal } = await import("../../../lib/data/inbox-accept");
const { seedDemoUsers } = await import("../../../lib/data/seed-demo-users");
const { AppError } = await import("../../../lib/data/errors");
const { jobQueue } = await import("../../../lib/jobs/queue");
const { drainJobs } = await import("../../../lib/jobs/worker");
type Actor = import("../../../lib/auth/permissions").Actor;

const FIX = path.resolve(import.meta.dirname, "..", "..", "fixtures", "inbox");
const FILES = ["crane-1.txt", "observatory-1.txt", "crane-2.txt", "garden-tips.txt", "observatory-2.txt", "crane-3.txt"];
const input = (name: string) => ({ content: fs.readFileSync(path.join(FIX, name), "utf8"), type: "text" as const, sourceName: name });

const actor = (role: Actor["role"]) => actorOf(role);
let editor: Actor;
/** The proposals as sorted lists of file names, for comparing groupings. */
const shape = async () =>
  (await getInbox(editor)).map((p) => p.items.map((i) => i.sourceName).sort().join(" ")).sort();

before(async () => {
  await seedDemoUsers();
  editor = await actor("editor");
});

test("viewers and reviewers are refused; nothing is stored", async () => {
  for (const role of ["viewer", "reviewer"] as const) {
    const who = await actor(role);
    await assert.rejects(addToInbox(who, [input("crane-1.txt")]), (e) => e instanceof AppError && e.code === "forbidden");
    await assert.rejects(getInbox(who), (e) => e instanceof AppError && e.code === "forbidden");
  }
  await assert.rejects(getInbox(null), (e) => e instanceof AppError && e.code === "unauthorized");
  assert.equal(await db.inboxItem.count(), 0);
});

test("imported articles are proposed as stories: 3 + 2 of two events, the unrelated page alone", async () => {
  const r = await addToInbox(editor, FILES.map(input));
  assert.equal(r.added.length, 6);
  assert.deepEqual(await shape(), ["crane-1.txt crane-2.txt crane-3.txt", "garden-tips.txt", "observatory-1.txt observatory-2.txt"]);
  const crane = (await getInbox(editor)).find((p) => p.items.length === 3)!;
  assert.match(crane.title, /crane/i);
  assert.equal(crane.match, null);
  // ids are stable across reads
  assert.deepEqual((await getInbox(editor)).map((p) => p.id), (await getInbox(editor)).map((p) => p.id));
});

test("the same input again is reported as a duplicate, not stored twice", async () => {
  const r = await addToInbox(editor, [input("crane-2.txt"), input("crane-2.txt")]);
  assert.equal(r.added.length, 0);
  assert.deepEqual(r.duplicates, [{ sourceName: "crane-2.txt", where: "inbox" }, { sourceName: "crane-2.txt", where: "inbox" }]);
  assert.equal(await db.inboxItem.count(), 6);
});

test("merge puts two proposals together; move takes one article to another or a new proposal", async () => {
  const inbox = await getInbox(editor);
  const garden = inbox.find((p) => p.items[0].sourceName === "garden-tips.txt")!;
  const observatory = inbox.find((p) => p.items.length === 2)!;
  await mergeProposals(editor, garden.id, observatory.id);
  assert.deepEqual(await shape(), ["crane-1.txt crane-2.txt crane-3.txt", "garden-tips.txt observatory-1.txt observatory-2.txt"]);
  await assert.rejects(mergeProposals(editor, garden.id, observatory.id), (e) => e instanceof AppError && e.code === "not_found");

  const gardenItem = (await db.inboxItem.findFirstOrThrow({ where: { sourceName: "garden-tips.txt" } })).id;
  await moveItem(editor, gardenItem, "new");
  assert.deepEqual(await shape(), ["crane-1.txt crane-2.txt crane-3.txt", "garden-tips.txt", "observatory-1.txt observatory-2.txt"]);
  const crane = (await getInbox(editor)).find((p) => p.items.length === 3)!;
  await moveItem(editor, gardenItem, crane.id);
  assert.deepEqual(await shape(), ["crane-1.txt crane-2.txt crane-3.txt garden-tips.txt", "observatory-1.txt observatory-2.txt"]);

  await dismissItem(editor, gardenItem);
  assert.deepEqual(await shape(), ["crane-1.txt crane-2.txt crane-3.txt", "observatory-1.txt observatory-2.txt"]);
  await assert.rejects(moveItem(await actor("reviewer"), gardenItem, "new"), (e) => e instanceof AppError && e.code === "forbidden");
});

test("accepting creates the story with the proposal's articles, analysed, and empties them from the inbox", async () => {
  const crane = (await getInbox(editor)).find((p) => p.items.length === 3)!;
  await assert.rejects(acceptProposal(await actor("reviewer"), { proposalId: crane.id, into: "new", title: "Crane" }), (e) => e instanceof AppError && e.code === "forbidden");
  await assert.rejects(acceptProposal(editor, { proposalId: crane.id, into: "new", title: "  " }), (e) => e instanceof AppError && e.field === "title");
  assert.equal(await db.inboxItem.count(), 5, "a refused accept leaves the inbox as it was");

  const r = await acceptProposal(editor, { proposalId: crane.id, into: "new", title: "Port crane collapse" });
  await drainJobs(jobQueue());
  const story = await db.story.findUniqueOrThrow({ where: { id: r.storyId }, include: { articles: true } });
  assert.equal(story.title, "Port crane collapse");
  assert.deepEqual(story.articles.map((a) => a.sourceName).sort(), ["crane-1.txt", "crane-2.txt", "crane-3.txt"]);
  assert.ok(story.articles.every((a) => a.status === "done"), story.articles.map((a) => a.error).join("; "));
  assert.deepEqual(await shape(), ["observatory-1.txt observatory-2.txt"]);
});

test("an article of an accepted story is a duplicate; a new report of it is proposed for that story", async () => {
  const again = await addToInbox(editor, [input("crane-1.txt")]);
  assert.deepEqual(again.duplicates, [{ sourceName: "crane-1.txt", where: "story" }]);
  const followUp = fs.readFileSync(path.join(FIX, "crane-2.txt"), "utf8").replace("three dock workers", "two dock workers");
  await addToInbox(editor, [{ content: followUp, type: "text", sourceName: "crane-4.txt" }]);
  const proposal = (await getInbox(editor)).find((p) => p.items.some((i) => i.sourceName === "crane-4.txt"))!;
  const story = await db.story.findFirstOrThrow({ where: { title: "Port crane collapse" } });
  assert.deepEqual(proposal.match, { storyId: story.id, title: story.title });
  await acceptProposal(editor, { proposalId: proposal.id, into: story.id, title: "" });
  assert.equal(await db.article.count({ where: { storyId: story.id } }), 4);
});
