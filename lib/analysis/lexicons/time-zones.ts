// Time-zone abbreviations news copy writes after a clock time ("9:14 a.m. PST", "0114 GMT"), with
// their offsets from UTC in minutes as [least, most]: a zone written without its season ("ET")
// may be standard or daylight time. Abbreviations that name several zones ("IST": India, Ireland,
// Israel; "CST": US Central, China) are left out: a clock time in them cannot be placed. BST is
// kept as British Summer Time, its usual sense in English-language news (a Bangladeshi outlet's
// BST, UTC+6, would be misplaced).
// General data, tested in tests/unit/analysis/lexicons.test.ts.

const h = (lo: number, hi = lo): readonly [number, number] => [lo * 60, hi * 60];

export const TIME_ZONES: Readonly<Record<string, readonly [number, number]>> = {
  GMT: h(0), UTC: h(0), BST: h(1), WET: h(0), WEST: h(1), CET: h(1), CEST: h(2), EET: h(2), EEST: h(3), MSK: h(3),
  EST: h(-5), EDT: h(-4), ET: h(-5, -4), CDT: h(-5), CT: h(-6, -5), MST: h(-7), MDT: h(-6), MT: h(-7, -6),
  PST: h(-8), PDT: h(-7), PT: h(-8, -7), AKST: h(-9), AKDT: h(-8), HST: h(-10),
  JST: h(9), KST: h(9), HKT: h(8), SGT: h(8), AEST: h(10), AEDT: h(11), NZST: h(12), NZDT: h(13),
};
