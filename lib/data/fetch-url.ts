import "server-only";
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import os from "node:os";
import type { LookupFunction } from "node:net";
import { AppError } from "./errors";
import { isPublicAddress, normalizeAddress } from "../http/address-ranges";
import { MAX_ARTICLE_BYTES } from "./add-articles";
import { decodeBytes } from "./prepare-import";

export interface FetchUrlOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** default: env PARALLAX_ALLOW_PRIVATE_URLS=1; a function allows some private addresses only */
  allowPrivate?: boolean | ((address: string) => boolean);
  /** also accept XML (RSS and Atom feeds), given back as type "text" with its contentType */
  feeds?: boolean;
}

export interface FetchedPage {
  /** the final URL after redirects */
  url: string;
  contentType: string;
  content: string;
  type: "html" | "text" | "json";
}

const ACCEPTED_TYPES: Record<string, FetchedPage["type"]> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/plain": "text",
  "application/json": "json",
};

const FEED_TYPES = new Set(["application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"]);

export const DEFAULT_FETCH_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_REDIRECTS = 3;

/** The host's own interface addresses, read when asked (interfaces come and go). */
function ownAddresses(): Set<string> {
  const out = new Set<string>();
  for (const list of Object.values(os.networkInterfaces())) {
    for (const i of list ?? []) {
      const n = normalizeAddress(i.address.split("%")[0]);
      if (n) out.add(n);
    }
  }
  return out;
}

/**
 * Whether a server-side fetch must not reach an address (SSRF): anything but public unicast
 * (lib/http/address-ranges.ts), and the host's own addresses.
 */
export function isPrivateAddress(address: string): boolean {
  return !isPublicAddress(address.split("%")[0], ownAddresses());
}

function refuse(message: string): never {
  throw new AppError("invalid_input", message, "url");
}

function allowPrivateDefault(): boolean {
  return /^(1|true|yes)$/i.test(process.env.PARALLAX_ALLOW_PRIVATE_URLS ?? "");
}

/** A DNS lookup that refuses private addresses: checked on the address actually connected to. */
type AllowPrivate = (address: string) => boolean;

function guardedLookup(allowPrivate: AllowPrivate): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, "", 4);
      const list = addresses as dns.LookupAddress[];
      const bad = list.find((a) => isPrivateAddress(a.address) && !allowPrivate(a.address));
      if (bad) {
        const e = new Error(`refused private address ${bad.address}`) as NodeJS.ErrnoException;
        e.code = "EPRIVATE";
        return callback(e, "", 4);
      }
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

interface Hop {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer | null;
}

function requestOnce(url: URL, started: number, deadline: number, maxBytes: number, allowPrivate: AllowPrivate): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(new AppError("invalid_input", "The page took too long to answer (timed out).", "url"));
    const mod = url.protocol === "https:" ? https : http;
    const req = mod.request(
      url,
      {
        method: "GET",
        lookup: guardedLookup(allowPrivate),
        headers: { "user-agent": "Parallax/0.1 (article import)", accept: "text/html, text/plain, application/json;q=0.9, */*;q=0.1" },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400) {
          res.resume();
          return resolve({ status, headers: res.headers, body: null });
        }
        const declared = Number(res.headers["content-length"]);
        if (Number.isFinite(declared) && declared > maxBytes) {
          res.destroy();
          return reject(new AppError("invalid_input", `The page is ${(declared / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB.`, "url"));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            res.destroy();
            req.destroy();
            reject(new AppError("invalid_input", `The page is larger than the limit of ${(maxBytes / 1048576).toFixed(0)} MB.`, "url"));
            return;
          }
          chunks.push(chunk);
        });
        res.on("end", () => resolve({ status, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      },
    );
    const timer = setTimeout(() => {
      const err = new AppError("invalid_input", `The page took too long to answer (timed out after ${Math.round((deadline - started) / 1000)} s).`, "url");
      req.destroy(err);
      reject(err);
    }, remaining);
    req.on("close", () => clearTimeout(timer));
    req.on("error", (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (e instanceof AppError) return reject(e);
      if (e.code === "EPRIVATE") return reject(new AppError("invalid_input", `The address ${url.hostname} resolves to a private or local network address; Parallax only fetches public pages.`, "url"));
      if (e.code === "ENOTFOUND" || e.code === "EAI_AGAIN") return reject(new AppError("invalid_input", `The host ${url.hostname} could not be found.`, "url"));
      if (e.code === "ECONNREFUSED") return reject(new AppError("invalid_input", `The server at ${url.host} refused the connection.`, "url"));
      reject(new AppError("invalid_input", `The page could not be fetched: ${e.message}.`, "url"));
    });
    req.end();
  });
}

