// The typed values one passage states: numbers and dates from the article's claims, and named
// bodies of water and blows dealt read from the sentence itself. A mention keeps the exact words
// it came from.

import type { Claim } from "../../analysis/types";
import { isContentWord, normWord, singular, stem, tokenize } from "../../analysis/text";
import { dateInterval, numberValue, numbersCompatible, spansMeet, type NumberValue } from "./values";
import { MONTH_PATTERN } from "../../analysis/lexicons/calendar";

/** A weekday's name, as a capturing pattern to build on. */
const WEEKDAY_PATTERN = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
import type { DateSlots } from "../../analysis/types";
import { casualtyClass } from "../slots";
import { measureClass, measureDefiners, measuredNoun } from "./measured";
import { clockCompatible, clockTimes } from "./clock";
import { lastWordsAgree, nameRuns } from "./names";
import { cityMentions } from "./cities";
import { BLOW_FIGURATIVE_NEXT, BLOW_VERBS, PLACE_KINDS } from "../../analysis/lexicons/comparison";

export type MentionType = "number" | "date" | "time" | "place" | "act" | "category" | "name";

export interface Mention {
  type: MentionType;
  /** what the value is of, for slot matching: "length", "count:ship", "date:year", "water" */
  dimension: string;
  /** the words that state the value, exactly as written */
  text: string;
  claimId: string | null;
  number?: NumberValue;
  date?: DateSlots;
  /**
   * A date as every pair of a story's dates compares it, read once (a story of 200 articles compares
   * its dates millions of times): its words in lower case without a leading on/in/at, the weekday
   * they name, and the first and last day it can be.
   */
  dateReading?: { words: string; weekday: string | null; span: [string, string] };
  /** a zoned clock time: the minutes of the UTC day it can be, and the local reading the sentence gives */
  time?: { utc: [number, number]; local: number | null };
  /** normalised place name */
  place?: string;
  /** a city described as a country's capital ("the French capital"), not named */
  described?: boolean;
  /** the blows a sentence says were dealt ("punch", "slap") */
  acts?: string[];
  /** what kind of place a named place is said to be: "settlement" of "the town of X" */
  category?: string;
  /** the last word of a multi-word name whose other words are the dimension ("array" of "Harbor Light Array") */
  name?: string;
  /** content-word stems around the value, each weighted by its nearness: what the value is said of */
  context: Map<string, number>;
  /** the content word right before the value, often what it is said with ("rose 15ft", "elected ... in 2003") */
  before?: string;
  /** the noun the value measures or counts, when written: "girl" of "a 9-year-old girl" */
  head?: string;
  /** the class of a listed measured noun ("earnings" of "$40 million in profit"): amounts of two classes are two figures */
  measure?: string;
  /** the words that say which measure a figure is ("effective", "median"): figures of other measures are two figures */
  definers?: string;
  /** the content-word stems of what a date's sentence quotes: the words said at that date */
  quoted?: string[];
  /** a running total (the dead, the injured) that later reports may raise */
  tally?: boolean;
  /** a running figure read at the moment of writing ("$1,480 ... on the day so far", "as of writing") */
  moment?: boolean;
  /** a count over every day up to or from a date ("on or before May 3", "to date"), not of one day */
  cumulative?: boolean;
}

/**
 * Named seas, oceans, gulfs and bays ("the Black Sea", "the Indian Ocean", "Gulf of Aden"):
 * places whose names exclude each other, so two outlets naming different ones disagree.
 */
const WATER = /\b(?:(?:Sea|Gulf|Bay|Strait|Straits)\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|(?:[A-Z][a-z]+\s+){1,2}(?:Ocean|Sea))\b/g;

/** Words that date nothing in particular: "now", "currently", "recently". */
const DEICTIC = /^(?:right )?(?:now|currently|recently|lately|soon|these days|at the moment|at present|nowadays)$/i;

/**
 * Words that give a figure as read at the moment of writing, which a report an hour later may not
 * share. "so far this year", "so far in 2016" bound a period instead ("the strongest quake so far this year").
 */
const MOMENT = /\b(?:so far(?! (?:this|in) )|(?:at|as of) (?:the time of )?writing|at press time|at last check)\b/i;

/**
 * A span running up to or from a date: a count over it ("12 firms filed on or before May 3") is of
 * more days than a count of the day itself ("nine firms filed on May 3"), so the two do not dispute.
 */
const CUMULATIVE = new RegExp(
  "\\b(?:on or (?:before|after)|or (?:earlier|later|sooner)|(?:up )?(?:to|through) and including|(?<!up )to date" +
  // "15 states have voted through Tuesday", "cases up to March 3": every day up to a named day
  `|(?:through|thru|up (?:to|until))\\s+(?:(?:this|last)\\s+)?(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN}\\s+\\d{1,2}\\b))\\b`, "i");

