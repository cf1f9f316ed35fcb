// The production web server `npm start` runs (`npm run dev` runs `next dev`): Next's request
// handler behind a one-second page cache for readers without a session, which also keeps a
// signed-in reader's story page while the reader and the story are unchanged
// (lib/http/page-microcache.ts). PARALLAX_PAGE_CACHE=0 turns the cache off. It also gives the app
// each client's address (lib/http/peer-address.ts), so sign-in limits are per client.
import { createServer } from "node:http";
import { register } from "node:module";
import next from "next";
import { MICROCACHE_DEFAULTS, pageMicrocache } from "../lib/http/page-microcache";
import { setPeerAddress } from "../lib/http/peer-address";
import { trustsProxy } from "../lib/auth/settings";

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOST || "0.0.0.0";

// every request's X-Forwarded-For is set below, so the app may key rate limits on it
process.env.PARALLAX_PEER_ADDRESS_SET_BY_SERVER = "1";
const app = next({ dev: false, hostname, port, dir: process.cwd() });
await app.prepare();
const handle = app.getRequestHandler();
const cacheOn = !/^(0|false|no|off)$/i.test(process.env.PARALLAX_PAGE_CACHE ?? "");
/** A signed-in reader's story page is kept under this key; it reads the session and the story with a database client of its own, beside Next's. */
async function signedInPageKey() {
  register("./server-only-hook.mjs", import.meta.url);
  return (await import("../lib/http/signed-in-page-key")).signedInStoryPageKey;
}
const cache = cacheOn ? pageMicrocache((req, res) => handle(req, res), MICROCACHE_DEFAULTS, Date.now, await signedInPageKey()) : null;

const server = createServer((req, res) => {
  setPeerAddress(req, trustsProxy());
  // a rejection left unhandled would end the process, and every reader's request with it
  Promise.resolve(cache ? cache.handle(req, res) : handle(req, res)).catch((e) => {
    console.error("parallax: a request failed", e);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, hostname, () => console.log(`parallax: ready on http://${hostname}:${port}${cacheOn ? "" : " (page cache off)"}`));

for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    server.close(() => process.exit(0));
    // open keep-alive connections would hold close() back
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
