// Plain text: lines -> units -> line filter -> title, dateline, outlet, authors, body.

import type { ExtractedArticle } from "./types";
import { authorsFromByline, hostOf, outletFromBylineLine, outletFromSelfReference } from "./bylines";
import { parseWireDateline, type Dateline, type WireDateline } from "./datelines";
import { filterLines, type FilterMode, type FilterResult, type Unit } from "./line-filter";

/** Normalises line breaks, spaces and invisible characters; keeps the words as written. */
export function normalizeText(content: string): string {
  return content
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g, " ")
    .replace(/[\u2028\u2029]/g, "\n");
}

const RE_LIST_ITEM = /^\s*(?:[-*•·▪►]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+/;

/**
 * Lines of a text as units. Hard-wrapped prose (lines broken inside sentences, paragraphs
 * separated by blank lines) is unwrapped first so that a unit is a paragraph.
 */
export function textToUnits(text: string): Unit[] {
  const raw = text.split("\n");
  let nonBlank = 0;
  let continuations = 0;
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i].trim();
    if (!line) continue;
    nonBlank++;
    const next = raw[i + 1]?.trim();
    if (next && /^[a-z(]/.test(next) && !/[.!?:]["'”’)]*$/.test(line) && !RE_LIST_ITEM.test(raw[i + 1])) continuations++;
  }
  const wrapped = continuations >= 3 && continuations >= nonBlank * 0.2;

  const units: Unit[] = [];
  let blank = true;
  for (const r of raw) {
    const line = r.replace(/ {2,}/g, " ").trim();
    if (!line) {
      blank = true;
      continue;
    }
    const prev = units[units.length - 1];
    if (wrapped && !blank && prev && !RE_LIST_ITEM.test(r)) {
      prev.text += " " + line;
    } else {
      units.push({ text: line, blankBefore: blank });
    }
    blank = false;
  }
  return units;
}

/** The best dateline: published or created before unlabelled before updated; the earliest among equals. */
export function chooseDateline(datelines: { index: number; dateline: Dateline }[]): Dateline | null {
  let best: Dateline | null = null;
  const rank = (d: Dateline) =>
    d.date.label === "published" ? 0 : d.date.label === "created" ? 1 : d.date.label === null ? 2 : 3;
  for (const { dateline } of datelines) if (!best || rank(dateline) < rank(best)) best = dateline;
  return best;
}

/** Outlet, authors and date read from the lines the filter set aside. */
export function lineMetadata(units: Unit[], result: FilterResult) {
  let outlet: string | null = null;
  const authors: string[] = [];
  for (const i of result.bylines) {
    outlet ??= outletFromBylineLine(units[i].text);
    for (const a of authorsFromByline(units[i].text)) if (!authors.includes(a)) authors.push(a);
  }
  if (!outlet) {
    for (const { index } of result.datelines) {
      outlet = outletFromBylineLine(units[index].text);
      if (outlet) break;
    }
  }
  let selfRef: string | null = null;
  if (!outlet) {
    for (let i = 0; i < units.length && !selfRef; i++) {
      if (!result.segments[i].kept) selfRef = outletFromSelfReference(units[i].text);
    }
  }
  // a wire dateline opening the story names who filed it: the outlet when the page names no other
  let wire: WireDateline | null = null;
  for (let i = 0, seen = 0; i < units.length && seen < 3 && !wire; i++) {
    if (!result.segments[i].kept) continue;
    seen++;
    wire = parseWireDateline(units[i].text);
  }
  const dateline = chooseDateline(result.datelines);
  return {
    outlet: outlet ?? selfRef ?? wire?.source ?? null,
    authors,
    dateline: dateline ?? (wire?.date ? { date: wire.date, dates: [wire.date] } : null),
  };
}

export function bodyOf(result: FilterResult): string {
  const parts: string[] = [];
  for (const s of result.segments) if (s.kept) parts.push(s.text);
  return parts.join("\n\n");
}

export function ingestText(content: string, source?: string, mode: FilterMode = "text"): ExtractedArticle {
  const units = textToUnits(normalizeText(content));
  const result = filterLines(units, { mode });
  const meta = lineMetadata(units, result);
  const url = hostOf(source) ? source!.trim() : null;
  return {
    inputType: "text",
    title: result.titleIndex >= 0 ? units[result.titleIndex].text.replace(/\s*[;,]$/, "") : null,
    outlet: meta.outlet ?? hostOf(source),
    url,
    publishedAt: meta.dateline ? meta.dateline.date.iso : null,
    publishedSource: meta.dateline ? "dateline" : null,
    publishedText: meta.dateline ? meta.dateline.date.text : null,
    authors: meta.authors,
    body: bodyOf(result),
    segments: result.segments,
  };
}