/**
 * A poll's margin of error right before or after a figure ("a margin of error of plus or minus 3
 * points", "a 4-point margin of error"). Each sample a poll reports (all adults, likely voters, a
 * subgroup) has its own margin, so two outlets' margins of one poll are mostly of two samples.
 */
const MARGIN_BEFORE = /\b(?:margins? of (?:sampling )?error|(?:sampling )?error margins?)\b[^.;,]*$/i;
const MARGIN_AFTER = /^[\s-]*(?:points?\s+)?(?:margins? of (?:sampling )?error|(?:sampling )?error margins?)\b/i;
/** How far before a figure a margin of error is looked for: "margin of error ... was plus or minus" */
const MARGIN_REACH = 80;

/** "since" right before a date: "every week since March", "ever since 1990". */
const SINCE = /\bsince\s+$/i;

/** Content words on each side of a value that say what it is of: "sank ... off the coast", "elected mayor in". */
const CONTEXT_WORDS = 8;
/** A word this many content words away from the value counts half as much as the nearest one. */
const HALF_DISTANCE = 2;

/** The words a date's sentence quotes count half, as a word HALF_DISTANCE content words from the date does. */
const QUOTED_WEIGHT = 0.5;

const contentStems = (s: string) => tokenize(s).map((t) => t.norm).filter((w) => w.length > 1 && !/^\d/.test(w) && isContentWord(w)).map((w) => stem(normWord(w)));

function contextAround(sentence: string, at: number, end: number): Map<string, number> {
  const before = contentStems(sentence.slice(0, at)).slice(-CONTEXT_WORDS).reverse();
  const after = contentStems(sentence.slice(end)).slice(0, CONTEXT_WORDS);
  const out = new Map<string, number>();
  for (const side of [before, after]) {
    side.forEach((w, d) => out.set(w, Math.max(out.get(w) ?? 0, HALF_DISTANCE / (HALF_DISTANCE + d))));
  }
  // a score or record elsewhere in the sentence ("went 9-6-2 in 2011", "a 52-48 vote") names the
  // game, season or vote the value is of, as a rare word would
  for (const m of sentence.matchAll(SCORE)) {
    if (m.index! + m[0].length <= at || m.index! >= end) out.set(`#${m[0]}`, Math.max(out.get(`#${m[0]}`) ?? 0, SCORE_WEIGHT));
  }
  return out;
}

/** Hyphenated figures: scores, records, tallies of a vote. */
const SCORE = /\b\d{1,3}(?:-\d{1,3}){1,2}\b/g;
/** A score counts as a word HALF_DISTANCE content words from the value does. */
const SCORE_WEIGHT = 0.5;

/** The content word right before a value, within its clause (no comma or bracket between). */
function wordBefore(sentence: string, at: number): string | undefined {
  const clause = sentence.slice(0, at).split(/[,;:()\u2014]/).pop() ?? "";
  return contentStems(clause).pop();
}

/**
 * What a count counts, with its modifiers: "female lions" and "lions", "other politicians"
 * and "politicians" are a part and a whole, not two readings of one figure.
 */
function countedKey(counts: string | null): string | null {
  if (!counts) return null;
  const ws = tokenize(counts).map((t) => t.norm).filter((w) => /^[a-z]/.test(w));
  return ws.length ? ws.map(singular).join(" ") : null;
}

