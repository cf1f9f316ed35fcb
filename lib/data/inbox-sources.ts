import "server-only";
// What one inbox import brings, turned into raw inputs: files (an article, a news-please dump, an RSS
// or Atom feed, a list of URLs), a pasted article and a list of URLs. A file or the paste that cannot
// be read stops the import (the editor can fix it); a URL or a feed item that cannot be fetched is
// reported on its own line and the rest is imported (nothing the editor could fix on this side).
import { AppError, isAppError } from "./errors";
import { fetchUrl, type FetchUrlOptions } from "./fetch-url";
import { MAX_ARTICLES_PER_IMPORT } from "./import-articles";
import { checkImportContent, decodeBytes } from "./prepare-import";
import { FeedError, feedFormat, feedItemPage, IngestError, parseFeed, splitNewsPleaseDump, type ParsedFeed } from "../ingest";
import type { InputType } from "../ingest/types";

/** URLs fetched for one import, and how many at a time. */
export const MAX_URLS_PER_IMPORT = MAX_ARTICLES_PER_IMPORT;
export const FETCH_CONCURRENCY = 4;

export interface InboxInput {
  content: string;
  type: InputType;
  sourceName: string;
}

export type GatherField = "files" | "content" | "urls";

export interface Gathered {
  inputs: InboxInput[];
  /** what stops the import, by form field */
  errors: Partial<Record<GatherField, string[]>>;
  /** one line per URL or feed item: what happened to it */
  report: { source: string; ok: boolean; message: string }[];
  /** .xml files that are no feed (a folder's sitemap, settings): passed over like other files that are no article */
  skipped: string[];
}

/** A line that is one address with a scheme ("https://…", "ftp://…", "mailto:…"). */
const URL_LINE = /^[a-z][a-z\d+.-]*:\S+$/i;

const listLines = (text: string) =>
  text.split(/\r?\n/).map((l, i) => ({ line: i + 1, text: l.trim() })).filter((l) => l.text && !l.text.startsWith("#"));

/** Whether a text is a list of URLs (one per line; blank lines and # comments allowed) rather than an article. */
export function looksLikeUrlList(text: string): boolean {
  const lines = listLines(text);
  return lines.length > 0 && lines.every((l) => URL_LINE.test(l.text)) && lines.some((l) => /^https?:\/\//i.test(l.text));
}

/**
 * The http(s) URLs of a list, one per line, each once. Lines that are no such URL are problems,
 * named by line; more URLs than one import fetches is an AppError.
 */
export function parseUrlList(text: string, field: GatherField = "urls"): { urls: string[]; problems: string[]; repeated: number } {
  const urls: string[] = [];
  const problems: string[] = [];
  let repeated = 0;
  for (const { line, text: t } of listLines(text)) {
    let url: URL | null = null;
    try {
      url = /\s/.test(t) ? null : new URL(t);
    } catch {
      url = null;
    }
    if (!url) problems.push(`Line ${line}: “${t.slice(0, 80)}” is not a URL.`);
    else if (url.protocol !== "http:" && url.protocol !== "https:") problems.push(`Line ${line}: only http:// and https:// addresses are fetched, not ${url.protocol}.`);
    else if (urls.includes(url.href)) repeated++;
    else urls.push(url.href);
  }
  if (urls.length > MAX_URLS_PER_IMPORT) {
    throw new AppError("invalid_input", `The list has ${urls.length} URLs; one import fetches at most ${MAX_URLS_PER_IMPORT}. Split the list.`, field);
  }
  return { urls, problems, repeated };
}

/** Runs `fn` on every element, at most `limit` at once, keeping the order of the results. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

const messageOf = (e: unknown) => {
  if (isAppError(e) || e instanceof FeedError || e instanceof IngestError) return e.message;
  throw e;
};

interface Context {
  out: Gathered;
  fetchOptions: FetchUrlOptions;
  /** articles this import may still take */
  room: number;
  /** articles of files and the paste beyond the room */
  overflow: number;
  /** pages this import may still fetch */
  fetches: number;
  /** fetches, run once every file has been read without error */
  later: (() => Promise<void>)[];
}

function take(ctx: Context, input: InboxInput): boolean {
  if (ctx.room <= 0) return false;
  ctx.room--;
  ctx.out.inputs.push(input);
  return true;
}

const XML_TYPES = /^(application\/(rss|atom|rdf)\+xml|application\/xml|text\/xml)$/;

/** Fetches article pages (or feeds) and keeps what can be read; every URL gets a line in the report. */
async function gatherUrls(ctx: Context, all: string[]): Promise<void> {
  const urls = all.slice(0, Math.max(0, ctx.fetches));
  ctx.fetches -= urls.length;
  for (const url of all.slice(urls.length)) ctx.out.report.push({ source: url, ok: false, message: `not fetched: one import fetches at most ${MAX_URLS_PER_IMPORT} pages` });
  const fetched = await mapLimit(urls, FETCH_CONCURRENCY, async (url) => {
    try {
      return { url, page: await fetchUrl(url, { ...ctx.fetchOptions, feeds: true }) };
    } catch (e) {
      return { url, error: messageOf(e) };
    }
  });
  for (const { url, page, error } of fetched) {
    if (!page) {
      ctx.out.report.push({ source: url, ok: false, message: error ?? "" });
    } else if (feedFormat(page.content)) {
      try {
        await gatherFeed(ctx, parseFeed(page.content, page.url), url);
      } catch (e) {
        ctx.out.report.push({ source: url, ok: false, message: messageOf(e) });
      }
    } else if (XML_TYPES.test(page.contentType)) {
      ctx.out.report.push({ source: url, ok: false, message: "The page is XML but not an RSS or Atom feed." });
    } else {
      keepPage(ctx, url, page.content, page.url, page.type, "fetched");
    }
  }
}

