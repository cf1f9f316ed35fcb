// Clock times a sentence places in a time zone ("9:14 a.m. PST", "0114 GMT", "06:41 UTC"), as
// minutes of the UTC day: two outlets' times of one moment can then be compared across zones. A
// local time followed by its conversion in brackets ("9:14 a.m. (0114 GMT)") keeps the local
// reading too: two outlets that give the same local time are speaking of the same moment.

import { TIME_ZONES } from "../../analysis/lexicons/time-zones";

export interface ClockTime {
  /** the words that state the time, exactly as written */
  text: string;
  at: number;
  end: number;
  /** the minutes of the UTC day it can be, [least, most] (a zone without its season spans an hour); may pass midnight */
  utc: [number, number];
  /** the local clock reading, in minutes of the day, when the sentence gives one */
  local: number | null;
}

const DAY = 24 * 60;
const ZONE = `(${Object.keys(TIME_ZONES).join("|")})`;
/** "9:14 a.m.", "4:48pm", "10 PM", "06:41", "0114": a clock reading, read by `minutesOf` */
const READING = String.raw`(\d{1,2})(?::(\d{2}))?\s*(?:([apAP])\.?\s?[mM]\b\.?)?|([01]\d|2[0-3])([0-5]\d)`;
const ZONED = new RegExp(String.raw`\b(?:${READING})\s*${ZONE}\b`, "g");
/** a local reading right before a bracket that opens with a zoned time: "9:14 a.m. (0114 GMT)" */
const LOCAL_BEFORE = new RegExp(String.raw`\b(?:${READING})\s*(?:local time\s*)?\(\s*$`, "i");

/** Minutes of the day of a reading's groups (hour, minute, a/p, or four digits); null when it is no clock time. */
function minutesOf(g: (string | undefined)[]): number | null {
  const [hour, minute, half, hh, mm] = g;
  if (hh !== undefined) return Number(hh) * 60 + Number(mm);
  let hr = Number(hour);
  const min = minute === undefined ? 0 : Number(minute);
  // a bare number before a zone is a clock time only with minutes or a.m./p.m. ("5 GMT" is not)
  if (minute === undefined && !half) return null;
  if (half) {
    if (hr < 1 || hr > 12) return null;
    hr = (hr % 12) + (half.toLowerCase() === "p" ? 12 : 0);
  }
  return hr < 24 && min < 60 ? hr * 60 + min : null;
}

const mod = (m: number) => ((m % DAY) + DAY) % DAY;

export function clockTimes(sentence: string): ClockTime[] {
  const out: ClockTime[] = [];
  for (const m of sentence.matchAll(ZONED)) {
    const minutes = minutesOf(m.slice(1, 6));
    if (minutes === null) continue;
    const [lo, hi] = TIME_ZONES[m[6]];
    const before = LOCAL_BEFORE.exec(sentence.slice(0, m.index));
    const local = before ? minutesOf(before.slice(1, 6)) : minutes;
    out.push({ text: m[0], at: m.index!, end: m.index! + m[0].length, utc: [mod(minutes - hi), mod(minutes - lo)], local });
  }
  return out;
}

/** Minutes from a to b around the clock, the shorter way. */
const apart = (a: number, b: number) => Math.min(mod(a - b), mod(b - a));

/** Within this many minutes two times can be one moment said roughly ("around 9:40", "9:33"). */
const SLACK = 10;

/** Two zoned times can be one moment when their spans of the UTC day come within SLACK minutes. */
export function clockCompatible(a: [number, number], b: [number, number]): boolean {
  const inside = (m: number, [lo, hi]: [number, number]) => mod(m - lo) <= mod(hi - lo);
  if (inside(a[0], b) || inside(b[0], a)) return true;
  return Math.min(apart(a[0], b[1]), apart(a[1], b[0]), apart(a[0], b[0]), apart(a[1], b[1])) <= SLACK;
}
