// The page cache for readers without a session (lib/http/page-microcache.ts), in front of a stand-in
// for Next's handler on a real loopback server: who shares a page, how long it is kept, what is never
// kept, and that a burst of readers costs one render. And a signed-in reader's pages, kept under what
// they are made of: never given to another reader, never served once the data or the reader changed.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { pageMicrocache, sharesPage, type MicrocacheOptions, type ViewerKey } from "../../../lib/http/page-microcache";

const OPTIONS: MicrocacheOptions = { freshMs: 1_000, staleMs: 10_000, maxBytes: 1 << 20, maxEntryBytes: 64 << 10 };

/** A server whose "Next" answers by path, counting renders; time is the test's to move. */
async function serve(render: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>, options = OPTIONS, viewerKey?: ViewerKey) {
  let clock = 1_000_000;
  let renders = 0;
  const cache = pageMicrocache(async (req, res) => { renders++; await render(req, res); }, options, () => clock, viewerKey);
  const server = createServer((req, res) => void cache.handle(req, res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  after(() => server.close());
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    get: (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers, redirect: "manual" }),
    tick: (ms: number) => { clock += ms; },
    renders: () => renders,
    cache,
  };
}

let version = 0;
/** A page that says which render made it, streamed in two writes as Next streams. */
function page(req: IncomingMessage, res: ServerResponse) {
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
  res.write(`<p>${req.url}</p>`);
  res.end(`<p>render ${++version}</p>`);
}

test("a reader without a session gets the kept page for a second, then a new render", async () => {
  const s = await serve(page);
  const first = await (await s.get("/stories/a")).text();
  const hit = await s.get("/stories/a");
  assert.equal(hit.headers.get("x-parallax-cache"), "fresh");
  assert.equal(hit.headers.get("cache-control"), "private, no-cache, no-store, max-age=0, must-revalidate");
  assert.equal(await hit.text(), first);
  assert.equal(s.renders(), 1);
  s.tick(1_001);
  const again = await s.get("/stories/a");
  assert.equal(again.headers.get("x-parallax-cache"), null, "past a second, the page is rendered again");
  assert.notEqual(await again.text(), first);
  assert.equal(s.renders(), 2);
});

test("URLs, query strings and encodings are kept apart", async () => {
  const s = await serve(page);
  await s.get("/stories/b?view=charts");
  await s.get("/stories/b?view=timeline");
  await s.get("/stories/b");
  assert.equal(s.renders(), 3);
  assert.match(await (await s.get("/stories/b?view=charts")).text(), /view=charts/);
  assert.equal(s.renders(), 3);
});

test("a page made for another Host header is not given to this host's readers", async () => {
  const s = await serve((req, res) => { res.setHeader("content-type", "text/html"); res.end(`<a href="//${req.headers.host}/x">${++version}</a>`); });
  // fetch will not send another Host header; a raw request does
  await new Promise<void>((resolve, reject) => {
    request(`${s.base}/f`, { headers: { host: "attacker.example", "accept-encoding": "identity" } }, (res) => res.resume().on("end", resolve)).on("error", reject).end();
  });
  const own = await (await s.get("/f", { "accept-encoding": "identity" })).text();
  assert.doesNotMatch(own, /attacker/);
  assert.equal(s.renders(), 2);
});

test("a compressed page is replayed only to readers that accept its encoding", async () => {
  const s = await serve((req, res) => {
    const gz = /gzip/.test(String(req.headers["accept-encoding"]));
    res.setHeader("content-type", "text/html");
    if (gz) res.setHeader("content-encoding", "gzip");
    res.end(gz ? gzipSync(`<p>zipped ${++version}</p>`) : `<p>plain ${++version}</p>`);
  });
  await s.get("/c", { "accept-encoding": "gzip" });
  await s.get("/c", { "accept-encoding": "identity" });
  assert.equal(s.renders(), 2);
  const zipped = await s.get("/c", { "accept-encoding": "gzip, br" });
  assert.equal(zipped.headers.get("x-parallax-cache"), "fresh");
  assert.match(await zipped.text(), /zipped/); // fetch inflates it
  assert.match(await (await s.get("/c", { "accept-encoding": "identity" })).text(), /plain/);
  assert.equal(s.renders(), 2);
});

