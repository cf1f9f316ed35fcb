// Reprints of one text are stored with the comparison and shown: the story lists who ran the same
// copy, readings count independent sources, and the JSON export carries both.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { useTempDatabase } from "../../helpers/temp-db";

useTempDatabase("shared-copy-store");
const { db } = await import("../../../lib/db");
const { addArticles } = await import("../../../lib/data/add-articles");
const { analyzeStory } = await import("../../../lib/data/analyze-story");
const { createStory } = await import("../../../lib/data/create-story");
const { getStory } = await import("../../../lib/data/get-story");
const { getGroup } = await import("../../../lib/data/get-group");
const { exportStory } = await import("../../../lib/data/export-story");

const wire =
  "The regional water board voted on Monday to raise prices by 12 percent from next spring, citing the cost of repairing pipes that burst during the winter. " +
  "Board chair Dana Whitlock said the increase was the smallest the board could approve while keeping the network safe for the next decade. " +
  "Consumer groups said families already struggling with energy bills would feel the rise, and asked the board to phase it in over two years. " +
  "The board will hold three public hearings before the new prices take effect, and it has promised to publish a full list of the repairs it plans to fund. " +
  "Engineers told the meeting that more than 40 kilometres of pipe are older than sixty years and should be replaced.";
const reprint = `Water prices to rise\n\n${wire.replace("Consumer groups said", "Consumer advocates said")}\n\nThis story was published by arrangement with a news agency.`;
const independent =
  "Water bills rise\n\nHouseholds will pay 12 percent more for water from next spring after a vote by the regional water board on Monday. " +
  "Dana Whitlock, who chairs the board, defended the rise at a tense meeting, saying repairs to the ageing network could not wait. " +
  "Several residents who spoke at the meeting asked why the board had not saved for the repairs earlier, and one councillor called the decision rushed.";

let storyId = "";
before(async () => {
  storyId = (await createStory({ title: "Water prices" })).id;
  await addArticles(storyId, [
    { content: `Board raises water prices\n\n${wire}`, sourceName: "wire.txt", overrides: { outlet: "Wire Service" } },
    { content: reprint, sourceName: "reprint.txt", overrides: { outlet: "Town Paper", publishedAt: "2024-03-05" } },
    { content: independent, sourceName: "own.txt", overrides: { outlet: "City Daily" } },
  ]);
  await analyzeStory(storyId);
});

test("the story names the outlets that ran the same copy, and only them", async () => {
  const story = await getStory(storyId);
  assert.equal(story.sharedCopy.length, 1);
  assert.deepEqual(story.sharedCopy[0].articles.map((a) => a.label).sort(), ["Town Paper", "Wire Service"]);
  assert.ok(story.sharedCopy[0].share > 0.8);
  // each with its day, which tells apart one outlet's two articles in a group
  const days = Object.fromEntries(story.sharedCopy[0].articles.map((a) => [a.label, a.publishedAt?.toISOString().slice(0, 10) ?? null]));
  assert.deepEqual(days, { "Town Paper": "2024-03-05", "Wire Service": null });
});

test("a reading given by the copy and an independent report counts two independent sources of three outlets", async () => {
  const groups = await db.claimGroup.findMany({ where: { storyId } });
  let seen = false;
  for (const g of groups) {
    const detail = await getGroup(storyId, g.id);
    for (const r of detail.readings) {
      if (r.outlets.length === 3) {
        assert.equal(r.independent, 2, `${detail.label}: ${r.text}`);
        seen = true;
      }
    }
  }
  assert.ok(seen, "some reading is given by all three outlets");
});

test("the JSON export carries the copy groups", async () => {
  const json = JSON.parse((await exportStory(null, storyId, "json")).body) as { sharedCopy: { groups: string[][]; pairs: { shareA: number }[] } };
  assert.equal(json.sharedCopy.groups.length, 1);
  assert.equal(json.sharedCopy.groups[0].length, 2);
  assert.equal(json.sharedCopy.pairs.length, 1);
});
