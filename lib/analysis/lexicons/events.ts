// Words that name what happened on a date, for aligning date claims across outlets. General
// English data, tested in tests/unit/compare/lexicons-counts.test.ts. Lower-case, punctuation-free.

/**
 * Event heads: nouns and unambiguous verb forms of events that happen at one time and are
 * reported as such ("the call", "was killed", "the vote"). Every form maps to its class. Two
 * date claims with the same actor and the same head class are one event even when they
 * disagree on the day (a date conflict). Generic verbs (say, propose, reject) are not heads:
 * one person proposes many things in one story.
 */
export const EVENT_HEADS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    call: ["call", "calls", "phone", "phoned", "telephone", "telephoned", "phonecall"],
    meeting: ["meeting", "meetings", "met", "summit", "talks"],
    // in one story, "the bombing", "the blast" and "the explosion" are one event
    attack: [
      "attack", "attacks", "attacked", "airstrike", "airstrikes", "bombing", "bombed", "bomb", "raid", "raided",
      "shelling", "shelled", "ambush", "ambushed", "explosion", "blast", "exploded", "detonated", "detonation",
    ],
    shooting: ["shooting", "gunfire", "gunman", "shootout"],
    killing: ["killed", "killing", "killings", "slain", "murder", "murdered", "assassination", "assassinated", "massacre"],
    death: ["died", "death", "perished"],
    vote: ["vote", "voted", "votes", "ballot", "referendum"],
    election: ["election", "elections", "elected", "runoff"],
    arrest: ["arrest", "arrested", "arrests", "detained", "detention"],
    resignation: ["resignation", "resigned"],
    crash: ["crash", "crashed", "collision", "derailment", "derailed"],
    earthquake: ["earthquake", "quake", "tremor"],
    flood: ["flood", "floods", "flooding"],
    fire: ["fire", "wildfire", "blaze"],
    storm: ["storm", "hurricane", "typhoon", "cyclone", "tornado"],
    protest: ["protest", "protests", "protested", "rally", "demonstration", "demonstrations", "march"],
    visit: ["visit", "visited", "trip"],
    interview: ["interview", "interviewed"],
    speech: ["speech", "address"],
    signing: ["signing", "signed"],
    hearing: ["hearing", "testimony", "testified"],
    trial: ["trial"],
    verdict: ["verdict", "ruling", "ruled", "sentenced", "sentencing", "convicted", "acquitted"],
    inauguration: ["inauguration", "inaugurated", "sworn"],
    funeral: ["funeral", "burial", "buried"],
    launch: ["launch", "launched"],
    invasion: ["invasion", "invaded"],
    ceasefire: ["ceasefire", "truce", "armistice"],
    coup: ["coup"],
    collapse: ["collapse", "collapsed"],
    outbreak: ["outbreak"],
    indictment: ["indictment", "indicted", "charged"],
    crackdown: ["crackdown"],
  }).flatMap(([cls, words]) => words.map((w) => [w, cls] as [string, string])),
);

/**
 * Verbs of saying, reporting and appearing: they tell who spoke, not which event a date is
 * ("announced Saturday that ...", "speaking at an event Saturday"). Inflected forms listed.
 */
export const REPORTING_WORDS: ReadonlySet<string> = new Set([
  "say", "said", "says", "saying", "tell", "told", "tells", "telling", "state", "stated", "states", "stating",
  "announce", "announced", "announces", "announcing", "add", "added", "adds", "note", "noted", "notes",
  "claim", "claimed", "claims", "claiming", "reported", "reportedly", "allegedly",
  "recount", "recounted", "recounts", "explain", "explained", "insist", "insisted", "stress", "stressed",
  "speak", "spoke", "speaking", "speaks", "write", "wrote", "writes", "writing", "confirm", "confirmed",
  "confirms", "reveal", "revealed", "according", "declare", "declared", "remark", "remarked", "describe",
  "described", "tweeted", "posted",
]);
