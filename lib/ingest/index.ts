// Article ingest: text, HTML or news-please JSON in; title, outlet, URL, publication date,
// authors, a cleaned body and the line-by-line keep/remove record out. Pure: callers pass strings.

import type { ExtractedArticle, IngestedArticle, RawInput } from "./types";
import { IngestError } from "./errors";
import { detectInputType, looksBinary } from "./detect";
import { ingestHtml } from "./html";
import { ingestNewsPlease } from "./news-please";
import { ingestText } from "./text";
import { detectLanguage } from "./language";

export type { InputType, RawInput, Segment, IngestedArticle } from "./types";
export { IngestError, type IngestErrorCode } from "./errors";
export { detectInputType } from "./detect";
export { detectLanguage, isAnalysedLanguage, languageName } from "./language";
export { FeedError, feedFormat, feedItemPage, parseFeed, type FeedFormat, type FeedItem, type ParsedFeed } from "./feeds";
export { splitNewsPleaseDump } from "./news-please";

/** Inputs above this many characters are refused (a news article is well under 1 MB). */
export const MAX_INPUT_CHARS = 10_000_000;

/** Four or more words ending in sentence punctuation. Linear: splits at terminators instead of backtracking. */
function readsAsSentence(line: string): boolean {
  for (const piece of line.split(/(?<=[.!?…])/)) {
    if (/[.!?…]$/.test(piece) && /[\p{L}\p{N}]/u.test(piece) && piece.trim().split(/\s+/).length >= 4) return true;
  }
  return false;
}

/** Whether a body holds at least one sentence, or at least one long line. */
function hasSentence(article: ExtractedArticle): boolean {
  for (const s of article.segments) {
    if (!s.kept) continue;
    if (readsAsSentence(s.text)) return true;
    if (s.text.split(/\s+/).length >= 12) return true;
  }
  return false;
}

/** Ingests one article in any language; throws IngestError (empty, binary, malformed_json, unsupported_json, no_body, too_large). */
export function ingest(input: RawInput): IngestedArticle {
  const content = input?.content;
  if (typeof content !== "string" || content.trim() === "") {
    throw new IngestError("empty", "The input is empty: there is no text to ingest.");
  }
  if (content.length > MAX_INPUT_CHARS) {
    throw new IngestError(
      "too_large",
      `The input has ${content.length.toLocaleString("en-US")} characters, more than the limit of ${MAX_INPUT_CHARS.toLocaleString("en-US")}.`,
    );
  }
  if (looksBinary(content)) {
    throw new IngestError("binary", "The input looks like binary data (NUL or control bytes), not text, HTML or JSON.");
  }
  const type = input.type ?? detectInputType(content, input.source);
  const article =
    type === "html" ? ingestHtml(content, input.source)
    : type === "json" ? ingestNewsPlease(content, input.source)
    : ingestText(content, input.source);
  if (!hasSentence(article)) {
    throw new IngestError("no_body", `The ${type === "json" ? "JSON" : type === "html" ? "HTML" : "text"} input has no article body: no line of it reads as a sentence.`);
  }
  return { ...article, language: detectLanguage(article.body) };
}
