// The editorial workflow end to end: sign-in, import (paste, upload, bad
// input), flag and review with history, exports, and refusals for viewers and
// anonymous writers.
import fs from "node:fs";
import path from "node:path";
import { test, expect, sampleStoryId, signIn, SCREENS, USERS, PASSWORD } from "./helpers";

const FIX = path.join(process.cwd(), "tests", "fixtures", "import");

test.describe.configure({ mode: "serial" });

let storyId = "";
let discrepancyId = "";

test.beforeAll(async ({ request }) => {
  storyId = await sampleStoryId(request);
});

test("sign-in: a wrong password gets a clear message; the header then shows name and role", async ({ page, signInAs }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(USERS.reviewer.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is wrong.");
  await expect(page.getByLabel("Email")).toHaveValue(USERS.reviewer.email);
  await page.screenshot({ path: `${SCREENS}/10-sign-in-error.png`, fullPage: true });

  await signInAs("reviewer");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/11-signed-in.png` });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("a reviewer imports into the sample story by paste and by file upload", async ({ page, signInAs }) => {
  await signInAs("reviewer");
  await page.goto(`/stories/${storyId}`);
  await page.getByRole("link", { name: "Add articles" }).click();
  await expect(page).toHaveURL(new RegExp(`/import\\?story=${storyId}`));
  await expect(page.getByLabel("Add to")).toHaveValue(storyId);

  // paste, with an outlet override
  await page.getByLabel("Paste text or HTML").fill(fs.readFileSync(path.join(FIX, "sixth-outlet.txt"), "utf8"));
  await page.getByLabel("Outlet").fill("Harbour Wire");
  await page.screenshot({ path: `${SCREENS}/12-import-form.png`, fullPage: true });
  await page.getByRole("button", { name: "Import" }).click();
  const result = page.getByRole("region", { name: "Import result" });
  await expect(page.getByRole("main").getByRole("status").first()).toContainText("1 article added", { timeout: 60_000 });
  await expect(result.getByText("Analysed")).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/13-import-pasted.png`, fullPage: true });

  // file upload
  await page.getByLabel(/Upload files/).setInputFiles(path.join(FIX, "seventh-outlet.html"));
  await page.getByRole("button", { name: "Import" }).click();
  await expect(result.getByRole("link", { name: "Mexico's president rejects US troop offer" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("main").getByRole("status").first()).toContainText("1 article added");

  // the same file again is a duplicate, not stored twice
  await page.getByLabel(/Upload files/).setInputFiles(path.join(FIX, "seventh-outlet.html"));
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("main").getByRole("status").first()).toContainText("0 articles added; 1 already in the story", { timeout: 60_000 });

  await page.goto(`/stories/${storyId}`);
  await expect(page.getByRole("link", { name: "Mexico's president rejects US troop offer" }).first()).toBeVisible();
  await expect(page.getByText("Harbour Wire").first()).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/14-story-after-import.png`, fullPage: true });
});

test("bad input gets a message at its field and stores nothing", async ({ page, signInAs, request }) => {
  await signInAs("reviewer");
  const before = ((await (await request.get(`/api/stories/${storyId}`)).json()) as { story: { articles: unknown[] } }).story.articles.length;
  await page.goto(`/import?story=${storyId}`);

  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.locator("#content-error")).toContainText("there is nothing to import");

  await page.getByLabel("Paste text or HTML").fill("   \n   ");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.locator("#content-error")).toContainText("empty");

  await page.getByLabel("Paste text or HTML").fill("");
  await page.getByLabel(/Upload files/).setInputFiles([path.join(FIX, "latin1.txt"), path.join(FIX, "malformed.json"), path.join(FIX, "binary.png")]);
  await page.getByRole("button", { name: "Import" }).click();
  const files = page.locator("#files-error");
  await expect(files).toContainText("latin1.txt is not valid UTF-8");
  await expect(files).toContainText("malformed.json is not valid JSON");
  await expect(files).toContainText("binary.png: only");
  await page.getByLabel(/Upload files/).setInputFiles([]);

  await page.getByLabel("Or fetch a URL").fill("http://127.0.0.1:9/article.html");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.locator("#url-error")).toContainText("private or local network address");
  await page.screenshot({ path: `${SCREENS}/15-import-errors.png`, fullPage: true });

  const after = ((await (await request.get(`/api/stories/${storyId}`)).json()) as { story: { articles: unknown[] } }).story.articles.length;
  expect(after).toBe(before);
});

test("a reviewer flags a claim group, moves it to in review, confirms it with a note, and sees the history", async ({ page, signInAs }) => {
  await signInAs("reviewer");
  await page.goto("/review");
  await page.getByRole("link", { name: "Flag a claim" }).click();
  await expect(page.getByRole("heading", { name: "Flag a claim", level: 1 })).toBeVisible();
  await page.getByLabel("Story").selectOption(storyId);
  await page.getByRole("button", { name: "Show its claims" }).click();
  const target = page.getByLabel("What to flag");
  const firstValue = await target.locator("option:not([disabled])").first().getAttribute("value");
  expect(firstValue).toBeTruthy();
  await target.selectOption(firstValue!);
  await page.getByRole("button", { name: "Flag for review" }).click();
  await expect(page.locator("#flag-reason-error")).toContainText("Say why");
  await page.getByLabel("Reason").fill("The outlets may not agree on this; check the original remarks.");
  await page.getByRole("button", { name: "Flag for review" }).click();
  await expect(page).toHaveURL(/\/review\/(?!flag)[^/?]+$/);
  discrepancyId = page.url().split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Flagged");
  await expect(page.getByText("flagged this for review")).toBeVisible();

  await page.getByRole("button", { name: "Start review" }).click();
  await expect(page.getByText("moved it from Open to In review")).toBeVisible();
  await page.getByLabel("Note with the change").fill("Compared with the transcript: the wording differs.");
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByText("moved it from In review to Confirmed")).toBeVisible();
  await expect(page.getByText("Compared with the transcript: the wording differs.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Reopen" })).toBeVisible();

  await page.getByLabel("Assigned to").selectOption({ label: "Edith Editor (editor)" });
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText("assigned it to Edith Editor")).toBeVisible();
  await page.getByRole("textbox", { name: "Add a note" }).fill("Editor to decide on a correction request.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Editor to decide on a correction request.")).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/16-discrepancy.png`, fullPage: true });

  await page.goto("/review?status=confirmed");
  await expect(page.getByRole("link", { name: /Flagged/ }).first()).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/17-review-queue.png`, fullPage: true });
  await page.goto("/review?status=dismissed");
  await expect(page.locator(`a[href="/review/${discrepancyId}"]`)).toHaveCount(0);
});

test("exports: ClaimReview lists the confirmed item; CSV and JSON download", async ({ page, request }) => {
  const res = await request.get(`/api/stories/${storyId}/export?format=claimreview`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/ld+json");
  const items = (await res.json()) as { "@context": string; "@type": string; url: string; claimReviewed: string; reviewRating: { alternateName: string }; itemReviewed: { "@type": string; appearance: unknown[] }; author: { "@type": string }; datePublished: string }[];
  const item = items.find((i) => i.url.endsWith(`/review/${discrepancyId}`));
  expect(item, "the confirmed discrepancy is exported").toBeTruthy();
  expect(item!["@context"]).toBe("https://schema.org");
  expect(item!["@type"]).toBe("ClaimReview");
  expect(item!.itemReviewed["@type"]).toBe("Claim");
  expect(item!.itemReviewed.appearance.length).toBeGreaterThan(0);
  expect(item!.author["@type"]).toBe("Organization");
  expect(item!.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(item!.reviewRating.alternateName).toBeTruthy();

  const csv = await request.get(`/api/stories/${storyId}/export?format=csv&part=discrepancies`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(discrepancyId);
  const json = await request.get(`/api/stories/${storyId}/export?format=json`);
  expect(((await json.json()) as { discrepancies: { id: string; status: string }[] }).discrepancies.find((d) => d.id === discrepancyId)?.status).toBe("confirmed");
  expect((await request.get(`/api/stories/${storyId}/export?format=pdf`)).status()).toBe(400);

  await page.goto(`/stories/${storyId}`);
  const download = page.waitForEvent("download");
  await page.getByRole("navigation", { name: "Export" }).getByRole("link", { name: "ClaimReview" }).click();
  expect((await download).suggestedFilename()).toMatch(/claimreview\.jsonld$/);
});

test("a viewer sees no change controls and the server refuses their writes", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto(`/import?story=${storyId}`);
  await expect(page.getByRole("note")).toContainText("signed in as a viewer");
  await expect(page.getByRole("button", { name: "Import" })).toHaveCount(0);
  await page.goto(`/review/${discrepancyId}`);
  await expect(page.getByRole("heading", { name: "History" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Reopen" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add note" })).toHaveCount(0);
  await page.goto("/review/flag");
  await expect(page.getByRole("button", { name: "Flag for review" })).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/18-viewer-discrepancy.png`, fullPage: true });

  // the same session, straight at the API: 403
  const api = page.request;
  const add = await api.post(`/api/stories/${storyId}/articles`, { data: { articles: [{ content: "A viewer tries to add an article about a council vote on Tuesday." }] } });
  expect(add.status()).toBe(403);
  expect(((await add.json()) as { error: { code: string } }).error.code).toBe("forbidden");
  const create = await api.post("/api/stories", { data: { title: "Not allowed" } });
  expect(create.status()).toBe(403);
});

