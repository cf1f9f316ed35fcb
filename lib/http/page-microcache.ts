// A short-lived cache of whole pages for readers without a session, in front of Next's handler.
// Every reader without a session gets the same HTML for a URL, yet rendering a story page costs
// about 16 ms of CPU: at 50 readers on 2 cores the server, not the database, is the limit. Keeping
// each page's HTML for a second (a "microcache", as reverse proxies do) makes a burst of readers
// cost one render per page per second, while a change shows to them within about a second. Every
// request a page's client code makes (RSC, server actions) goes to Next.
//
// A signed-in reader's page is kept only when the server can say what it is made of (a
// `viewerKey`: who reads it, with what role, and the version of the data it shows). It is then kept
// for that key alone, with no time limit, and served only while a fresh read of the key gives the
// same one: a change to the data or to the reader shows on the next request, and no reader ever
// gets a page made for another.
import type { IncomingMessage, ServerResponse } from "node:http";
import { getSessionCookie } from "better-auth/cookies";

export interface MicrocacheOptions {
  /** how long a page is served from the cache before a reader's request renders it again */
  freshMs: number;
  /** after that, until this age, other readers get the kept page while one request renders a new one */
  staleMs: number;
  /** bytes of HTML (and of the keys) kept in all, least recently read dropped first */
  maxBytes: number;
  /** a page larger than this is not kept */
  maxEntryBytes: number;
}

export const MICROCACHE_DEFAULTS: MicrocacheOptions = { freshMs: 1_000, staleMs: 10_000, maxBytes: 64 << 20, maxEntryBytes: 2 << 20 };

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

interface Entry {
  storedAt: number;
  status: number;
  headers: Record<string, number | string | string[]>;
  body: Buffer;
}

/** headers of a render that must not be replayed to another reader, or that the replay sets itself */
const NOT_REPLAYED = new Set(["set-cookie", "date", "transfer-encoding", "connection", "keep-alive", "content-length"]);

/**
 * What a signed-in reader's page is made of (its reader, their role, the version of its data), or
 * null when the page is not to be kept. Read before a page is served from the cache, and before and
 * after it is rendered.
 */
export type ViewerKey = (req: IncomingMessage) => Promise<string | null>;

/** A document GET: not an asset, not the API, not a payload the page's client code asks for. */
function documentRequest(req: IncomingMessage): boolean {
  if (req.method !== "GET" || !req.url || req.url.startsWith("/_next/") || req.url.startsWith("/api/")) return false;
  const h = req.headers;
  // client navigations, prefetches and server actions ask for other payloads than the document
  return !(h.rsc || h["next-action"] || h["next-router-prefetch"] || h["next-router-state-tree"]);
}

function hasSession(req: IncomingMessage): boolean {
  return !!getSessionCookie(new Headers({ cookie: String(req.headers.cookie ?? "") }));
}

/** Which requests may share a page: a document GET of a reader without a session. */
export function sharesPage(req: IncomingMessage): boolean {
  return documentRequest(req) && !hasSession(req);
}

/**
 * The kept page a request may get: by host and URL, and by the one encoding the response was
 * compressed with. The host is part of it so that a request naming another host cannot leave a page
 * made for that host to the readers of this one.
 */
function pageKey(req: IncomingMessage): string {
  return `${keyEncoding(req)} ${String(req.headers.host ?? "")} ${req.url}`;
}

function keyEncoding(req: IncomingMessage): string {
  const accepts = String(req.headers["accept-encoding"] ?? "");
  return /\bgzip\b/.test(accepts) ? "gzip" : /\bdeflate\b/.test(accepts) ? "deflate" : "identity";
}

