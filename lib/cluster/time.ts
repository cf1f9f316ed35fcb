// The time factor: reports of one event are published within days of each other, so the same words
// weeks apart more likely describe a later, similar event. Similarity halves every `halfLifeDays`
// past a grace period that covers a story's normal news cycle (and time-zone or crawl-date noise).

const DAY_MS = 86_400_000;
/** Gaps up to this many days cost nothing. */
export const GRACE_DAYS = 3;

/** Days since the epoch of an ISO date or date-time (its calendar day), or null when unreadable. */
export function dayOf(publishedAt: string | null): number | null {
  const m = publishedAt?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(ms) ? null : ms / DAY_MS;
}

/** A multiplier in (0, 1] for a gap in days; 1 when the gap is unknown (a date is missing). */
export function timeFactor(gapDays: number | null, halfLifeDays: number): number {
  if (gapDays === null) return 1;
  const excess = gapDays - GRACE_DAYS;
  return excess <= 0 ? 1 : Math.pow(0.5, excess / halfLifeDays);
}

/** First and last publication day of a group of articles. */
export type Span = readonly [number, number];

export function unionSpan(a: Span | null, b: Span | null): Span | null {
  if (!a || !b) return a ?? b;
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}

/**
 * Days between two spans, 0 when they overlap: a story is alive while it is being reported, so a
 * new report is judged by its distance to the story's nearest report, not to its first one.
 */
export function spanGap(a: Span | null, b: Span | null): number | null {
  if (!a || !b) return null;
  return Math.max(0, b[0] - a[1], a[0] - b[1]);
}