function keepPage(ctx: Context, source: string, content: string, sourceName: string, type: InputType, what: string): void {
  try {
    const checked = checkImportContent(content, { label: "The page", field: "urls", type, source: sourceName });
    if (take(ctx, { content, type: checked, sourceName })) ctx.out.report.push({ source, ok: true, message: what });
    else ctx.out.report.push({ source, ok: false, message: `not imported: one import takes at most ${MAX_ARTICLES_PER_IMPORT} articles` });
  } catch (e) {
    ctx.out.report.push({ source, ok: false, message: messageOf(e) });
  }
}

/**
 * A feed's items: one that carries its full text is imported as it stands (with its title, link and
 * date); one that carries a summary only is fetched from its link.
 */
async function gatherFeed(ctx: Context, feed: ParsedFeed, label: string): Promise<void> {
  const name = feed.title ?? label;
  if (feed.items.length === 0) {
    ctx.out.report.push({ source: name, ok: false, message: "the feed has no items" });
    return;
  }
  const toFetch: string[] = [];
  feed.items.forEach((item, i) => {
    const source = item.link ?? `${name}, item ${i + 1}${item.title ? ` (${item.title})` : ""}`;
    if (item.content) keepPage(ctx, source, feedItemPage(item), source, "html", "full text taken from the feed");
    else if (!item.link) ctx.out.report.push({ source, ok: false, message: "the item has neither full text nor a link to fetch it from" });
    else toFetch.push(item.link);
  });
  await gatherUrls(ctx, toFetch);
}

/** One file (or the paste): a feed, a news-please dump, a list of URLs, or an article. */
function gatherFile(ctx: Context, name: string, text: string, field: "files" | "content"): void {
  const fail = (message: string) => (ctx.out.errors[field] ??= []).push(message);
  try {
    if (feedFormat(text)) {
      const feed = parseFeed(text);
      ctx.later.push(() => gatherFeed(ctx, feed, name));
      return;
    }
    const dump = splitNewsPleaseDump(text, name);
    if (dump) {
      dump.forEach((content, i) => keepInput(ctx, `${name} #${i + 1}`, content, field, "json"));
      return;
    }
    if (looksLikeUrlList(text)) {
      const { urls, problems } = parseUrlList(text, field);
      problems.forEach((p) => fail(`${name}: ${p}`));
      ctx.later.push(() => gatherUrls(ctx, urls));
      return;
    }
  } catch (e) {
    fail(e instanceof FeedError ? `${name}: ${e.message}` : messageOf(e));
    return;
  }
  keepInput(ctx, name, text, field);
}

function keepInput(ctx: Context, name: string, text: string, field: "files" | "content", type?: InputType): void {
  try {
    const checked = checkImportContent(text, { label: name, field, type, source: name });
    if (!take(ctx, { content: text, type: checked, sourceName: name })) ctx.overflow++;
  } catch (e) {
    (ctx.out.errors[field] ??= []).push(messageOf(e));
  }
}

/**
 * Reads one import. Files, the paste and the URL list are read first, and their errors stop the
 * import before anything is fetched; then URLs and feed items are fetched through the safe fetcher.
 */
export async function gatherInboxInputs(
  input: { files: { name: string; bytes: Uint8Array }[]; pasted: string; urls: string },
  fetchOptions: FetchUrlOptions = {},
): Promise<Gathered> {
  const ctx: Context = { out: { inputs: [], errors: {}, report: [], skipped: [] }, fetchOptions, room: MAX_ARTICLES_PER_IMPORT, overflow: 0, fetches: MAX_URLS_PER_IMPORT, later: [] };
  if (input.pasted.trim()) gatherFile(ctx, "pasted text", input.pasted, "content");
  for (const file of input.files) {
    let text: string;
    try {
      text = decodeBytes(file.bytes, { label: file.name, field: "files" });
    } catch (e) {
      (ctx.out.errors.files ??= []).push(messageOf(e));
      continue;
    }
    if (/\.xml$/i.test(file.name) && !feedFormat(text)) ctx.out.skipped.push(file.name);
    else gatherFile(ctx, file.name, text, "files");
  }
  if (ctx.overflow) {
    const total = MAX_ARTICLES_PER_IMPORT + ctx.overflow;
    (ctx.out.errors.files ??= []).push(`These files hold ${total} articles, more than the ${MAX_ARTICLES_PER_IMPORT} one import takes; import them in smaller batches.`);
  }
  if (input.urls.trim()) {
    try {
      const { urls, problems } = parseUrlList(input.urls);
      if (problems.length) ctx.out.errors.urls = problems;
      ctx.later.push(() => gatherUrls(ctx, urls));
    } catch (e) {
      ctx.out.errors.urls = [messageOf(e)];
    }
  }
  if (Object.keys(ctx.out.errors).length) return { ...ctx.out, inputs: [] };
  for (const job of ctx.later) await job();
  return ctx.out;
}
