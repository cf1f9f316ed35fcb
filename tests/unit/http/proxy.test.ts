// The request gate (proxy.ts): cross-site API writes refused; forwarded client addresses dropped
// unless a trusted proxy or our own server set them, so a client cannot pick its own rate-limit bucket.
import { test } from "node:test";
import assert from "node:assert/strict";
import { NextRequest } from "next/server";
import { useTempDatabase } from "../../helpers/temp-db";

// the proxy looks sessions up for upload-sized writes: a real, empty database
useTempDatabase("proxy");
const { proxy } = await import("../../../proxy");

const req = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(new URL(path, "http://127.0.0.1:3000"), { method: init.method ?? "GET", headers: { host: "127.0.0.1:3000", ...init.headers } });

/** Headers the page or route handler will see, as NextResponse.next({ request }) passes them on. */
function passedOn(res: Response): Map<string, string> {
  const names = (res.headers.get("x-middleware-override-headers") ?? "").split(",").filter(Boolean);
  return new Map(names.map((n) => [n, res.headers.get(`x-middleware-request-${n}`) ?? ""]));
}

test("a forwarded address is dropped unless PARALLAX_TRUST_PROXY is set", async () => {
  delete process.env.PARALLAX_TRUST_PROXY;
  const untrusted = passedOn(await proxy(req("/sign-in", { headers: { "x-forwarded-for": "203.0.113.7", "x-real-ip": "203.0.113.8" } })));
  assert.equal(untrusted.has("x-forwarded-for"), false);
  assert.equal(untrusted.has("x-real-ip"), false);
  process.env.PARALLAX_TRUST_PROXY = "1";
  try {
    const trusted = passedOn(await proxy(req("/sign-in", { headers: { "x-forwarded-for": "203.0.113.7" } })));
    assert.equal(trusted.get("x-forwarded-for"), "203.0.113.7");
  } finally {
    delete process.env.PARALLAX_TRUST_PROXY;
  }
});

test("the address our own server wrote (scripts/serve.ts) is passed on", async () => {
  process.env.PARALLAX_PEER_ADDRESS_SET_BY_SERVER = "1";
  try {
    const passed = passedOn(await proxy(req("/sign-in", { headers: { "x-forwarded-for": "127.0.0.2" } })));
    assert.equal(passed.get("x-forwarded-for"), "127.0.0.2");
  } finally {
    delete process.env.PARALLAX_PEER_ADDRESS_SET_BY_SERVER;
  }
  const dropped = passedOn(await proxy(req("/sign-in", { headers: { "x-forwarded-for": "127.0.0.2" } })));
  assert.equal(dropped.has("x-forwarded-for"), false);
});

test("API writes from another origin get 403; reads and same-origin writes pass", async () => {
  const foreign = await proxy(req("/api/users", { method: "POST", headers: { origin: "http://127.0.0.1:8081" } }));
  assert.equal(foreign.status, 403);
  assert.equal(((await foreign.json()) as { error: { code: string } }).error.code, "forbidden");
  assert.equal((await proxy(req("/api/stories", { headers: { origin: "http://evil.example" } }))).status, 200);
  assert.equal((await proxy(req("/api/stories", { method: "POST", headers: { origin: "http://127.0.0.1:3000" } }))).status, 200);
  // better-auth checks its own routes
  assert.equal((await proxy(req("/api/auth/sign-in/email", { method: "POST", headers: { origin: "http://evil.example" } }))).status, 200);
});

test("a body declared over the one request limit is refused with 413 before anything reads it", async () => {
  const { MAX_REQUEST_BYTES, overLimit } = await import("../../../lib/http/limits");
  const cases: [string | null, boolean][] = [[null, false], ["0", false], [String(MAX_REQUEST_BYTES), false], [String(MAX_REQUEST_BYTES + 1), true], ["abc", false], [" 99999999999 ", true]];
  for (const [len, over] of cases) assert.equal(overLimit(len), over, String(len));
  const res = await proxy(req("/api/stories/x/articles", { method: "POST", headers: { origin: "http://127.0.0.1:3000", "content-length": String(20 * 1024 * 1024) } }));
  assert.equal(res.status, 413);
  const body = (await res.json()) as { error: { code: string; message: string } };
  assert.equal(body.error.code, "too_large");
  assert.match(body.error.message, /12 MB/);
  assert.equal((await proxy(req("/import", { method: "POST", headers: { origin: "http://127.0.0.1:3000", "content-length": String(13 * 1024 * 1024) } }))).status, 413);
});

test("a form post (server action) without a session is refused before its body is read; sign-in is open", async () => {
  const action = (path: string, cookie?: string, length = "300") =>
    proxy(req(path, { method: "POST", headers: { origin: "http://127.0.0.1:3000", "next-action": "abc123", "content-length": length, ...(cookie ? { cookie } : {}) } }));
  assert.equal((await action("/import")).status, 401);
  assert.equal((await action("/review/flag")).status, 401);
  assert.equal((await action("/sign-in")).status, 200);
  // a small form post with a session goes on to the action, which checks the user
  assert.equal((await action("/import", "better-auth.session_token=token.signature")).status, 200);
  // an upload-sized one is checked against the session first: an unknown session is refused
  const upload = await action("/import", "better-auth.session_token=token.signature", String(5 * 1024 * 1024));
  assert.equal(upload.status, 401);
  assert.match(await upload.text(), /session has ended/);
});
