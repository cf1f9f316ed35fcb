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

/** A multiplier in (0, 1]; 1 when either date is missing. */
export function timeFactor(dayA: number | null, dayB: number | null, halfLifeDays: number): number {
  if (dayA === null || dayB === null) return 1;
  const excess = Math.abs(dayA - dayB) - GRACE_DAYS;
  return excess <= 0 ? 1 : Math.pow(0.5, excess / halfLifeDays);
}
