// Typed values and when two of them can both be true: a number becomes an interval in a base unit
// (its qualifier and its rounding widen it), a date an interval of days. Two values are compatible
// when their intervals meet. Pure and table-tested (tests/unit/compare/evidence-values.test.ts).

import type { DateSlots, NumberSlots } from "../../analysis/types";
import { MONTH_PATTERN } from "../../analysis/lexicons/calendar";

/** Unit -> [dimension, factor to the dimension's base unit]. Currencies stay their own dimension. */
const UNIT_BASE: Readonly<Record<string, readonly [string, number]>> = {
  km: ["length", 1000], mi: ["length", 1609.344], m: ["length", 1], cm: ["length", 0.01], mm: ["length", 0.001],
  ft: ["length", 0.3048], in: ["length", 0.0254],
  km2: ["area", 1e6], mi2: ["area", 2.589988e6], ha: ["area", 1e4], acre: ["area", 4046.856],
  kg: ["mass", 1], g: ["mass", 0.001], t: ["mass", 1000], lb: ["mass", 0.45359237],
  l: ["volume", 1], gal: ["volume", 3.785411784], bbl: ["volume", 158.987],
  s: ["duration", 1], min: ["duration", 60], h: ["duration", 3600], day: ["duration", 86400],
  week: ["duration", 604800], month: ["duration", 2629800], year: ["duration", 31557600],
  decade: ["duration", 315576000], century: ["duration", 3155760000],
  "mph": ["speed", 0.44704], "km/h": ["speed", 0.277778],
  age: ["age", 1],
};

export interface NumberValue {
  /** "length", "mass", "money:USD", "percent", "count:<counted noun stem>" */
  dimension: string;
  lo: number;
  hi: number;
}

/**
 * Relative rounding a written figure implies: half a unit of its last significant digit ("1,583" is
 * exact to the mile, "2,000" may be 1,950), at most 5%, since outlets that round a figure round it to
 * the nearest step they print: "300 pounds" is not read as covering 350.
 */
export function roundingTolerance(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 0;
  const s = String(Math.abs(value));
  let step: number;
  if (s.includes(".")) step = 10 ** -s.split(".")[1].length;
  else step = 10 ** (s.length - s.replace(/0+$/, "").length);
  return Math.min(MAX_ROUNDING, (0.5 * step) / Math.abs(value));
}

const MAX_ROUNDING = 0.05;

/** Conversions are rounded by outlets ("500 km (311 miles)"): a converted figure gets 2% more room. */
const CONVERSION_SLACK = 0.02;

export function numberValue(n: NumberSlots, countedKey: string | null): NumberValue | null {
  let dimension: string;
  let factor = 1;
  if (n.unit && /^[A-Z]{3}$/.test(n.unit)) dimension = `money:${n.unit}`;
  else if (n.unit === "percent" || n.unit === "pp") dimension = n.unit;
  else if (n.unit && UNIT_BASE[n.unit]) [dimension, factor] = UNIT_BASE[n.unit];
  else if (!n.unit && countedKey && Number.isInteger(n.value) && !CLOCK.test(countedKey)) dimension = `count:${countedKey}`;
  else return null;
  const round = Math.max(roundingTolerance(n.value), n.max !== undefined ? roundingTolerance(n.max) : 0);
  const slack = factor !== 1 ? CONVERSION_SLACK : 0;
  let lo = n.value * factor * (1 - round - slack);
  let hi = (n.max ?? n.value) * factor * (1 + round + slack);
  switch (n.bound) {
    case "gt": case "ge": hi = Infinity; break;
    case "lt": case "le": lo = 0; break;
    case "approx": lo *= 0.9; hi *= 1.1; break;
    case "near": lo *= 0.85; break;
    case "exact": break;
  }
  return { dimension, lo, hi };
}

/** A number before a time zone is a clock time ("0114 GMT"), not a count of anything. */
const CLOCK = /^(?:gmt|utc|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest|jst|kst|ist|et|pt|ct|mt)$/;

/**
 * How far apart two values of one dimension are, as the ratio of their midpoints (>= 1). Two
 * reports of one quantity that disagree mostly disagree by a little (a digit, a source, a
 * conversion); values far apart are mostly of different things.
 */
export function spread(a: NumberValue, b: NumberValue): number {
  const mid = (v: NumberValue) => (Number.isFinite(v.hi) ? (v.lo + v.hi) / 2 : v.lo);
  const [x, y] = [mid(a), mid(b)];
  if (x <= 0 || y <= 0) return Infinity;
  return Math.max(x, y) / Math.min(x, y);
}

export function numbersCompatible(a: NumberValue, b: NumberValue): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

/**
 * A date as the interval of days it names: "2016" is all of 2016, "May 2016" all of May. A date
 * resolved from relative words ("35 years ago", "last week") is one step of its granularity wider
 * on each side, since the writer counted from a day the reader does not know exactly; a named month
 * whose year was inferred ("in November") is not, nor a date counted from one the text gives.
 */
export function dateInterval(d: DateSlots): [string, string] {
  const [y, m] = d.date.split("-").map(Number);
  // "in November" names its month; only the year was inferred, and that does not widen the month
  const named = d.granularity === "month" && MONTH_NAME.test(d.phrase);
  // counted from another date the text gives ("three years later"), it is as exact as that date
  const pad = d.reference !== "none" && d.reference !== "event" && !named ? 1 : 0;
  switch (d.granularity) {
    case "year": return [`${y - pad}-01-01`, `${y + pad}-12-31`];
    case "month": return [iso(y, m - 1 - pad, 1), iso(y, m + pad, 0)];
    case "range": return [d.date, d.end ?? d.date];
    default: return [shiftDays(d.date, -pad), shiftDays(d.date, pad)];
  }
}

const MONTH_NAME = new RegExp(`\\b${MONTH_PATTERN}(?![a-z])`, "i");

/** YYYY-MM-DD of a UTC date; month is 0-based and may overflow, day 0 is the last of the month before. */
function iso(y: number, month0: number, day: number): string {
  return new Date(Date.UTC(y, month0, day)).toISOString().slice(0, 10);
}

function shiftDays(date: string, n: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return iso(y, m - 1, d + n);
}

/** Days between the starts of two dates' intervals. */
export function daysBetween(a: DateSlots, b: DateSlots): number {
  return Math.abs(Date.parse(dateInterval(a)[0]) - Date.parse(dateInterval(b)[0])) / 86_400_000;
}

/** Two intervals of YYYY-MM-DD days share a day: two dates can name the same day ("2011" and "May 12, 2011" do). */
export function spansMeet([a0, a1]: [string, string], [b0, b1]: [string, string]): boolean {
  return a0 <= b1 && b0 <= a1;
}
