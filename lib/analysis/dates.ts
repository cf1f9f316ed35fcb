// Date claims: chrono-node (en, casual) composed with our own parsers and
// refiners, the chrono way. Our parsers cover what chrono misses or reads
// wrongly in news text: bare years with a cue ("in 1928", "(1928)"), year
// ranges ("(1861-1865)", "from 2019 to 2021"), parts of months ("early May"),
// periods ("last week", "earlier this month", "over the weekend") and dates
// relative to another event ("a day earlier", "the day before"), which are
// resolved against the nearest dated event mentioned before them.
// Refiners drop durations ("for six months"), times alone ("10:39") and
// lower-case month words ("may"). A bare weekday means the most recent such day
// on or before the reference date: news reports past events.
import * as chrono from "chrono-node";
import type { ParsedResult, Parser, ParsingContext, ParsingOption, Refiner, ParsingResult } from "chrono-node";
import type { AnalysisContext, DateClaim, DateGranularity, DateScan, DateSlots, Doc, Sentence } from "./types";
import { sentenceAt, tokenIndexAt } from "./nlp";
import { headEntityName, isNounish, isPossessiveMark, npEndingAt, npStartingAt, properRun, spanText, subjectOf, trimDet, type TokenSpan } from "./phrases";
import { EVENT_NOUNS } from "./lexicons/event-nouns";
import { MONTH_PATTERN, monthIndex } from "./lexicons/calendar";

// ---------------------------------------------------------------- parsers

const YEAR = "(1[0-9]\\d\\d|20\\d\\d)";

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
};

/** Tags carry the extra meaning of our results through chrono's refiners. */
const TAG = {
  year: "parallax/year",
  range: "parallax/yearRange",
  month: "parallax/month",
  anchor: "parallax/anchor", // + ":" + unit + ":" + signed count + ":" + mode (shift|period)
  period: "parallax/period", // + ":" + unit + ":" + offset (+ ":since" for "earlier this week")
} as const;

function result(context: ParsingContext, index: number, text: string, start: Record<string, number>, end?: Record<string, number>, tag?: string): ParsingResult {
  const r = context.createParsingResult(index, text, start, end);
  if (tag) r.addTag(tag);
  return r;
}

/** "(1861-1865)", "1861–65", "from 2019 to 2021", "between 2019 and 2021", "in 2019 or 2020" (one of them) */
// Patterns are compiled once: chrono calls pattern() on every parse and only exec()s the
// (non-global) result, so sharing one RegExp is safe.
const YEAR_RANGE_RE = new RegExp(`(?<![\\w$£€.,+-])(?:(from|between)\\s+)?(\\(?)${YEAR}\\s*(?:[-–—]|\\s(?:to|and|or|until|till|through|thru)\\s)\\s*(1[0-9]\\d\\d|20\\d\\d|\\d\\d)(\\)?)(?![\\w%'’-]|[.,]\\d)`, "i");
const yearRangeParser: Parser = {
  pattern: () => YEAR_RANGE_RE,
  extract(context, m) {
    const cue = m[1]?.toLowerCase();
    const sep = m[0].replace(/^\D*\d{4}/, "").replace(/\d+\)?$/, "").trim().toLowerCase();
    if (sep === "and" && cue !== "between") return null;
    // "in 2016 or 17 people": a second year after "or" is written out
    if (sep === "or" && m[4].length !== 4) return null;
    if ((sep === "to" || sep === "or" || sep === "until" || sep === "till" || sep === "through" || sep === "thru") && !cue && !m[2]) {
      // "2019 to 2021" needs a cue or brackets to be a range of years, not a count
      if (!/\bin\s*$|\bfrom\s*$|\bduring\s*$/i.test(context.text.slice(Math.max(0, (m.index ?? 0) - 8), m.index))) return null;
    }
    const y1 = +m[3];
    let y2 = +m[4];
    if (m[4].length === 2) y2 = Math.floor(y1 / 100) * 100 + y2;
    if (!(y2 > y1) || y2 - y1 > 200) return null;
    let index = m.index ?? 0;
    let text = m[0];
    if (m[2] && !m[5]) { index += 1; text = text.replace("(", ""); }
    return result(context, index, text, { year: y1, month: 1, day: 1 }, { year: y2, month: 12, day: 31 }, TAG.range);
  },
};

