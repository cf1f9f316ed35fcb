// General English word lists the comparison reads: action classes, object and place nouns, blows,
// place kinds, name suffixes. Data only, tested in tests/unit/compare/units.test.ts. Lower-case and
// punctuation-free.

/** Synonymous action lemmas: each maps to the class it is compared under. */
export const ACTION_CLASSES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    propose: ["propose", "proposal", "offer", "suggest", "suggestion", "recommend", "float", "pitch", "put forward"],
    send: ["send", "deploy", "dispatch", "station", "move"],
    reject: ["reject", "rejection", "decline", "refuse", "refusal", "rebuff", "turn down", "snub", "spurn", "dismiss", "rule out"],
    accept: ["accept", "agree", "approve", "endorse", "welcome"],
    confirm: ["confirm", "acknowledge", "verify", "admit"],
    deny: ["deny", "dispute", "contest"],
    say: ["say", "state", "tell", "declare", "assert", "stress", "emphasize", "emphasise", "note", "add", "remark"],
    announce: ["announce", "unveil", "reveal", "disclose"],
    warn: ["warn", "threaten", "caution"],
    criticize: ["criticize", "criticise", "condemn", "denounce", "slam", "blast", "attack verbally"],
    urge: ["urge", "press", "push", "pressure", "call on", "call for", "demand", "ask"],
    arrest: ["arrest", "detain", "apprehend"],
    kill: ["kill", "slay", "murder"],
    attack: ["attack", "strike", "bomb", "shell", "raid"],
    meet: ["meet", "hold talks", "talk"],
    sign: ["sign", "ink"],
    resign: ["resign", "step down", "quit"],
    elect: ["elect", "vote in"],
    win: ["win", "secure", "clinch"],
    lose: ["lose"],
    ban: ["ban", "prohibit", "outlaw"],
    impose: ["impose", "levy"],
  }).flatMap(([cls, words]) => words.map((w) => [w, cls] as [string, string])),
);

/** What numbers count: synonymous heads compared as one (moved to ./counts, re-exported here). */
export { COUNT_CLASSES } from "./counts";


/**
 * Nouns that only refer to some proposal or step without saying what it is: an action object
 * headed by one ("the proposal", "his offer", "the plan") may be any specific object, so it is
 * compatible with all of them. Pronouns that stand for an object are listed too.
 */
export const GENERIC_OBJECT_NOUNS: ReadonlySet<string> = new Set([
  "proposal", "proposition", "offer", "plan", "idea", "invitation", "initiative", "request", "suggestion",
  "demand", "bid", "move", "measure", "decision", "step", "option", "scheme", "overture", "thing", "matter", "issue", "one", "it", "this", "that", "these", "those", "them",
]);



/** Name suffixes ignored when keying people. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv", "phd", "md"]);



/** Verbs of saying and other words that tell nothing about which event a date belongs to. */
export const EVENT_STOPWORDS: ReadonlySet<string> = new Set([
  "say", "said", "says", "saying", "tell", "told", "state", "stated", "when", "where", "day", "date", "time",
  "happened", "occurred",
]);

/**
 * Blows one person deals another, by the verb's inflected forms (the base forms are mostly nouns:
 * "a punch", "a kick"). Each names a different act, so two outlets giving disjoint ones for one
 * incident disagree on what was done. Generic verbs ("hit", "struck", "attacked", "beat") name no
 * particular blow, and verbs mostly used figuratively ("pushing for", "slashing prices", "choking"
 * in sport) are left out.
 */
export const BLOW_VERBS: Readonly<Record<string, string>> = {
  punched: "punch", punching: "punch", slapped: "slap", slapping: "slap", kicked: "kick", kicking: "kick",
  shoved: "shove", shoving: "shove", elbowed: "elbow", elbowing: "elbow", headbutted: "headbutt",
  headbutting: "headbutt", stabbed: "stab", stabbing: "stab", smacked: "smack", smacking: "smack",
  strangled: "strangle", strangling: "strangle",
};

/** Words after a blow verb that make it a figure of speech: "kicked off", "slapped with a fine". */
export const BLOW_FIGURATIVE_NEXT: ReadonlySet<string> = new Set([
  "off", "out", "back", "up", "down", "with", "for", "ahead", "through", "forward", "away", "around", "over", "into",
]);

/**
 * What a named place is said to be ("the town of X", "the island of X"), by kind. A settlement is
 * never an island, a province or a country; the other kinds overlap (an island that is a province,
 * an island nation), so only a settlement against another kind is a conflict.
 */
export const PLACE_KINDS: Readonly<Record<string, "settlement" | "land">> = {
  town: "settlement", city: "settlement", village: "settlement", hamlet: "settlement", township: "settlement",
  island: "land", isle: "land", archipelago: "land", peninsula: "land", province: "land", prefecture: "land",
  region: "land", county: "land", country: "land", nation: "land",
};

/**
 * Last words of a company's or a body's name that say what kind of body it is, beside the
 * organisation words of names.ts: outlets write them loosely ("Airways" for "Airlines"), so a name
 * differing only in one of them is the same name (lower case).
 */
export const NAME_DESIGNATORS: ReadonlySet<string> = new Set([
  "airways", "airline", "air", "aviation", "systems", "solutions", "enterprises", "ventures", "capital",
  "studios", "studio", "entertainment", "communications", "telecom", "energy", "labs", "pharmaceuticals",
  "brands", "stores", "markets", "logistics", "software", "electronics", "records", "pictures", "films",
  "city", "county", "district", "station", "base", "port", "airport", "park", "square", "street", "avenue",
  "road", "bridge", "building", "hall", "stadium", "arena", "tower", "plaza", "mall",
]);
