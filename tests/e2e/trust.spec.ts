// Trustworthy display and review: every reading shown as an outlet's words is that outlet's text;
// a verdict notices new evidence; queue counts equal story counts; bulk actions; flag from a
// matrix cell; an editor corrects and removes an article. The made-up story here is created
// through the import page, so the sample story the other specs use is only read.
import type { Page, APIRequestContext } from "@playwright/test";
import { test, expect, importPasted, sampleStoryId, SCREENS } from "./helpers";

test.describe.configure({ mode: "serial" });

const article = (verb: string, close: string) =>
  `Harbour plan divides the council\n\nThe council met on Tuesday to discuss the future of the harbour.\n\n` +
  `Mayor Ann Torres said: \u201cWe will never ${verb} the harbour to anyone, whatever the offer, and the people of this town know it.\u201d\n\n${close}`;

let storyId = "";
let discrepancyId = "";
// unique per run, so a database left by an earlier run does not confuse the story's card
const TITLE = `Harbour council ${Date.now().toString(36)}`;

/** Imports one pasted article with an outlet, into a new story (title given) or the current one. */
async function importArticle(page: Page, text: string, outlet: string, newStory?: string) {
  storyId = await importPasted(page, text, outlet, newStory ? { newStory } : { storyId });
}

async function exportJson(request: APIRequestContext, id: string) {
  const res = await request.get(`/api/stories/${id}/export?format=json`);
  expect(res.status()).toBe(200);
  return (await res.json()) as {
    articles: { id: string; body: string | null }[];
    discrepancies: { id: string; kind: string; evidence: { readings: { wordings: { text: string; articleIds: string[] }[] }[] } }[];
  };
}

async function appearances(request: APIRequestContext): Promise<number> {
  const items = (await (await request.get(`/api/stories/${storyId}/export?format=claimreview`)).json()) as { itemReviewed: { appearance: unknown[] } }[];
  return items.reduce((n, i) => n + i.itemReviewed.appearance.length, 0);
}

