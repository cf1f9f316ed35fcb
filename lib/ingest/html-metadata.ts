// Article metadata from an HTML document: Open Graph / article:* / name=date meta tags,
// JSON-LD (NewsArticle and friends, also inside @graph), <time datetime>, canonical URL.

import { normalizeMetadataDate } from "./datelines";

export interface HtmlMetadata {
  title: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  publishedText: string | null;
  authors: string[];
  /** the site name after the headline in <title> ("Headline | Site"), a weak outlet hint */
  titleSuffix: string | null;
}

// Minimal structural types for the parts of a DOM we read (linkedom documents satisfy them).
interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface Doc {
  querySelectorAll(selector: string): ArrayLike<El>;
  querySelector(selector: string): El | null;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|WebPage)$/;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function str(v: Json | undefined): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === "object") return str(v["name"] ?? v["@id"] ?? v["url"]);
  return null;
}

function names(v: Json | undefined): string[] {
  if (v == null) return [];
  const list = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const item of list) {
    const name = typeof item === "string" ? item : item && typeof item === "object" && !Array.isArray(item) ? str(item["name"]) : null;
    if (name && !/^https?:/i.test(name)) out.push(...splitAuthors(name));
  }
  return out;
}

export function splitAuthors(value: string): string[] {
  return value
    .replace(/^by\s+/i, "")
    .split(/\s*,\s*|\s+and\s+|\s*&\s*|\s*;\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1 && s.length < 80 && !/^https?:/i.test(s));
}

function typeMatches(node: { [k: string]: Json }): boolean {
  const t = node["@type"];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === "string" && ARTICLE_TYPES.test(x));
}

/** The first article-typed JSON-LD object (an explicit NewsArticle/Article beats a WebPage). */
function jsonLdArticle(doc: Doc): { [k: string]: Json } | null {
  const found: { [k: string]: Json }[] = [];
  const visit = (v: Json) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      if (typeMatches(v)) found.push(v);
      if (v["@graph"]) visit(v["@graph"]);
    }
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i].textContent ?? "") as Json);
    } catch {
      // broken JSON-LD is common; skip it
    }
  }
  return found.find((o) => o["@type"] !== "WebPage") ?? found[0] ?? null;
}

const DATE_META = [
  "article:published_time", "og:published_time", "published_time", "datepublished", "date", "pubdate",
  "publishdate", "publish-date", "publish_date", "publication_date", "dc.date", "dc.date.issued",
  "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published",
  "cxenseparse:recs:publishtime", "originalpublicationdate",
];
const AUTHOR_META = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"];

export function extractHtmlMetadata(doc: Doc, source?: string): HtmlMetadata {
  const meta = new Map<string, string>();
  const metas = doc.querySelectorAll("meta");
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const key = (m.getAttribute("property") ?? m.getAttribute("name") ?? m.getAttribute("itemprop") ?? "").toLowerCase().trim();
    const content = m.getAttribute("content")?.trim();
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  const ld = jsonLdArticle(doc);

  const docTitle = doc.querySelector("title")?.textContent?.trim() || null;
  const h1 = doc.querySelector("h1")?.textContent?.replace(/\s+/g, " ").trim() || null;
  const outlet =
    meta.get("og:site_name") ?? (ld && str(ld["publisher"])) ?? meta.get("application-name") ?? null;
  const title =
    meta.get("og:title") ?? meta.get("twitter:title") ?? (ld && str(ld["headline"])) ?? meta.get("dc.title") ?? h1 ??
    (docTitle ? stripSiteSuffix(docTitle, outlet) : null);

  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim();
  let url: string | null = null;
  for (const u of [canonical, meta.get("og:url"), ld && str(ld["url"]), ld && str(ld["mainEntityOfPage"]), source]) {
    if (u && /^https?:\/\//i.test(u)) {
      url = u;
      break;
    }
  }

  let publishedAt: string | null = null;
  let publishedText: string | null = null;
  const candidates: (string | null | undefined)[] = [meta.get("article:published_time"), ld && str(ld["datePublished"])];
  for (const k of DATE_META) candidates.push(meta.get(k));
  for (const sel of ['time[itemprop="datePublished"]', "time[pubdate]", "article time[datetime]", "[itemprop=\"datePublished\"]"]) {
    const el = doc.querySelector(sel);
    candidates.push(el?.getAttribute("datetime") ?? el?.getAttribute("content"));
  }
  candidates.push(ld && str(ld["dateCreated"]));
  for (const c of candidates) {
    if (!c) continue;
    const iso = normalizeMetadataDate(c);
    if (iso) {
      publishedAt = iso;
      publishedText = c;
      break;
    }
  }
  if (publishedAt && publishedAt.length === 10) {
    // a date-only value: take the time from a <time datetime> of the same day when the page has one
    const times = doc.querySelectorAll("time[datetime]");
    for (let i = 0; i < times.length; i++) {
      const v = times[i].getAttribute("datetime") ?? "";
      const iso = normalizeMetadataDate(v);
      if (iso && iso.length > 10 && iso.startsWith(publishedAt)) {
        publishedAt = iso;
        publishedText = v;
        break;
      }
    }
  }

  let authors = ld ? names(ld["author"]) : [];
  if (authors.length === 0) {
    for (const k of AUTHOR_META) {
      const v = meta.get(k);
      if (v && !/^https?:/i.test(v)) {
        authors = splitAuthors(v);
        break;
      }
    }
  }

  let titleSuffix: string | null = null;
  if (docTitle) {
    const head = stripSiteSuffix(docTitle, outlet);
    if (head !== docTitle) titleSuffix = docTitle.slice(docTitle.indexOf(head) + head.length).replace(/^\s*(?:[|–—-]|::)\s*/, "").trim() || null;
  }

  return {
    title: title ? title.replace(/\s+/g, " ").trim() : null,
    outlet,
    url,
    publishedAt,
    publishedText,
    authors: dedupe(authors),
    titleSuffix,
  };
}

function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}

/** "Headline | Site" -> "Headline" when the tail is the site's name or a short label. */
export function stripSiteSuffix(title: string, site: string | null): string {
  const parts = title.split(/\s+[|–—-]\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  const tail = parts[parts.length - 1].trim();
  const head = parts.slice(0, -1).join(" - ").trim();
  if ((site && tail.toLowerCase() === site.toLowerCase()) || (tail.split(/\s+/).length <= 4 && head.split(/\s+/).length >= 3)) {
    return head;
  }
  return title;
}
