// A large import returns at once with its articles queued; the story page shows the progress while the
// worker (started by scripts/start.mjs beside the server) analyses them, refreshes itself, and shows
// the analysed story without a reload when the work is done.
import { test, expect, PASSWORD, USERS } from "./helpers";

const TOWNS = ["Northvale", "Eastmere", "Southby", "Westford", "Midlow", "Highcombe"];
/** Made-up reports of one council vote, each worded a little differently. */
const report = (i: number) => ({
  sourceName: `ferry-${i}.txt`,
  content:
    `Ferry timetable cut approved\n\nThe ${TOWNS[i % TOWNS.length]} council voted ${5 + (i % 4)} to ${i % 3} on Tuesday to cut the winter ferry timetable, ` +
    `councillor Mara Lind said. "We had no other way to balance the budget," Lind told reporters after the vote, according to report ${i}. ` +
    `About ${100 + i * 7} residents signed a petition against the cut, which saves ${2 + (i % 5)} million dollars a year.`,
});

test("a large import is analysed by the worker while the story page shows the progress", async ({ page, playwright, baseURL, signInAs }) => {
  // the viewer is signed in first, so only one page load lies between the import and the check for progress
  await signInAs("viewer");
  const editor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
  expect((await editor.post("/api/auth/sign-in/email", { data: { email: USERS.editor.email, password: PASSWORD } })).status()).toBe(200);
  const { story } = (await (await editor.post("/api/stories", { data: { title: `Ferry timetable ${Date.now().toString(36)}` } })).json()) as { story: { id: string } };
  const COUNT = 50;
  const t = Date.now();
  const res = await editor.post(`/api/stories/${story.id}/articles`, { data: { articles: Array.from({ length: COUNT }, (_, i) => report(i)) } });
  expect(res.status()).toBe(201);
  const body = (await res.json()) as { added: unknown[]; articles: { status: string }[] };
  expect(body.added.length).toBe(COUNT);
  // more than a small import: the request did not wait for the analysis
  expect(body.articles.filter((a) => a.status === "queued").length).toBeGreaterThan(0);
  expect(Date.now() - t).toBeLessThan(30_000);
  await editor.dispose();

  await page.goto(`/stories/${story.id}`);
  const progress = page.getByRole("status").filter({ hasText: new RegExp(`Analysed \\d+ of ${COUNT} articles…|Comparing the story again…`) });
  await expect(progress).toBeVisible();
  // the page refreshes itself until the work is done, then shows the analysed story
  await expect(progress).toHaveCount(0, { timeout: 180_000 });
  await expect(page.locator("section[aria-labelledby=articles-heading]").getByText("Queued")).toHaveCount(0);
  const api = (await (await page.request.get(`/api/stories/${story.id}`)).json()) as { story: { articles: { status: string }[]; claimCount: number } };
  expect(api.story.articles.filter((a) => a.status === "done").length).toBe(COUNT);
  expect(api.story.claimCount).toBeGreaterThan(0);
});
