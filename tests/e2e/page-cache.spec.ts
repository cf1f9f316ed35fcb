// The page cache for readers without a session (lib/http/page-microcache.ts) in the real server:
// their second read of a page comes from it, a signed-in user's never does, and a change an editor
// makes reaches the readers within a few seconds.
import { test, expect } from "./helpers";

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
