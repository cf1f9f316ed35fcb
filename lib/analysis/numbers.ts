// Number claims: value (digits, number words, scales, "a dozen"), range upper
// bound, unit (percent, currency code, km, ...), qualifier ("more than",
// "nearly", "some", "or more") and what is counted ("37,000 lives",
// "9 people killed"). Reads the shared tokens; skips years, dates and times
// (spans the date stage saw), ordinals, phone numbers, list enumerations and
// numbers that are part of names ("COVID-19", "Section 230").
import type { AnalysisContext, Doc, NumberClaim, Sentence, Token } from "./types";
import {
  COUNT_NOUNS, COUNT_STATES, CURRENCY_ADJECTIVES, CURRENCY_SIGNS, CURRENCY_WORDS, MONEY_ONLY_SCALES, POST_QUALIFIERS,
  NUMBER_IDIOMS, QUALIFIERS, QUALIFIER_MAX_WORDS, SCALES, SMALL_NUMBERS, TENS, UNIT_MAX_WORDS, UNIT_WORDS, VAGUE_PLURALS, qualifierBound,
} from "./lexicons/number-words";

export { qualifierBound };

/** An adjective, by tag or, where the tagger calls it a noun ("horizontal miles"), by its ending. */
function adjectiveLike(t: { pos: string; norm: string }): boolean {
  return t.pos === "ADJ" || (t.pos === "NOUN" && /^[a-z]+(?:al|ic|ous|ive|ful|less|able|ible|ary)$/.test(t.norm));
}

/** Adjectives that make another unit of a unit word ("nautical miles", "square feet"): never skipped. */
const UNIT_CHANGING = new Set(["nautical", "square", "cubic", "metric", "statute", "light", "imperial", "short", "long", "us", "u.s."]);

