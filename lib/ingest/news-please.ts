// news-please JSON: {title, text, maintext, description, date_publish, url, source_domain | publisher, authors}.
// The text is usually clean, so the line filter runs in its light mode.

import type { ExtractedArticle } from "./types";
import { IngestError } from "./errors";
import { normalizeMetadataDate } from "./datelines";
import { filterLines } from "./line-filter";
import { bodyOf, normalizeText, textToUnits } from "./text";
import { hostOf } from "./bylines";

type Obj = Record<string, unknown>;

function str(v: unknown): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (v && typeof v === "object" && !Array.isArray(v)) return str((v as Obj)["name"]);
  return null;
}

export function parseJsonObject(content: string, source?: string): Obj {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ""));
  } catch (e) {
    const where = source ? `The JSON input ${source}` : "The input";
    throw new IngestError("malformed_json", `${where} is not valid JSON: ${(e as Error).message}.`.replace(/\.\.$/, "."));
  }
  if (Array.isArray(data) && data.length === 1) data = data[0];
  if (!data || typeof data !== "object" || Array.isArray(data)) {
    throw new IngestError("unsupported_json", "The JSON input is not a single article object (news-please format).");
  }
  return data as Obj;
}

export function ingestNewsPlease(content: string, source?: string): ExtractedArticle {
  const obj = parseJsonObject(content, source);
  const title = str(obj["title"]);
  const text = str(obj["maintext"]) ?? str(obj["text"]) ?? str(obj["description"]) ?? "";
  const units = textToUnits(normalizeText(text));
  const result = filterLines(units, { mode: "light", title });

  const rawDate = str(obj["date_publish"]) ?? str(obj["datePublished"]) ?? str(obj["published"]);
  const publishedAt = rawDate ? normalizeMetadataDate(rawDate) : null;
  const url = str(obj["url"]);
  const domain = str(obj["source_domain"]);
  const authors = Array.isArray(obj["authors"])
    ? (obj["authors"] as unknown[]).map(str).filter((a): a is string => !!a)
    : [];

  return {
    inputType: "json",
    title,
    outlet: str(obj["publisher"]) ?? (domain ? domain.replace(/^(?:www\d?|m)\./i, "") : null) ?? hostOf(url),
    url: url && /^https?:\/\//i.test(url) ? url : null,
    publishedAt,
    publishedSource: publishedAt ? "metadata" : null,
    publishedText: publishedAt ? rawDate : null,
    authors: [...new Set(authors)],
    body: bodyOf(result),
    segments: result.segments,
  };
}

/**
 * A news-please dump, several articles in one file (a JSON array, or JSON lines), as one JSON text
 * per article; null for anything else (one article, invalid JSON: the single-article path reports
 * those). Each element is written back with its content unchanged.
 */
export function splitNewsPleaseDump(content: string, source?: string): string[] | null {
  const trimmed = content.replace(/^\uFEFF/, "").trim();
  let elements: unknown;
  try {
    elements = JSON.parse(trimmed);
  } catch {
    const lines = trimmed.split(/\r?\n/).filter((l) => l.trim());
    if (!trimmed.startsWith("{") || lines.length < 2) return null;
    try {
      elements = lines.map((l) => JSON.parse(l) as unknown);
    } catch {
      return null;
    }
  }
  if (!Array.isArray(elements) || elements.length < 2) return null;
  const bad = elements.findIndex((el) => !el || typeof el !== "object" || Array.isArray(el));
  if (bad >= 0) {
    const where = source ? `The JSON input ${source}` : "The JSON input";
    throw new IngestError("unsupported_json", `${where} holds ${elements.length} entries, and entry ${bad + 1} is not an article object (news-please format).`);
  }
  return elements.map((el) => JSON.stringify(el, null, 2));
}
