// HTML: metadata from the page, body from Readability (on linkedom) walked block by block,
// then the same line filter as plain text. Falls back to the page's own blocks when
// Readability finds nothing or very little.

import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { ExtractedArticle, IngestedArticle } from "./types";
import { normalizeMetadataDate } from "./datelines";
import { extractHtmlMetadata, splitAuthors, stripSiteSuffix } from "./html-metadata";
import { filterLines, type BlockKind, type FilterMode, type Unit } from "./line-filter";
import { bodyOf, lineMetadata, normalizeText } from "./text";
import { hostOf } from "./bylines";

const BLOCK_KIND: Record<string, BlockKind | undefined> = {
  H1: "heading", H2: "heading", H3: "heading", H4: "heading", H5: "heading", H6: "heading",
  LI: "li", DT: "li", DD: "li", FIGCAPTION: "caption", CAPTION: "caption", BLOCKQUOTE: "quote", PRE: "pre",
};
const BLOCKS = new Set([
  "P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "ASIDE", "NAV", "BLOCKQUOTE", "PRE", "UL", "OL",
  "LI", "DL", "DT", "DD", "H1", "H2", "H3", "H4", "H5", "H6", "FIGURE", "FIGCAPTION", "TABLE", "CAPTION", "THEAD",
  "TBODY", "TFOOT", "TR", "TD", "TH", "FORM", "FIELDSET", "ADDRESS", "DETAILS", "SUMMARY", "CENTER", "HR", "BODY",
  "HTML", "OPTION", "LEGEND", "HGROUP", "MENU", "DIALOG",
]);
const SKIP = new Set([
  "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "BUTTON", "SELECT", "TEXTAREA", "INPUT", "OBJECT",
  "EMBED", "CANVAS", "HEAD", "TITLE", "META", "LINK", "VIDEO", "AUDIO", "MATH", "MAP",
]);
/** Page furniture dropped before the fallback walk (Readability drops these itself). */
const FALLBACK_SKIP = new Set(["NAV", "HEADER", "FOOTER", "ASIDE", "FORM", "FIGCAPTION"]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  getAttribute?(name: string): string | null;
}

/** Text of a DOM subtree as units, one per block element (p, h2-h6, li, blockquote, pre, div text, br). */
export function blocksToUnits(root: DomNode, skip: Set<string> = SKIP): Unit[] {
  const units: Unit[] = [];
  let buf = "";
  let bufKind: BlockKind = "p";
  const flush = () => {
    const text = buf.replace(/\s+/g, " ").trim();
    if (text) units.push({ text, kind: bufKind, blankBefore: true });
    buf = "";
  };
  const walk = (node: DomNode, kind: BlockKind) => {
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child.nodeType === 3) {
        if (!buf) bufKind = kind;
        buf += child.textContent ?? "";
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = child.nodeName.toUpperCase();
      if (skip.has(tag) || child.getAttribute?.("hidden") != null || child.getAttribute?.("aria-hidden") === "true") continue;
      if (tag === "BR") {
        flush();
        continue;
      }
      if (BLOCKS.has(tag)) {
        flush();
        walk(child, BLOCK_KIND[tag] ?? (kind === "caption" || kind === "quote" || kind === "li" ? kind : "p"));
        flush();
      } else {
        if (tag === "IMG" || tag === "PICTURE") continue;
        walk(child, kind);
      }
    }
  };
  walk(root, "p");
  flush();
  return units;
}

function parseDocument(html: string) {
  const full = /<html[\s>]|<head[\s>]|<body[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(full).document;
}

function wordCount(units: Unit[]): number {
  let n = 0;
  for (const u of units) n += u.text.split(/\s+/).length;
  return n;
}

export function ingestHtml(content: string, source?: string): ExtractedArticle {
  const html = normalizeText(content);
  const doc = parseDocument(html);
  const meta = extractHtmlMetadata(doc as never, source);

  let units: Unit[] = [];
  let mode: FilterMode = "html";
  let readability: ReturnType<Readability<string>["parse"]> = null;
  try {
    readability = new Readability(doc as never, { charThreshold: 250 }).parse();
  } catch {
    readability = null;
  }
  if (readability?.content) {
    const contentDoc = parseDocument(`<!doctype html><html><head></head><body>${readability.content}</body></html>`);
    units = blocksToUnits(contentDoc.body as never);
  }
  // Readability found nothing or very little: walk the page's own blocks with the full text heuristic
  if (wordCount(units) < 60) {
    const pageDoc = parseDocument(html);
    const fallback = blocksToUnits(pageDoc.body as never, new Set([...SKIP, ...FALLBACK_SKIP]));
    if (wordCount(fallback) > wordCount(units)) {
      units = fallback;
      mode = "text";
    }
  }

  const title = meta.title ?? (readability?.title ? stripSiteSuffix(readability.title, meta.outlet) : null);
  const result = filterLines(units, { mode, title });
  const lines = lineMetadata(units, result);

  let publishedAt = meta.publishedAt;
  let publishedText = meta.publishedText;
  let publishedSource: IngestedArticle["publishedSource"] = publishedAt ? "metadata" : null;
  if (!publishedAt && readability?.publishedTime) {
    publishedAt = normalizeMetadataDate(readability.publishedTime);
    publishedText = publishedAt ? readability.publishedTime : null;
    publishedSource = publishedAt ? "metadata" : null;
  }
  if (!publishedAt && lines.dateline) {
    publishedAt = lines.dateline.date.iso;
    publishedText = lines.dateline.date.text;
    publishedSource = "dateline";
  }

  let authors = meta.authors;
  if (authors.length === 0) authors = lines.authors;
  if (authors.length === 0 && readability?.byline) authors = splitAuthors(readability.byline).filter((a) => /^\p{Lu}/u.test(a));

  return {
    inputType: "html",
    title: title ?? (result.titleIndex >= 0 ? units[result.titleIndex].text : null),
    outlet: meta.outlet ?? readability?.siteName ?? lines.outlet ?? meta.titleSuffix ?? hostOf(meta.url) ?? hostOf(source),
    url: meta.url,
    publishedAt,
    publishedSource,
    publishedText,
    authors,
    body: bodyOf(result),
    segments: result.segments,
  };
}