/** "in 1928", "since 2019", "(1928)", "mid-2024", "the 2020 election" */
const YEAR_RE = new RegExp(
  `(?<![\\w$£€.,-])(?:(?:(in|since|by|until|till|before|after|during|from|of|through|throughout|early|late|mid|mid-|spring|summer|autumn|fall|winter|around|circa|year|the|a|its|their|his|her)[ \\t]+(?:the[ \\t]+year[ \\t]+)?)|(mid-)|(\\())${YEAR}(?![\\d%]|['’]?s\\b|,\\d|\\s*[-–]\\s*\\d)`,
  "i",
);
const yearParser: Parser = {
  pattern: () => YEAR_RE,
  extract(context, m) {
    const cue = (m[1] ?? m[2] ?? m[3] ?? "").toLowerCase();
    const year = +m[4];
    const after = context.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 24);
    if (cue === "(" && !/^\s*[),;]/.test(after)) return null;
    if (/^(the|a|its|their|his|her)$/.test(cue)) {
      // a year used as a modifier: "the 2020 election", not "the 2000 troops"
      if (!/^\s+[a-z]/.test(after) || /^\s+(troops|people|soldiers|men|women|children|members|votes|dollars|km|miles|units|cases|deaths)\b/i.test(after)) return null;
    } else if (/^\s+(troops|people|soldiers|lives|dollars|km|miles|cases|deaths)\b/i.test(after)) return null;
    const keepCue = /^(early|late|mid|mid-|spring|summer|autumn|fall|winter|\()$/.test(cue);
    const start = keepCue ? (m.index ?? 0) : (m.index ?? 0) + m[0].indexOf(m[4]);
    const close = cue === "(" && after.startsWith(")") ? 1 : 0;
    const text = context.text.slice(start, (m.index ?? 0) + m[0].length + close);
    return result(context, start, text, { year, month: 1, day: 1 }, undefined, TAG.year);
  },
};

/** "early May", "mid-March 2024", "late December" */
const PART_OF_MONTH_RE = new RegExp(`\\b(early|mid|late|mid-)\\s*${MONTH_PATTERN}\\b(?:,?\\s+${YEAR})?`, "i");
const partOfMonthParser: Parser = {
  pattern: () => PART_OF_MONTH_RE,
  extract(context, m) {
    const month = monthIndex(m[2]);
    if (!month || !/^[A-Z]/.test(m[2])) return null;
    const comps: Record<string, number> = { month, day: 1 };
    if (m[3]) comps.year = +m[3];
    const r = context.createParsingResult(m.index ?? 0, m[0]);
    r.start.assign("month", month);
    r.start.imply("day", 1);
    if (m[3]) r.start.assign("year", +m[3]);
    else r.start.imply("year", impliedYearForMonth(context.refDate, month));
    r.addTag(TAG.month);
    return r;
  },
};

function impliedYearForMonth(ref: Date, month: number): number {
  // the closest occurrence, like chrono: more than 6 months ahead means last year
  const y = ref.getUTCFullYear();
  const diff = month - (ref.getUTCMonth() + 1);
  return diff > 6 ? y - 1 : diff < -6 ? y + 1 : y;
}

const UNIT = "(day|week|month|year|night|morning|afternoon|evening|weekend)";

/** "a day earlier", "two days later", "the day before", "the previous week", "the next day", "that day" */
const ANCHORED_RE = new RegExp(
    `\\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+(day|week|month|year)s?\\s+(earlier|later|before|after|prior|previously)` +
      `|the\\s+${UNIT}\\s+(before|after|prior)` +
      `|the\\s+(previous|prior|following|next|preceding|same)\\s+${UNIT}` +
      `|(that|the same)\\s+(day|morning|evening|night|afternoon))\\b`,
    "i",
  );
