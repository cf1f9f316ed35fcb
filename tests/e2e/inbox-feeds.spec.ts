// The inbox fed by a feed and a list of URLs: an editor uploads a made-up RSS feed (full-text items
// are taken from it, a summary-only item's link is fetched), lists URLs (this server refuses private
// addresses, so a loopback URL is reported, not fetched), then splits a proposal. The inbox is left
// as it was found.
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, SCREENS } from "./helpers";
import type { Page } from "@playwright/test";

const FEED = path.join(process.cwd(), "tests", "fixtures", "inbox-feeds", "wire.xml");
const FERRY = "Ferry runs aground off Kestrel Island";
const LIFEBOAT = "Kestrel Island ferry grounding";
const LIBRARY = "City library reopens";
/** each article's address, shown under its title (titles also stand in other cards' menus) */
const WHERE: Record<string, string> = { [FERRY]: "2026/02/ferry-aground", [LIFEBOAT]: "2026/02/kestrel-ferry-lifeboats", [LIBRARY]: "2026/02/library-reopens" };

/** The proposal card holding an article. */
const cardWith = (page: Page, title: string) => page.locator('section[aria-labelledby^="h-"]').filter({ hasText: WHERE[title] });
const upload = (page: Page) => page.getByRole("form", { name: "Import into the inbox" });
const importButton = (page: Page) => page.getByRole("button", { name: "Import into the inbox" });

test("an editor imports a feed and a list of URLs into the inbox and splits a proposal", async ({ page, signInAs }) => {
  test.setTimeout(120_000);
  await signInAs("editor", "/inbox");
  await page.goto("/inbox");

  // a line the editor can fix stops the import before anything is fetched
  await page.getByLabel(/Or fetch URLs/).fill("http://127.0.0.1:9/one\nftp://files.example.org/two");
  await importButton(page).click();
  await expect(page.locator("#inbox-urls-error")).toContainText("Line 2: only http:// and https:// addresses are fetched");
  await expect(upload(page).getByRole("alert")).toContainText("Nothing was imported");

  // a URL the fetcher refuses is reported on its own line
  await page.getByLabel(/Or fetch URLs/).fill("http://127.0.0.1:9/one");
  await importButton(page).click();
  await expect(upload(page).getByRole("status")).toContainText("Nothing was imported: no address or feed item could be read");
  const report = page.getByRole("list", { name: "What happened to each address" });
  await expect(report).toContainText("Not imported: http://127.0.0.1:9/one");
  await expect(report).toContainText("private or local network address");

  // the feed: three full-text items imported, the summary-only one's link refused
  await page.getByLabel(/Upload files/).setInputFiles(FEED);
  await importButton(page).click();
  await expect(upload(page).getByRole("status")).toContainText("3 articles added to the inbox; 1 not imported (see below).", { timeout: 60_000 });
  await expect(report.getByRole("listitem")).toHaveCount(4);
  await expect(report).toContainText("Imported: https://wire.example.org/2026/02/ferry-aground: full text taken from the feed");
  await expect(report).toContainText("Not imported: http://127.0.0.1:9/tram-timetable");
  await expect(cardWith(page, FERRY)).toContainText("2 articles");
  await expect(cardWith(page, FERRY)).toContainText(WHERE[LIFEBOAT]);
  await expect(cardWith(page, FERRY)).toContainText("wire.example.org · 1 Feb 2026");
  await expect(cardWith(page, LIBRARY)).toContainText("1 article");
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: `${SCREENS}/73-inbox-feed.png`, fullPage: true });
  // long addresses in the report wrap on a phone
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SCREENS}/74-inbox-feed-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  // the same feed again stores nothing twice
  await page.getByLabel(/Upload files/).setInputFiles(FEED);
  await importButton(page).click();
  await expect(upload(page).getByRole("status")).toContainText("0 articles added to the inbox; 3 already imported", { timeout: 60_000 });

  // split: the ticked article becomes a proposal of its own
  const ferry = cardWith(page, FERRY);
  await ferry.getByLabel(`Split off “${LIFEBOAT}`, { exact: false }).check();
  await ferry.getByRole("button", { name: "Split the ticked articles into a new proposal" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 article split off into a new proposal." })).toBeVisible();
  await expect(cardWith(page, FERRY)).toContainText("1 article");
  await expect(cardWith(page, FERRY)).not.toContainText(WHERE[LIFEBOAT]);
  await expect(cardWith(page, LIFEBOAT)).toContainText("1 article");

  // leave the inbox as it was found
  for (const title of [FERRY, LIFEBOAT, LIBRARY]) {
    await cardWith(page, title).getByRole("button", { name: `Remove “${title}`, exact: false }).click();
    await expect(cardWith(page, title)).toHaveCount(0);
  }
});
