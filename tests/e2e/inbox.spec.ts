// The inbox end to end: an editor uploads a folder of made-up articles, Parallax proposes stories,
// the editor moves an article, merges two proposals, removes an off-topic page and accepts a
// proposal, landing on the new story with its articles analysed.
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, SCREENS } from "./helpers";
import type { Page } from "@playwright/test";

const FOLDER = path.join(process.cwd(), "tests", "fixtures", "inbox");

test.describe.configure({ mode: "serial" });

/** The proposal card holding an article file. */
const cardWith = (page: Page, file: string) => page.locator('section[aria-labelledby^="h-"]').filter({ hasText: file });
const cards = (page: Page) => page.locator('section[aria-labelledby^="h-"]');
const announced = (page: Page) => page.getByRole("main").getByRole("status").first();

async function noHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function noSeriousA11yViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
}

test("a reviewer is told the inbox is for editors", async ({ page, signInAs }) => {
  await signInAs("reviewer", "/inbox");
  await page.goto("/inbox");
  await expect(page.getByRole("note")).toContainText("Editors use the inbox");
});

test("an editor imports a folder, reshapes the proposals and accepts one as a story", async ({ page, signInAs }) => {
  test.setTimeout(180_000);
  await signInAs("editor", "/inbox");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Inbox" }).click();
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(page.getByText("The inbox is empty")).toBeVisible();

  await page.getByLabel("Or a whole folder").setInputFiles(FOLDER);
  await page.getByRole("button", { name: "Import into the inbox" }).click();
  await expect(announced(page)).toContainText("6 articles added to the inbox", { timeout: 60_000 });
  await expect(cards(page)).toHaveCount(3);
  await expect(cardWith(page, "crane-1.txt")).toContainText("3 articles");
  await expect(cardWith(page, "observatory-1.txt")).toContainText("2 articles");
  await expect(cardWith(page, "garden-tips.txt")).toContainText("1 article");
  await noSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENS}/70-inbox-proposals.png`, fullPage: true });

  // the same folder again: nothing stored twice
  await page.getByLabel("Or a whole folder").setInputFiles(FOLDER);
  await page.getByRole("button", { name: "Import into the inbox" }).click();
  await expect(announced(page)).toContainText("0 articles added to the inbox; 6 already imported", { timeout: 60_000 });

  // move one article out to a proposal of its own
  const crane = cardWith(page, "crane-1.txt");
  const craneTitle = (await crane.getByRole("heading").textContent())!;
  const third = crane.getByRole("listitem").filter({ hasText: "crane-3.txt" });
  await third.getByLabel("Move to").selectOption({ label: "A new proposal" });
  await third.getByRole("button", { name: "Move", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Article moved to a proposal of its own." })).toBeVisible();
  await expect(cards(page)).toHaveCount(4);

  // merge it back into the crane proposal
  const alone = cardWith(page, "crane-3.txt");
  await alone.getByLabel("Merge into").selectOption({ label: craneTitle });
  await alone.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Proposals merged." })).toBeVisible();
  await expect(cards(page)).toHaveCount(3);
  await expect(cardWith(page, "crane-3.txt")).toContainText("crane-1.txt");

  // the off-topic page goes
  await cardWith(page, "garden-tips.txt").getByRole("button", { name: /^Remove/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Article removed from the inbox." })).toBeVisible();
  await expect(cards(page)).toHaveCount(2);

  await page.setViewportSize({ width: 390, height: 844 });
  await noHorizontalOverflow(page);
  await page.screenshot({ path: `${SCREENS}/71-inbox-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  const accepted = cardWith(page, "crane-1.txt");
  await accepted.getByLabel("Story title").fill("Port crane collapse");
  await accepted.getByRole("button", { name: "Accept as a new story" }).click();
  await expect(page).toHaveURL(/\/stories\/[^/]+$/, { timeout: 120_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Port crane collapse");
  const storyId = new URL(page.url()).pathname.split("/").pop();
  const res = await page.request.get(`/api/stories/${storyId}`);
  const { story } = (await res.json()) as { story: { articles: { sourceName: string | null; status: string }[] } };
  expect(story.articles.map((a) => a.sourceName).sort()).toEqual(["crane-1.txt", "crane-2.txt", "crane-3.txt"]);
  expect(story.articles.every((a) => a.status === "done")).toBe(true);
  await page.screenshot({ path: `${SCREENS}/72-inbox-accepted-story.png`, fullPage: true });

  await page.goto("/inbox");
  await expect(cards(page)).toHaveCount(1);
  await expect(cardWith(page, "observatory-1.txt")).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await noHorizontalOverflow(page);
});
