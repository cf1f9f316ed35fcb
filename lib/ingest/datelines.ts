// Publication dates written in datelines ("Published Date: 08:15 | 12 Mar 2024",
// "Updated: 14-03-2024 17:20 IST", "November 8, 2016 at 3:45 p.m. ET") and in metadata values.
// Never uses the current date: a date without a year is not a dateline.

import { formatOffset, zoneOffset, ZONE_PATTERN } from "./timezones";

export type DateLabel = "published" | "created" | "updated" | null;

export interface DateMatch {
  /** ISO 8601: "YYYY-MM-DD", "YYYY-MM-DDTHH:mm[:ss]", plus "+hh:mm" when a zone was given */
  iso: string;
  /** the words the date came from (date, time and zone) */
  text: string;
  start: number;
  end: number;
  hasTime: boolean;
  label: DateLabel;
}

const MONTH_NAMES = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const MONTH_INDEX: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const RE_MDY = new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "gi");
const RE_DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAMES})\\.?,?\\s+(\\d{4})\\b`, "gi");
const RE_ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?(Z|\s*[+-]\d{2}:?\d{2}(?!\d))?/g;
const RE_NUMERIC = /\b(\d{1,2})([-/.])(\d{1,2})\2(\d{4})\b/g;
const RE_YMD_SLASH = /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g;

const ZONE_TAIL = `(?:\\s*\\(?\\s*((?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}:?\\d{2}|(?:${ZONE_PATTERN}))\\b\\)?)?`;
const AMPM = "[aApP]\\.?\\s?[mM]\\b\\.?";
// zone abbreviations are matched case-sensitively ("ET", not "et")
const RE_TIME = new RegExp(`\\b(\\d{1,2})(?::(\\d{2})(?::(\\d{2}))?\\s*(${AMPM})?|\\s*(${AMPM}))${ZONE_TAIL}`, "g");
const RE_ZONE_ONLY = new RegExp(`^\\s*\\(?\\s*((?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?|(?:${ZONE_PATTERN}))\\b\\)?`);
const RE_SEPARATOR_GAP = /^[\s,|•·@\-–—/]*(?:(?:at|on|,)\s*)?[\s,|•·@\-–—/]*$/i;
const RE_LABEL = /\b(first published|published|posted|created|last updated|updated|last modified|modified|edited|date)\b/gi;

interface Core {
  start: number;
  end: number;
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  zone?: string;
}

interface TimeMatch {
  start: number;
  end: number;
  hour: number;
  minute: number;
  second?: number;
  zone?: string;
}

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

function monthOf(name: string): number {
  return MONTH_INDEX[name.slice(0, 3).toLowerCase()] ?? 0;
}

function findCores(line: string): Core[] {
  const cores: Core[] = [];
  const push = (c: Core) => {
    if (!validDate(c.year, c.month, c.day)) return;
    if (cores.some((o) => c.start < o.end && o.start < c.end)) return;
    cores.push(c);
  };
  for (const m of line.matchAll(RE_ISO)) {
    const c: Core = { start: m.index!, end: m.index! + m[0].length, year: +m[1], month: +m[2], day: +m[3] };
    if (m[4] !== undefined) {
      c.hour = +m[4];
      c.minute = +m[5];
      if (m[6] !== undefined) c.second = +m[6];
      if (m[7]) c.zone = m[7].trim();
    } else if (m[7]) {
      // an offset without a time is not a zone: give the characters back
      c.end -= m[7].length;
    }
    push(c);
  }
  for (const m of line.matchAll(RE_MDY)) {
    push({ start: m.index!, end: m.index! + m[0].length, year: +m[3], month: monthOf(m[1]), day: +m[2] });
  }
  for (const m of line.matchAll(RE_DMY)) {
    push({ start: m.index!, end: m.index! + m[0].length, year: +m[3], month: monthOf(m[2]), day: +m[1] });
  }
  for (const m of line.matchAll(RE_YMD_SLASH)) {
    push({ start: m.index!, end: m.index! + m[0].length, year: +m[1], month: +m[2], day: +m[3] });
  }
  for (const m of line.matchAll(RE_NUMERIC)) {
    const a = +m[1];
    const b = +m[3];
    const sep = m[2];
    // Dash and dot dates in datelines read day-first ("14-03-2024"); slash dates read month-first
    // unless the first number cannot be a month ("25/12/2024").
    let day = a;
    let month = b;
    if (sep === "/" && a <= 12 && b > 12) {
      day = b;
      month = a;
    } else if (sep === "/" && a <= 12 && b <= 12) {
      day = b;
      month = a;
    } else if (sep !== "/" && b > 12 && a <= 12) {
      continue; // "05-25-2025" is not a day-first date; refuse rather than guess
    }
    push({ start: m.index!, end: m.index! + m[0].length, year: +m[4], month, day });
  }
  return cores.sort((x, y) => x.start - y.start);
}

function findTimes(line: string): TimeMatch[] {
  const out: TimeMatch[] = [];
  for (const m of line.matchAll(RE_TIME)) {
    let hour = +m[1];
    const minute = m[2] !== undefined ? +m[2] : 0;
    const ampm = (m[4] ?? m[5] ?? "").toLowerCase();
    if (m[2] === undefined && !ampm) continue;
    if (ampm) {
      if (hour < 1 || hour > 12) continue;
      const pm = ampm.startsWith("p");
      if (pm && hour < 12) hour += 12;
      if (!pm && hour === 12) hour = 0;
    }
    if (hour > 23 || minute > 59) continue;
    const t: TimeMatch = { start: m.index!, end: m.index! + m[0].length, hour, minute };
    if (m[3] !== undefined) t.second = +m[3];
    if (m[6]) t.zone = m[6];
    out.push(t);
  }
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function formatIso(c: Core): string {
  let s = `${c.year}-${pad(c.month)}-${pad(c.day)}`;
  if (c.hour === undefined) return s;
  s += `T${pad(c.hour)}:${pad(c.minute ?? 0)}`;
  if (c.second !== undefined) s += `:${pad(c.second)}`;
  if (c.zone) {
    const z = c.zone.toUpperCase() === "Z" ? 0 : zoneOffset(c.zone, c);
    if (z !== null) s += formatOffset(z);
  }
  return s;
}

function labelOf(text: string): DateLabel {
  let last: string | null = null;
  for (const m of text.matchAll(RE_LABEL)) last = m[1].toLowerCase();
  if (!last) return null;
  if (last === "created") return "created";
  if (last.includes("updated") || last.includes("modified") || last === "edited") return "updated";
  return "published";
}

/** Every full date (with a year) in a line, with an adjacent time and zone when present. */
export function findDates(line: string): DateMatch[] {
  const cores = findCores(line);
  if (cores.length === 0) return [];
  const times = cores.some((c) => c.hour === undefined) ? findTimes(line) : [];
  const used = new Set<TimeMatch>();
  const out: DateMatch[] = [];
  let prevEnd = 0;
  for (let i = 0; i < cores.length; i++) {
    const c = cores[i];
    let start = c.start;
    let end = c.end;
    if (c.hour === undefined) {
      const nextStart = i + 1 < cores.length ? cores[i + 1].start : line.length;
      const after = times.find((t) => !used.has(t) && t.start >= c.end && t.end <= nextStart && RE_SEPARATOR_GAP.test(line.slice(c.end, t.start)));
      const before = after
        ? undefined
        : times.find((t) => !used.has(t) && t.end <= c.start && t.start >= prevEnd && RE_SEPARATOR_GAP.test(line.slice(t.end, c.start)));
      const t = after ?? before;
      if (t) {
        used.add(t);
        c.hour = t.hour;
        c.minute = t.minute;
        if (t.second !== undefined) c.second = t.second;
        if (t.zone) c.zone = t.zone;
        start = Math.min(start, t.start);
        end = Math.max(end, t.end);
      }
    } else if (!c.zone) {
      const z = RE_ZONE_ONLY.exec(line.slice(c.end));
      if (z) {
        c.zone = z[1];
        end = c.end + z[0].length;
      }
    }
    out.push({
      iso: formatIso(c),
      text: line.slice(start, end).trim(),
      start,
      end,
      hasTime: c.hour !== undefined,
      label: labelOf(line.slice(prevEnd, start)),
    });
    prevEnd = end;
  }
  return out;
}

const RE_LINE_LABEL = /(?:^|[|•·]\s*|^[-*•]\s*)(?:first published|published|posted|created|last updated|updated|last modified|modified|date)(?:\s+(?:date|on|at))?\s*:?/i;
const FILLER = new Set([
  "on", "at", "am", "pm", "a.m.", "p.m.", "and", "the", "of",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
]);

export interface Dateline {
  /** the chosen date of the line: published or created before updated */
  date: DateMatch;
  dates: DateMatch[];
}

/**
 * Reads a line as a dateline: a short line made of dates (with a year), times, zones and labels
 * ("Updated: ... | Created: ..."), possibly with a byline ("By Jane Doe | Nov. 8, 2016").
 * A sentence that merely mentions a date is not a dateline.
 */
export function parseDateline(line: string): Dateline | null {
  if (line.length > 200) return null;
  const dates = findDates(line);
  if (dates.length === 0) return null;
  const labelled = RE_LINE_LABEL.test(line);
  let rest = "";
  let pos = 0;
  for (const d of dates) {
    rest += " " + line.slice(pos, d.start);
    pos = d.end;
  }
  rest += " " + line.slice(pos);
  const words = rest
    .replace(RE_LABEL, " ")
    .split(/[\s|•·,:;()\-–—/]+/)
    .filter((w) => w && !FILLER.has(w.toLowerCase()) && /[a-z0-9]/i.test(w));
  if (!labelled) {
    if (/[.!?]["”’)]?\s*$/.test(line) && !/\d[.)]?\s*$/.test(line) && words.length > 0) return null;
    const byline = /^\s*(?:[-*•]\s*)?[Bb]y\s+[A-Z]/.test(line);
    if (words.length > (byline ? 6 : 2)) return null;
  } else if (words.length > 10) {
    return null;
  }
  const rank = (d: DateMatch) => (d.label === "published" ? 0 : d.label === "created" ? 1 : d.label === null ? 2 : 3);
  let best = dates[0];
  for (const d of dates) if (rank(d) < rank(best)) best = d;
  return { date: best, dates };
}

/**
 * Normalises a machine-readable date from metadata ("2016-11-08T14:44:34Z", "2016-11-08 14:44:34",
 * "2024-03-14T17:20:00+05:30", "Tue, 08 Nov 2016 14:44:34 GMT") to the same ISO form as datelines.
 */
export function normalizeMetadataDate(value: string): string | null {
  const v = value.trim();
  if (!v) return null;
  const dates = findDates(v);
  if (dates.length === 0) return null;
  return dates[0].iso;
}

export interface WireDateline {
  /** the agency or outlet named in parentheses: "(Example Wire)" */
  source: string;
  /** a full date in the dateline, when it gives the year */
  date: DateMatch | null;
}

// "CITY, State, Month 4 (Example Wire) - ...": a place in capitals, optionally a date, then the source in parentheses and a dash
const RE_WIRE = /^\s*([\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}?)((?:,\s*[^,()]{2,30}?){0,2})\s*\(([\p{Lu}][\p{L}\p{N} .&'’-]{0,40}?)\)\s*[-–—:]\s*\S/u;

/** The opening of a wire story's first paragraph, naming where it was filed and by whom. */
export function parseWireDateline(line: string): WireDateline | null {
  const m = RE_WIRE.exec(line);
  if (!m || !/\p{Lu}{2}/u.test(m[1])) return null;
  const date = findDates(m[2]).find((d) => /^\d{4}/.test(d.iso)) ?? null;
  return { source: m[3].trim(), date };
}
