// The app on PostgreSQL (npm run test:postgres): the start script migrated and seeded the server's
// database, an editor imports a new story, the job worker analyses and compares it, a reviewer
// confirms a discrepancy, and every step is read back from PostgreSQL itself, not from the app.
import pg from "pg";
import type { Page } from "@playwright/test";
import { test, expect, importPasted, sampleStoryId } from "./helpers";

const DATABASE_URL = process.env.E2E_DATABASE_URL ?? "";
test.skip(!/^postgres(ql)?:\/\//.test(DATABASE_URL), "runs on PostgreSQL only (npm run test:postgres)");
test.describe.configure({ mode: "serial" });

const TITLE = `Harbour council on PostgreSQL ${Date.now().toString(36)}`;
const article = (verb: string) =>
  `Harbour plan divides the council\n\nThe council met on Tuesday to discuss the future of the harbour.\n\n` +
  `Mayor Ann Torres said: \u201cWe will never ${verb} the harbour to anyone, whatever the offer, and the people of this town know it.\u201d\n\nThe vote is due next month.`;

let storyId = "";
let client: pg.Client;

test.beforeAll(async () => {
  client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
});
test.afterAll(async () => {
  await client?.end();
});

const one = async <T>(sql: string, args: unknown[] = []): Promise<T> => (await client.query(sql, args)).rows[0] as T;

async function importArticle(page: Page, text: string, outlet: string, newStory?: string) {
  storyId = await importPasted(page, text, outlet, newStory ? { newStory } : { storyId });
}

test("the start script migrated and seeded the PostgreSQL database", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ ok: true, writable: true });
  const id = await sampleStoryId(request);
  const row = await one<{ articles: number }>(`SELECT count(*)::int AS articles FROM "Article" WHERE "storyId" = $1`, [id]);
  expect(row.articles, "the sample story's articles are rows in PostgreSQL").toBeGreaterThan(1);
  const migrations = await one<{ pending: number }>(`SELECT count(*)::int AS pending FROM _prisma_migrations WHERE finished_at IS NULL`);
  expect(migrations.pending).toBe(0);
});

test("import, analysis and review of a new story, stored in PostgreSQL", async ({ page, signInAs }) => {
  // two imports, then a worker's analysis and comparison, on a machine shared with the rest of the tests
  test.setTimeout(240_000);
  await signInAs("editor");
  await importArticle(page, article("sell"), "Alpha News", TITLE);
  await importArticle(page, article("lease"), "Beta Times");
  expect((await one<{ title: string }>(`SELECT title FROM "Story" WHERE id = $1`, [storyId])).title).toBe(TITLE);

  // the worker analyses and compares; the story then names the quote the outlets word differently
  await expect
    .poll(async () => (await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Article" WHERE "storyId" = $1 AND status = 'done'`, [storyId])).n, { timeout: 90_000 })
    .toBe(2);
  await expect
    .poll(async () => (await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Discrepancy" WHERE "storyId" = $1`, [storyId])).n, { timeout: 90_000 })
    .toBeGreaterThan(0);

  await page.context().clearCookies();
  await signInAs("reviewer");
  await page.goto(`/review?story=${storyId}`);
  await page.getByRole("link", { name: /quoted differently/ }).first().click();
  await expect(page).toHaveURL(/\/review\/c[a-z0-9]+$/);
  const discrepancyId = page.url().split("/").pop()!;
  await page.getByRole("button", { name: "Start review" }).click();
  await expect(page.getByText("moved it from Open to In review")).toBeVisible();
  await page.getByLabel("Note with the change").fill("Checked against both outlets on PostgreSQL.");
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByText("moved it from In review to Confirmed")).toBeVisible();
  await expect(page.getByRole("button", { name: "Reopen" })).toBeVisible();

  const stored = await one<{ status: string }>(`SELECT status FROM "Discrepancy" WHERE id = $1`, [discrepancyId]);
  expect(stored.status).toBe("confirmed");
  const notes = await one<{ n: number }>(`SELECT count(*)::int AS n FROM "ReviewEvent" WHERE "discrepancyId" = $1 AND "toValue" = 'confirmed' AND note LIKE '%on PostgreSQL%'`, [discrepancyId]);
  expect(notes.n).toBe(1);
});

test("a viewer's review is refused and PostgreSQL keeps the verdict", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto(`/review?story=${storyId}&status=confirmed`);
  await page.getByRole("link", { name: /quoted differently/ }).first().click();
  await expect(page.getByRole("button", { name: "Reopen" })).toHaveCount(0);
  const confirmed = await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Discrepancy" WHERE "storyId" = $1 AND status = 'confirmed'`, [storyId]);
  expect(confirmed.n).toBe(1);
});
