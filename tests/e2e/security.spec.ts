// Attacks on a running instance, on loopback only: a cross-site page forging API writes with the
// signed-in editor's cookie, and requests naming a foreign Origin.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { test, expect, USERS, PASSWORD } from "./helpers";

/** A page on another loopback port (same site, so the SameSite=Lax cookie is sent) that forges writes. */
function evilServer(target: string): Promise<{ url: string; close: () => Promise<void> }> {
  const page = `<!doctype html><title>loading</title><script>
    const send = (path, body) => fetch(${JSON.stringify(target)} + path, { method: "POST", mode: "no-cors", credentials: "include",
      headers: { "Content-Type": "text/plain;application/json" }, body: JSON.stringify(body) }).catch(() => null);
    Promise.all([
      send("/api/users", { email: "forged@evil.example", name: "Forged", password: "forged-password", role: "editor" }),
      send("/api/stories", { title: "Forged story from another site" }),
    ]).then(() => { document.title = "sent"; });
  </script>`;
  const server = http.createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(page));
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => {
    const { port } = server.address() as AddressInfo;
    resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) });
  }));
}

test("a page on another port cannot create accounts or stories with the editor's cookie", async ({ page, signInAs, baseURL, playwright }) => {
  await signInAs("editor");
  const evil = await evilServer(baseURL!);
  try {
    await page.goto(evil.url);
    await expect(page).toHaveTitle("sent");
  } finally {
    await evil.close();
  }
  const api = await playwright.request.newContext({ baseURL });
  const login = await api.post("/api/auth/sign-in/email", { headers: { origin: baseURL! }, data: { email: "forged@evil.example", password: "forged-password" } });
  expect(login.status(), "no forged account exists").toBe(401);
  const { stories } = (await (await api.get("/api/stories")).json()) as { stories: { title: string }[] };
  expect(stories.map((s) => s.title)).not.toContain("Forged story from another site");
  await api.dispose();
});

test("API writes naming a foreign Origin, or not exactly JSON, are refused with 403", async ({ playwright, baseURL }) => {
  const editor = await playwright.request.newContext({ baseURL });
  const login = await editor.post("/api/auth/sign-in/email", { headers: { origin: baseURL! }, data: { email: USERS.editor.email, password: PASSWORD } });
  expect(login.status()).toBe(200);
  const foreign = await editor.post("/api/stories", { headers: { origin: "http://evil.example" }, data: { title: "From evil" } });
  expect(foreign.status()).toBe(403);
  expect(((await foreign.json()) as { error: { code: string } }).error.code).toBe("forbidden");
  const crossSite = await editor.post("/api/stories", { headers: { "sec-fetch-site": "cross-site" }, data: { title: "From evil" } });
  expect(crossSite.status()).toBe(403);
  const textPlain = await editor.post("/api/stories", {
    headers: { origin: baseURL!, "content-type": "text/plain;application/json" }, data: JSON.stringify({ title: "Text plain" }),
  });
  expect(textPlain.status()).toBe(403);
  const same = await editor.post("/api/stories", { headers: { origin: baseURL! }, data: { title: "Same-origin story" } });
  expect(same.status()).toBe(201);
  await editor.dispose();
});

/** A sign-in POST sent from a chosen loopback address (the whole 127.0.0.0/8 reaches the server). */
function signInFrom(baseURL: string, from: string, origin: string, email: string): Promise<number> {
  const url = new URL("/api/auth/sign-in/email", baseURL);
  const body = JSON.stringify({ email, password: "wrong-password" });
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: "POST", localAddress: from, agent: false,
      // a forged address must not choose the bucket
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), origin, "x-forwarded-for": "203.0.113.77" },
    }, (res) => res.resume().on("end", () => resolve(res.statusCode ?? 0)));
    req.on("error", reject).end(body);
  });
}

test("one client that uses up its sign-in attempts does not lock out another client", async ({ baseURL }) => {
  // foreign-origin attempts are refused (403) and still count, so the bucket fills without hashing
  let status = 0;
  let sent = 0;
  while (status !== 429 && sent < 500) {
    status = await signInFrom(baseURL!, "127.0.0.7", "http://evil.example", `nobody-${sent}@example.org`);
    sent++;
  }
  expect(status, `still ${status} after ${sent} attempts`).toBe(429);
  // PARALLAX_SIGN_IN_LIMIT=200 per address on the test server
  expect(sent).toBe(201);
  // the same client is refused even from its own site; another client is not
  expect(await signInFrom(baseURL!, "127.0.0.7", baseURL!, "nobody-x@example.org")).toBe(429);
  expect(await signInFrom(baseURL!, "127.0.0.8", baseURL!, "nobody-y@example.org")).toBe(401);
});