test("API writes without a session get 401; an editor creates a story and adds articles over the API", async ({ playwright, baseURL }) => {
  const anon = await playwright.request.newContext({ baseURL });
  const r1 = await anon.post("/api/stories", { data: { title: "Anonymous story" } });
  expect(r1.status()).toBe(401);
  expect(await r1.json()).toEqual({ error: { code: "unauthorized", message: expect.stringContaining("Sign in") } });
  expect((await anon.post(`/api/stories/${storyId}/articles`, { data: { articles: [{ content: "x" }] } })).status()).toBe(401);
  expect((await anon.get(`/api/stories/${storyId}/claims`)).status()).toBe(200);
  expect((await anon.get(`/api/stories/${storyId}/discrepancies`)).status()).toBe(200);
  expect((await anon.get("/api/stories/nope")).status()).toBe(404);
  await anon.dispose();

  // sign in over better-auth's own endpoint, then use the session cookie
  const editor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
  const login = await editor.post("/api/auth/sign-in/email", { data: { email: USERS.editor.email, password: PASSWORD } });
  expect(login.status()).toBe(200);
  const created = await editor.post("/api/stories", { data: { title: "Harbour ferry timetable", description: "Council vote" } });
  expect(created.status()).toBe(201);
  const { story } = (await created.json()) as { story: { id: string } };
  const bad = await editor.post(`/api/stories/${story.id}/articles`, { headers: { "content-type": "application/json" }, data: "{not json" });
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("invalid_input");
  // a body of neither shape is told which shapes there are
  const shapeless = await editor.post(`/api/stories/${story.id}/articles`, { data: [] });
  expect(shapeless.status()).toBe(400);
  expect(((await shapeless.json()) as { error: { message: string } }).error.message).toContain("{articles: [{content, ...}]} or {url}");
  const empty = await editor.post(`/api/stories/${story.id}/articles`, { data: { articles: [{ content: "   " }] } });
  expect(empty.status()).toBe(400);
  expect(((await empty.json()) as { error: { field: string } }).error.field).toBe("articles.0.content");
  const added = await editor.post(`/api/stories/${story.id}/articles`, {
    data: { articles: [{ content: fs.readFileSync(path.join(FIX, "council-vote.txt"), "utf8"), sourceName: "council-vote.txt", overrides: { outlet: "Harbour Gazette" } }] },
  });
  expect(added.status()).toBe(201);
  const body = (await added.json()) as { added: unknown[]; articles: { status: string }[] };
  expect(body.added.length).toBe(1);
  const refused = await editor.post(`/api/stories/${story.id}/articles`, { data: { url: "http://169.254.169.254/latest/meta-data/" } });
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { error: { field: string; message: string } }).error).toMatchObject({ field: "url" });
  await editor.dispose();
});