test("a page compressed in an encoding the key does not name is not kept", async () => {
  // as Next's compression negotiates: "*" takes gzip, which the regex reads as no encoding named
  const s = await serve((req, res) => {
    const gz = /gzip|\*/.test(String(req.headers["accept-encoding"]));
    res.setHeader("content-type", "text/html");
    if (gz) res.setHeader("content-encoding", "gzip");
    res.end(gz ? gzipSync(`<p>zipped ${++version}</p>`) : `<p>plain ${++version}</p>`);
  });
  await s.get("/star", { "accept-encoding": "*" });
  const plain = await s.get("/star", { "accept-encoding": "identity" });
  assert.equal(plain.headers.get("content-encoding"), null);
  assert.match(await plain.text(), /plain/);
  assert.equal(s.renders(), 2);
});

test("readers with a session, client navigations, actions, the API and non-GET requests always reach the app", async () => {
  const s = await serve(page);
  const cases: [string, Record<string, string>, string?][] = [
    ["/stories/d", { cookie: "better-auth.session_token=abc.def" }],
    ["/stories/d", { cookie: "__Secure-better-auth.session_token=abc.def" }],
    ["/stories/d", { rsc: "1" }],
    ["/stories/d", { "next-router-prefetch": "1" }],
    ["/api/stories", {}],
  ];
  for (const [path, headers] of cases) {
    await s.get(path, headers);
    await s.get(path, headers);
  }
  assert.equal(s.renders(), cases.length * 2);
  for (const [path, headers] of cases) assert.equal(sharesPage({ method: "GET", url: path, headers } as unknown as IncomingMessage), false, JSON.stringify(headers));
  assert.equal(sharesPage({ method: "POST", url: "/stories/d", headers: {} } as unknown as IncomingMessage), false);
  assert.equal(sharesPage({ method: "GET", url: "/stories/d", headers: { cookie: "theme=dark" } } as unknown as IncomingMessage), true, "another cookie is not a session");
});

test("errors, redirects, pages that set a cookie, non-HTML and oversized pages are not kept", async () => {
  const s = await serve((req, res) => {
    if (req.url === "/missing") { res.statusCode = 404; res.setHeader("content-type", "text/html"); res.end("<p>not found</p>"); return; }
    if (req.url === "/moved") { res.writeHead(307, { location: "/sign-in" }); res.end(); return; }
    if (req.url === "/cookie") { res.setHeader("set-cookie", "a=1"); res.setHeader("content-type", "text/html"); res.end("<p>hi</p>"); return; }
    if (req.url === "/json") { res.setHeader("content-type", "application/json"); res.end("{}"); return; }
    res.setHeader("content-type", "text/html");
    res.end("x".repeat(OPTIONS.maxEntryBytes + 1));
  });
  for (const path of ["/missing", "/moved", "/cookie", "/json", "/huge"]) {
    await s.get(path, { "accept-encoding": "identity" });
    const second = await s.get(path, { "accept-encoding": "identity" });
    assert.equal(second.headers.get("x-parallax-cache"), null, path);
    assert.equal(second.headers.get("set-cookie"), path === "/cookie" ? "a=1" : null);
  }
  assert.equal(s.renders(), 10);
  assert.equal(s.cache.size().pages, 0);
});

test("a burst of readers of a missing page waits for one render; of an old page, gets it while one renders", async () => {
  let release!: () => void;
  let gate = new Promise<void>((r) => { release = r; });
  const s = await serve(async (req, res) => { await gate; page(req, res); });
  const burst = Promise.all(Array.from({ length: 20 }, () => s.get("/stories/e").then((r) => r.text())));
  await new Promise((r) => setTimeout(r, 50));
  release();
  const bodies = await burst;
  assert.equal(s.renders(), 1);
  assert.equal(new Set(bodies).size, 1);

  s.tick(2_000); // past fresh, within stale
  gate = new Promise<void>((r) => { release = r; });
  const renderer = s.get("/stories/e");
  await new Promise((r) => setTimeout(r, 50));
  const meanwhile = await s.get("/stories/e");
  assert.equal(meanwhile.headers.get("x-parallax-cache"), "stale");
  assert.equal(await meanwhile.text(), bodies[0]);
  release();
  assert.notEqual(await (await renderer).text(), bodies[0]);
  assert.equal(s.renders(), 2);

  s.tick(OPTIONS.staleMs + 1); // too old to give out even while a render is under way
  gate = new Promise<void>((r) => { release = r; });
  const slow = s.get("/stories/e");
  await new Promise((r) => setTimeout(r, 50));
  const waiting = s.get("/stories/e");
  release();
  const [a, b] = await Promise.all([slow, waiting]);
  assert.equal(await a.text(), await b.text());
  assert.equal(s.renders(), 3);
});