/** The mentions of one sentence, from the article's claims in it (claim offsets are body offsets). */
export function mentionsOf(sentence: string, claims: Claim[]): Mention[] {
  const out: Mention[] = [];
  /** what the sentence quotes, read once for all of its dates */
  let quoted: string[] | undefined;
  for (const c of claims) {
    const at = Math.max(0, sentence.indexOf(c.text));
    if (c.kind === "number") {
      // a count of people killed or hurt is a running total that later reports may raise
      const casualty = casualtyClass(c);
      const v = numberValue(c.number, countedKey(c.number.counts));
      // spans of time in one story are mostly different spans ("two weeks" since one launch, "four days" since another)
      if (v && v.dimension !== "duration" && !isMarginOfError(sentence, at, at + c.text.length) && !isSupposed(sentence, at)) {
        const head = countedKey(c.number.counts)?.split(" ").pop();
        // an amount (a unit, nothing counted) is of the noun its words join it to: "$2 billion in revenue"
        const measure = head ? measureClass(head) : c.number.unit ? measuredNoun(sentence, at, at + c.text.length) : null;
        const definers = measureDefiners(sentence, at, at + c.text.length);
        out.push({
          type: "number", dimension: v.dimension, text: c.text, claimId: c.id, number: v, context: contextAround(sentence, at, at + c.text.length),
          before: wordBefore(sentence, at), ...(head ? { head } : {}), ...(measure ? { measure } : {}), ...(definers ? { definers } : {}), ...(casualty ? { tally: true } : {}),
          // a toll "so far" is a running total already: a later report's rise is an update (isUpdate), not another moment
          ...(!casualty && MOMENT.test(sentence) ? { moment: true } : {}),
          ...(CUMULATIVE.test(sentence) ? { cumulative: true } : {}),
        });
      }
    } else if (c.kind === "date" && dateGrain(c.date) && !DEICTIC.test(c.date.phrase.trim())) {
      // a year and a day are different slots ("in 2003" and "on Monday" of one sentence); a date
      // after "since" starts a period running to the present and dates no single event
      const since = SINCE.test(sentence.slice(0, at)) ? ":since" : "";
      const context = contextAround(sentence, at, at + c.text.length);
      // a date in a sentence that quotes someone dates those words: two outlets quoting them speak of one moment
      quoted ??= [...new Set(claims.flatMap((q) => (q.kind === "quote" ? contentStems(q.text) : [])))];
      for (const w of quoted) context.set(w, Math.max(context.get(w) ?? 0, QUOTED_WEIGHT));
      out.push({
        type: "date", dimension: `date:${dateGrain(c.date)}${since}`, text: c.text, claimId: c.id, date: c.date, dateReading: readDate(c.text, c.date), context,
        before: wordBefore(sentence, at), ...(quoted.length ? { quoted } : {}),
      });
    }
  }
  for (const m of sentence.matchAll(ORDINAL)) {
    // "May 4th", "the 20th century": a day of a month or a period, not a rank in a series
    if (MONTH_BEFORE.test(sentence.slice(0, m.index)) || /^\s+(?:century|centuries|anniversary|birthday)\b/i.test(sentence.slice(m.index! + m[0].length))) continue;
    const head = nounAfter(sentence.slice(m.index! + m[0].length));
    if (!head) continue;
    const value = Number(m[1]);
    out.push({
      type: "number", dimension: `rank:${head}`, text: m[0], claimId: null, head,
      number: { dimension: `rank:${head}`, lo: value, hi: value },
      context: contextAround(sentence, m.index!, m.index! + m[0].length),
    });
  }
  for (const t of clockTimes(sentence)) {
    out.push({
      type: "time", dimension: "time", text: t.text, claimId: null, time: { utc: t.utc, local: t.local },
      context: contextAround(sentence, t.at, t.end),
    });
  }
  for (const m of sentence.matchAll(WATER)) {
    const name = m[0].replace(/^(?:The|In|On|At|Into|From)\s+/, "");
    out.push({
      type: "place", dimension: "water", text: name, claimId: null, place: name.toLowerCase(),
      context: contextAround(sentence, m.index!, m.index! + m[0].length),
    });
  }
  for (const c of cityMentions(sentence)) {
    out.push({
      type: "place", dimension: "city", text: c.text, claimId: null, place: c.city, ...(c.described ? { described: true } : {}),
      context: contextAround(sentence, c.at, c.end),
    });
  }
  for (const m of sentence.matchAll(PLACE_KIND)) {
    const category = PLACE_KINDS[m[1].toLowerCase()];
    if (!category) continue;
    out.push({
      type: "category", dimension: `category:${m[2].toLowerCase()}`, text: m[0], claimId: null, category, head: m[2],
      context: contextAround(sentence, m.index!, m.index! + m[0].length),
    });
  }
  for (const n of nameRuns(sentence)) {
    out.push({ type: "name", dimension: `name:${n.stem}`, text: n.text, claimId: null, name: n.last, context: contextAround(sentence, n.at, n.end) });
  }
  const blows = blowsIn(sentence);
  if (blows.length) {
    const [at, end] = [blows[0].at, blows[blows.length - 1].end];
    out.push({
      type: "act", dimension: "act:blow", text: sentence.slice(at, end), claimId: null,
      acts: [...new Set(blows.map((b) => b.act))].sort(), context: contextAround(sentence, at, end),
    });
  }
  return out;
}

/** A figure stated as a poll's margin of error: a property of one sample, not a fact outlets report alike. */
/**
 * A figure in a clause that only supposes it: "whether she would get 90 percent", "if the toll
 * could reach 40", "asked if it might cost $5 million". It states no value, so it disputes none.
 */
const SUPPOSED = /\b(?:whether|if)\b[^,;:.!?()\u2014]*\b(?:would|could|might)\b[^,;:.!?()\u2014]*$/i;

export function isSupposed(sentence: string, at: number): boolean {
  return SUPPOSED.test(sentence.slice(0, at));
}

export function isMarginOfError(sentence: string, at: number, end: number): boolean {
  return MARGIN_BEFORE.test(sentence.slice(Math.max(0, at - MARGIN_REACH), at)) || MARGIN_AFTER.test(sentence.slice(end));
}