const DIGITS = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
const RANGE_TOKEN = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)[-–](\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$/;
const PHONE = /^\+\d|^\d{2,4}-\d{3,4}-\d{3,}|^\d{8,}$|^\(\d{3}\)/;
const ORDINAL = /^\d+(st|nd|rd|th)$/i;
const TIME_UNITS = new Set(["s", "min", "h", "day", "week", "month", "year", "decade", "century"]);

const NUMBERED = /^(Section|Article|Chapter|Title|Resolution|Rule|Route|Highway|Flight|Room|No\.|Number|Act|Amendment|Clause|Paragraph|Item|Level|Phase|Stage|Grade|Category|Class|Type|Model|Version|Apollo|Boeing|Airbus|Windows|iPhone|Galaxy|Proposition|Prop\.|Bill|Unit|Block|Gate|Platform|Terminal|Lot|Page|Vol\.|Volume|Issue|Season|Episode|Part)$/;
const num = (s: string) => +s.replace(/,/g, "");

interface Core {
  /** first and one-past-last token of the numeric words */
  a: number;
  b: number;
  value: number;
  max?: number;
  /** a vague count: "thousands of" */
  vague?: string;
}

/** First character can start DIGITS ("+", "-", a digit): a cheap gate before the regex. */
function digitsLead(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 43 || c === 45;
}

/** "twenty-five" as one token (the hyphen check gates the regex). */
const isHyphenedWordNumber = (w: string) =>
  w.includes("-") && /^[a-z]+-[a-z]+$/.test(w) && w.split("-").every((p) => p in SMALL_NUMBERS || p in TENS);

function isWordNumber(t: Token): boolean {
  return t.norm in SMALL_NUMBERS || t.norm in TENS;
}

/** Number words from token i: "twenty-five", "two hundred", "three thousand five hundred". */
function wordNumber(doc: Doc, i: number, hi: number): Core | null {
  const toks = doc.tokens;
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  while (j < hi) {
    const t = toks[j];
    const w = t.norm;
    if (w in SMALL_NUMBERS) current += SMALL_NUMBERS[w];
    else if (w in TENS) current += TENS[w];
    else if (w === "hundred" && any) current = (current || 1) * 100;
    else if ((w === "thousand" || w === "million" || w === "billion" || w === "trillion") && any) {
      total += (current || 1) * SCALES[w];
      current = 0;
    } else if ((w === "-" || w === "and") && any && j + 1 < hi && isWordNumber(toks[j + 1]) && (w === "-" ? t.start === toks[j - 1].end : true)) {
      // "twenty-five", "two hundred and fifty"
    } else if (isHyphenedWordNumber(w)) {
      for (const p of w.split("-")) current += SMALL_NUMBERS[p] ?? TENS[p];
    } else break;
    any = true;
    j++;
  }
  if (!any) return null;
  // a trailing "and" is not part of the number
  while (j > i && (toks[j - 1].norm === "and" || toks[j - 1].norm === "-")) j--;
  return { a: i, b: j, value: total + current };
}

/** The numeric core at token i, or null. */
function coreAt(doc: Doc, i: number, hi: number): Core | null {
  const toks = doc.tokens;
  const t = toks[i];
  const w = t.norm;
  if (digitsLead(t.text)) {
    if (DIGITS.test(t.text)) return { a: i, b: i + 1, value: num(t.text) };
    const rm = RANGE_TOKEN.exec(t.text);
    if (rm) return { a: i, b: i + 1, value: num(rm[1]), max: num(rm[2]) };
  }
  if (isWordNumber(t) || isHyphenedWordNumber(w)) {
    return wordNumber(doc, i, hi);
  }
  // "a dozen", "a hundred", "a million", "half a dozen"
  if ((w === "a" || w === "an") && i + 1 < hi) {
    const n = toks[i + 1].norm;
    if (n in COUNT_NOUNS && n !== "couple") return { a: i, b: i + 2, value: COUNT_NOUNS[n] };
    if (n === "hundred" || n === "thousand" || n === "million" || n === "billion") return { a: i, b: i + 2, value: SCALES[n] };
  }
  if (w === "half" && i + 2 < hi && toks[i + 1].norm === "a" && toks[i + 2].norm in COUNT_NOUNS) {
    return { a: i, b: i + 3, value: COUNT_NOUNS[toks[i + 2].norm] / 2 };
  }
  // "thousands of", "tens of thousands of", "hundreds of thousands of"
  if ((w === "tens" || w === "hundreds") && i + 3 < hi && toks[i + 1].norm === "of" && /^(thousands|millions|billions)$/.test(toks[i + 2].norm) && toks[i + 3].norm === "of") {
    const base = (w === "tens" ? 10 : 100) * VAGUE_PLURALS[toks[i + 2].norm];
    return { a: i, b: i + 4, value: base, vague: doc.text.slice(t.start, toks[i + 3].end).toLowerCase() };
  }
  if (w in VAGUE_PLURALS && i + 1 < hi && toks[i + 1].norm === "of") {
    return { a: i, b: i + 2, value: VAGUE_PLURALS[w], vague: `${w} of` };
  }
  return null;
}

function matchTable(doc: Doc, i: number, hi: number, table: Readonly<Record<string, string>>, maxWords: number): { key: string; b: number } | null {
  for (let n = Math.min(maxWords, hi - i); n >= 1; n--) {
    const words: string[] = [];
    for (let k = i; k < i + n; k++) words.push(doc.tokens[k].norm);
    const key = words.join(" ");
    if (key in table) return { key, b: i + n };
  }
  return null;
}

/** A hyphen written between two words with no space: "400-pound". */
function gluedHyphen(doc: Doc, j: number, hi: number): boolean {
  const t = doc.tokens[j];
  return j + 1 < hi && (t.text === "-" || t.text === "–") && t.start === doc.tokens[j - 1].end && doc.tokens[j + 1].start === t.end;
}

function qualifierBefore(doc: Doc, a: number, lo: number): { text: string; a: number } | null {
  for (let n = Math.min(QUALIFIER_MAX_WORDS, a - lo); n >= 1; n--) {
    const words: string[] = [];
    for (let k = a - n; k < a; k++) words.push(doc.tokens[k].norm);
    const key = words.join(" ");
    if (key in QUALIFIERS) {
      // "some" and "under"/"over" must sit right before the number
      return { text: doc.text.slice(doc.tokens[a - n].start, doc.tokens[a - 1].end).toLowerCase(), a: a - n };
    }
  }
  return null;
}

const COUNT_STOP = new Set(["of", "in", "on", "at", "for", "from", "to", "by", "with", "and", "or", "than"]);

/** What is counted: the noun phrase after the number (and "killed/dead/injured" after it). */
/**
 * A converted measure between a measure and what it measures: "300-pound (136-kg) bear" reads
 * on to "bear" from either figure.
 */
function pastConversion(toks: Doc["tokens"], j: number, hi: number): number {
  if (j < hi && toks[j].text === ")") return j + 1;
  if (j < hi && toks[j].text === "(") {
    for (let k = j + 1; k < Math.min(hi, j + 6); k++) if (toks[k].text === ")") return k + 1;
  }
  return j;
}

const POSSESSIVE = /^['\u2019]s$/;

function countedAfter(doc: Doc, i: number, hi: number, allowOf: boolean): { a: number; b: number } | null {
  const toks = doc.tokens;
  let j = i;
  if (allowOf && j < hi && toks[j].norm === "of") {
    j++;
    while (j < hi && (toks[j].pos === "DET" || /^(his|her|their|its|our)$/.test(toks[j].norm))) j++;
  }
  const a = j;
  let head = -1;
  let n = 0;
  let limit = 6;
  let owner = -1;
  while (j < hi && n < limit) {
    const t = toks[j];
    if (j > i && doc.text.slice(toks[j - 1].end, t.start).includes("\n")) break;
    // a possessor is not what is counted: "two of the company's directors" counts directors
    if (head >= 0 && POSSESSIVE.test(t.text) && t.start === toks[j - 1].end && j + 1 < hi) {
      owner = head;
      head = -1;
      j++;
      n++;
      limit = n + 6;
      continue;
    }
    if (t.pos === "NOUN" || t.pos === "PROPN") head = j;
    else if (t.pos === "ADJ" || (t.pos === "VERB" && /ed$/.test(t.norm) && j + 1 < hi && toks[j + 1].pos === "NOUN")) {
      if (head >= 0) break;
    } else if ((t.text === "-" || t.text === "–") && j + 1 < hi && t.start === toks[j - 1].end && toks[j + 1].start === t.end) {
      // hyphenated compound
    } else break;
    if (COUNT_STOP.has(t.norm)) break;
    j++;
    n++;
  }
  // "two of the company's": the possessor, when nothing possessed follows
  if (head < 0 && owner >= 0) head = owner;
  if (head < 0) {
    // "12 dead", "three killed"
    if (a < hi && COUNT_STATES.has(toks[a].norm)) return { a, b: a + 1 };
    return null;
  }
  let b = head + 1;
  // "people killed", "workers found dead"
  if (b < hi && COUNT_STATES.has(toks[b].norm)) b++;
  else if (b + 1 < hi && toks[b].pos === "VERB" && /^(found|reported|left|feared|confirmed|believed)$/.test(toks[b].norm) && COUNT_STATES.has(toks[b + 1].norm)) b += 2;
  return { a, b };
}

interface Masks { spans: Array<[number, number]> }

function masked(masks: Masks, start: number, end: number): boolean {
  for (const [s, e] of masks.spans) if (s < end && start < e) return true;
  return false;
}

export function extractNumbers(ctx: AnalysisContext): NumberClaim[] {
  const doc = ctx.doc;
  const masks: Masks = { spans: ctx.dates.masks };
  const claims: NumberClaim[] = [];
  for (const sent of doc.sentences) extractInSentence(ctx, sent, masks, claims);
  return claims;
}

function extractInSentence(ctx: AnalysisContext, sent: Sentence, masks: Masks, out: NumberClaim[]): void {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const lo = sent.tokenStart;
  const hi = sent.tokenEnd;
  // contact lines: "Phone: +91-..., 14, 15"
  for (let i = lo; i < hi; i++) {
    // PHONE starts with "+", "(" or a digit
    const c = toks[i].text.charCodeAt(0);
    if ((c === 43 || c === 40 || (c >= 48 && c <= 57)) && PHONE.test(toks[i].text)) return;
  }
  let i = lo;
  while (i < hi) {
    const t = toks[i];
    // currency sign before the number: "$", "US$", "€"
    let currency: string | null = null;
    const start = i;
    let k = i;
    const sign = CURRENCY_SIGNS[t.norm];
    if (sign && i + 1 < hi && (t.pos === "SYM" || t.pos === "NOUN" || t.pos === "PROPN" || t.type === "currency" || t.text.length <= 3)) {
      const next = toks[i + 1];
      if (digitsLead(next.text) && (DIGITS.test(next.text) || RANGE_TOKEN.test(next.text))) {
        currency = sign;
        k = i + 1;
      }
    }
    const core = coreAt(doc, k, hi);
    if (!core) { i++; continue; }
    const next = core.b;
    const skip = shouldSkip(doc, sent, core, currency !== null, masks);
    if (skip) { i = next; continue; }
    let value = core.value;
    let max = core.max;
    let j = core.b;
    let unit: string | null = currency;
    // "400 000" style grouping is not handled; decimals with scale: "1.5 million", "$5bn", "3.5m"
    if (j < hi && !core.vague) {
      const s = toks[j].norm;
      const glued = toks[j].start === toks[j - 1].end;
      // "3.5m users": a glued "m" before a plural noun is millions, not metres
      const millions = s === "m" && glued && j + 1 < hi && toks[j + 1].pos === "NOUN" && toks[j + 1].norm !== toks[j + 1].lemma && !(toks[j + 1].norm in UNIT_WORDS);
      if (s in SCALES && (!MONEY_ONLY_SCALES.has(s) || currency !== null && glued || millions || (s === "bn" || s === "mn" || s === "mln" || s === "tn"))) {
        value *= SCALES[s];
        if (max !== undefined) max *= SCALES[s];
        j++;
      } else if (s === "dozen") {
        value *= 12;
        j++;
      }
    }
    // ranges: "10 to 12", "10-12", "between 10 and 12", "from 10 to 12"
    if (max === undefined && j + 1 < hi) {
      const sep = toks[j].norm;
      const between = core.a - 1 >= lo && toks[core.a - 1].norm === "between";
      if (sep === "to" || sep === "-" || sep === "–" || (sep === "and" && between)) {
        let k2 = j + 1;
        if (k2 < hi && currency && CURRENCY_SIGNS[toks[k2].norm]) k2++;
        const c2 = coreAt(doc, k2, hi);
        if (c2 && !c2.vague && c2.max === undefined) {
          let v2 = c2.value;
          let e2 = c2.b;
          if (e2 < hi && toks[e2].norm in SCALES && (!MONEY_ONLY_SCALES.has(toks[e2].norm) || currency)) {
            v2 *= SCALES[toks[e2].norm];
            e2++;
            // "1.5 to 2 million": the scale after the upper bound applies to both
            if (value < c2.value) value *= SCALES[toks[e2 - 1].norm];
          }
          if (v2 > value) {
            max = v2;
            j = e2;
          }
        }
      }
    }
    if (max !== undefined && max <= value) max = undefined;
    // post-qualifiers: "or more", "or so", "-odd", "plus"
    let qualifier: string | null = core.vague ?? null;
    let qualStart = -1;
    if (!qualifier) {
      const q = qualifierBefore(doc, start, lo);
      if (q) { qualifier = q.text; qualStart = q.a; }
    }
    if (j < hi) {
      let pj = j;
      if (toks[pj].text === "-" && pj + 1 < hi && toks[pj + 1].norm === "odd") pj++;
      const pq = matchTable(doc, pj, hi, POST_QUALIFIERS as Record<string, string>, 2);
      if (pq && !qualifier) { qualifier = pq.key; j = pq.b; }
    }
    // unit: currency words ("million Canadian dollars"), percent, km, ...
    if (!unit && j < hi) {
      let uj = j;
      let adjCurrency: string | null = null;
      const adj = matchTable(doc, uj, hi, CURRENCY_ADJECTIVES, 2);
      if (adj && adj.b < hi && CURRENCY_WORDS[toks[adj.b].norm]) { adjCurrency = CURRENCY_ADJECTIVES[adj.key]; uj = adj.b; }
      const cw = CURRENCY_WORDS[toks[uj].norm];
      if (cw && !(toks[uj].norm === "won" && toks[uj].pos === "VERB")) {
        unit = adjCurrency ?? cw;
        j = uj + 1;
      } else {
        // "300-pound", "136-kg": a unit joined by a hyphen
        let hy = gluedHyphen(doc, j, hi) ? j + 1 : j;
        // "120 horizontal miles": one describing adjective before the unit, unless it changes the unit
        if (!matchTable(doc, hy, hi, UNIT_WORDS, UNIT_MAX_WORDS) && hy + 1 < hi && adjectiveLike(toks[hy]) && !UNIT_CHANGING.has(toks[hy].norm) &&
          matchTable(doc, hy + 1, hi, UNIT_WORDS, UNIT_MAX_WORDS)) hy++;
        const u = matchTable(doc, hy, hi, UNIT_WORDS, UNIT_MAX_WORDS);
        if (u && !(u.key === "m" && toks[hy].start !== toks[hy - 1].end && !/^\d/.test(toks[hy - 1].text))) {
          // "pounds" is money only with "sterling" (handled above); a bare "m" needs to be glued ("800m")
          unit = UNIT_WORDS[u.key];
          j = u.b;
        }
      }
    }
    // ages: "a 9-year-old girl", "3 years old", "aged 12"
    if (unit === "year") {
      const k = gluedHyphen(doc, j, hi) ? j + 1 : j;
      if (k < hi && toks[k].norm === "old") {
        unit = "age";
        j = k + 1;
      }
    } else if (!unit && start - 1 >= lo && toks[start - 1].norm === "aged") unit = "age";
    // what is counted
    let counts: string | null = null;
    let end = j;
    const percent = unit === "percent" || unit === "pp";
    const timeUnit = unit !== null && TIME_UNITS.has(unit);
    // money and measures count nothing by themselves; percentages count "of" a group
    // a hyphenated measure is an adjective of what it measures: "a 400-pound bear"
    const adjectival = unit !== null && j - 1 > core.b && toks[core.b].text === "-";
    if (!timeUnit && (unit === null || percent || unit === "age" || adjectival)) {
      if (!percent || (j < hi && toks[j].norm === "of")) {
        const c = countedAfter(doc, adjectival ? pastConversion(toks, j, hi) : j, hi, true);
        if (c) {
          counts = doc.text.slice(toks[c.a].start, toks[c.b - 1].end);
          // the figure inside the brackets keeps its own words: "181-kg", not "181-kg) bear"
          if (toks[j]?.text !== ")") end = c.b;
        }
      }
    }
    // a bare "one" without anything counted is a pronoun ("a complex one", "one of them")
    if (!counts && !unit && core.b - core.a === 1 && toks[core.a].norm === "one") { i = next; continue; }
    let from = qualStart >= 0 ? qualStart : start;
    if (max !== undefined && qualStart < 0 && from - 1 >= lo && /^(between|from)$/.test(toks[from - 1].norm)) from--;
    const startChar = toks[from].start;
    const endChar = toks[end - 1].end;
    out.push({
      id: "",
      kind: "number",
      text: doc.text.slice(startChar, endChar),
      start: startChar,
      end: endChar,
      sentence: sent.text,
      number: { value, ...(max !== undefined ? { max } : {}), unit, qualifier, bound: qualifierBound(qualifier), counts },
    });
    i = Math.max(j, core.b, i + 1);
  }
}

/** The words glued by hyphens from token i on, in lower case: "one-on-one" of "a one-on-one talk". */
function gluedCompound(doc: Doc, i: number, hi: number): string {
  const toks = doc.tokens;
  let j = i;
  while (j + 2 < hi && gluedHyphen(doc, j + 1, hi)) j += 2;
  return doc.text.slice(toks[i].start, toks[j].end).toLowerCase();
}

function shouldSkip(doc: Doc, sent: Sentence, core: Core, money: boolean, masks: Masks): boolean {
  const toks = doc.tokens;
  const first = toks[core.a];
  const last = toks[core.b - 1];
  const lo = sent.tokenStart;
  const hi = sent.tokenEnd;
  if (ORDINAL.test(first.text)) return true;
  // a number word in an idiom counts nothing: "a two-way street", "a one-sided game"
  if (core.b - core.a === 1 && NUMBER_IDIOMS.has(gluedCompound(doc, core.a, hi))) return true;
  if (masked(masks, first.start, last.end) && !money) return true;
  const after = core.b < hi ? toks[core.b] : undefined;
  const before = core.a > lo ? toks[core.a - 1] : undefined;
  // years: 4 digits, no comma, not followed by what they count
  if (/^\d{4}$/.test(first.text) && core.b - core.a === 1 && +first.text >= 1000 && +first.text <= 2100 && !money) {
    const countsNext = after && after.pos === "NOUN" && after.norm !== after.lemma && !/^(elections?|olympics|games)$/.test(after.norm);
    if (!countsNext || (before && /^(in|since|by|of|the|from|until|before|after|during)$/.test(before.norm))) return true;
  }
  // year ranges "1861-1865"; scores "3-2"
  const rm = RANGE_TOKEN.exec(first.text);
  if (rm && /^\d{4}$/.test(rm[1]) && +rm[1] >= 1000 && +rm[1] <= 2100) return true;
  if (rm && num(rm[2]) <= num(rm[1])) return true;
  // numbered things: "Section 230", "Flight 370", "Article 5"
  if (before && NUMBERED.test(before.text) && core.a - 1 >= lo) return true;
  // enumerations: "1." at the start of a line, a number alone on its line
  const text = doc.text;
  const lineStart = text.lastIndexOf("\n", first.start - 1) + 1;
  const atLineStart = text.slice(lineStart, first.start).trim() === "";
  if (atLineStart && after && (after.text === "." || after.text === ")") && after.start === last.end) return true;
  if (atLineStart) {
    const nl = text.indexOf("\n", last.end);
    if (text.slice(last.end, nl < 0 ? text.length : nl).trim() === "") return true;
  }
  if (core.a === lo && core.b === hi) return true;
  // part of a name: "COVID-19", "F-16", "Section 230", "G7"
  if (before && (before.text === "-" || before.text === "–") && before.start === first.start - 1 && core.a - 2 >= lo && /[A-Za-z]$/.test(toks[core.a - 2].text) && toks[core.a - 2].end === before.start) return true;
  if (before && before.pos === "PROPN" && /^[A-Z]/.test(before.text) && core.a - 1 > lo && (!after || !(after.pos === "NOUN" || after.norm in SCALES || after.norm in UNIT_WORDS)) && !DIGITS.test(before.text)) {
    if (!/^(US|U\.S\.|UK|EU|UN)$/.test(before.text)) return true;
  }
  // scores and ratios: "3-2" with max <= min handled by the caller; "24/7", "9/11" are not counts
  if (after && after.text === "/" ) return true;
  if (before && before.text === "/" && before.start === first.start - 1) return true;
  // times like "10.30" after "at"
  if (before && before.norm === "at" && /^\d{1,2}[.:]\d{2}$/.test(first.text)) return true;
  return false;
}
