// What a signed-in reader's story page is made of (lib/http/signed-in-page-key.ts), read with real
// sessions of the demo accounts: one reader's key is never another's, and every change the page
// would show (the story, the reader's role or name, pending analysis, signing out) gives another key
// or none; pages other than a story's, unknown stories and sessions due for a new cookie give none.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import type { IncomingMessage } from "node:http";
import { useTempDatabase, ROOT } from "../../helpers/temp-db";
import { actorOf } from "../../helpers/actors";

useTempDatabase("signed-in-page-key");
const { db } = await import("../../../lib/db");
const { loadSampleStory } = await import("../../../lib/data/load-sample-story");
const { seedDemoUsers, DEMO_PASSWORD } = await import("../../../lib/data/seed-demo-users");
const { authFor } = await import("../../../lib/auth/auth");
const { SESSION_REFRESH_SECONDS, SESSION_SECONDS } = await import("../../../lib/auth/settings");
const { flagClaim } = await import("../../../lib/data/flag-claim");
const { signedInStoryPageKey, sessionRefreshDue } = await import("../../../lib/http/signed-in-page-key");
const { jobQueue } = await import("../../../lib/jobs/queue");

const HOST = "127.0.0.1:3000";
let storyId = "";
const cookies: Record<string, string> = {};

async function signIn(email: string): Promise<string> {
  const headers = new Headers({ "content-type": "application/json", origin: `http://${HOST}`, host: HOST });
  const res = await authFor(headers).handler(new Request(`http://${HOST}/api/auth/sign-in/email`, { method: "POST", headers, body: JSON.stringify({ email, password: DEMO_PASSWORD }) }));
  assert.equal(res.status, 200, `${email} signs in`);
  return res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

const request = (url: string, cookie?: string) => ({ method: "GET", url, headers: { host: HOST, ...(cookie ? { cookie } : {}) } }) as unknown as IncomingMessage;
const keyOf = (who: string, url = `/stories/${storyId}`) => signedInStoryPageKey(request(url, cookies[who]));

before(async () => {
  storyId = (await loadSampleStory(path.join(ROOT, "prisma", "seed", "sample-story"))).storyId!;
  await seedDemoUsers();
  for (const role of ["viewer", "reviewer", "editor"]) cookies[role] = await signIn(`${role}@parallax.local`);
});

test("one reader's key is theirs: the same on each read, another reader's differs", async () => {
  const viewer = await keyOf("viewer");
  assert.ok(viewer);
  assert.equal(await keyOf("viewer"), viewer);
  assert.equal(await keyOf("viewer", `/stories/${storyId}?view=charts`), viewer, "the view is in the URL, which the cache keys on");
  const keys = new Set([viewer, await keyOf("reviewer"), await keyOf("editor")]);
  assert.equal(keys.size, 3);
  // a second session of the same reader sees the same page
  assert.equal(await signedInStoryPageKey(request(`/stories/${storyId}`, await signIn("viewer@parallax.local"))), viewer);
});

test("other pages, unknown stories and cookies that are not a valid session have no key", async () => {
  const token = /session_token=([^;]+)/.exec(cookies.viewer)![1];
  const cases: [string, string | undefined][] = [
    ["/", cookies.viewer],
    [`/stories/${storyId}/groups/any`, cookies.viewer],
    [`/stories/${storyId}/`, cookies.viewer],
    ["/outlets/any", cookies.viewer],
    ["/stories/no-such-story", cookies.viewer],
    ["/stories/%E0%A4%A", cookies.viewer],
    [`/stories/${storyId}`, undefined],
    [`/stories/${storyId}`, "better-auth.session_token=made-up.signature"],
    // the viewer's token under a signature it does not have
    [`/stories/${storyId}`, `better-auth.session_token=${decodeURIComponent(token).split(".")[0]}.${"A".repeat(43)}%3D`],
  ];
  for (const [url, cookie] of cases) assert.equal(await signedInStoryPageKey(request(url, cookie)), null, `${url} ${cookie ?? "(no cookie)"}`);
});

test("a change to the story, to the reader or to pending work gives another key", async () => {
  const changes: [string, () => Promise<unknown>][] = [
    ["a flag", async () => flagClaim(await actorOf("reviewer"), { storyId, groupId: (await db.claimGroup.findFirstOrThrow({ where: { storyId } })).id, reason: "Worth a second look." })],
    ["the reader's role", async () => db.user.update({ where: { email: "viewer@parallax.local" }, data: { role: "reviewer" } })],
    ["the reader's name", async () => db.user.update({ where: { email: "viewer@parallax.local" }, data: { name: "Vera V." } })],
    // through the deployment's queue: a table of the database, or pg-boss on PostgreSQL
    ["an analysis queued", async () => {
      const articleId = (await db.article.findFirstOrThrow({ where: { storyId } })).id;
      await db.$transaction((tx) => jobQueue().enqueueAnalysis(tx, storyId, [articleId]));
    }],
  ];
  for (const [what, change] of changes) {
    const before = await keyOf("viewer");
    await new Promise((r) => setTimeout(r, 3));
    await change();
    const after = await keyOf("viewer");
    assert.ok(after, what);
    assert.notEqual(after, before, what);
  }
});

test("signed out, or due for a new cookie: no key", async () => {
  const cookie = await signIn("editor@parallax.local");
  const token = decodeURIComponent(/session_token=([^;]+)/.exec(cookie)![1]).split(".")[0];
  assert.ok(await signedInStoryPageKey(request(`/stories/${storyId}`, cookie)));
  // last extended longer ago than better-auth's updateAge: the page sets a new cookie, so Next makes it
  const extendedAt = Date.now() - (SESSION_REFRESH_SECONDS + 60) * 1000;
  await db.session.update({ where: { token }, data: { expiresAt: new Date(extendedAt + SESSION_SECONDS * 1000) } });
  assert.equal(await signedInStoryPageKey(request(`/stories/${storyId}`, cookie)), null);
  assert.equal((await db.session.findUniqueOrThrow({ where: { token } })).expiresAt.getTime(), extendedAt + SESSION_SECONDS * 1000, "reading the key did not extend it");
  await db.session.update({ where: { token }, data: { expiresAt: new Date(Date.now() + SESSION_SECONDS * 1000) } });
  assert.ok(await signedInStoryPageKey(request(`/stories/${storyId}`, cookie)));
  await db.session.delete({ where: { token } });
  assert.equal(await signedInStoryPageKey(request(`/stories/${storyId}`, cookie)), null);
});

test("a session is due for a new cookie once better-auth's updateAge has passed since it was extended", () => {
  const now = 1_000_000_000_000;
  const extended = (secondsAgo: number) => new Date(now - secondsAgo * 1000 + SESSION_SECONDS * 1000);
  const cases: [number, boolean][] = [[0, false], [SESSION_REFRESH_SECONDS - 1, false], [SESSION_REFRESH_SECONDS, true], [SESSION_SECONDS, true]];
  for (const [ago, due] of cases) assert.equal(sessionRefreshDue(extended(ago), now), due, `${ago} s ago`);
});