export function pageMicrocache(next: Handler, options: MicrocacheOptions = MICROCACHE_DEFAULTS, now: () => number = Date.now, viewerKey?: ViewerKey) {
  const entries = new Map<string, Entry>();
  /** renders under way by key, so that a burst of readers of a missing page waits for one */
  const rendering = new Map<string, Promise<Entry | null>>();
  let bytes = 0;
  // a key (host and URL) can be kilobytes long: it counts against the budget with its page
  const weight = (key: string, entry: Entry) => entry.body.length + key.length;

  /**
   * A session's latest kept page per URL (and back): once the story changes, its page for the old
   * version can never be served again, so a newer one replaces it rather than waiting for the budget.
   */
  const latestOf = new Map<string, string>();
  const slotOf = new Map<string, string>();
  const drop = (key: string) => {
    const old = entries.get(key);
    if (old) bytes -= weight(key, old);
    entries.delete(key);
    const slot = slotOf.get(key);
    if (slot === undefined) return;
    slotOf.delete(key);
    if (latestOf.get(slot) === key) latestOf.delete(slot);
  };
  const keep = (key: string, entry: Entry) => {
    drop(key);
    entries.set(key, entry);
    bytes += weight(key, entry);
    while (bytes > options.maxBytes) drop(entries.keys().next().value!);
  };

  /**
   * Lets Next answer the request and keeps a copy of a page any reader with this key may get;
   * `unchanged`, when given, must still hold once the page is sent for the copy to be kept.
   */
  function renderAndKeep(key: string, req: IncomingMessage, res: ServerResponse, unchanged?: () => Promise<boolean>): Promise<Entry | null> {
    const encoding = keyEncoding(req);
    const chunks: Buffer[] = [];
    let size = 0;
    const write = res.write.bind(res) as (...a: unknown[]) => boolean;
    const end = res.end.bind(res) as (...a: unknown[]) => ServerResponse;
    // `charset`: write(string, charset) names how a string chunk is turned into bytes
    const take = (chunk: unknown, charset: unknown) => {
      if (chunk == null || typeof chunk === "function" || size > options.maxEntryBytes) return;
      const b = Buffer.isBuffer(chunk) ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk) : Buffer.from(String(chunk), typeof charset === "string" ? (charset as BufferEncoding) : "utf8");
      size += b.length;
      chunks.push(b);
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => { take(chunk, rest[0]); return write(chunk, ...rest); }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => { take(chunk, rest[0]); return end(chunk, ...rest); }) as typeof res.end;

    const done = new Promise<Entry | null>((resolve) => {
      let finished = false;
      res.once("finish", async () => {
        finished = true;
        const type = String(res.getHeader("content-type") ?? "");
        // Next negotiates the encoding itself ("*", "gzip;q=0, deflate"): a body in another one than
        // the key names would reach readers that did not ask for it; an uncompressed one suits anyone
        const sent = String(res.getHeader("content-encoding") ?? "identity").toLowerCase();
        const cachable = res.statusCode === 200 && !res.hasHeader("set-cookie") && type.startsWith("text/html") && size <= options.maxEntryBytes
          && (sent === "identity" || sent === encoding);
        if (!cachable || (unchanged && !(await unchanged().catch(() => false)))) return resolve(null);
        const headers: Entry["headers"] = {};
        for (const [name, value] of Object.entries(res.getHeaders())) if (value !== undefined && !NOT_REPLAYED.has(name)) headers[name] = value;
        const entry = { storedAt: now(), status: 200, headers, body: Buffer.concat(chunks) };
        keep(key, entry);
        resolve(entry);
      });
      res.once("close", () => finished || resolve(null));
    });
    rendering.set(key, done);
    done.finally(() => rendering.get(key) === done && rendering.delete(key));
    Promise.resolve(next(req, res)).catch((e) => {
      console.error("parallax: the page failed to render", e);
      if (!res.headersSent) { res.statusCode = 500; res.end("Internal Server Error"); }
    });
    return done;
  }

  function replay(res: ServerResponse, entry: Entry, age: "fresh" | "stale" | "viewer"): void {
    res.writeHead(entry.status, { ...entry.headers, "content-length": entry.body.length, "x-parallax-cache": age });
    res.end(entry.body);
  }

  /** A signed-in reader's page: from the copy kept under what it is made of now, or rendered and kept when that held throughout. */
  async function handleViewer(req: IncomingMessage, res: ServerResponse, readKey: ViewerKey): Promise<void> {
    // a key that cannot be read (the database is busy, the session is odd) only costs the cache
    const read = () => readKey(req).catch(() => null);
    const viewer = await read();
    if (viewer === null) return void (await next(req, res));
    // a reader's entries stand apart from the shared ones: a URL or a host cannot hold a line break
    const key = `viewer\n${viewer}\n${pageKey(req)}`;
    const kept = entries.get(key);
    if (kept) {
      keep(key, kept);
      return replay(res, kept, "viewer");
    }
    const underWay = rendering.get(key);
    if (underWay) {
      const made = await underWay;
      if (made) return replay(res, made, "viewer");
      return void (await next(req, res));
    }
    // read again once the page is sent: a change during the render may be in the page or not, so it is not kept
    const made = await renderAndKeep(key, req, res, async () => (await read()) === viewer);
    if (!made || !entries.has(key)) return;
    const slot = `${getSessionCookie(new Headers({ cookie: String(req.headers.cookie ?? "") }))}\n${pageKey(req)}`;
    const previous = latestOf.get(slot);
    if (previous !== undefined && previous !== key) drop(previous);
    latestOf.set(slot, key);
    slotOf.set(key, slot);
  }

  return {
    async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
      if (!documentRequest(req)) return void (await next(req, res));
      if (hasSession(req)) return viewerKey ? handleViewer(req, res, viewerKey) : void (await next(req, res));
      const key = pageKey(req);
      const kept = entries.get(key);
      const age = kept ? now() - kept.storedAt : Infinity;
      if (kept && age < options.freshMs) {
        keep(key, kept); // most recently read
        return replay(res, kept, "fresh");
      }
      const underWay = rendering.get(key);
      // one reader renders the page again; the others get the kept copy meanwhile, or wait for the render
      if (underWay) {
        if (kept && age < options.staleMs) return replay(res, kept, "stale");
        const made = await underWay;
        if (made) return replay(res, made, "fresh");
        return void (await next(req, res));
      }
      if (kept && age >= options.staleMs) drop(key);
      await renderAndKeep(key, req, res);
    },
    /** For tests: pages and bytes kept. */
    size: () => ({ pages: entries.size, bytes }),
  };
}