test("every reading shown as an outlet's words is that outlet's own text, on every page and in the export", async ({ page, request }) => {
  // it opens every group and discrepancy page of the story: dozens of page loads on a shared machine
  test.setTimeout(240_000);
  const id = await sampleStoryId(request);
  const data = await exportJson(request, id);
  const body = new Map(data.articles.map((a) => [a.id, a.body ?? ""]));
  const pieces = (text: string) => text.split("…").map((s) => s.trim()).filter((s) => s.length > 0);
  let checked = 0;
  const walk = async (url: string) => {
    await page.goto(url);
    const shown = await page.locator("[data-quote-of]").evaluateAll((els) => els.map((e) => ({ ids: e.getAttribute("data-quote-of")!.split(" "), text: e.textContent ?? "" })));
    for (const s of shown) {
      for (const aid of s.ids) {
        for (const piece of pieces(s.text)) {
          expect(body.get(aid), `${url}: article ${aid} is in the story`).toBeDefined();
          expect(body.get(aid)!.includes(piece), `${url}: "${piece}" is not in article ${aid}`).toBe(true);
          checked++;
        }
      }
    }
  };
  await walk(`/stories/${id}`);
  await walk(`/stories/${id}?view=timeline`);
  const groups = await page.goto(`/stories/${id}`).then(() => page.locator("#matrix tbody th a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!)));
  expect(groups.length).toBeGreaterThan(5);
  for (const g of groups) await walk(g);
  for (const d of data.discrepancies) await walk(`/review/${d.id}`);
  for (const d of data.discrepancies) {
    for (const r of d.evidence.readings) {
      for (const w of r.wordings) for (const aid of w.articleIds) for (const piece of pieces(w.text)) {
        expect(body.get(aid)!.includes(piece), `export: "${piece}" is not in article ${aid}`).toBe(true);
        checked++;
      }
    }
  }
  expect(checked).toBeGreaterThan(100);
});

test("an editor imports a new story; a confirmed verdict is marked changed when an import adds an outlet", async ({ page, signInAs, request }) => {
  await signInAs("editor");
  await importArticle(page, article("sell", "The vote is due next month."), "Alpha News", TITLE);
  await importArticle(page, article("lease", "A decision is expected soon."), "Beta Times");

  await page.goto(`/review?story=${storyId}`);
  await page.getByRole("link", { name: /quoted differently/ }).first().click();
  await expect(page).toHaveURL(/\/review\/c[a-z0-9]+$/);
  discrepancyId = page.url().split("/").pop()!;
  await page.getByRole("button", { name: "Start review" }).click();
  await expect(page.getByRole("button", { name: "Confirm" })).toBeVisible();
  await page.getByRole("button", { name: "Confirm" }).click();
  // "Reopen" is offered in review too: the history line is what says the verdict is stored
  await expect(page.getByText("moved it from In review to Confirmed")).toBeVisible();
  expect(await appearances(request)).toBe(2);

  await importArticle(page, article("lease", "Residents will be heard at three meetings."), "Gamma Post");
  await page.goto(`/review/${discrepancyId}`);
  await expect(page.getByText("Changed since review").first()).toBeVisible();
  await expect(page.getByText("The analysis changed the evidence since the review")).toBeVisible();
  await expect(page.getByText(/Added: Gamma Post\./)).toBeVisible();
  expect(await appearances(request), "the export keeps what the reviewer saw").toBe(2);
  await page.screenshot({ path: `${SCREENS}/60-changed-since-review.png`, fullPage: true });
  // the claim group says so too
  await page.getByRole("link", { name: /See the claim group/ }).click();
  await expect(page.getByText("Changed since review").first()).toBeVisible();
  await page.goto(`/review/${discrepancyId}`);

  await page.getByRole("button", { name: "Confirm again on the new evidence" }).click();
  await expect(page.getByText("Changed since review")).toHaveCount(0);
  expect(await appearances(request)).toBe(3);
});

test("a paste over 2 MB is refused in the browser, before any upload, and the text stays", async ({ page, signInAs }) => {
  await signInAs("reviewer");
  await page.goto(`/import?story=${storyId}`);
  const big = `${"A paragraph of an unusually long article. ".repeat(52_000)}`;
  await page.getByLabel("Paste text or HTML").fill(big);
  await expect(page.locator("#content-error")).toContainText("the limit is 2 MB per article");
  await expect(page.getByRole("button", { name: "Import" })).toBeDisabled();
  expect((await page.getByLabel("Paste text or HTML").inputValue()).length).toBe(big.length);
});

test("the queue counts what the story counts, and bulk actions change a selection", async ({ page, signInAs }) => {
  await signInAs("reviewer");
  await page.goto("/");
  const card = page.getByRole("link", { name: new RegExp(TITLE) });
  const open = Number(await card.locator("dt:has-text('Open discrepancies') + dd").textContent());
  await page.goto(`/review?story=${storyId}`);
  await expect(page.getByText(new RegExp(`^${open} discrepanc`))).toBeVisible();

  await page.goto(`/review?story=${storyId}&status=all`);
  await page.getByLabel("Select all shown").check();
  await page.getByLabel("Assign to").selectOption({ label: "Rafael Reviewer" });
  await page.getByRole("button", { name: "Assign" }).click();
  const result = page.getByRole("form", { name: "Change the selected discrepancies" }).getByRole("status");
  await expect(result).toBeFocused();
  await expect(result).toContainText(/\d+ changed/);
  await page.screenshot({ path: `${SCREENS}/61-bulk.png`, fullPage: true });
  await page.goto(`/review?story=${storyId}&status=all&assignee=me`);
  await expect(page.getByRole("link", { name: /quoted differently/ }).first()).toBeVisible();
});

test("a reviewer flags from a matrix cell", async ({ page, signInAs }) => {
  await signInAs("reviewer");
  await page.goto(`/stories/${storyId}`);
  await page.locator("#matrix tbody td").first().click();
  const menu = page.getByRole("menu");
  await expect(menu.getByRole("menuitem", { name: "Open the comparison" })).toBeVisible();
  await menu.getByRole("menuitem", { name: "Flag for review" }).click();
  await expect(page).toHaveURL(/\/review\/flag\?story=.*&target=group:/);
  await page.getByLabel(/Reason/).fill("The outlets should be checked against the council's recording.");
  await page.getByRole("button", { name: /Flag/ }).click();
  await expect(page).toHaveURL(/\/review\/c[a-z0-9]+$/);
  await expect(page.getByText("flagged by a reviewer").first()).toBeVisible();
});

test("an editor corrects an article's details and removes an article; the story's history keeps both", async ({ page, signInAs }) => {
  await signInAs("editor");
  await page.goto(`/stories/${storyId}`);
  await page.locator("section[aria-labelledby=articles-heading]").getByRole("link", { name: "Harbour plan divides the council" }).first().click();
  const form = page.getByRole("form", { name: "Correct article details" });
  await form.getByLabel("Outlet").fill("Alpha Daily");
  await form.getByLabel("Published").fill("not a date");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("alert")).toContainText("YYYY-MM-DD");
  await expect(form.getByLabel("Outlet")).toHaveValue("Alpha Daily");
  await form.getByLabel("Published").fill("2025-03-04");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "analysed again" })).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: `${SCREENS}/62-article-corrected.png`, fullPage: true });

  const remove = page.getByRole("form", { name: "Remove article" });
  await remove.getByRole("button", { name: "Remove article" }).click();
  await expect(remove.getByRole("alert")).toContainText("Tick the box");
  await remove.getByLabel("Yes, remove this article").check();
  await remove.getByRole("button", { name: "Remove article" }).click();
  await expect(page).toHaveURL(new RegExp(`/stories/${storyId}\\?removed=1`));
  await expect(page.getByRole("status").filter({ hasText: "The article was removed" })).toBeVisible();
  const history = page.locator("section[aria-labelledby=history-heading]");
  await expect(history).toContainText("corrected");
  await expect(history).toContainText("removed");
  await expect(page.locator("section[aria-labelledby=articles-heading] tbody tr")).toHaveCount(2);
});

test("screenshots of the story, group, discrepancy and review pages at 1280 and 390 px", async ({ page, request }) => {
  const id = await sampleStoryId(request);
  const data = await exportJson(request, id);
  await page.goto(`/stories/${id}`);
  const group = await page.locator("#matrix tbody th a").first().getAttribute("href");
  const pages: [string, string][] = [
    ["story", `/stories/${id}`],
    ["group", group!],
    ["discrepancy", `/review/${data.discrepancies.find((d) => d.kind !== "single_source")!.id}`],
    ["review", "/review"],
  ];
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, url] of pages) {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} at ${width} px is wider than the screen`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SCREENS}/shot-${name}-${width}.png`, fullPage: width === 390 });
    }
  }
});
