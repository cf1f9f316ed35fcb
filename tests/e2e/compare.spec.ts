import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const SHOTS = "test-results/screens";

async function expectNoSeriousA11yViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
}

async function openStory(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: /rejects a US offer of troops/ }).click();
  await expect(page).toHaveURL(/\/stories\/[^/?#]+/);
  return page.url().match(/\/stories\/([^/?#]+)/)![1];
}

test("compare the sample story: matrix, quote variants, the sentence in the article, timeline, charts", async ({ page }) => {
  test.setTimeout(180_000); // four axe runs on a shared two-core machine
  const storyId = await openStory(page);
  const matrix = page.getByRole("region", { name: "Comparison matrix, scrollable" });
  await expect(matrix).toBeVisible();
  await expect(page.getByRole("list", { name: "Legend" })).toContainText("conflicts");

  // the president's reply: one outlet has "inviolable", the others "inalienable"
  const row = matrix.getByRole("row").filter({ hasText: "inviolable" }).filter({ hasText: "inalienable" });
  await expect(row).toHaveCount(1);
  const conflicting = row.getByRole("cell").filter({ hasText: "inviolable" });
  await expect(conflicting).toHaveCount(1);
  await expect(conflicting).toHaveAttribute("data-status", "conflicts");
  await expect(conflicting.getByRole("img", { name: "conflicts" })).toBeVisible();
  const agreeing = row.getByRole("cell").filter({ hasText: "inalienable" });
  expect(await agreeing.count()).toBeGreaterThanOrEqual(2);
  for (const cell of await agreeing.all()) {
    await expect(cell).toHaveAttribute("data-status", "agrees");
    await expect(cell.getByRole("img", { name: "agrees" })).toBeVisible();
  }
  // most contested first: the first row has a major discrepancy
  await expect(matrix.getByRole("row").nth(1)).toContainText("Major discrepancy");
  await page.screenshot({ path: `${SHOTS}/compare-01-matrix.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);

  // differences only, then quotes only: filters are links with query params; the switch answers Space
  await page.getByRole("switch", { name: "Differences only" }).focus();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/diff=1/);
  await expect(page.getByRole("switch", { name: "Differences only" })).toHaveAttribute("aria-checked", "true");
  await expect(matrix.getByRole("row").filter({ hasText: "Outlets agree" })).toHaveCount(0);
  await page.getByRole("navigation", { name: "Claim kind" }).getByRole("link", { name: /Quotes/ }).click();
  await expect(page).toHaveURL(/kind=quote/);
  await expect(page).toHaveURL(/diff=1/);
  await expect(matrix.getByRole("row").filter({ hasText: "inviolable" })).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/compare-02-matrix-filtered.png`, fullPage: true });

  // the group page: the quote aligned word by word, varying words marked
  await matrix.getByRole("row").filter({ hasText: "inviolable" }).getByRole("rowheader").getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/stories/${storyId}/groups/[^/]+$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("No, President Trump");
  await expect(page.locator("mark", { hasText: "inviolable" }).first()).toBeVisible();
  await expect(page.locator("mark", { hasText: "inalienable" }).first()).toBeVisible();
  await expect(page.getByText("Quote wording", { exact: true })).toBeVisible();
  await expect(page.getByText("✕ Major")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/compare-03-group.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);

  // from the "inviolable" reading to its sentence in the article
  const reading = page.getByRole("listitem").filter({ has: page.locator("blockquote", { hasText: "inviolable" }) }).last();
  const open = reading.getByRole("link", { name: /Open in article/ });
  const href = await open.getAttribute("href");
  expect(href).toMatch(/^\/articles\/[^#]+#claim-[\w-]+$/);
  await open.click();
  await expect(page).toHaveURL(/\/articles\/[^#]+#claim-[\w-]+$/);
  await page.screenshot({ path: `${SHOTS}/compare-04-article.png`, fullPage: false });

  // the timeline
  await page.goto(`/stories/${storyId}`);
  await page.getByRole("navigation", { name: "Story views" }).getByRole("link", { name: "Timeline" }).click();
  await expect(page).toHaveURL(/view=timeline/);
  await expect(page.getByRole("img", { name: /Timeline of dated events/ }).first()).toBeVisible();
  await expect(page.getByRole("table").filter({ hasText: "Date given" })).toContainText("3 May 2025");
  await page.screenshot({ path: `${SHOTS}/compare-05-timeline.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);

  // the pictures: heatmap and divergence chart
  await page.getByRole("navigation", { name: "Story views" }).getByRole("link", { name: "Agreement charts" }).click();
  await expect(page).toHaveURL(/view=charts/);
  const heatmap = page.getByRole("group", { name: /Agreement heatmap/ });
  await expect(heatmap).toBeVisible();
  // its cells open the comparison they summarise
  await expect(heatmap.getByRole("link").first()).toHaveAttribute("href", new RegExp(`/stories/${storyId}/groups/`));
  await expect(page.getByRole("img", { name: /Divergence from consensus/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/compare-06-charts.png`, fullPage: true });
  // the tables folded under the charts are checked too
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  await expectNoSeriousA11yViolations(page);

  // an outlet page from the matrix header
  await page.goto(`/stories/${storyId}`);
  const outlet = page.getByRole("region", { name: "Comparison matrix, scrollable" }).getByRole("columnheader").getByRole("link", { name: "Townhall" });
  await expect(outlet).toHaveAttribute("href", /^\/outlets\/[^/]+$/);
  const res = await page.goto((await outlet.getAttribute("href"))!);
  if (res?.status() === 200) await page.screenshot({ path: `${SHOTS}/compare-07-outlet.png`, fullPage: true });
});

test("matrix is keyboard reachable: tab reaches the filters and the first group link", async ({ page }) => {
  await openStory(page);
  const first = page.getByRole("region", { name: "Comparison matrix, scrollable" }).getByRole("rowheader").first().getByRole("link");
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/groups\//);
});

test("an unknown group is not found", async ({ page }) => {
  const storyId = await openStory(page);
  const res = await page.goto(`/stories/${storyId}/groups/does-not-exist`);
  expect(res?.status()).toBe(404);
});