const anchoredParser: Parser = {
  pattern: () => ANCHORED_RE,
  extract(context, m) {
    const text = m[0];
    let unit: string;
    let n: number;
    let mode = "shift";
    if (m[1]) {
      n = NUMBER_WORDS[m[1].toLowerCase()] ?? +m[1];
      unit = m[2].toLowerCase();
      if (/^(earlier|before|prior|previously)$/i.test(m[3])) n = -n;
      // "two days before the vote" points at the vote, which we may not have dated: still the nearest event
    } else if (m[4]) {
      unit = m[4].toLowerCase();
      n = /^after$/i.test(m[5]) ? 1 : -1;
      if (unit !== "day" && unit !== "week" && unit !== "month" && unit !== "year") { unit = "day"; }
      if (unit !== "day") mode = "period";
    } else if (m[6]) {
      unit = m[7].toLowerCase();
      const w = m[6].toLowerCase();
      n = w === "same" ? 0 : /^(previous|prior|preceding)$/.test(w) ? -1 : 1;
      if (unit !== "day" && unit !== "week" && unit !== "month" && unit !== "year") { unit = "day"; }
      if (unit !== "day") mode = "period";
    } else {
      unit = "day";
      n = 0;
    }
    if (unit === "weekend") unit = "week";
    // "over the next week", "for the following month": a span of time from some moment, not a date
    if (m[6] && /^(next|following|previous|preceding|prior)$/i.test(m[6]) && /\b(over|for|within|throughout)\s+$/i.test(context.text.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) return null;
    const r = context.createParsingResult(m.index ?? 0, text);
    const ref = context.refDate;
    const d = shift(ymd(ref), unit, n);
    r.start.assign("year", d.y).assign("month", d.m).assign("day", d.d);
    // "the next week", "the day before", "that day" point back at an event of the text (anaphora),
    // unlike a count ("a day earlier") or a deictic "next week", which the article's own day may anchor
    r.addTag(`${TAG.anchor}:${unit}:${n}:${mode}${m[1] ? "" : ":anaphoric"}`);
    return r;
  },
};

/** "last week", "this month", "earlier this year", "over the weekend", "last year", "next month" */
const periodParser: Parser = {
  pattern: () => /\b(?:(earlier|later)\s+)?(this|last|next|past|the)\s+(week|month|year|weekend)\b/i,
  extract(context, m) {
    const which = m[2].toLowerCase();
    const unit = m[3].toLowerCase();
    if (which === "the" && unit !== "weekend") return null;
    if (which === "past" && unit !== "weekend") return null; // "the past week" is a duration
    const before = context.text.slice(Math.max(0, (m.index ?? 0) - 12), m.index);
    if (/\b(the|for|over|during|within|throughout|in)\s+$/i.test(before) && which !== "the" && unit !== "weekend") return null;
    const offset = which === "last" ? -1 : which === "next" ? 1 : 0;
    const r = context.createParsingResult(m.index ?? 0, m[0]);
    const d = ymd(context.refDate);
    r.start.assign("year", d.y).assign("month", d.m).assign("day", d.d);
    r.addTag(`${TAG.period}:${unit}:${which === "the" ? 0 : offset}${m[1] && m[1].toLowerCase() === "earlier" ? ":since" : ""}`);
    return r;
  },
};

// ---------------------------------------------------------------- refiners

const DIRECTION = /\b(ago|earlier|later|before|after|last|next|this|previous|prior|following|from now|yesterday|today|tomorrow|tonight)\b/i;
const CASUAL_OK = /^(today|tonight|yesterday|tomorrow|this (morning|afternoon|evening)|last night|yesterday (morning|afternoon|evening))$/i;

/** Parse options carrying the list where the refiner records the times and dates it drops, for the number stage. */
type NewsOption = ParsingOption & { dropped: Array<[number, number]> };
const keepSpan = (context: ParsingContext, r: ParsingResult) =>
  (context.option as NewsOption).dropped?.push([r.index, r.index + r.text.length]);

/** A weekday abbreviation standing alone is mostly another word: "the sun", "The Sun", "sat down", "they wed". */
const LONE_WEEKDAY_ABBREVIATION = /^(?:on\s+)?(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)[.,]?$/i;
/** Counts of seconds, minutes or hours ("two hours later", "at the last minute") place a moment of a day the text dates, if at all. */
const WITHIN_A_DAY = /\b(?:seconds?|minutes?|hours?)\b/i;
/** Words in capitals without a digit: "TODAY", "SUNDAY", "LAST NIGHT". */
const SHOUTED_WORDS = /^(?=.*\p{Lu}\p{Lu})[^\p{Ll}\d]+$/u;
/** Round the clock, not the 24th of July. */
const ROUND_THE_CLOCK = /^24\/7$/;

const FUTURE_CUE = /\b(will|would|shall|next|scheduled|plans?|planned|due|deadline|by|until|upcoming|expected|set to|going to|ahead of|before)\b/i;

const newsRefiner: Refiner = {
  refine(context, results) {
    return results.filter((r) => {
      const tags = r.tags();
      let ours = false;
      for (const t of tags) if (t.startsWith("parallax/")) ours = true;
      if (ours) return true;
      const text = r.text;
      const s = r.start;
      // chrono reads "Sept. 14 amid" as September at 14:00 ("14 am-"): the number is the day
      const md = /^[A-Za-z]{3,9}\.?\s+(\d{1,2})$/.exec(text);
      if (md && s.isCertain("month") && !s.isCertain("day") && monthIndex(text.split(/[\s.]/)[0]) === s.get("month") && +md[1] >= 1 && +md[1] <= 31) {
        s.assign("day", +md[1]);
      }
      // the end of a longer figure ("8,000 years ago" read from "000"), a weekday's abbreviation on its own, "24/7"
      if (/^\d/.test(text) && /[\d,.]/.test(context.text.charAt(r.index - 1))) return false;
      if (LONE_WEEKDAY_ABBREVIATION.test(text) || ROUND_THE_CLOCK.test(text)) return false;
      // a day's word in capitals without a number is a name or a heading ("USA TODAY", "FRIDAY NIGHT LIVE")
      if (SHOUTED_WORDS.test(text)) return false;
      const hasDate = s.isCertain("day") || s.isCertain("weekday") || s.isCertain("month") || s.isCertain("year");
      // times alone ("10:39", "6 p.m.") and "now"
      if (!hasDate && !CASUAL_OK.test(text.replace(/^(on|at|in)\s+/i, ""))) {
        // "10 to 12" is a range of numbers to the number stage, not ten to noon
        if (/\d[:.]\d\d|\b[ap]\.?m\b|o'clock|noon|midnight/i.test(text)) keepSpan(context, r);
        return false;
      }
      // lower-case month words are verbs/modals: "may", "march"
      if (/\b(may|march)\b/.test(text) && !s.isCertain("year") || /\b(june|august)\b/.test(text) && !s.isCertain("day") && !s.isCertain("year")) return false;
      // from here on, what is dropped is still a date or time to the number stage
      if (!tags.has("result/relativeDate")) keepSpan(context, r);
      // durations: "for six months", "two decades"
      if (tags.has("result/relativeDate")) {
        // "two hours later" is a time of the day of some event, not the article's own day: a time to the number stage
        if (WITHIN_A_DAY.test(text)) {
          keepSpan(context, r);
          return false;
        }
        // "20,000 years ago" is prehistory, not a year of our calendar
        if (/\d,\d{3}|\d{4}/.test(text)) return false;
        // "after three years" (of talks, in office) is a span of time, not three years from today
        if (/^(for|over|during|within|throughout|lasting|after)\b/i.test(text)) return false;
        if (!DIRECTION.test(text)) return false;
        const before = context.text.slice(Math.max(0, r.index - 16), r.index);
        if (/\b(the|for|over|during|within|throughout|past)\s+$/i.test(before)) return false;
      }
      return true;
    });
  },
};

const isOurs = (r: ParsingResult) => {
  for (const t of r.tags()) if (t.startsWith("parallax/")) return true;
  return false;
};

const parser = chrono.casual.clone();
parser.parsers.unshift(yearRangeParser, anchoredParser, periodParser, partOfMonthParser, yearParser);
// chrono's UnlikelyFormatFilter drops results made of digits only ("1928"): ours are vetted by their cues
parser.refiners = parser.refiners.map((refiner) =>
  refiner.constructor.name === "UnlikelyFormatFilter"
    ? { refine: (context: ParsingContext, results: ParsingResult[]) => {
        const kept = new Set(refiner.refine(context, results.filter((r) => !isOurs(r))));
        return results.filter((r) => isOurs(r) || kept.has(r));
      } }
    : refiner,
);
parser.refiners.push(newsRefiner);

// ---------------------------------------------------------------- calendar helpers

interface YMD { y: number; m: number; d: number }
const ymd = (date: Date): YMD => ({ y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() });
const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const fmt = (v: YMD) => `${pad(v.y, 4)}-${pad(v.m)}-${pad(v.d)}`;
const parseYmd = (s: string): YMD => ({ y: +s.slice(0, 4), m: +s.slice(5, 7), d: +s.slice(8, 10) });
const toDate = (v: YMD) => new Date(Date.UTC(v.y, v.m - 1, v.d));

function shift(v: YMD, unit: string, n: number): YMD {
  const d = toDate(v);
  if (unit === "day") d.setUTCDate(d.getUTCDate() + n);
  else if (unit === "week") d.setUTCDate(d.getUTCDate() + 7 * n);
  else if (unit === "month") d.setUTCMonth(d.getUTCMonth() + n);
  else if (unit === "year") d.setUTCFullYear(d.getUTCFullYear() + n);
  return ymd(d);
}

/** Monday of the week containing v (ISO weeks). */
function weekStart(v: YMD): YMD {
  const d = toDate(v);
  const dow = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dow);
  return ymd(d);
}

const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const isWeekend = (v: YMD) => toDate(v).getUTCDay() % 6 === 0;

interface Resolved { date: string; end?: string; granularity: DateGranularity }

function periodValue(base: YMD, unit: string, offset: number, since: boolean): Resolved {
  if (unit === "year") {
    const y = base.y + offset;
    if (since) return { date: `${pad(y, 4)}-01-01`, end: fmt(base), granularity: "range" };
    return { date: `${pad(y, 4)}-01-01`, granularity: "year" };
  }
  if (unit === "month") {
    const v = shift({ ...base, d: 1 }, "month", offset);
    if (since) return { date: fmt(v), end: fmt(base), granularity: "range" };
    return { date: fmt(v), granularity: "month" };
  }
  if (unit === "weekend") {
    // the most recent Saturday-Sunday on or before the base (or the coming one for "next")
    const d = toDate(base);
    const dow = d.getUTCDay();
    const back = dow === 0 ? 1 : (dow + 1) % 7;
    d.setUTCDate(d.getUTCDate() - back + (offset > 0 ? 7 : offset < 0 && dow !== 6 && dow !== 0 ? -7 : 0));
    const sat = ymd(d);
    return { date: fmt(sat), end: fmt(shift(sat, "day", 1)), granularity: "range" };
  }
  const mon = shift(weekStart(base), "week", offset);
  if (since) return { date: fmt(mon), end: fmt(base), granularity: "range" };
  // at a weekend the working week just ended is "last week" as well as "this week": said on a
  // Saturday or a Sunday, "last week" runs from the Monday a week before up to that day
  if (offset === -1 && isWeekend(base)) return { date: fmt(mon), end: fmt(base), granularity: "range" };
  return { date: fmt(mon), end: fmt(shift(mon, "day", 6)), granularity: "range" };
}

/** How coarse a grain is; an anchor must be no coarser than the unit counted from it. */
const GRAIN_RANK: Record<DateGranularity, number> = { day: 0, month: 1, year: 2, range: 3 };
const unitRank = (unit: string) => (unit === "year" ? 2 : unit === "month" ? 1 : 0);

// ---------------------------------------------------------------- datelines

const DATELINE = /\b(published|updated|created|posted|modified|last updated|first published)\b[^.!?\n]{0,20}?:|\b(published|updated|posted)\s+(on|at)\b/i;

function inDateline(doc: Doc, offset: number): boolean {
  const s = sentenceAt(doc, offset);
  if (!s) return false;
  const para = doc.paragraphs[s.paragraph];
  const text = para ? doc.text.slice(para.start, para.end) : s.text;
  if (!DATELINE.test(text)) return false;
  // a dateline is short or made of "|"-separated fields
  return text.length < 160 || /\|/.test(text);
}

// ---------------------------------------------------------------- events

const CLAUSE_BREAK = new Set([",", ";", ":", "—", "–", "(", ")", "\"", "“", "”"]);
const STOP_EVENT_LEFT = new Set(["that", "which", "who", "because", "while", "when", "as", "after", "before", "if", "although"]);

function tokenText(doc: Doc, a: number, b: number): string {
  return doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end);
}

