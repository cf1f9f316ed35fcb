import { test, expect } from "@playwright/test";

test("browse the sample story: stories list, story page, article page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Stories", level: 1 })).toBeVisible();
  const story = page.getByRole("link", { name: /rejects a US offer of troops/ });
  await expect(story).toBeVisible();
  await expect(story).toContainText("Articles 5");
  await page.screenshot({ path: "test-results/screens/01-stories.png", fullPage: true });

  await story.click();
  await expect(page).toHaveURL(/\/stories\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("rejects a US offer of troops");
  const articles = page.getByRole("region", { name: "Articles" }).or(page.locator("section", { has: page.getByRole("heading", { name: "Articles" }) }));
  await expect(articles.getByRole("row")).toHaveCount(6);
  await page.screenshot({ path: "test-results/screens/02-story.png", fullPage: true });

  const firstArticle = articles.getByRole("row").nth(1).getByRole("link").last();
  const title = (await firstArticle.textContent())?.trim() ?? "";
  await firstArticle.click();
  await expect(page).toHaveURL(/\/articles\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("region", { name: "Article text" })).toContainText(/\w+ \w+ \w+/);
  await page.screenshot({ path: "test-results/screens/03-article.png", fullPage: true });
});

test("an unknown story says it was not found", async ({ page }) => {
  const response = await page.goto("/stories/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
