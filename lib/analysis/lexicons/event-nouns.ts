// Nouns that name an event a date can attach to ("a June 9 meeting",
// "a report on March 3", "the war (1861-1865)"). General English data.
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  "call", "meeting", "talks", "summit", "interview", "report", "speech", "address", "visit", "trip",
  "election", "elections", "vote", "referendum", "primary", "caucus", "poll", "survey",
  "attack", "strike", "raid", "bombing", "shooting", "explosion", "blast", "earthquake", "quake",
  "protest", "rally", "march", "demonstration", "riot", "uprising", "coup", "revolution",
  "announcement", "statement", "conference", "briefing", "hearing", "trial", "ruling", "verdict",
  "decision", "agreement", "deal", "ceasefire", "truce", "treaty", "accord", "invasion", "war",
  "battle", "occupation", "intervention", "ceremony", "inauguration", "funeral", "debate", "match",
  "game", "race", "final", "launch", "crash", "collapse", "storm", "hurricane", "typhoon", "cyclone",
  "fire", "wildfire", "flood", "session", "letter", "post", "tweet", "article", "story", "deadline",
  "event", "incident", "operation", "offensive", "arrest", "killing", "murder", "assassination",
  "negotiations", "exchange", "conversation", "phone", "broadcast", "show", "episode", "release",
  "resignation", "dismissal", "appointment", "nomination", "indictment", "sentencing", "execution",
  "sanctions", "order", "memo", "filing", "lawsuit", "complaint", "warning", "alert", "outbreak",
  "crisis", "massacre", "siege", "annexation", "independence", "treaty", "signing", "rejection",
  "proposal", "offer", "visit", "departure", "arrival", "landing", "shutdown", "default", "merger",
]);
