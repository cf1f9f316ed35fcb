// Number words, scales, qualifiers, currencies and units: general English data
// for the number stage.

export const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};

export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multipliers after a number: "1.5 million", "$5bn", "3.5m" (m/k/bn only with money). */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  mn: 1e6, mln: 1e6, bn: 1e9, tn: 1e12, k: 1e3, m: 1e6, b: 1e9,
};
/** Scale abbreviations that are only scales after a currency (else "m" is metres). */
export const MONEY_ONLY_SCALES: ReadonlySet<string> = new Set(["k", "m", "b", "mn", "mln", "bn", "tn"]);

/** Words that count by themselves: "a dozen", "half a dozen" (6), "a score of". */
export const COUNT_NOUNS: Readonly<Record<string, number>> = { dozen: 12, score: 20, couple: 2 };

/**
 * Vague plural counts: "dozens of", "hundreds of", "thousands of", "tens of
 * thousands of". Value is the lower bound; the qualifier keeps the words.
 */
export const VAGUE_PLURALS: Readonly<Record<string, number>> = {
  dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9,
};

export type Bound = "gt" | "ge" | "lt" | "le" | "approx" | "near" | "exact";

/**
 * Qualifiers before a number, longest first when matched, with what they mean
 * for a comparison: "over 37,000" and "more than 37,000" are both gt;
 * "nearly 37,000" (near: just below) differs from "over".
 */
export const QUALIFIERS: Readonly<Record<string, Bound>> = {
  "more than": "gt", "over": "gt", "above": "gt", "upwards of": "gt", "in excess of": "gt", "just over": "gt",
  "north of": "gt", "beyond": "gt",
  "exceeding": "gt", "well over": "gt", "greater than": "gt", "higher than": "gt", "nearly double": "approx",
  "at least": "ge", "no fewer than": "ge", "no less than": "ge", "a minimum of": "ge", "not less than": "ge",
  "fewer than": "lt", "less than": "lt", "under": "lt", "below": "lt", "lower than": "lt",
  "up to": "le", "at most": "le", "no more than": "le", "as many as": "le", "as much as": "le", "a maximum of": "le",
  "not more than": "le", "as high as": "le",
  "about": "approx", "around": "approx", "roughly": "approx", "approximately": "approx", "some": "approx",
  "circa": "approx", "approx.": "approx", "an approximate": "approx",
  // "an estimated $3.4 billion" gives someone's estimate as it was made, to its rounding: two outlets'
  // estimates of one figure ten percent apart disagree, where "about" would cover both
  "an estimated": "exact", "estimated": "exact",
  "nearly": "near", "almost": "near", "close to": "near", "nigh on": "near", "just shy of": "near", "just under": "near",
  "approaching": "near",
  "exactly": "exact", "precisely": "exact", "a total of": "exact", "just": "exact",
};
/** The longest qualifier has this many words. */
export const QUALIFIER_MAX_WORDS = 3;

/** Qualifiers after a number: "50 or more", "a dozen or so", "40-odd". */
export const POST_QUALIFIERS: Readonly<Record<string, Bound>> = {
  "or more": "ge", "or so": "approx", "plus": "ge", "odd": "approx", "or fewer": "le", "or less": "le",
};

/** How a qualifier bounds a number, for comparing outlets ("over" vs "more than" agree). */
export function qualifierBound(qualifier: string | null): Bound {
  if (!qualifier) return "exact";
  const q = qualifier.toLowerCase();
  return QUALIFIERS[q] ?? POST_QUALIFIERS[q] ?? (/(dozens|hundreds|thousands|millions|billions|scores) of$/.test(q) ? "ge" : "approx");
}