/** A few words after a verb: its object up to the first noun head (max 7 tokens). */
function objectAfter(doc: Doc, v: number, hi: number, skipA: number, skipB: number): number {
  let i = v + 1;
  let last = v + 1;
  let n = 0;
  // particles: "turned down"
  while (i < hi && n < 8) {
    if (i >= skipA && i < skipB) { i = skipB; continue; }
    const t = doc.tokens[i];
    if (t.pos === "PUNCT" || t.pos === "CCONJ") break;
    if (n === 0 && (t.norm === "that" || t.norm === "on")) { i++; continue; }
    i++;
    n++;
    last = i;
    if (isNounish(t) && !(i < hi && (isNounish(doc.tokens[i]) || isPossessiveMark(doc.tokens[i])))) break;
  }
  return last;
}

function eventFor(ctx: ScanContext, sent: Sentence, a: number, b: number): string | null {
  const doc = ctx.doc;
  const lo = sent.tokenStart;
  const hi = sent.tokenEnd;
  const toks = doc.tokens;
  // "(1861-1865)" after a name: the named event
  const paren = toks[a].text === "(" ? a : a - 1 >= lo && toks[a - 1].text === "(" ? a - 1 : -1;
  if (paren > lo) {
    let np = npEndingAt(doc, paren - 1, lo);
    if (np) {
      if (np.a - 2 >= lo && toks[np.a - 1].norm === "of" && isNounish(toks[np.a - 2])) {
        const head = npEndingAt(doc, np.a - 2, lo);
        if (head) np = { a: head.a, b: np.b };
      }
      return spanText(doc, trimDet(doc, np));
    }
  }
  // "a June 9 meeting between the two ministers"
  if (b < hi && isNounish(toks[b]) && a - 1 >= lo && toks[a - 1].pos === "DET") {
    let e = b;
    while (e < hi && isNounish(toks[e])) e++;
    if (e < hi && /^(between|with)$/.test(toks[e].norm)) {
      const np = npStartingAt(doc, e + 1, hi);
      if (np) e = np.b;
    }
    return tokenText(doc, b, e);
  }
  // nearest governing word to the left within the clause: a verb or an event noun
  for (let i = a - 1; i >= lo; i--) {
    const t = toks[i];
    if (CLAUSE_BREAK.has(t.text) || STOP_EVENT_LEFT.has(t.norm) && t.pos !== "ADP" && t.pos !== "DET") break;
    if (t.pos === "NOUN" && EVENT_NOUNS.has(t.norm)) {
      const np = npEndingAt(doc, i, lo);
      let e = i + 1;
      if (e < a && /^(with|between)$/.test(toks[e].norm)) {
        const np2 = npStartingAt(doc, e + 1, a);
        if (np2) e = np2.b;
      }
      if (!np) continue;
      // "speaking at a town hall Thursday": the verb governs the event noun
      const p = np.a - 1;
      if (p - 1 >= lo && toks[p].pos === "ADP" && toks[p - 1].pos === "VERB" && toks[p - 1].norm !== "according") {
        return verbEvent(ctx, sent, p - 1, a, b, e);
      }
      return tokenText(doc, trimDet(doc, np).a, e);
    }
    if (t.pos === "VERB" && t.norm !== "according") return verbEvent(ctx, sent, i, a, b);
  }
  // else the first verb to the right: "On Saturday, X said ..."
  for (let i = b; i < hi; i++) {
    const t = toks[i];
    if (t.pos === "VERB") return verbEvent(ctx, sent, i, a, b);
  }
  return null;
}

