// Splitting a proposed story: the ticked articles become a proposal of their own, the rest stay
// together. Against a real migrated SQLite database, with the made-up inbox fixtures.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { useTempDatabase } from "../../helpers/temp-db";
import { actorOf } from "../../helpers/actors";

useTempDatabase("inbox-split");
const { getInbox } = await import("../../../lib/data/inbox");
const { addToInbox } = await import("../../../lib/data/inbox-add");
const { splitProposal, mergeProposals } = await import("../../../lib/data/inbox-decide");
const { seedDemoUsers } = await import("../../../lib/data/seed-demo-users");
const { AppError } = await import("../../../lib/data/errors");
type Actor = import("../../../lib/auth/permissions").Actor;

const FIX = path.resolve(import.meta.dirname, "..", "..", "fixtures", "inbox");
const FILES = ["crane-1.txt", "crane-2.txt", "crane-3.txt", "observatory-1.txt", "observatory-2.txt"];
const input = (name: string) => ({ content: fs.readFileSync(path.join(FIX, name), "utf8"), type: "text" as const, sourceName: name });

let editor: Actor;
const shape = async () => (await getInbox(editor)).map((p) => p.items.map((i) => i.sourceName).sort().join(" ")).sort();
const proposalWith = async (name: string) => (await getInbox(editor)).find((p) => p.items.some((i) => i.sourceName === name))!;
const idOf = (p: { items: { id: string; sourceName: string | null }[] }, name: string) => p.items.find((i) => i.sourceName === name)!.id;

before(async () => {
  await seedDemoUsers();
  editor = await actorOf("editor");
  await addToInbox(editor, FILES.map(input));
  assert.deepEqual(await shape(), ["crane-1.txt crane-2.txt crane-3.txt", "observatory-1.txt observatory-2.txt"]);
});

test("the ticked articles of a proposal become a new proposal; the rest stay together, across reads", async () => {
  const crane = await proposalWith("crane-1.txt");
  await splitProposal(editor, crane.id, [idOf(crane, "crane-2.txt"), idOf(crane, "crane-3.txt")]);
  const want = ["crane-1.txt", "crane-2.txt crane-3.txt", "observatory-1.txt observatory-2.txt"];
  assert.deepEqual(await shape(), want);
  assert.deepEqual(await shape(), want, "the clustering does not undo the split");
});

test("a split of a decided proposal, then a merge back, restores it", async () => {
  const pair = await proposalWith("crane-2.txt");
  await splitProposal(editor, pair.id, [idOf(pair, "crane-3.txt")]);
  assert.deepEqual(await shape(), ["crane-1.txt", "crane-2.txt", "crane-3.txt", "observatory-1.txt observatory-2.txt"]);
  await mergeProposals(editor, (await proposalWith("crane-3.txt")).id, (await proposalWith("crane-1.txt")).id);
  await mergeProposals(editor, (await proposalWith("crane-2.txt")).id, (await proposalWith("crane-1.txt")).id);
  assert.deepEqual(await shape(), ["crane-1.txt crane-2.txt crane-3.txt", "observatory-1.txt observatory-2.txt"]);
});

test("refused splits change nothing", async () => {
  const obs = await proposalWith("observatory-1.txt");
  const crane = await proposalWith("crane-1.txt");
  const before = await shape();
  const cases: [string, () => Promise<void>, RegExp, string][] = [
    ["nothing ticked", () => splitProposal(editor, obs.id, []), /Tick the articles/, "invalid_input"],
    ["every article ticked", () => splitProposal(editor, obs.id, obs.items.map((i) => i.id)), /Leave at least one article/, "invalid_input"],
    ["an article of another proposal", () => splitProposal(editor, obs.id, [idOf(crane, "crane-1.txt")]), /changed since the page was loaded/, "not_found"],
    ["a proposal that is gone", () => splitProposal(editor, "p-nothing", [idOf(obs, "observatory-1.txt")]), /changed since the page was loaded/, "not_found"],
  ];
  for (const [name, run, message, code] of cases) {
    await assert.rejects(run(), (e: unknown) => e instanceof AppError && e.code === code && message.test(e.message), name);
  }
  const reviewer = await actorOf("reviewer");
  await assert.rejects(splitProposal(reviewer, obs.id, [idOf(obs, "observatory-1.txt")]), (e: unknown) => e instanceof AppError && e.code === "forbidden");
  assert.deepEqual(await shape(), before);
});
