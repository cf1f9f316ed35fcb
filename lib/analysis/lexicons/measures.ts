// What an amount measures: nouns an amount of money, mass or length is said of ("a $2 billion
// loss", "revenue of $40 million", "a cargo of 20 tonnes"), in synonym classes. Two amounts
// of different classes are two figures ("a loss" and "revenue"), never two readings of one.
// General English data, tested in tests/unit/compare/measured.test.ts. Lower-case single words,
// singular unless the noun is plural-only ("earnings", "damages").

function classes(o: Record<string, string[]>): ReadonlyMap<string, string> {
  return new Map(Object.entries(o).flatMap(([cls, words]) => words.map((w) => [w, cls] as [string, string])));
}

/** Measured nouns by the class they are compared under. */
export const MEASURED_CLASSES: ReadonlyMap<string, string> = classes({
  // money: lines of a company's accounts, and what is paid for something. Words often used of one
  // figure share a class ("a $2 billion deal" is its price; a levy is a charge): only
  // clearly different quantities are told apart
  earnings: ["earnings", "income", "profit"],
  revenue: ["revenue", "sales", "turnover"],
  loss: ["loss"],
  charge: ["charge", "hit", "writedown", "impairment", "tax", "levy"],
  price: ["price", "cost", "fare", "fee", "expense", "spending", "outlay", "deal", "contract", "valuation", "value", "capitalization"],
  debt: ["debt", "liability", "loan"],
  penalty: ["fine", "penalty", "settlement", "damages", "compensation", "payout"],
  budget: ["budget"],
  deficit: ["deficit", "shortfall"],
  pay: ["salary", "wage", "pay"],
  bonus: ["bonus"],
  funding: ["funding", "grant", "aid", "investment", "stake", "donation", "gift", "pledge"],
  bail: ["bail"],
  ransom: ["ransom"],
  reward: ["reward", "prize"],
  asset: ["asset", "cash", "reserve", "saving", "deposit", "holding"],
  // a change is not the level it changes ("a $30 drop" against "a price of $410")
  change: ["drop", "fall", "decline", "rise", "increase", "gain", "jump", "cut", "plunge", "surge"],
  // physical quantities: what is carried, forces, sizes, and rates
  payload: ["payload", "cargo", "load", "freight", "shipment"],
  // "force" is left out: mostly armed forces, counted rather than measured
  thrust: ["thrust"],
  weight: ["weight", "mass"],
  height: ["height", "altitude", "elevation"],
  distance: ["distance"],
  depth: ["depth"],
  length: ["length"],
  width: ["width", "breadth"],
  diameter: ["diameter", "radius", "circumference"],
  area: ["area", "acreage"],
  volume: ["volume"],
  speed: ["speed", "velocity"],
  power: ["power", "wattage"],
  energy: ["energy"],
  pressure: ["pressure"],
  temperature: ["temperature"],
});

/** Words that join an amount to what it measures after it: "$40 million in revenue", "20 tonnes of cargo". */
export const MEASURE_LINKS_AFTER: ReadonlySet<string> = new Set(["in", "of"]);

/** Words that join a measured noun before an amount to it: "revenue of $40 million", "a deal worth $2 billion". */
export const MEASURE_LINKS_BEFORE: ReadonlySet<string> = new Set(["of", "worth"]);

/**
 * Nouns a share can be the likelihood of: "a 70 percent chance of rain". What it measures is the
 * outcome named after "of": a chance of rain and a chance of success are two figures.
 */
export const LIKELIHOOD_NOUNS: ReadonlySet<string> = new Set(["chance", "probability", "likelihood", "odds", "risk"]);

/**
 * Words that make a figure another measure of the same thing: an effective tax rate is not the
 * statutory one, real growth is not nominal growth, median pay is not average pay, core inflation
 * is not headline inflation, net income is not gross income.
 */
export const MEASURE_DEFINERS: ReadonlySet<string> = new Set([
  "effective", "marginal", "statutory", "nominal", "real", "core", "headline", "median", "average",
  "adjusted", "unadjusted", "underlying", "gross", "net", "pretax", "annualized", "annualised",
]);
