// Pure geometry of the story timeline: dated events on a horizontal time axis,
// one lane per event (claim group), one mark per date an outlet gives. Dates
// are whole days (UTC day numbers); no React; unit-tested.

const DAY = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export interface DaySpan {
  /** first day (days since 1970-01-01, UTC) */
  start: number;
  /** last day, inclusive */
  end: number;
}

function dayOf(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.round(t / DAY);
}

/** A stored normalised date ("2024-11-20", "2024-11", "1928", "a..b") as a span of days; null when not a date. */
export function parseDaySpan(normalized: string): DaySpan | null {
  const s = normalized.trim();
  const parts = s.split("..");
  if (parts.length === 2) {
    const a = parseDaySpan(parts[0]);
    const b = parseDaySpan(parts[1]);
    if (!a || !b || b.end < a.start) return null;
    return { start: a.start, end: b.end };
  }
  if (parts.length > 2) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(s);
  if (m) {
    const d = dayOf(+m[1], +m[2], +m[3]);
    return d === null ? null : { start: d, end: d };
  }
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) {
    const a = dayOf(+m[1], +m[2], 1);
    if (a === null) return null;
    const next = +m[2] === 12 ? dayOf(+m[1] + 1, 1, 1)! : dayOf(+m[1], +m[2] + 1, 1)!;
    return { start: a, end: next - 1 };
  }
  m = /^(\d{4})$/.exec(s);
  if (m) return { start: dayOf(+m[1], 1, 1)!, end: dayOf(+m[1], 12, 31)! };
  return null;
}

