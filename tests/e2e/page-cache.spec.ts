// The page cache for readers without a session (lib/http/page-microcache.ts) in the real server:
// their second read of a page comes from it, a signed-in user's never does, and a change an editor
// makes reaches the readers within a few seconds. A signed-in reader's story page is kept for that
// reader alone, and a change to the story shows on their very next request.
import { test, expect, signIn } from "./helpers";

test("readers without a session share pages; signed-in users get their own; a new story reaches both", async ({ page, request, signInAs, baseURL }) => {
  await request.get("/");
  const shared = await request.get("/");
  expect(shared.status()).toBe(200);
  expect(shared.headers()["x-parallax-cache"], "the second anonymous read is served from the cache").toMatch(/^(fresh|stale)$/);
  expect(shared.headers()["set-cookie"]).toBeUndefined();

  await signInAs("editor");
  const own = await page.goto("/");
  expect(own!.headers()["x-parallax-cache"], "a signed-in page is rendered for its user").toBeUndefined();
  await expect(page.getByTestId("auth-menu")).toContainText("Edith Editor");

  const title = `Cache check ${Date.now()}`;
  const made = await page.request.post("/api/stories", { data: { title }, headers: { origin: baseURL! } });
  expect(made.status()).toBe(201);
  await page.goto("/");
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  // the anonymous copy may be up to a second old (longer only while a render of it is under way)
  const started = Date.now();
  await expect.poll(async () => (await (await request.get("/")).text()).includes(title), { timeout: 15_000, intervals: [200] }).toBe(true);
  console.log(`an anonymous reader saw the new story after ${Date.now() - started} ms`);
  const anonymousHtml = await (await request.get("/")).text();
  expect(anonymousHtml, "the shared page is an anonymous one").not.toContain("Edith Editor");
});

test("a signed-in reader's story page is kept for them alone; a new article shows on their next request", async ({ page, browser, signInAs, baseURL }) => {
  await signInAs("viewer");
  const editor = await browser.newContext();
  try {
    const editorPage = await editor.newPage();
    await signIn(editorPage, "editor");
    const created = await editorPage.request.post("/api/stories", { data: { title: `Signed-in cache ${Date.now()}` }, headers: { origin: baseURL! } });
    expect(created.status()).toBe(201);
    const storyId = ((await created.json()) as { story: { id: string } }).story.id;
    const story = `/stories/${storyId}`;

    expect((await page.goto(story))!.headers()["x-parallax-cache"]).toBeUndefined();
    const again = await page.goto(story);
    expect(again!.headers()["x-parallax-cache"], "the viewer's second read is their kept page").toBe("viewer");
    await expect(page.getByTestId("auth-menu")).toContainText("Vera Viewer");
    const articleRows = page.locator("#articles-heading ~ div tbody tr");
    await expect(articleRows).toHaveCount(0);

    // the editor reads the same story: never the viewer's page
    expect((await editorPage.goto(story))!.headers()["x-parallax-cache"]).toBeUndefined();
    await expect(editorPage.getByTestId("auth-menu")).toContainText("Edith Editor");
    await expect(editorPage.getByTestId("auth-menu")).not.toContainText("Vera Viewer");

    // the editor adds an article: the viewer's very next request shows it
    const title = `A council vote is put off ${Date.now()}`;
    const added = await editorPage.request.post(`/api/stories/${storyId}/articles`, {
      data: { articles: [{ content: `${title}\n\nThe council put off its vote on the new budget until next month, the mayor said on Tuesday.`, sourceName: "vote.txt" }] },
      headers: { origin: baseURL! },
    });
    expect(added.status()).toBeLessThan(300);
    const next = await page.goto(story);
    expect(next!.headers()["x-parallax-cache"], "a changed story is rendered again").toBeUndefined();
    await expect(articleRows).toHaveCount(1);
    await expect(page.getByTestId("auth-menu")).toContainText("Vera Viewer");
  } finally {
    await editor.close();
  }
});
