// Time-zone abbreviations as data: offset from UTC in minutes.
// "dst" marks generic North American names (ET, CT, MT, PT) whose offset depends on the date.
// Ambiguous abbreviations take their most common news usage (IST = India, BST = British Summer Time);
// AST (Atlantic / Arabia) and CST-as-China are left out or read the North American way.

export interface ZoneInfo {
  /** standard offset in minutes east of UTC */
  offset: number;
  /** offset during US daylight saving time, for generic names such as "ET" */
  dstOffset?: number;
}

export const ZONES: Readonly<Record<string, ZoneInfo>> = {
  UTC: { offset: 0 },
  GMT: { offset: 0 },
  Z: { offset: 0 },
  WET: { offset: 0 },
  WEST: { offset: 60 },
  BST: { offset: 60 },
  IRST: { offset: 210 },
  CET: { offset: 60 },
  CEST: { offset: 120 },
  MET: { offset: 60 },
  MEST: { offset: 120 },
  EET: { offset: 120 },
  EEST: { offset: 180 },
  MSK: { offset: 180 },
  WAT: { offset: 60 },
  CAT: { offset: 120 },
  SAST: { offset: 120 },
  EAT: { offset: 180 },
  GST: { offset: 240 },
  PKT: { offset: 300 },
  IST: { offset: 330 },
  NPT: { offset: 345 },
  BDT: { offset: 360 },
  ICT: { offset: 420 },
  WIB: { offset: 420 },
  HKT: { offset: 480 },
  SGT: { offset: 480 },
  PHT: { offset: 480 },
  AWST: { offset: 480 },
  JST: { offset: 540 },
  KST: { offset: 540 },
  ACST: { offset: 570 },
  ACDT: { offset: 630 },
  AEST: { offset: 600 },
  AEDT: { offset: 660 },
  NZST: { offset: 720 },
  NZDT: { offset: 780 },
  BRT: { offset: -180 },
  ART: { offset: -180 },
  NST: { offset: -210 },
  NDT: { offset: -150 },
  ADT: { offset: -180 },
  EST: { offset: -300 },
  EDT: { offset: -240 },
  ET: { offset: -300, dstOffset: -240 },
  CST: { offset: -360 },
  CDT: { offset: -300 },
  CT: { offset: -360, dstOffset: -300 },
  MST: { offset: -420 },
  MDT: { offset: -360 },
  MT: { offset: -420, dstOffset: -360 },
  PST: { offset: -480 },
  PDT: { offset: -420 },
  PT: { offset: -480, dstOffset: -420 },
  AKST: { offset: -540 },
  AKDT: { offset: -480 },
  HST: { offset: -600 },
};

/** Alternation of the known abbreviations, longest first, for building regular expressions. */
export const ZONE_PATTERN = Object.keys(ZONES)
  .filter((z) => z !== "Z")
  .sort((a, b) => b.length - a.length)
  .join("|");

/** Day of month of the n-th (1-based) Sunday of a month (month 1-12). */
function nthSunday(year: number, month: number, n: number): number {
  const firstDow = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const firstSunday = 1 + ((7 - firstDow) % 7);
  return firstSunday + 7 * (n - 1);
}

/** Whether a local date and hour fall inside US daylight saving time (2nd Sunday of March to 1st Sunday of November). */
export function isUsDst(year: number, month: number, day: number, hour = 12): boolean {
  if (month < 3 || month > 11) return false;
  if (month > 3 && month < 11) return true;
  if (month === 3) {
    const start = nthSunday(year, 3, 2);
    return day > start || (day === start && hour >= 2);
  }
  const end = nthSunday(year, 11, 1);
  return day < end || (day === end && hour < 2);
}

/**
 * Offset in minutes for a zone written in a dateline: an abbreviation ("IST", "ET"),
 * "GMT+5:30" / "UTC-4", or a numeric offset "+05:30" / "-0400". Null when unknown.
 */
export function zoneOffset(
  zone: string,
  date: { year: number; month: number; day: number; hour?: number },
): number | null {
  const z = zone.trim().replace(/[()]/g, "").toUpperCase();
  const numeric = /^(?:(?:GMT|UTC)\s*)?([+-])\s*(\d{1,2})(?::?(\d{2}))?$/.exec(z);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    if (minutes > 14 * 60) return null;
    return numeric[1] === "-" ? -minutes : minutes;
  }
  const info = ZONES[z];
  if (!info) return null;
  if (info.dstOffset !== undefined && isUsDst(date.year, date.month, date.day, date.hour)) {
    return info.dstOffset;
  }
  return info.offset;
}

/** "+05:30" style text for an offset in minutes. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const h = String(Math.floor(abs / 60)).padStart(2, "0");
  const m = String(abs % 60).padStart(2, "0");
  return `${sign}${h}:${m}`;
}