function verbEvent(ctx: ScanContext, sent: Sentence, v: number, a: number, b: number, until?: number): string {
  const doc = ctx.doc;
  // the words leading into the date belong to it: "signed on the 6th", "ended in mid-April", "jumped late last year"
  while (a - 1 > v && /^(on|in|at|the|of|late|early|mid|during|since|by)$/.test(doc.tokens[a - 1].norm)) a--;
  const subj = subjectOf(doc, v, sent.tokenStart);
  const end = until ?? objectAfter(doc, v, sent.tokenEnd, a, b);
  let verbStart = v;
  // keep auxiliaries and negation with the verb: "had turned down", "did not confirm"
  while (verbStart - 1 >= sent.tokenStart && (doc.tokens[verbStart - 1].pos === "AUX" || doc.tokens[verbStart - 1].norm === "not" || doc.tokens[verbStart - 1].norm === "n't")) verbStart--;
  const parts: string[] = [];
  if (subj && (subj.span.b <= verbStart || subj.span.a > v)) parts.push(actorText(ctx, subj.span));
  const vp: string[] = [];
  for (let i = verbStart; i < end; i++) {
    if (i >= a && i < b) continue;
    const t = doc.tokens[i];
    vp.push(t.text + (t.space ? " " : ""));
  }
  parts.push(vp.join("").trim());
  return parts.join(" ").replace(/\s+/g, " ").trim();
}

