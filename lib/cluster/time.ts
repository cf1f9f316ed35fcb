// The time factor: reports of one event are published within days of each other, so the same words
// weeks apart more likely describe a later, similar event. Similarity halves every `halfLifeDays`
// past a grace period that covers a story's normal news cycle (and time-zone or crawl-date noise).
//
// Time is measured between *event days*, not publication days alone: an article's publication day
// plus the past days its text names ("on Oct. 9", "June 14, 2021"). A follow-up months later that
// names the day of the event is near that event; a wrong crawl date is corrected by the text's own
// dates; two events of one kind weeks apart that name no common day stay far apart.

import { MONTH_PATTERN, monthIndex } from "../analysis/lexicons/calendar";

const DAY_MS = 86_400_000;
/** Gaps up to this many days cost nothing. */
export const GRACE_DAYS = 3;
/**
 * At most this many mentioned days per article, in text order: the lead names the event's days,
 * a long background piece would otherwise be near every day it recounts.
 */
export const MAX_MENTIONED_DAYS = 5;
/**
 * A date without a year is read as the latest such day at or before publication, and only when that
 * is at most this many days back: further back it more likely names a coming day ("takes effect Sept. 1").
 */
const YEARLESS_BACK_DAYS = 183;
/** Time zones and late crawls: a mentioned day this close after publication still counts as past. */
const FUTURE_TOLERANCE_DAYS = 1;

/** Days since the epoch of an ISO date or date-time (its calendar day), or null when unreadable. */
export function dayOf(publishedAt: string | null): number | null {
  const m = publishedAt?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return null;
  return utcDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

function utcDay(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls "February 30" over into March: such a date is no date
  return Number.isNaN(ms) || new Date(ms).getUTCDate() !== day ? null : ms / DAY_MS;
}

// "Oct. 9", "October 9, 2021", "9 October 2021", "2021-10-09"; a month needs its capital
// ("may" is a verb) and a day number that is not the start of a longer number or a time ("May 2021").
const MONTH_DAY = `${MONTH_PATTERN}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\d:])`;
const DAY_MONTH = `(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN}(?![a-z])(?:,?\\s+(\\d{4}))?(?![\\d:])`;
const ISO_DATE = `(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)`;
const DATE_RE = new RegExp(`\\b(?:${MONTH_DAY}|${DAY_MONTH})|${ISO_DATE}`, "gi");

/** The days a text names, resolved against the publication day; see MAX_MENTIONED_DAYS and the rules above. */
export function mentionedDays(text: string, published: number): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    let day: number | null;
    if (m[7]) day = utcDay(Number(m[7]), Number(m[8]), Number(m[9]));
    else {
      const [monthWord, dayText, yearText] = m[1] ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
      if (!/^\p{Lu}/u.test(monthWord)) continue;
      day = resolve(monthIndex(monthWord), Number(dayText), yearText ? Number(yearText) : null, published);
    }
    if (day === null || day > published + FUTURE_TOLERANCE_DAYS || out.includes(day)) continue;
    out.push(day);
    if (out.length === MAX_MENTIONED_DAYS) break;
  }
  return out;
}

function resolve(month: number, day: number, year: number | null, published: number): number | null {
  if (year !== null) return utcDay(year, month, day);
  const pubYear = new Date(published * DAY_MS).getUTCFullYear();
  for (const y of [pubYear, pubYear - 1]) {
    const d = utcDay(y, month, day);
    if (d !== null && d <= published + FUTURE_TOLERANCE_DAYS) return published - d <= YEARLESS_BACK_DAYS ? d : null;
  }
  return null;
}

/** An article's event days, ascending: its publication day and the past days its text names; empty when undated. */
export function eventDays(publishedAt: string | null, text: string): number[] {
  const published = dayOf(publishedAt);
  if (published === null) return [];
  return [published, ...mentionedDays(text, published)].sort((a, b) => a - b).filter((d, i, xs) => i === 0 || d !== xs[i - 1]);
}

/** The smallest distance in days between two ascending day lists; null when either is empty (undated). */
export function dayGap(a: readonly number[], b: readonly number[]): number | null {
  if (a.length === 0 || b.length === 0) return null;
  let best = Infinity;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    best = Math.min(best, Math.abs(a[i] - b[j]));
    if (a[i] < b[j]) i++;
    else j++;
  }
  return best;
}

/** A multiplier in (0, 1] for a gap in days; 1 when the gap is unknown (a date is missing). */
export function timeFactor(gapDays: number | null, halfLifeDays: number): number {
  if (gapDays === null) return 1;
  const excess = gapDays - GRACE_DAYS;
  return excess <= 0 ? 1 : Math.pow(0.5, excess / halfLifeDays);
}