test("the kept pages stay within their byte budget, least recently read dropped first", async () => {
  const s = await serve((req, res) => { res.setHeader("content-type", "text/html"); res.end("y".repeat(40 << 10)); }, { ...OPTIONS, maxBytes: 100 << 10 });
  for (const p of ["/1", "/2", "/1", "/3"]) await s.get(p, { "accept-encoding": "identity" });
  const { pages, bytes } = s.cache.size();
  assert.equal(pages, 2);
  assert.ok(bytes > 80 << 10 && bytes < (80 << 10) + 200, `pages and their keys: ${bytes} bytes`);
  assert.equal((await s.get("/1", { "accept-encoding": "identity" })).headers.get("x-parallax-cache"), "fresh");
  assert.equal((await s.get("/2", { "accept-encoding": "identity" })).headers.get("x-parallax-cache"), null, "the least recently read went");
});

/**
 * Signed-in readers of a stand-in app: each session cookie names a reader with a role, and the
 * story has a version. The page shows all three, as the story page shows its reader's name and
 * role-dependent actions; the key says the same three things, as lib/http/signed-in-page-key.ts does.
 */
function signedInWorld() {
  const world = {
    sessions: new Map<string, { user: string; role: string }>([["s-ann", { user: "ann", role: "viewer" }], ["s-bob", { user: "bob", role: "editor" }]]),
    version: 1,
    /** runs in the middle of a render (a write landing while the page is made) */
    duringRender: () => {},
  };
  const sessionOf = (req: IncomingMessage) => world.sessions.get(/session_token=([^;]+)/.exec(String(req.headers.cookie ?? ""))?.[1] ?? "");
  const viewerKey: ViewerKey = async (req) => {
    if (req.url === "/broken") throw new Error("database busy");
    const who = sessionOf(req);
    return who ? `${who.user} ${who.role} ${world.version}` : null;
  };
  let n = 0;
  const render = async (req: IncomingMessage, res: ServerResponse) => {
    const before = world.version;
    world.duringRender();
    const who = sessionOf(req);
    await new Promise((r) => setTimeout(r, 5));
    res.setHeader("content-type", "text/html; charset=utf-8");
    if (req.url === "/refresh") res.setHeader("set-cookie", "better-auth.session_token=new; Path=/");
    // a page made across a change shows some of each version
    res.end(`<p>${who ? `${who.user} (${who.role})` : "Sign in"} at v${before}${world.version !== before ? `/v${world.version}` : ""} #${++n}</p>`);
  };
  return { world, viewerKey, render };
}
const as = (session: string) => ({ cookie: `better-auth.session_token=${session}`, "accept-encoding": "identity" });

test("a signed-in reader gets their kept page while they and the story are unchanged, however long", async () => {
  const w = signedInWorld();
  const s = await serve(w.render, OPTIONS, w.viewerKey);
  const first = await (await s.get("/stories/a", as("s-ann"))).text();
  assert.match(first, /ann \(viewer\) at v1/);
  s.tick(24 * 3600_000);
  const hit = await s.get("/stories/a", as("s-ann"));
  assert.equal(hit.headers.get("x-parallax-cache"), "viewer");
  assert.equal(await hit.text(), first);
  assert.equal(s.renders(), 1);
  // another view is another page
  assert.notEqual(await (await s.get("/stories/a?view=charts", as("s-ann"))).text(), first);
  assert.equal(s.renders(), 2);
});

test("a signed-in reader's page is never given to another reader, signed in or not, nor theirs to them", async () => {
  const w = signedInWorld();
  const s = await serve(w.render, OPTIONS, w.viewerKey);
  const ann = await (await s.get("/stories/b", as("s-ann"))).text();
  const bob = await (await s.get("/stories/b", as("s-bob"))).text();
  const anonymous = await (await s.get("/stories/b", { "accept-encoding": "identity" })).text();
  assert.match(bob, /bob \(editor\)/);
  assert.match(anonymous, /Sign in/);
  assert.equal(s.renders(), 3);
  // each again: each their own page, from the cache
  assert.equal(await (await s.get("/stories/b", as("s-bob"))).text(), bob);
  assert.equal(await (await s.get("/stories/b", { "accept-encoding": "identity" })).text(), anonymous);
  assert.equal(await (await s.get("/stories/b", as("s-ann"))).text(), ann);
  assert.equal(s.renders(), 3);
  // a session cookie the key does not know (signed out, made up) reaches the app every time
  for (let i = 0; i < 2; i++) assert.match(await (await s.get("/stories/b", as("s-forged"))).text(), /Sign in/);
  assert.equal(s.renders(), 5);
});