function checkUrl(raw: string | URL, allowPrivate: AllowPrivate): URL {
  let url: URL;
  try {
    url = new URL(String(raw));
  } catch {
    refuse("This is not a valid URL; it should start with http:// or https://.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") refuse("Only http:// and https:// URLs can be fetched.");
  if (url.username || url.password) refuse("URLs with a user name or password are not fetched.");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(host) && isPrivateAddress(host) && !allowPrivate(host)) {
    refuse(`The address ${host} is a private or local network address; Parallax only fetches public pages.`);
  }
  if (!allowPrivate("") && /^(localhost|.*\.localhost|.*\.local|.*\.internal)$/i.test(host)) {
    refuse(`The host ${host} is a local name; Parallax only fetches public pages.`);
  }
  return url;
}

/**
 * Fetches an article page for import, against SSRF and abuse: http(s) only,
 * private/loopback/link-local addresses refused (checked on the resolved IP,
 * at connect time) unless PARALLAX_ALLOW_PRIVATE_URLS=1, at most 3 redirects
 * each re-checked, one overall timeout, a size cap, and only text/html,
 * text/plain or application/json responses.
 */
export async function fetchUrl(raw: string, options: FetchUrlOptions = {}): Promise<FetchedPage> {
  const setting = options.allowPrivate ?? allowPrivateDefault();
  const allowPrivate: AllowPrivate = typeof setting === "function" ? setting : () => setting;
  const timeoutMs = options.timeoutMs ?? (Number(process.env.PARALLAX_FETCH_TIMEOUT_MS) || DEFAULT_FETCH_TIMEOUT_MS);
  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const started = Date.now();
  const deadline = started + timeoutMs;
  let url = checkUrl(raw.trim(), allowPrivate);
  for (let redirects = 0; ; redirects++) {
    const hop = await requestOnce(url, started, deadline, maxBytes, allowPrivate);
    if (hop.status >= 300 && hop.status < 400) {
      const location = hop.headers.location;
      if (!location) refuse(`The page answered ${hop.status} (a redirect) without saying where to.`);
      if (redirects >= maxRedirects) refuse(`The page redirects more than ${maxRedirects} times; stopped at ${url.href}.`);
      url = checkUrl(new URL(location, url), allowPrivate);
      continue;
    }
    if (hop.status < 200 || hop.status >= 300) refuse(`The server answered ${hop.status}${http.STATUS_CODES[hop.status] ? ` ${http.STATUS_CODES[hop.status]}` : ""} for ${url.href}.`);
    const header = String(hop.headers["content-type"] ?? "");
    const mime = header.split(";")[0].trim().toLowerCase();
    const type = ACCEPTED_TYPES[mime] ?? (options.feeds && FEED_TYPES.has(mime) ? "text" : undefined);
    if (!type) refuse(`The page is ${mime || "of an unknown type"}, not an article (text/html, text/plain or application/json${options.feeds ? ", or an RSS or Atom feed" : ""}).`);
    const charset = /charset\s*=\s*"?([\w-]+)/i.exec(header)?.[1] ?? null;
    const content = decodeBytes(hop.body ?? Buffer.alloc(0), { label: "The page", field: "url", charset });
    return { url: url.href, contentType: mime, content, type };
  }
}
