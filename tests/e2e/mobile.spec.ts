// At 390 px every main page fits the screen (no page-wide sideways scroll) and the header's links
// fold into a Menu that still reaches every section. Screenshots are kept in test-results/screens.
import { test, expect } from "@playwright/test";

test.use({ viewport: { width: 390, height: 844 } });

test("the main pages fit a 390 px screen, and the Menu reaches every section", async ({ page }) => {
  await page.goto("/");
  const story = page.getByRole("link", { name: /rejects a US offer of troops/ });
  await story.click();
  await expect(page).toHaveURL(/\/stories\/[^/]+$/);
  const storyPath = new URL(page.url()).pathname;
  const group = await page.locator('a[href*="/groups/"]').first().getAttribute("href");
  const article = await page.locator('a[href*="/articles/"]').first().getAttribute("href");
  const pages = ["/", storyPath, `${storyPath}?view=charts`, `${storyPath}?view=timeline`, group!, article!, "/review", "/import", "/search?q=troops", "/outlets", "/sign-in"];
  for (const [i, path] of pages.entries()) {
    await page.goto(path);
    // tables folded into <details> must fit too once opened
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `test-results/screens/mobile-${String(i + 1).padStart(2, "0")}.png` });
  }
  // the links sit behind the Menu on a narrow screen, and it opens with the keyboard too
  await page.goto("/");
  const outlets = page.getByRole("banner").getByRole("link", { name: "Outlets", exact: true });
  await expect(outlets).toBeHidden();
  await page.getByText("Menu", { exact: true }).focus();
  await page.keyboard.press("Enter");
  await outlets.click();
  await expect(page).toHaveURL(/\/outlets$/);
});
