// The app compares a story from what it stored (claims, entity mentions and how each names its
// entity); the CLI compares the analysis as it came. Both must give the same discrepancies: here a
// spokeswoman's attribution, which needs the sentence's other named person and a pronoun told apart.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { useTempDatabase } from "../../helpers/temp-db";

useTempDatabase("comparison-parity");
const { db } = await import("../../../lib/db");
const { addArticles } = await import("../../../lib/data/add-articles");
const { analyzeStory } = await import("../../../lib/data/analyze-story");
const { createStory } = await import("../../../lib/data/create-story");
const { runStory } = await import("../../../lib/compare/run-story");
const { isShown, CONFIDENCE_THRESHOLD } = await import("../../../lib/compare/index");

const ORDER = `"to prepare a firm response to the growing threats along the eastern border"`;
const TEXTS: [string, string][] = [
  ["Daily Ledger", `Tomas Brandt said on Monday: "We will not wait any longer for the report." He added troops had been ordered ${ORDER}.`],
  ["Evening Courier", `Jane Roe, spokeswoman for Defence Minister Tomas Brandt, said on Monday that troops had been ordered ${ORDER}.`],
];

let storyId = "";
before(async () => {
  storyId = (await createStory({ title: "Border orders" })).id;
  await addArticles(storyId, TEXTS.map(([outlet, body], i) => ({ content: `Orders for the border\n\n${body}`, sourceName: `${i}.txt`, overrides: { outlet, publishedAt: "2024-05-06" } })));
  await analyzeStory(storyId);
});

test("the stored mentions keep how each names its entity", async () => {
  const vias = new Set((await db.entityMention.findMany({ where: { article: { storyId } }, select: { via: true } })).map((m) => m.via));
  assert.ok(vias.has("name") && vias.has("pronoun"), [...vias].join(" "));
});

test("the app's stored comparison shows what the CLI's comparison shows", async () => {
  const articles = await db.article.findMany({ where: { storyId }, select: { id: true, body: true, publishedLocal: true, outlet: { select: { name: true } } } });
  const cli = runStory(articles.map((a) => ({ id: a.id, outlet: a.outlet!.name, body: a.body!, publishedAt: a.publishedLocal })));
  const shown = cli.comparison.discrepancies.filter((d) => isShown(d) && d.severity !== "info").map((d) => d.summary).sort();
  assert.ok(shown.some((s) => s.startsWith("Who said")), shown.join("\n"));
  const stored = await db.discrepancy.findMany({ where: { storyId, origin: "analysis", severity: { not: "info" }, stale: false }, select: { summary: true, confidence: true } });
  assert.deepEqual(stored.filter((d) => d.confidence >= CONFIDENCE_THRESHOLD).map((d) => d.summary).sort(), shown);
});