export function dayLabel(day: number, withYear = true): string {
  const d = new Date(day * DAY);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}${withYear ? ` ${d.getUTCFullYear()}` : ""}`;
}

export interface Scale {
  domain: [number, number];
  range: [number, number];
  x(day: number): number;
}

/** Linear day scale; a one-day domain is widened by three days each side so marks do not sit on the edges. */
export function dayScale(domain: [number, number], range: [number, number], pad = 1): Scale {
  let [a, b] = domain;
  if (b < a) [a, b] = [b, a];
  if (b - a < 2) {
    a -= 3;
    b += 3;
  } else {
    a -= pad;
    b += pad;
  }
  const [x0, x1] = range;
  const k = (x1 - x0) / (b - a);
  return { domain: [a, b], range, x: (day: number) => x0 + (day - a) * k };
}

const STEPS = [1, 2, 7, 14, 30, 61, 91, 182, 365, 730, 1826, 3652];

/** Tick days for a scale: at most `max` ticks, on round steps (days, weeks, month starts, years). */
export function dayTicks(scale: Scale, max = 8): { day: number; x: number; text: string }[] {
  const [a, b] = scale.domain;
  const span = b - a;
  const step = STEPS.find((s) => span / s <= max) ?? Math.ceil(span / max);
  const out: { day: number; x: number; text: string }[] = [];
  const sameYear = new Date(a * DAY).getUTCFullYear() === new Date(b * DAY).getUTCFullYear();
  if (step >= 30) {
    // month or year starts
    const months = step >= 365 ? 12 * Math.round(step / 365) : Math.round(step / 30);
    const d = new Date(a * DAY);
    let y = d.getUTCFullYear();
    let m = step >= 365 ? 0 : d.getUTCMonth();
    for (let i = 0; i < 400; i++) {
      const day = Math.round(Date.UTC(y, m, 1) / DAY);
      if (day > b) break;
      if (day >= a) {
        out.push({ day, x: scale.x(day), text: step >= 365 ? String(y) : `${MONTHS[m]}${sameYear ? "" : ` ${y}`}` });
      }
      m += months;
      y += Math.floor(m / 12);
      m %= 12;
    }
    return out;
  }
  // day steps; weekly ticks start on Mondays
  let first = Math.ceil(a);
  if (step === 7 || step === 14) {
    const dow = (new Date(first * DAY).getUTCDay() + 6) % 7;
    first += dow === 0 ? 0 : 7 - dow;
  }
  for (let day = first; day <= b; day += step) out.push({ day, x: scale.x(day), text: dayLabel(day, !sameYear) });
  return out;
}

export interface TimelineEventInput {
  id: string;
  label: string;
  marks: { span: DaySpan; conflict: boolean; key: string }[];
}

export interface TimelineLayout {
  width: number;
  height: number;
  plotX: number;
  plotWidth: number;
  axisY: number;
  scale: Scale | null;
  ticks: { day: number; x: number; text: string }[];
  lanes: {
    id: string;
    label: string;
    y: number;
    marks: { key: string; x: number; width: number; y: number; height: number; conflict: boolean; point: boolean }[];
  }[];
  /** publication days, drawn as a faint band */
  published: { x: number; width: number } | null;
}

export interface TimelineOptions {
  width?: number;
  labelWidth?: number;
  laneHeight?: number;
  top?: number;
  published?: DaySpan | null;
}

/** Lanes top to bottom in the given order; a day is a point mark, a longer span a bar. */
export function layoutTimeline(events: TimelineEventInput[], opts: TimelineOptions = {}): TimelineLayout {
  const width = opts.width ?? 960;
  const labelWidth = opts.labelWidth ?? 240;
  const laneHeight = opts.laneHeight ?? 28;
  const top = opts.top ?? 34;
  const right = 24;
  const plotX = labelWidth;
  const plotWidth = width - labelWidth - right;
  const spans = events.flatMap((e) => e.marks.map((m) => m.span));
  if (opts.published) spans.push(opts.published);
  const height = top + events.length * laneHeight + 8;
  if (!spans.length) return { width, height, plotX, plotWidth, axisY: top - 10, scale: null, ticks: [], lanes: [], published: null };
  const lo = Math.min(...spans.map((s) => s.start));
  const hi = Math.max(...spans.map((s) => s.end));
  const scale = dayScale([lo, hi], [plotX, plotX + plotWidth]);
  const dayWidth = Math.max(0, scale.x(1) - scale.x(0));
  const lanes = events.map((e, i) => {
    const y = top + i * laneHeight + laneHeight / 2;
    return {
      id: e.id,
      label: e.label,
      y,
      marks: e.marks.map((m) => {
        const point = m.span.end === m.span.start;
        const x = point ? scale.x(m.span.start + 0.5) : scale.x(m.span.start);
        const w = point ? 0 : Math.max(2, scale.x(m.span.end + 1) - scale.x(m.span.start));
        return { key: m.key, x, width: w, y, height: 10, conflict: m.conflict, point };
      }),
    };
  });
  const published = opts.published
    ? { x: scale.x(opts.published.start), width: Math.max(dayWidth, scale.x(opts.published.end + 1) - scale.x(opts.published.start)) }
    : null;
  return { width, height, plotX, plotWidth, axisY: top - 10, scale, ticks: dayTicks(scale), lanes, published };
}

/**
 * Splits events into those near the story (within `windowDays` before the
 * first publication day, or after it) and earlier background (history the
 * articles mention), so one 19th-century date does not squash the story.
 */
export function splitByWindow<T extends { spans: DaySpan[] }>(events: T[], storyStart: number | null, windowDays = 366): { near: T[]; background: T[] } {
  if (storyStart === null) {
    // no publication date: anchor on the latest event
    const latest = Math.max(...events.flatMap((e) => e.spans.map((s) => s.end)), -Infinity);
    if (!Number.isFinite(latest)) return { near: events, background: [] };
    storyStart = latest;
  }
  const near: T[] = [];
  const background: T[] = [];
  for (const e of events) {
    if (e.spans.length && e.spans.every((s) => s.end < storyStart! - windowDays)) background.push(e);
    else near.push(e);
  }
  return { near, background };
}

export interface PlacedLabel {
  x: number;
  anchor: "start" | "end";
  /** 0 on the mark's line, 1 on the line below it; null when there is no room (the mark's tooltip has it) */
  row: 0 | 1 | null;
}

/**
 * Places the labels of one lane's marks so that none overlaps another: each goes right of its mark
 * (left of it near the right edge), on the mark's line when free, else on the line below, else
 * nowhere. Widths are estimated from the length of the text.
 */
export function placeMarkLabels(
  marks: { x: number; width: number; point: boolean }[],
  texts: string[],
  plotRight: number,
  charWidth = 6,
): PlacedLabel[] {
  const taken: [number, number][][] = [[], []];
  const out: PlacedLabel[] = new Array(marks.length);
  // marks take their own room first, so no label covers a mark
  for (const m of marks) taken[0].push(m.point ? [m.x - 6, m.x + 6] : [m.x, m.x + m.width]);
  const order = marks.map((m, i) => i).sort((a, b) => marks[a].x - marks[b].x);
  for (const i of order) {
    const m = marks[i];
    const w = texts[i].length * charWidth;
    const start = m.point ? m.x + 9 : m.x + m.width + 6;
    const flip = start + w > plotRight;
    const span: [number, number] = flip ? [(m.point ? m.x - 9 : m.x - 6) - w, m.point ? m.x - 9 : m.x - 6] : [start, start + w];
    const free = (row: number) => taken[row].every(([a, b]) => span[1] < a || span[0] > b);
    const row = free(0) ? 0 : free(1) ? 1 : null;
    if (row !== null) taken[row].push(span);
    out[i] = { x: flip ? span[1] : span[0], anchor: flip ? "end" : "start", row };
  }
  return out;
}