/** A week or a weekend is at most this many days from its first to its last ... */
const WEEK_DAYS = 7;
/** ... but said at a weekend, "last week" spans the week just ended as well (lib/analysis/dates.ts) */
const WEEK_WORD = /\bweek\b/i;

/**
 * The grain a date is compared at. A week or a weekend read from relative words ("approved last
 * week", "earlier this week") is a stretch of days an event is placed in, as a month is, and is
 * compared with months; longer spans (ranges of years, "earlier this year") are not compared.
 */
export function dateGrain(d: DateSlots): "day" | "month" | "year" | null {
  if (d.granularity !== "range") return d.granularity;
  const week = d.reference !== "none" && !!d.end &&
    ((Date.parse(d.end) - Date.parse(d.date)) / 86_400_000 <= WEEK_DAYS || WEEK_WORD.test(d.phrase));
  return week ? "month" : null;
}

/** Blow verbs of a sentence used literally ("punching a soldier", not "kicked off the season"). */
function blowsIn(sentence: string): { act: string; at: number; end: number }[] {
  const out: { act: string; at: number; end: number }[] = [];
  for (const m of sentence.matchAll(/\b[a-z]+\b/gi)) {
    const act = BLOW_VERBS[m[0].toLowerCase()];
    if (!act) continue;
    const next = /^\s*([a-z]+)/i.exec(sentence.slice(m.index! + m[0].length))?.[1]?.toLowerCase();
    if (next && BLOW_FIGURATIVE_NEXT.has(next)) continue;
    out.push({ act, at: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** "the town of Dover", "the island of Crete": the kind of place a name is said to be. */
const PLACE_KIND = /\b([a-z]+) of ((?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?)\b/g;

/** A rank written in digits: "the 12th race", "its 15th season". */
const ORDINAL = /\b(\d{1,4})(?:st|nd|rd|th)\b/g;
const MONTH_BEFORE = new RegExp(`\\b${MONTH_PATTERN}\\.?\\s+(?:the\\s+)?$`, "i");

/** The noun a rank is of: the last word of the words that follow it up to a function word ("annual charity race"). */
function nounAfter(rest: string): string | null {
  const ws: string[] = [];
  for (const t of tokenize(rest.split(/[,.;:!?()"\u201c\u201d]/)[0]).slice(0, 5)) {
    if (!/^[a-z]/.test(t.norm) || !isContentWord(t.norm)) break;
    ws.push(t.norm);
  }
  return ws.length ? singular(ws[ws.length - 1]) : null;
}

const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/;

/** A date's words, weekday and span, read once for all of its pairings (Mention.dateReading). */
function readDate(text: string, date: DateSlots): NonNullable<Mention["dateReading"]> {
  const words = text.toLowerCase().replace(/^(?:on|in|at) /, "");
  return { words, weekday: WEEKDAY.exec(words)?.[1] ?? null, span: dateInterval(date) };
}

/**
 * The same date words in two articles are one report, whatever day each article resolves them to
 * (its own date may be a crawl date): "on Friday" and "Friday", "on Saturday" and "Saturday afternoon".
 */
function sameWords(a: NonNullable<Mention["dateReading"]>, b: NonNullable<Mention["dateReading"]>): boolean {
  return a.words === b.words || (a.weekday !== null && a.weekday === b.weekday);
}

/**
 * Whether two mentions of one dimension are compared at all. Two named cities of a story are
 * mostly two places of it (where it happened, where a precedent was); a capital described, not
 * named ("the French capital"), is the writer's resolution of a name, which the city another
 * outlet names in the aligned sentence can contradict.
 */
export function compared(a: Mention, b: Mention): boolean {
  if (a.dimension !== "city") return true;
  return (!!a.described || !!b.described) && placeOfOneThing(a, b);
}

/** Two places said of the same thing: a word right around both ("the market in X", "the X market"). */
function placeOfOneThing(a: Mention, b: Mention): boolean {
  return [...a.context].some(([w, k]) => k >= NEAR_WEIGHT && (b.context.get(w) ?? 0) >= NEAR_WEIGHT);
}

/** The weight of a content word next to a value or one word from it: right around it. */
const NEAR_WEIGHT = HALF_DISTANCE / (HALF_DISTANCE + 1);

export function compatible(a: Mention, b: Mention): boolean {
  if (a.type !== b.type || a.dimension !== b.dimension) return false;
  switch (a.type) {
    case "number": return numbersCompatible(a.number!, b.number!);
    case "date": return sameWords(a.dateReading!, b.dateReading!) || spansMeet(a.dateReading!.span, b.dateReading!.span);
    case "time": return clockCompatible(a.time!.utc, b.time!.utc);
    case "place": return a.place === b.place;
    case "act": return a.acts!.some((x) => b.acts!.includes(x));
    case "category": return a.category === b.category;
    case "name": return lastWordsAgree(a.name!, b.name!);
  }
}