test("guessing one account's password from rotating addresses is limited by account", async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  const email = `nobody-${Date.now()}@example.org`;
  const statuses: number[] = [];
  // each guess from its own loopback address, so no address's own limit is reached
  for (let i = 0; i < 7; i++) statuses.push(await signInFrom(baseURL!, `127.0.1.${i + 1}`, baseURL!, email));
  // PARALLAX_ACCOUNT_SIGN_IN_LIMIT=5 on the test server: five wrong passwords, then refused
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  // another account is not locked out
  const other = await api.post("/api/auth/sign-in/email", { headers: { origin: baseURL! }, data: { email: USERS.reviewer.email, password: PASSWORD } });
  expect(other.status()).toBe(200);
  await api.dispose();
});

test("one request limit: a 13 MB API body gets a clear 413, not a parser error", async ({ playwright, baseURL }) => {
  const editor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
  expect((await editor.post("/api/auth/sign-in/email", { data: { email: USERS.editor.email, password: PASSWORD } })).status()).toBe(200);
  const big = JSON.stringify({ articles: [{ content: "word ".repeat(13 * 1024 * 1024 / 5) }] });
  const res = await editor.post("/api/stories/any/articles", { headers: { "content-type": "application/json" }, data: big });
  expect(res.status()).toBe(413);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error).toMatchObject({ code: "too_large" });
  expect(body.error.message).toMatch(/12 MB/);
  await editor.dispose();
});

test("a viewer's upload and API writes are refused on the session's role before the body is read", async ({ playwright, baseURL }) => {
  const viewer = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
  expect((await viewer.post("/api/auth/sign-in/email", { data: { email: USERS.viewer.email, password: PASSWORD } })).status()).toBe(200);
  // an upload-sized form post to a server action: refused by the gate, not parsed and then refused
  const upload = await viewer.post("/import", {
    headers: { "next-action": "0123456789abcdef0123456789abcdef01234567" },
    multipart: { files: { name: "big.txt", mimeType: "text/plain", buffer: Buffer.alloc(3 * 1024 * 1024, "a") } },
  });
  expect(upload.status()).toBe(403);
  expect(await upload.text()).toMatch(/reads only/);
  const write = await viewer.post("/api/stories", { data: { title: `Viewer story ${Date.now()}` } });
  expect(write.status()).toBe(403);
  expect(((await write.json()) as { error: { message: string } }).error.message).toMatch(/reads only/);
  await viewer.dispose();
});

test("an import of more files than one import takes is refused before any story is created", async ({ page, signInAs, request }) => {
  await signInAs("editor", "/import");
  const title = `Too many files ${Date.now()}`;
  await page.goto("/import");
  await page.getByLabel("Add to").selectOption("new");
  await page.getByLabel("Title of the new story").fill(title);
  const files = Array.from({ length: 51 }, (_, i) => ({ name: `a${i}.txt`, mimeType: "text/plain", buffer: Buffer.from(`Article ${i}. The council met on Monday.`) }));
  await page.getByLabel(/Upload files/).setInputFiles(files);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.locator("#files-error")).toContainText("51 articles at once is more than the 50");
  const { stories } = (await (await request.get("/api/stories")).json()) as { stories: { title: string }[] };
  expect(stories.map((s) => s.title)).not.toContain(title);
});

test("a large article is analysed off the event loop: health answers while it is analysed", async ({ playwright, baseURL }) => {
  const editor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
  expect((await editor.post("/api/auth/sign-in/email", { data: { email: USERS.editor.email, password: PASSWORD } })).status()).toBe(200);
  const created = await editor.post("/api/stories", { data: { title: `Large article ${Date.now()}` } });
  const { story } = (await created.json()) as { story: { id: string } };
  // about 430 KB of varied news prose: seconds of analysis
  const paragraph = (i: number) =>
    `The council of Harbourton met on Monday ${i} and voted ${i % 7} to ${i % 5} to approve a budget of $${i * 3} million, ` +
    `Mayor Ann Torres said. "We will keep the ferries running every day of the week," she told reporters on Tuesday. ` +
    `About ${i * 11} residents attended the meeting, according to the clerk, Paul Grant.`;
  const content = Array.from({ length: 1500 }, (_, i) => paragraph(i + 1)).join("\n\n");
  let done = false;
  const importing = editor.post(`/api/stories/${story.id}/articles`, { data: { articles: [{ content, sourceName: "large.txt" }] }, timeout: 180_000 })
    .finally(() => { done = true; });
  const health = await playwright.request.newContext({ baseURL });
  const answered: number[] = [];
  while (!done && answered.length < 20) {
    const t = Date.now();
    const r = await health.get("/api/health");
    if (!done) answered.push(Date.now() - t);
    expect(r.status()).toBe(200);
    await new Promise((res) => setTimeout(res, 200));
  }
  const res = await importing;
  expect(res.status()).toBe(201);
  // while the article was being analysed, health kept answering (on the event loop it could not)
  console.log("health latencies during import (ms):", answered.join(" "));
  expect(answered.length).toBeGreaterThanOrEqual(3);
  await health.dispose();
  await editor.dispose();
});