/** Currency signs before a number. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "¥": "JPY",
  "₹": "INR", "rs": "INR", "rs.": "INR", "inr": "INR", "c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD",
  "hk$": "HKD", "r$": "BRL", "mx$": "MXN", "nz$": "NZD", "₽": "RUB", "₩": "KRW", "₪": "ILS", "₺": "TRY",
  "₴": "UAH", "chf": "CHF", "jpy": "JPY", "cny": "CNY", "rmb": "CNY", "mxn": "MXN",
};

/** Currency words after a number ("500 pesos"); "Canadian dollars" etc. via CURRENCY_ADJECTIVES. */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: "USD", dollars: "USD", euro: "EUR", euros: "EUR", yen: "JPY", yuan: "CNY", renminbi: "CNY",
  rupee: "INR", rupees: "INR", peso: "MXN", pesos: "MXN", ruble: "RUB", rubles: "RUB", rouble: "RUB",
  roubles: "RUB", shekel: "ILS", shekels: "ILS", lira: "TRY", rand: "ZAR", naira: "NGN", reais: "BRL",
  franc: "CHF", francs: "CHF", hryvnia: "UAH", hryvnias: "UAH", dirham: "AED", dirhams: "AED", riyal: "SAR",
  riyals: "SAR", sterling: "GBP", won: "KRW", baht: "THB", ringgit: "MYR", rupiah: "IDR", zloty: "PLN",
};
export const CURRENCY_ADJECTIVES: Readonly<Record<string, string>> = {
  canadian: "CAD", australian: "AUD", "hong kong": "HKD", "new zealand": "NZD", singapore: "SGD",
  mexican: "MXN", "u.s.": "USD", us: "USD", american: "USD", taiwan: "TWD", zimbabwean: "ZWL",
  argentine: "ARS", chilean: "CLP", colombian: "COP", philippine: "PHP", pakistani: "PKR",
};

/** Units after a number, to a short canonical code. */
export const UNIT_WORDS: Readonly<Record<string, string>> = {
  "%": "percent", percent: "percent", "per cent": "percent", pct: "percent", "percentage points": "pp",
  "percentage point": "pp", "basis points": "bp", "basis point": "bp",
  km: "km", kilometre: "km", kilometres: "km", kilometer: "km", kilometers: "km",
  mile: "mi", miles: "mi", metre: "m", metres: "m", meter: "m", meters: "m", m: "m", cm: "cm", mm: "mm",
  foot: "ft", feet: "ft", ft: "ft", inch: "in", inches: "in",
  "square kilometres": "km2", "square kilometers": "km2", "sq km": "km2", "square miles": "mi2", hectares: "ha",
  hectare: "ha", acres: "acre", acre: "acre",
  kg: "kg", kilogram: "kg", kilograms: "kg", kilo: "kg", kilos: "kg", gram: "g", grams: "g", g: "g",
  tonne: "t", tonnes: "t", ton: "t", tons: "t", lb: "lb", lbs: "lb", pounds: "lb", pound: "lb",
  litre: "l", litres: "l", liter: "l", liters: "l", gallon: "gal", gallons: "gal", barrel: "bbl", barrels: "bbl",
  "barrels per day": "bbl/d", bpd: "bbl/d",
  mw: "MW", megawatts: "MW", gw: "GW", gigawatts: "GW", kwh: "kWh",
  degrees: "deg", "°c": "°C", "°f": "°F", "mph": "mph", "km/h": "km/h", kph: "km/h",
  second: "s", seconds: "s", minute: "min", minutes: "min", hour: "h", hours: "h", day: "day", days: "day",
  week: "week", weeks: "week", month: "month", months: "month", year: "year", years: "year",
  decade: "decade", decades: "decade", century: "century", centuries: "century",
};
/** The longest unit key has this many words. */
export const UNIT_MAX_WORDS = 3;

/** Participles and adjectives kept with what is counted: "9 people killed", "3 dead". */
export const COUNT_STATES: ReadonlySet<string> = new Set([
  "killed", "dead", "injured", "wounded", "hurt", "missing", "displaced", "arrested", "detained", "evacuated",
  "affected", "infected", "rescued", "kidnapped", "abducted", "executed", "deported", "jailed", "captured",
  "stranded", "homeless", "hospitalized", "hospitalised", "confirmed", "sentenced", "released", "freed",
]);

/**
 * Compounds of a number word that count nothing: "a two-way street", "a one-sided game", "a
 * one-time winner" (former), "a one-off payment", "a twofold rise" (a ratio, written with a hyphen).
 * The number word and the word glued to it by a hyphen, in lower case.
 */
export const NUMBER_IDIOMS: ReadonlySet<string> = new Set([
  "one-way", "two-way", "one-sided", "two-sided", "one-time", "one-off", "one-liner", "one-liners", "two-faced",
  "one-stop", "one-on-one", "two-fold", "three-fold", "one-upmanship", "second-guess", "two-timing", "one-horse",
  "one-trick", "one-size-fits-all", "one-of-a-kind", "two-bit",
]);
