// Cities a sentence places something in: named ("in Lyon"), or described as a country's capital
// ("in the French capital", "France's capital"), which the writer resolved to a city. A described
// capital is compared with the city other outlets name in the aligned sentence; two named cities of
// a story are mostly two places of it (where it happened, where the precedent was), so they are
// not compared with each other (see isConflict).

import { CAPITALS, CITIES, CITY_ALIASES, COUNTRY_ALIASES, countryOfDemonym } from "../../analysis/lexicons/places";
import { MONTHS } from "../../analysis/lexicons/calendar";
import { escapeRegExp } from "../../analysis/text";

export interface CityMention {
  /** the words that place it, as written */
  text: string;
  at: number;
  end: number;
  /** the city, lower case, in its CITIES form */
  city: string;
  /** described as a country's capital, not named */
  described: boolean;
}

const NAMES = [...CITIES, ...CITY_ALIASES.keys()].sort((a, b) => b.length - a.length);
/** A city of the lexicon as written. */
const NAMED = new RegExp(`(?<![\\w.-])(?:${NAMES.map(escapeRegExp).join("|")})(?![\\w-]|\\.\\w)`, "g");
/**
 * A capitalised word right after it makes the city part of a longer name, mostly a newspaper, a
 * team, a company, a person or a landmark ("the Lyon Herald", "Lima Bean Co"), not a place the
 * sentence puts something in. A day or month after it is a date ("in Lyon Monday"); a comma
 * ends the name ("Lyon, France").
 */
const LONGER_NAME = /^[ \t]+([A-Z][\w'\u2019]*)/;
/** a country's word as written: "French", "UAE", "U.K." */
const COUNTRY_WORD = String.raw`(?:[A-Z][a-z]+|[A-Z]{2,5}|(?:[A-Z]\.){2,4})`;
/**
 * "the French capital", "the North Korean capital", "the U.S. capital"; "France's capital", "the
 * U.K.'s capital", "the Netherlands' capital"
 */
const DESCRIBED = new RegExp(
  String.raw`\b(?:[Tt]he ((?:${COUNTRY_WORD} ){0,2}${COUNTRY_WORD})|((?:${COUNTRY_WORD} ){0,2}${COUNTRY_WORD})['\u2019]s?) capital\b`, "g");
/** "capital" of money, not of a country: "the German capital markets", "Spain's capital buffers" */
const NOT_A_CITY = /^\s+(?:markets?|gains?|flight|spending|investments?|punishment|expenditures?|requirements?|controls?|ratios?|stock|goods|account|base|allocation|(?:in|out)?flows?|injections?|buffers?|reserves?|adequacy|raising|assets?|losses)\b/i;
/** a capital of something else is a figure of speech, mostly for another city ("the Italian capital of fashion") */
const FIGURATIVE = /^\s+(?:of|for)\s+[a-z]/;
/** a described capital named right after it ("the French capital, Paris", "the French capital of Paris") is read by its name */
const NAMED_AFTER = /^(?:,\s*|\s+(?:city\s+)?of\s+)[A-Z]/;
/**
 * ... or right before it ("Paris, the French capital"): a listed city, or a capitalised word that
 * does not open the sentence ("Meanwhile, the French capital ...") and is no day or month ("On
 * Monday, the ...").
 */
const NAMED_BEFORE = /(\S\s+)?([A-Z][a-z]+),\s*$/;
const CALENDAR_WORD = new RegExp(`^(?:${[...MONTHS, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].join("|")})$`, "i");

function namedBefore(before: string): boolean {
  const m = NAMED_BEFORE.exec(before);
  return !!m && (NAMES.includes(m[2]) || (!!m[1] && !CALENDAR_WORD.test(m[2])));
}
/** a city's possessive is mostly its government or its people ("Lyon's mayor", "Oslo's transport office"), not a place */
const POSSESSIVE = /^['\u2019]s\b/;

const cityOf = (name: string) => (CITY_ALIASES.get(name) ?? name).toLowerCase();

function partOfLongerName(after: string): boolean {
  const m = LONGER_NAME.exec(after);
  return !!m && !CALENDAR_WORD.test(m[1]);
}

/**
 * The capital a described country has, and how many characters of the match open it before the
 * country. An adjective is a demonym or a short form of the country used as one ("the U.S.
 * capital"). A possessor is the country's name in its last words: capitalised words before it are
 * part of the match ("In France's capital", "On Monday Japan's capital"), a sentence's opening "The"
 * too ("The U.K.'s capital", kept with its name).
 */
function capitalOf(adjective: string | undefined, possessor: string | undefined): { city: string; skip: number } | null {
  const capital = (name: string | undefined) => (name && CAPITALS.get(name)) || null;
  if (adjective) {
    const city = capital(countryOfDemonym(adjective) ?? COUNTRY_ALIASES.get(adjective));
    return city ? { city: cityOf(city), skip: 0 } : null;
  }
  const words = possessor?.split(" ") ?? [];
  for (let k = 0; k < words.length; k++) {
    const name = words.slice(k).join(" ");
    const city = capital(COUNTRY_ALIASES.get(name) ?? COUNTRY_ALIASES.get(`the ${name}`) ?? name);
    if (!city) continue;
    const kept = k > 0 && words[k - 1] === "The" ? k - 1 : k;
    return { city: cityOf(city), skip: words.slice(0, kept).reduce((n, w) => n + w.length + 1, 0) };
  }
  return null;
}

export function cityMentions(sentence: string): CityMention[] {
  const out: CityMention[] = [];
  for (const m of sentence.matchAll(NAMED)) {
    const rest = sentence.slice(m.index! + m[0].length);
    if (POSSESSIVE.test(rest) || partOfLongerName(rest)) continue;
    out.push({ text: m[0], at: m.index!, end: m.index! + m[0].length, city: cityOf(m[0]), described: false });
  }
  for (const m of sentence.matchAll(DESCRIBED)) {
    const rest = sentence.slice(m.index! + m[0].length);
    const capital = capitalOf(m[1], m[2]);
    if (!capital || NOT_A_CITY.test(rest) || FIGURATIVE.test(rest) || NAMED_AFTER.test(rest)) continue;
    const at = m.index! + capital.skip;
    if (namedBefore(sentence.slice(0, at))) continue;
    out.push({ text: m[0].slice(capital.skip), at, end: m.index! + m[0].length, city: capital.city, described: true });
  }
  return out;
}
