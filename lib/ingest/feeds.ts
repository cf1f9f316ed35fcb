// RSS 2.0, RSS 1.0 (RDF) and Atom feeds to items: title, absolute link, date as written, full content
// when the feed carries it, summary otherwise. feedsmith parses (it expands no DTD entities, fetches
// nothing); a document that declares entities is refused before parsing all the same.

import { parseAtomFeed, parseRdfFeed, parseRssFeed } from "feedsmith";
import { parseHTML } from "linkedom";

export type FeedFormat = "rss" | "atom" | "rdf";

export interface FeedItem {
  title: string | null;
  /** absolute http(s) address of the article, or null when the feed gives none (or one that cannot be resolved) */
  link: string | null;
  /** the date exactly as the feed writes it */
  published: string | null;
  /** the article's full HTML (content:encoded, Atom content); null when the feed carries a summary only */
  content: string | null;
  summary: string | null;
  authors: string[];
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  items: FeedItem[];
}

export class FeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FeedError";
  }
}

/** The prolog a feed may open with: BOM, XML declaration, processing instructions, comments, a doctype. */
const PROLOG = /^(?:\uFEFF|\s+|<\?[^]*?\?>|<!--[^]*?-->|<!DOCTYPE[^[>]*(?:\[[^\]]*\])?\s*>)*/i;

/** The feed format of a document by its root element, or null when it is no RSS, RDF or Atom document. */
export function feedFormat(content: string): FeedFormat | null {
  const root = /^<([\w:.-]+)/.exec(content.slice(0, 65_536).replace(PROLOG, ""))?.[1];
  if (!root) return null;
  const name = root.toLowerCase();
  if (name === "rss") return "rss";
  if (name === "feed" || name.endsWith(":feed")) return "atom";
  if (name === "rdf:rdf") return "rdf";
  return null;
}

const text = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

/** Atom text constructs may hold markup (type="html" or "xhtml"); a title is wanted as plain text. */
function plain(value: string | null, type?: string): string | null {
  if (!value || (type !== "html" && type !== "xhtml")) return value;
  return text(parseHTML(`<!doctype html><html><body>${value}</body></html>`).document.body.textContent?.replace(/\s+/g, " "));
}

function absolute(link: string | null, base: string | null): string | null {
  if (!link) return null;
  try {
    const url = base ? new URL(link, base) : new URL(link);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** A base address for relative links: the feed's xml:base against where it came from, else either. */
function baseOf(xmlBase: string | undefined, from: string | undefined, siteLink: string | null): string | null {
  return absolute(text(xmlBase), from ?? null) ?? absolute(from ?? null, null) ?? absolute(siteLink, null);
}

function parse(format: FeedFormat, content: string) {
  try {
    return format === "rss" ? { format, feed: parseRssFeed(content) }
      : format === "atom" ? { format, feed: parseAtomFeed(content) }
      : { format, feed: parseRdfFeed(content) };
  } catch (e) {
    throw new FeedError(`The feed is not well-formed ${format === "atom" ? "Atom" : "RSS"} XML (${(e as Error).message.replace(/\.$/, "")}).`);
  }
}

/**
 * Reads a feed. `from` is the address the feed was fetched from, for relative links. Throws FeedError
 * for a document that is no feed, a malformed one, or one that declares entities.
 */
export function parseFeed(content: string, from?: string): ParsedFeed {
  const format = feedFormat(content);
  if (!format) throw new FeedError("The document is not an RSS or Atom feed (its root element is not <rss>, <feed> or <rdf:RDF>).");
  // entities are declared in the doctype, which stands in the prolog
  if (/<!ENTITY/i.test(PROLOG.exec(content)?.[0] ?? "")) throw new FeedError("The feed declares its own XML entities; Parallax does not expand them (they can be used to exhaust memory).");
  const parsed = parse(format, content);

  if (parsed.format === "atom") {
    const feed = parsed.feed;
    const alternate = (links: { href?: string; rel?: string; type?: string }[] | undefined) =>
      text((links ?? []).filter((l) => !l.rel || l.rel === "alternate").sort((a, b) => Number(b.type === "text/html") - Number(a.type === "text/html"))[0]?.href);
    const base = baseOf(feed.xml?.base, from, alternate(feed.links));
    return {
      format,
      title: plain(text(feed.title?.value), feed.title?.type),
      items: (feed.entries ?? []).map((e) => {
        const body = e.content && !e.content.src ? text(e.content.value) : null;
        return {
          title: plain(text(e.title?.value), e.title?.type),
          link: absolute(alternate(e.links), absolute(text(e.xml?.base), base) ?? base),
          published: text(e.published) ?? text(e.updated) ?? text(e.dc?.dates?.[0]),
          // plain-text content is escaped so that it reads as text in the article's HTML
          content: body && (e.content?.type === "html" || e.content?.type === "xhtml") ? body : body && paragraphs(body),
          summary: plain(text(e.summary?.value), e.summary?.type),
          authors: (e.authors ?? []).map((a) => text(a.name)).filter((a): a is string => !!a),
        };
      }),
    };
  }

  const feed = parsed.feed;
  const base = baseOf(parsed.format === "rss" ? parsed.feed.xml?.base : undefined, from, text(feed.link));
  const items = (feed.items ?? []) as {
    title?: string; link?: string; description?: string; pubDate?: string; authors?: unknown[];
    guid?: { value?: string; isPermaLink?: boolean }; content?: { encoded?: string }; dc?: { dates?: string[]; creators?: string[] };
  }[];
  return {
    format,
    title: text(feed.title),
    items: items.map((i) => ({
      title: text(i.title),
      // a guid that is a permalink is the article's address when <link> is missing
      link: absolute(text(i.link) ?? (i.guid?.isPermaLink !== false ? text(i.guid?.value) : null), base),
      published: text(i.pubDate) ?? text(i.dc?.dates?.[0]),
      content: text(i.content?.encoded),
      summary: text(i.description),
      authors: [...(i.authors ?? []).map((a) => text(typeof a === "object" && a ? (a as { name?: string }).name : a)), ...(i.dc?.creators ?? []).map(text)].filter(
        (a): a is string => !!a,
      ),
    })),
  };
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

function paragraphs(plainText: string): string {
  return plainText.split(/\n\s*\n/).map((p) => `<p>${escape(p.trim())}</p>`).join("\n");
}

/**
 * An HTML page for an item whose feed carries its full content: the item's title, address, date and
 * authors as the metadata the HTML importer reads, and the content unchanged as the article.
 */
export function feedItemPage(item: FeedItem): string {
  const head = [
    '<meta charset="utf-8">',
    item.title ? `<title>${escape(item.title)}</title>` : null,
    item.link ? `<link rel="canonical" href="${escape(item.link)}">` : null,
    item.published ? `<meta property="article:published_time" content="${escape(item.published)}">` : null,
    ...item.authors.map((a) => `<meta name="author" content="${escape(a)}">`),
  ].filter(Boolean);
  return [
    "<!doctype html>",
    `<html><head>${head.join("")}</head><body><article>`,
    item.title ? `<h1>${escape(item.title)}</h1>` : "",
    item.content ?? "",
    "</article></body></html>",
    "",
  ].join("\n");
}
