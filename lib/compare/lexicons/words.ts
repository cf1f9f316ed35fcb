// General English word lists used by the comparison layer. Data only, tested in
// tests/unit/compare/lexicons.test.ts. All entries are lower-case and punctuation-free.

/** Words whose substitution in a quote is a minor wording change ("on" vs "in"). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "all", "both",
  "of", "in", "on", "at", "to", "into", "onto", "upon", "for", "from", "by", "with", "within", "without",
  "about", "as", "over", "under", "through", "across", "against", "between", "among", "toward", "towards",
  "inside", "outside", "after", "before", "during", "since", "until", "up", "down", "out", "off", "per", "via",
  "and", "or", "but", "so", "yet", "if", "then", "than", "because", "while", "although", "though", "whether",
  "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her",
  "hers", "it", "its", "they", "them", "their", "theirs", "itself", "himself", "herself", "themselves",
  "ourselves", "yourself", "yourselves", "myself", "who", "whom", "whose", "which", "what", "there", "here",
  "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "have", "has", "had",
  "will", "would", "shall", "should", "can", "could", "may", "might", "must",
  "its", "im", "were", "weve", "well", "youre", "youve", "hes", "shes", "theyre", "theyve", "ive", "ill",
  "very", "just", "also", "too", "only", "even", "really", "quite", "rather", "s",
]);

/** Negations: adding, removing or changing one always matters. */
export const NEGATIONS: ReadonlySet<string> = new Set([
  "not", "no", "never", "none", "nobody", "nothing", "nowhere", "neither", "nor", "cannot", "cant",
  "wont", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "shouldnt", "wouldnt", "couldnt",
  "hasnt", "havent", "hadnt", "mustnt", "neednt", "aint", "n't",
]);

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

/** Nouns that name land in general: "on X soil" means "in X". */
export const GENERIC_PLACE_NOUNS: ReadonlySet<string> = new Set([
  "soil", "territory", "ground", "land", "lands", "country", "nation", "state", "side", "turf", "territories",
]);

/**
 * Nouns that only refer to some proposal or step without saying what it is: an action object
 * headed by one ("the proposal", "his offer", "the plan") may be any specific object, so it is
 * compatible with all of them. Pronouns that stand for an object are listed too.
 */
export const GENERIC_OBJECT_NOUNS: ReadonlySet<string> = new Set([
  "proposal", "proposition", "offer", "plan", "idea", "invitation", "initiative", "request", "suggestion",
  "demand", "bid", "move", "measure", "decision", "step", "option", "scheme", "overture", "thing", "matter", "issue", "one", "it", "this", "that", "these", "those", "them",
]);

/** Words that only locate: dropped from the front of a place phrase. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "to", "into", "in", "on", "onto", "at", "inside", "within", "toward", "towards", "across", "throughout",
  "near", "along", "over", "through", "the", "a", "an",
]);


/** Name suffixes ignored when keying people. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv", "phd", "md"]);


/** Abbreviations after which a period does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "st", "sr", "jr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "adm", "maj",
  "prof", "rev", "hon", "inc", "co", "corp", "ltd", "no", "vs", "etc", "mt", "ft", "jan", "feb", "mar", "apr",
  "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "dept", "univ", "fig", "al",
]);

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

/** Past tenses that do not follow the rules (for labels such as "What X rejected"). */
export const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  be: "was", begin: "began", bid: "bid", break: "broke", bring: "brought", build: "built", buy: "bought",
  choose: "chose", come: "came", cut: "cut", do: "did", drive: "drove", fall: "fell", fight: "fought",
  find: "found", flee: "fled", forbid: "forbade", forgive: "forgave", give: "gave", go: "went", have: "had",
  hit: "hit", hold: "held", keep: "kept", know: "knew", lead: "led", leave: "left", let: "let", lose: "lost",
  make: "made", meet: "met", pay: "paid", put: "put", quit: "quit", rise: "rose", say: "said", see: "saw",
  seek: "sought", sell: "sold", send: "sent", set: "set", shoot: "shot", shut: "shut", speak: "spoke",
  spend: "spent", split: "split", spread: "spread", steal: "stole", strike: "struck", take: "took",
  tell: "told", think: "thought", throw: "threw", undertake: "undertook", win: "won", withdraw: "withdrew",
  write: "wrote",
};

/** Verbs whose last consonant doubles before "-ed" ("ban" -> "banned"). */
export const DOUBLING_VERBS: ReadonlySet<string> = new Set([
  "ban", "plan", "stop", "drop", "ship", "admit", "commit", "submit", "permit", "regret", "rob", "grab", "slam",
  "chop", "nab", "jab", "map", "tap", "bar", "scrap", "spar", "snub", "top", "rebut", "control",
]);
