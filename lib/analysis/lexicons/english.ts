// General English word lists shared by the analysis and the comparison: function words, negations,
// abbreviations, and the past tenses labels need. Data only, lower-case and punctuation-free.

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

/** Abbreviations after which a period does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "st", "sr", "jr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "adm", "maj",
  "prof", "rev", "hon", "inc", "co", "corp", "ltd", "no", "vs", "etc", "mt", "ft", "jan", "feb", "mar", "apr",
  "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "dept", "univ", "fig", "al",
]);

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

/**
 * Function words with a variant form of the same meaning and use ("although"/"though",
 * "toward"/"towards"): a quote written with either is the same quote. Each form maps to one key.
 */
export const FUNCTION_WORD_VARIANTS: Readonly<Record<string, string>> = {
  although: "though", though: "though", toward: "toward", towards: "toward", afterward: "afterward", afterwards: "afterward",
  upward: "upward", upwards: "upward", downward: "downward", downwards: "downward", backward: "backward", backwards: "backward",
  forward: "forward", forwards: "forward", among: "among", amongst: "among", amid: "amid", amidst: "amid", while: "while", whilst: "while",
  till: "until", until: "until", okay: "ok", ok: "ok", anyway: "anyway", anyways: "anyway",
};