/** Entity name when known, else the proper-noun run at the end of the phrase, else the phrase. */
export function actorText(ctx: ScanContext, span: TokenSpan): string {
  const doc = ctx.doc;
  const name = headEntityName(ctx, doc, span);
  if (name) return name;
  const run = properRun(doc, span);
  return spanText(doc, run ?? trimDet(doc, span));
}

// ---------------------------------------------------------------- extraction

/** What reading the dates needs: everything the pipeline computes before them. */
export type ScanContext = Omit<AnalysisContext, "dates">;

const FALLBACK_REF = new Date(Date.UTC(2000, 0, 1, 12));

export function extractDates(ctx: AnalysisContext): DateClaim[] {
  return ctx.dates.claims.map((c) => ({ ...c, date: { ...c.date } }));
}

/** Dates and the spans they occupy, read once per article (the number stage reads the spans). */
export function scanDates(ctx: ScanContext): DateScan {
  const doc = ctx.doc;
  const ref = ctx.referenceDate;
  const hasRef = !!ref && ctx.referenceSource !== "none";
  const refSource: DateSlots["reference"] = hasRef ? ctx.referenceSource : "none";
  // chrono reads the reference in UTC: our reference's UTC fields are the local wall clock
  const masks: Array<[number, number]> = [];
  const option: NewsOption = { forwardDate: false, dropped: masks };
  // a month's name that is someone's surname ("Ana May, 40,") is neither a date nor a date's span
  const results: ParsedResult[] = parser.parse(doc.text, { instant: hasRef ? ref! : FALLBACK_REF, timezone: 0 }, option)
    .filter((r) => !inPersonName(ctx, r.index));
  for (let k = masks.length - 1; k >= 0; k--) if (inPersonName(ctx, masks[k][0])) masks.splice(k, 1);
  const claims: DateClaim[] = [];
  const refYmd = hasRef ? ymd(ref!) : null;
  const { sentenceOf } = doc;
  const sentOfClaim: number[] = [];

  for (const r of results) {
    const start = r.index;
    const end = r.index + r.text.length;
    masks.push([start, end]);
    if (inDateline(doc, start)) continue;
    const phrase = r.text.replace(/[\s,;:.]+$/, "");
    const ti = tokenIndexAt(doc, start);
    if (ti >= doc.tokens.length) continue;
    const si = sentenceOf[ti];
    if (si < 0) continue;
    const sent = doc.sentences[si];
    let tb = ti;
    while (tb < doc.tokens.length && doc.tokens[tb].start < end) tb++;
    const tags = r.tags();
    let resolved: Resolved | null = null;
    let reference: DateSlots["reference"] = "none";
    const s = r.start;
    const tagList = [...tags];
    const anchorTag = tagList.find((t) => t.startsWith(TAG.anchor + ":"));
    const periodTag = tagList.find((t) => t.startsWith(TAG.period + ":"));
    if (tags.has(TAG.range)) {
      resolved = { date: `${pad(s.get("year")!, 4)}-01-01`, end: `${pad(r.end!.get("year")!, 4)}-12-31`, granularity: "range" };
    } else if (tags.has(TAG.year)) {
      resolved = { date: `${pad(s.get("year")!, 4)}-01-01`, granularity: "year" };
    } else if (anchorTag) {
      const [, unit, nStr, mode, anaphoric] = anchorTag.slice(TAG.anchor.length).split(":");
      const n = +nStr;
      // the nearest event before, in the same or the previous sentence, dated at least as finely
      // as the count: "three years later" counts from "in 1987", "a day later" needs a day
      let anchor: DateClaim | null = null;
      let coarser = false;
      for (let k = claims.length - 1; k >= 0; k--) {
        if (sentOfClaim[k] < si - 1) break;
        if (GRAIN_RANK[claims[k].date.granularity] <= unitRank(unit)) { anchor = claims[k]; break; }
        coarser = true;
      }
      let base: YMD | null = null;
      if (anchor) { base = parseYmd(anchor.date.date); reference = "event"; }
      // the article's own date stands for its news of the day, so it may anchor a count of days or
      // weeks; months or years "later" or "before" count from an event the text does not date, and
      // so does a count of days after an event dated only to its year or month ("in 1998. A day later");
      // an anaphoric form ("the following week") names its event's time, never the article's own
      else if (refYmd && !anaphoric && !(mode === "shift" && (coarser || unit === "month" || unit === "year"))) { base = refYmd; reference = refSource; }
      if (!base) continue;
      if (mode === "period") resolved = periodValue(base, unit, n, false);
      else if (anchor && anchor.date.granularity !== "day") {
        // counted from a year or a month, the date is known to that grain only
        const g = anchor.date.granularity;
        const v = shift(base, unit, n);
        resolved = { date: g === "year" ? `${pad(v.y, 4)}-01-01` : `${pad(v.y, 4)}-${pad(v.m)}-01`, granularity: g };
      } else resolved = { date: fmt(shift(base, unit, n)), granularity: "day" };
    } else if (periodTag) {
      if (!refYmd) continue;
      const [, unit, offStr, since] = periodTag.slice(TAG.period.length).split(":");
      resolved = periodValue(refYmd, unit, +offStr, since === "since");
      reference = refSource;
    } else {
      const yearKnown = s.isCertain("year");
      if (s.isCertain("weekday") && !s.isCertain("day")) {
        if (!refYmd) continue;
        resolved = { date: fmt(pastWeekday(refYmd, s.get("weekday")!, r.text)), granularity: "day" };
        reference = refSource;
      } else if (s.isCertain("day") || s.isCertain("month") || yearKnown || tags.has(TAG.month) || CASUAL_OK.test(r.text.replace(/^(on|at|in)\s+/i, ""))) {
        const relative = !yearKnown || tags.has("result/relativeDate");
        if (relative && !refYmd) continue;
        const v = { y: s.get("year")!, m: s.get("month")!, d: s.get("day")! };
        // a month and day without a year: news reports the past, so a date ahead of the
        // reference is last year's unless the sentence looks forward ("will", "by", "next")
        if (!yearKnown && refYmd && fmt(v) > fmt(refYmd) && !FUTURE_CUE.test(sent.text)) v.y -= 1;
        const g: DateGranularity = s.isCertain("day") || (!s.isCertain("month") && !yearKnown) ? "day" : s.isCertain("month") || tags.has(TAG.month) ? "month" : "year";
        const date = g === "day" ? fmt(v) : g === "month" ? `${pad(v.y, 4)}-${pad(v.m)}-01` : `${pad(v.y, 4)}-01-01`;
        resolved = { date, granularity: g };
        if (r.end) {
          const e = r.end;
          const ev = { y: e.get("year")!, m: e.get("month")!, d: e.get("day")! };
          const endDate = e.isCertain("day") ? fmt(ev) : `${pad(ev.y, 4)}-${pad(ev.m)}-${pad(lastDayOfMonth(ev.y, ev.m))}`;
          if (endDate > date) resolved = { date, end: endDate, granularity: "range" };
        }
        reference = relative ? refSource : "none";
      }
    }
    if (!resolved) continue;
    const slots: DateSlots = {
      date: resolved.date,
      ...(resolved.end ? { end: resolved.end } : {}),
      granularity: resolved.granularity,
      phrase,
      event: eventFor(ctx, sent, ti, tb),
      reference,
    };
    claims.push({ id: "", kind: "date", text: phrase, start, end: start + phrase.length, sentence: sent.text, date: slots });
    sentOfClaim.push(si);
  }
  return { claims, masks };
}

/** Does a person's name or surname (not a pronoun or description) cover this offset? */
function inPersonName(ctx: ScanContext, offset: number): boolean {
  for (const m of ctx.mentions) {
    if (m.start > offset) break;
    if (offset < m.end && m.entity.kind === "person" && (m.via === "name" || m.via === "surname")) return true;
  }
  return false;
}

/** The most recent given weekday on or before the reference ("last Friday": strictly before; "next": after). */
function pastWeekday(ref: YMD, weekday: number, text: string): YMD {
  const d = toDate(ref);
  const dow = d.getUTCDay();
  if (/\b(next|coming|following)\b/i.test(text)) {
    let diff = (weekday - dow + 7) % 7;
    if (diff === 0) diff = 7;
    d.setUTCDate(d.getUTCDate() + diff);
    return ymd(d);
  }
  let back = (dow - weekday + 7) % 7;
  if (back === 0 && /\blast\b/i.test(text)) back = 7;
  d.setUTCDate(d.getUTCDate() - back);
  return ymd(d);
}