test("sign-up is closed", async ({ request }) => {
  const res = await request.post("/api/auth/sign-up/email", { data: { email: "new@example.org", password: "long-enough-password", name: "New" } });
  expect(res.status()).toBeGreaterThanOrEqual(400);
  const login = await request.post("/api/auth/sign-in/email", { data: { email: "new@example.org", password: "long-enough-password" } });
  expect(login.status()).toBe(401);
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "editor");
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  // the old cookie no longer works
  const again = await page.context().request.fetch("/api/stories", {
    method: "POST",
    headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") },
    data: { title: "After sign-out" },
  });
  expect(again.status()).toBe(401);
});

test.describe("with sign-in required for reading (PARALLAX_REQUIRE_SIGN_IN=1)", () => {
  // a second server on another port and database, started from the same build
  const port = Number(process.env.E2E_PRIVATE_PORT ?? (Number(process.env.E2E_PORT ?? 3123) + 1));
  const origin = `http://127.0.0.1:${port}`;
  let server: import("node:child_process").ChildProcess | null = null;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    const { spawn } = await import("node:child_process");
    const db = "test-results/e2e-private.db";
    for (const f of [db, `${db}-journal`]) fs.rmSync(f, { force: true });
    server = spawn(process.execPath, ["scripts/start.mjs"], {
      env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: `file:./${db}`, PARALLAX_REQUIRE_SIGN_IN: "1", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
    });
    for (let i = 0; i < 280; i++) {
      try {
        if ((await fetch(`${origin}/api/health`)).ok) return;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
    throw new Error("the second server did not start");
  });

  test.afterAll(async () => {
    if (server?.pid) server.kill("SIGTERM");
  });

  test("anonymous API reads get 401 and pages redirect to sign-in, then back after signing in", async ({ page, playwright }) => {
    const anon = await playwright.request.newContext({ baseURL: origin });
    const list = await anon.get("/api/stories");
    expect(list.status()).toBe(401);
    expect(((await list.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
    expect((await anon.get("/api/health")).status()).toBe(200);
    await anon.dispose();

    await page.goto(`${origin}/review?status=open`);
    await expect(page).toHaveURL(`${origin}/sign-in?next=${encodeURIComponent("/review?status=open")}`);
    await expect(page.getByText("requires a sign-in to read stories")).toBeVisible();
    await page.screenshot({ path: `${SCREENS}/19-sign-in-required.png`, fullPage: true });
    await page.getByLabel("Email").fill(USERS.viewer.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${origin}/review?status=open`);
    await expect(page.getByRole("heading", { name: "Review", level: 1 })).toBeVisible();
    expect((await page.request.get(`${origin}/api/stories`)).status()).toBe(200);

    // a stale or forged session cookie is not enough: the server validates it
    await page.context().clearCookies();
    await page.context().addCookies([{ name: "better-auth.session_token", value: "forged.token", url: origin }]);
    await page.goto(`${origin}/`);
    await expect(page).toHaveURL(/\/sign-in\?next=%2F$/);
    expect((await page.request.get(`${origin}/api/stories`)).status()).toBe(401);
  });
});
