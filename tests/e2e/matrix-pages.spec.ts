// The matrix paged by outlets: a story with more outlets than one page shows them 12 at a time behind an
// accessible pager, and every page keeps its links, its cells' own words and the flag menu. The made-up
// articles here (one per outlet) are written for this test.
import { test, expect } from "./helpers";

const OUTLETS = 14;

test("a story with 14 outlets shows them 12 at a time, the rest one page on, the rows kept", async ({ page, signInAs }) => {
  await signInAs("editor");
  const created = await page.request.post("/api/stories", { data: { title: "Outlet pager check" } });
  expect(created.status()).toBe(201);
  const storyId = ((await created.json()) as { story: { id: string } }).story.id;
  const articles = Array.from({ length: OUTLETS }, (_, i) => ({
    content: `Harbour board keeps the ferry timetable\n\n"The ferry will run every hour from May," board chair Ana Ruiz said on Monday. Outlet ${i + 1} reports it.`,
    sourceName: `pager-${i + 1}.txt`,
    overrides: { outlet: `Pager Outlet ${String(i + 1).padStart(2, "0")}`, publishedAt: `2025-04-${String(i + 1).padStart(2, "0")}T09:00` },
  }));
  const added = await page.request.post(`/api/stories/${storyId}/articles`, { data: { articles } });
  expect(added.status()).toBe(201);

  // analysis runs in the background: wait until every outlet is a column
  await expect(async () => {
    const res = await page.request.get(`/api/stories/${storyId}/matrix`);
    const { matrix } = (await res.json()) as { matrix: { outlets: { total: number }; rows: unknown[] } };
    expect(matrix.outlets.total).toBe(OUTLETS);
    expect(matrix.rows.length).toBeGreaterThan(0);
  }).toPass({ timeout: 90_000 });

  await page.goto(`/stories/${storyId}`);
  const matrix = page.getByRole("region", { name: "Comparison matrix, scrollable" });
  const pager = page.getByRole("navigation", { name: "Matrix outlets" });
  await expect(pager).toContainText("Outlets 1–12 of 14");
  await expect(pager.getByRole("link", { name: "← Previous" })).toHaveCount(0);
  await expect(matrix.getByRole("columnheader").getByRole("link")).toHaveCount(12);
  await expect(matrix.getByRole("columnheader").getByRole("link", { name: "Pager Outlet 13" })).toHaveCount(0);
  const rows = await matrix.locator("tbody tr").count();
  expect(rows).toBeGreaterThan(0);
  // each cell shown is one of this page's outlets; the words in a cell are marked as its article's
  await expect(matrix.locator("tbody tr").first().locator("td")).toHaveCount(12);
  await expect(matrix.locator("[data-quote-of]").first()).toBeVisible();

  await pager.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/[?&]outlets=2/);
  await expect(pager).toContainText("Outlets 13–14 of 14");
  await expect(pager.getByRole("link", { name: "Next →" })).toHaveCount(0);
  await expect(matrix.getByRole("columnheader").getByRole("link")).toHaveCount(2);
  await expect(matrix.getByRole("columnheader").getByRole("link", { name: "Pager Outlet 14" })).toBeVisible();
  await expect(matrix.locator("tbody tr")).toHaveCount(rows);
  await expect(matrix.locator("tbody tr").first().locator("td")).toHaveCount(2);

  // a filter keeps the outlet page; the flag menu opens from a cell of this page
  await page.getByRole("navigation", { name: "Claim kind" }).getByRole("link", { name: /Quotes/ }).click();
  await expect(page).toHaveURL(/outlets=2/);
  await expect(pager).toContainText("Outlets 13–14 of 14");
  await matrix.locator("tbody td").first().click();
  const menu = page.getByRole("menu", { name: /Pager Outlet 13: actions/ });
  await expect(menu.getByRole("menuitem", { name: "Flag for review" })).toBeVisible();

  // back to the first page
  await pager.getByRole("link", { name: "← Previous" }).click();
  await expect(pager).toContainText("Outlets 1–12 of 14");
});
