import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const SHOTS = "test-results/screens";

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
}

/** Opens one of the sample story's articles from the story page, by its title. */
async function openArticle(page: Page, title: RegExp) {
  await page.goto("/");
  await page.getByRole("link", { name: /rejects a US offer of troops/ }).click();
  await expect(page).toHaveURL(/\/stories\/[^/]+$/);
  await page.locator('a[href^="/articles/"]').filter({ hasText: title }).first().click();
  await expect(page).toHaveURL(/\/articles\/[^/?#]+$/);
}

test("article page: highlighted claims, keyboard details, raw view, outlet, search", async ({ page }) => {
  await page.setViewportSize({ width: 1360, height: 1000 });
  await openArticle(page, /Mexican president rejects Trump.s offer/);
  const articleUrl = page.url();
  const body = page.locator(".claim-body");
  const card = page.getByTestId("claim-card");
  await expect(body).toBeVisible();

  // several kinds highlighted, each with id="claim-<key>"
  for (const kind of ["quote", "date", "role", "action"]) {
    await expect(body.locator(`mark[data-kind="${kind}"]`).first()).toBeVisible();
  }
  await expect(body.locator("mark#claim-q1")).toBeVisible();
  await expect(page.getByRole("group", { name: "Claim kinds shown" }).getByRole("button")).toHaveCount(5);
  await page.screenshot({ path: `${SHOTS}/article-01-claims.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);

  // keyboard: Tab from the kind toggles into the text reaches highlights; focus a quote
  const quote = body.locator('mark[data-kind="quote"][data-first]').first();
  await quote.focus();
  await expect(quote).toBeFocused();
  await expect(card).toBeVisible();
  await expect(card).toContainText("Speaker");
  await expect(card).toContainText("Compared in");
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/article-02-focus-quote.png` });
  // Tab moves to the next highlight; Enter pins its card and moves focus into it; Escape returns to the text
  await page.keyboard.press("Tab");
  const next = page.locator("mark[data-claim]:focus");
  await expect(next).toHaveCount(1);
  const nextKey = await next.getAttribute("data-claim");
  await expect(card).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(card).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.locator(`mark#claim-${nextKey}`)).toBeFocused();

  // a date: hover shows the normalised date
  const date = body.locator('mark[data-kind="date"][data-first]').first();
  await date.hover();
  await expect(card).toContainText("Date");
  await expect(card).toContainText(/20\d\d/);
  await page.screenshot({ path: `${SHOTS}/article-03-hover-date.png` });

  // kind filter: switching quotes off removes their tab stops
  const quotesToggle = page.getByRole("button", { name: /Quotes/ });
  await quotesToggle.click();
  await expect(quotesToggle).toHaveAttribute("aria-pressed", "false");
  await expect(body).toHaveClass(/hide-quote/);
  await expect(quote).toHaveAttribute("tabindex", "-1");
  await page.screenshot({ path: `${SHOTS}/article-04-quotes-off.png`, fullPage: true });
  await quotesToggle.click();

  // a link to a claim is visibly targeted
  await page.goto(`${articleUrl}#claim-q1`);
  const target = page.locator("mark#claim-q1");
  await expect(target).toBeVisible();
  expect(await target.evaluate((el) => el.matches(":target") && getComputedStyle(el).outlineStyle !== "none")).toBe(true);
  await page.screenshot({ path: `${SHOTS}/article-05-target.png` });

  // raw view: removed boilerplate is struck through with its reason
  await page.getByRole("link", { name: "Raw input" }).click();
  await expect(page).toHaveURL(/view=raw/);
  const removed = page.locator("li[data-removed] del");
  await expect(removed.first()).toBeVisible();
  expect(await removed.count()).toBeGreaterThan(0);
  await page.screenshot({ path: `${SHOTS}/article-06-raw.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);

  // outlet page from the article
  await page.getByRole("link", { name: "Claims", exact: true }).click();
  await page.getByRole("complementary").getByRole("link", { name: "A News" }).click();
  await expect(page).toHaveURL(/\/outlets\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A News");
  await expect(page.getByRole("heading", { name: "Divergence from consensus" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Only this outlet reports/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/outlet-01.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);

  // search for a speaker, then a word; follow a result to the claim
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Search claims" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/search-01-empty.png` });
  await page.getByLabel("Speaker, words or outlet").fill("Sheinbaum");
  await page.getByLabel("Kind").selectOption("quote");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=Sheinbaum/);
  const results = page.getByRole("listitem").filter({ has: page.locator('a[href*="#claim-"]') });
  await expect(results.first()).toBeVisible();
  await expect(results.first().locator("mark").first()).toHaveText(/Sheinbaum/i);
  await page.screenshot({ path: `${SHOTS}/search-02-speaker.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);

  await page.goto("/search?q=inalienable");
  await expect(results.first()).toBeVisible();
  await expect(page.locator("mark", { hasText: /inalienable/i }).first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/search-03-word.png`, fullPage: true });
  const link = results.first().locator('a[href*="#claim-"]');
  const href = (await link.getAttribute("href")) ?? "";
  const key = href.split("#claim-")[1];
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/articles/[^/]+#claim-${key}$`));
  const claim = page.locator(`mark#claim-${key}`);
  await expect(claim).toBeVisible();
  await expect(claim).toContainText(/inalienable/i);
  await expect(claim).toHaveAttribute("data-target", "");
  await expect(claim).toBeFocused();
  await expect(card).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/search-04-followed.png` });

  // empty state
  await page.goto("/search?q=zzqxnotaword");
  await expect(page.getByText(/No claims match/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/search-05-none.png` });
});

test("outlets index lists outlets and an unknown outlet is not found", async ({ page }) => {
  await page.goto("/outlets");
  await expect(page.getByRole("heading", { level: 1, name: "Outlets" })).toBeVisible();
  await expect(page.getByRole("link", { name: "A News" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const r = await page.goto("/outlets/does-not-exist");
  expect(r?.status()).toBe(404);
});
