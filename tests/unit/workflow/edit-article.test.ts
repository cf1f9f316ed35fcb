// An editor corrects an article's outlet, title and date, or removes it; the analysis follows and
// the story's history keeps the change. Against a real migrated SQLite database.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { useTempDatabase } from "../../helpers/temp-db";
import { actorOf } from "../../helpers/actors";

useTempDatabase("edit-article");
// the jobs are run below with drainJobs, as a worker would: requests do not wait for one
process.env.PARALLAX_IMPORT_WAIT_MS = "0";
const { db } = await import("../../../lib/db");
const { addArticles } = await import("../../../lib/data/add-articles");
const { analyzeStory } = await import("../../../lib/data/analyze-story");
const { createStory } = await import("../../../lib/data/create-story");
const { editArticleDetails, removeArticle } = await import("../../../lib/data/edit-article");
const { getStory } = await import("../../../lib/data/get-story");
const { seedDemoUsers } = await import("../../../lib/data/seed-demo-users");
const { AppError } = await import("../../../lib/data/errors");
const { jobQueue } = await import("../../../lib/jobs/queue");
const { drainJobs } = await import("../../../lib/jobs/worker");
type Actor = import("../../../lib/auth/permissions").Actor;

const text = (n: number, verb: string) =>
  `Bridge closed after storm\n\nThe bridge closed on Monday after the storm damaged its deck, officials said.\n\n` +
  `Engineer Lena Park said: \u201cWe will ${verb} the deck before the bridge opens again to traffic next week.\u201d\n\nReport ${n}.`;

const actor = (role: Actor["role"]) => actorOf(role);
let storyId = "";
let first = "";
let second = "";

before(async () => {
  await seedDemoUsers();
  storyId = (await createStory({ title: "Bridge" })).id;
  const r = await addArticles(storyId, [{ content: text(1, "inspect"), sourceName: "first.txt" }, { content: text(2, "rebuild"), sourceName: "second.txt" }]);
  [first, second] = r.added.map((a) => a.id);
  await analyzeStory(storyId);
});

test("articles without a named outlet are counted one each and never named by their file", async () => {
  const story = await getStory(storyId);
  assert.equal(story.outletCount, 2);
  assert.ok(story.articles.every((a) => a.outlet === null));
});

test("only editors correct details; bad values are refused at their field", async () => {
  await assert.rejects(editArticleDetails(await actor("reviewer"), first, { outlet: "X", title: "", publishedAt: "" }), (e) => e instanceof AppError && e.code === "forbidden");
  await assert.rejects(editArticleDetails(await actor("editor"), first, { outlet: "X", title: "", publishedAt: "next Tuesday" }), (e) => e instanceof AppError && e.field === "publishedAt");
  await assert.rejects(editArticleDetails(await actor("editor"), first, { outlet: "x".repeat(121), title: "", publishedAt: "" }), (e) => e instanceof AppError && e.field === "outlet");
  await assert.rejects(editArticleDetails(await actor("editor"), "nope", { outlet: "", title: "", publishedAt: "" }), (e) => e instanceof AppError && e.code === "not_found");
});

test("a correction is stored, analysed again and written to the story's history", async () => {
  await editArticleDetails(await actor("editor"), first, { outlet: "Harbour Gazette", title: "Bridge shut", publishedAt: "2025-03-03" });
  assert.equal((await db.article.findUniqueOrThrow({ where: { id: first } })).status, "queued", "the analysis is a job");
  await drainJobs(jobQueue());
  const a = await db.article.findUniqueOrThrow({ where: { id: first }, include: { outlet: true } });
  assert.equal(a.outlet?.name, "Harbour Gazette");
  assert.equal(a.title, "Bridge shut");
  assert.equal(a.publishedLocal, "2025-03-03");
  assert.equal(a.status, "done");
  const story = await getStory(storyId);
  assert.equal(story.history[0].action, "article_edited");
  assert.match(story.history[0].note ?? "", /outlet: none → Harbour Gazette/);
  assert.equal(story.history[0].actor, (await actor("editor")).name);
  const again = await db.storyEvent.count();
  await editArticleDetails(await actor("editor"), first, { outlet: "Harbour Gazette", title: "Bridge shut", publishedAt: "2025-03-03" });
  assert.equal(await db.storyEvent.count(), again, "saving the same values records nothing");
});

test("removing an article takes its claims out of the comparison and keeps the removal in the history", async () => {
  assert.ok(await db.discrepancy.count({ where: { storyId, kind: "quote_wording", stale: false } }) > 0);
  await removeArticle(await actor("editor"), second);
  await drainJobs(jobQueue());
  assert.equal(await db.article.count({ where: { id: second } }), 0);
  assert.equal(await db.claim.count({ where: { articleId: second } }), 0);
  assert.equal(await db.discrepancy.count({ where: { storyId, kind: "quote_wording", stale: false } }), 0, "one article cannot disagree with itself");
  const story = await getStory(storyId);
  assert.equal(story.articles.length, 1);
  assert.equal(story.history[0].action, "article_removed");
});

test("an article in another language is stored with its text and language, and no claims are read from it", async () => {
  const spanish = "Puente cerrado tras la tormenta\n\nEl puente se cerró el lunes después de que la tormenta dañara su tablero, dijeron las autoridades.\n\nLa ingeniera Lena Park dijo que revisarán el tablero antes de que el puente vuelva a abrirse al tráfico la próxima semana.";
  const r = await addArticles(storyId, [{ content: spanish, sourceName: "puente.txt" }]);
  await analyzeStory(storyId, { articleIds: [r.added[0].id] });
  const a = await db.article.findUniqueOrThrow({ where: { id: r.added[0].id }, include: { _count: { select: { claims: true } } } });
  assert.equal(a.status, "done");
  assert.equal(a.language, "spa");
  assert.match(a.body ?? "", /El puente se cerró/);
  assert.equal(a._count.claims, 0);
  assert.match(a.error ?? "", /reads as Spanish.*claims are extracted from English text only/);
});
