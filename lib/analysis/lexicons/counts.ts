// What numbers count: synonym classes of counted things, the casualty words that turn a count
// of people into a count of deaths or injuries, and unit spellings. General English data,
// tested in tests/unit/compare/lexicons-counts.test.ts. Lower-case, punctuation-free.

function classes(o: Record<string, string[]>): ReadonlyMap<string, string> {
  return new Map(Object.entries(o).flatMap(([cls, words]) => words.map((w) => [w, cls] as [string, string])));
}

/** Counted nouns compared as one ("lives" lost = "deaths"; "15 dead" = "15 killed"). */
export const COUNT_CLASSES: ReadonlyMap<string, string> = classes({
  deaths: [
    "death", "deaths", "dead", "life", "lives", "killed", "kill", "killing", "killings", "fatality", "fatalities",
    "died", "die", "perished", "body", "bodies", "death toll", "toll", "slain", "casualty killed", "people killed",
    "people dead", "lives lost",
  ],
  injuries: [
    "injured", "injury", "injuries", "wounded", "wound", "wounds", "hurt", "injuring", "wounding",
    "people injured", "people wounded", "people hurt",
  ],
  people: ["people", "person", "persons", "individual", "individuals", "resident", "residents", "civilian", "civilians"],
  troop: ["troop", "troops", "forces", "soldier", "soldiers", "service member", "service members", "servicemember", "servicemembers"],
  migrant: ["migrant", "migrants", "immigrant", "immigrants", "refugee", "refugees", "asylum seeker", "asylum seekers"],
  arrest: ["arrest", "arrests", "arrested", "detained", "detention", "detentions"],
  dollar: ["dollar", "dollars", "usd", "$"],
});

/** Casualty classes of COUNT_CLASSES: a count of people that were killed is a count of deaths. */
export const CASUALTY_CLASSES: ReadonlySet<string> = new Set(["deaths", "injuries"]);

/**
 * Words around a number that say the counted people died or were hurt, when the counted noun
 * does not: "12 people were killed", "killing 14", "the death toll rose to 52", "30 were hurt".
 * Keys are single words; "toll" only counts after "death".
 */
export const CASUALTY_CUES: ReadonlyMap<string, "deaths" | "injuries"> = new Map([
  ...["killed", "killing", "kill", "kills", "dead", "died", "die", "dying", "deaths", "death", "fatalities",
    "perished", "slain", "lives", "massacred", "executed"].map((w) => [w, "deaths"] as const),
  ...["injured", "injuring", "injure", "injures", "injuries", "wounded", "wounding", "wound", "hurt", "hurting",
    "hospitalized", "hospitalised"].map((w) => [w, "injuries"] as const),
]);

/**
 * Words that may stand between a count and its casualty cue without changing what is counted:
 * auxiliaries, adverbs of reporting, "to" of "rose to", determiners. "were reportedly killed",
 * "have been confirmed dead", "the death toll rose to".
 */
export const CASUALTY_GLUE: ReadonlySet<string> = new Set([
  "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "reportedly", "reported", "confirmed",
  "believed", "feared", "presumed", "later", "also", "already", "now", "so", "far", "left", "found",
  "declared", "pronounced", "seriously", "critically", "badly", "severely", "fatally", "lightly", "slightly",
  "rose", "risen", "rises", "climbed", "climbs", "reached", "reaches", "stood", "stands", "stand", "hit", "to",
  "at", "of", "the", "a", "all", "toll", "number", "lost", "their",
]);

/** Nouns of people in general: a casualty cue makes their count a count of deaths or injuries. */
export const GENERIC_PERSON_CLASSES: ReadonlySet<string> = new Set(["people"]);

/** Units written several ways, compared as one. */
export const UNIT_CLASSES: ReadonlyMap<string, string> = classes({
  percent: ["percent", "per cent", "%", "pct"],
  usd: ["usd", "$", "us$", "dollar", "dollars"],
  eur: ["eur", "€", "euro", "euros"],
  gbp: ["gbp", "£", "pound sterling", "pounds sterling"],
  km: ["km", "kilometre", "kilometres", "kilometer", "kilometers"],
});