test("a change to the story or to the reader shows on the very next request", async () => {
  const w = signedInWorld();
  const s = await serve(w.render, OPTIONS, w.viewerKey);
  await s.get("/stories/c", as("s-ann"));
  w.world.version = 2; // a flag, a review, an analysis result
  assert.match(await (await s.get("/stories/c", as("s-ann"))).text(), /ann \(viewer\) at v2 /);
  w.world.sessions.set("s-ann", { user: "ann", role: "reviewer" }); // an editor changed her role
  assert.match(await (await s.get("/stories/c", as("s-ann"))).text(), /ann \(reviewer\) at v2 /);
  assert.equal(s.renders(), 3);
  w.world.sessions.delete("s-ann"); // signed out elsewhere
  assert.match(await (await s.get("/stories/c", as("s-ann"))).text(), /Sign in/);
  assert.equal(s.renders(), 4);
});

test("a reader's newer page of a URL replaces their older one; other readers and URLs keep theirs", async () => {
  const w = signedInWorld();
  const s = await serve(w.render, OPTIONS, w.viewerKey);
  await s.get("/stories/e", as("s-ann"));
  await s.get("/stories/e", as("s-bob"));
  await s.get("/stories/e?view=charts", as("s-ann"));
  w.world.version = 2;
  await s.get("/stories/e", as("s-ann"));
  assert.equal(s.renders(), 4);
  // back at version 1 (no write does this; it shows what is still kept): ann's v1 page of /stories/e
  // was replaced and is made again, while bob's page and ann's other view are still kept
  w.world.version = 1;
  assert.equal((await s.get("/stories/e", as("s-bob"))).headers.get("x-parallax-cache"), "viewer");
  assert.equal((await s.get("/stories/e?view=charts", as("s-ann"))).headers.get("x-parallax-cache"), "viewer");
  assert.equal((await s.get("/stories/e", as("s-ann"))).headers.get("x-parallax-cache"), null);
  assert.equal(s.renders(), 5);
});

test("a page made while its reader or story changed is not kept, even once they change back", async () => {
  const w = signedInWorld();
  const s = await serve(w.render, OPTIONS, w.viewerKey);
  // the key was read for a viewer; her role changes while her page is made, then changes back
  w.world.duringRender = () => { w.world.sessions.set("s-ann", { user: "ann", role: "editor" }); w.world.duringRender = () => {}; };
  assert.match(await (await s.get("/stories/d", as("s-ann"))).text(), /ann \(editor\)/);
  w.world.sessions.set("s-ann", { user: "ann", role: "viewer" });
  const next = await s.get("/stories/d", as("s-ann"));
  assert.equal(next.headers.get("x-parallax-cache"), null);
  assert.match(await next.text(), /ann \(viewer\)/, "an editor's page is never served to her as a viewer");
  assert.equal(s.renders(), 2);
  assert.equal((await s.get("/stories/d", as("s-ann"))).headers.get("x-parallax-cache"), "viewer", "made with nothing changing: kept");
  // the story changes during a render: that page is not kept either
  w.world.duringRender = () => { w.world.version++; w.world.duringRender = () => {}; };
  assert.match(await (await s.get("/stories/d?view=charts", as("s-ann"))).text(), /at v1\/v2/);
  assert.equal((await s.get("/stories/d?view=charts", as("s-ann"))).headers.get("x-parallax-cache"), null);
});

test("no key, a key that fails, or a page that sets a cookie: a signed-in reader's page is rendered each time", async () => {
  const w = signedInWorld();
  const s = await serve(w.render, OPTIONS, w.viewerKey);
  for (const path of ["/broken", "/refresh"]) {
    await s.get(path, as("s-ann"));
    const second = await s.get(path, as("s-ann"));
    assert.equal(second.headers.get("x-parallax-cache"), null, path);
  }
  assert.equal(s.renders(), 4);
  // without a key function, nothing of a signed-in reader is kept
  const plain = await serve(w.render, OPTIONS);
  await plain.get("/stories/e", as("s-ann"));
  await plain.get("/stories/e", as("s-ann"));
  assert.equal(plain.renders(), 2);
});

test("a burst of one signed-in reader's requests costs one render", async () => {
  const w = signedInWorld();
  const s = await serve(w.render, OPTIONS, w.viewerKey);
  const bodies = await Promise.all(Array.from({ length: 20 }, () => s.get("/stories/f", as("s-bob")).then((r) => r.text())));
  assert.equal(new Set(bodies).size, 1);
  assert.equal(s.renders(), 1);
});
