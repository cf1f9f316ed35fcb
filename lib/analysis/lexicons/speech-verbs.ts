// Verbs and phrases that introduce reported speech, as general English data.
// Keys are lemmas (wink's lemma of the verb token); every inflection is matched
// through the lemma, and a surface-form table covers forms the lemmatiser misses.

/** Lemmas of verbs of saying, writing and asserting. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  "say", "tell", "add", "write", "state", "ask", "explain", "continue", "note", "argue", "insist", "claim",
  "declare", "tweet", "post", "reply", "respond", "recall", "warn", "announce", "assert", "acknowledge",
  "admit", "concede", "complain", "joke", "quip", "remark", "observe", "suggest", "predict", "promise",
  "vow", "pledge", "urge", "caution", "emphasize", "emphasise", "stress", "report", "shout", "yell",
  "scream", "chant", "conclude", "describe", "call", "read", "accuse", "assure", "lament", "blame",
  "proclaim", "contend", "maintain", "counter", "retort", "boast", "brag", "mutter", "whisper", "sing",
  "exclaim", "muse", "reflect", "confirm", "deny", "allege", "testify", "plead", "demand", "declare",
  "begin", "interject", "interrupt", "reiterate", "repeat", "concur", "agree", "disagree", "wonder",
  "quote", "cite", "inform", "advise", "recount", "reason", "hint", "speculate", "estimate", "opine",
  "thunder", "fume", "snap", "sigh", "laugh", "plead", "insinuate", "imply", "remember", "shoot", "fire", "hit", "propose", "recommend",
  "answer", "comment", "mention", "pronounce", "charge", "criticize", "criticise", "praise", "dismiss",
  "describe", "label", "dub", "brand", "term", "characterize", "characterise", "message", "text", "email",
  "blog", "tout", "mock", "scoff", "rant", "jab", "concede", "affirm", "articulate", "elaborate", "clarify",
  "echo", "bark", "gush", "marvel", "sneer", "scold", "growl", "grumble", "chide", "chime",
  "liken", "compare", "condemn", "denounce", "decry", "deride", "hail", "laud", "exhort", "rate",
  "blast", "slam", "lambaste", "bash", "pound",
]);

/** Verbs whose object is a description of something (called it "reckless"). */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  "call", "describe", "label", "dub", "brand", "term", "characterize", "characterise", "refer",
  // judging something as (or to) a description: condemned the plan as "reckless"
  "liken", "compare", "condemn", "denounce", "decry", "deride", "hail", "laud", "rate",
]);

/** Surface forms the lemmatiser may not map (kept lower-case). */
export const SPEECH_FORMS: ReadonlyMap<string, string> = new Map([
  ["said", "say"], ["says", "say"], ["saying", "say"], ["told", "tell"], ["tells", "tell"], ["telling", "tell"],
  ["wrote", "write"], ["writes", "write"], ["written", "write"], ["writing", "write"], ["tweeted", "tweet"],
  ["tweets", "tweet"], ["tweeting", "tweet"], ["read", "read"], ["reads", "read"], ["quipped", "quip"],
  ["emailed", "email"], ["e-mailed", "email"], ["texted", "text"], ["blogged", "blog"],
]);

/** Multi-word cues that put the speaker after them: "according to X". */
export const PREFIX_CUES: readonly string[] = ["according to", "in the words of", "as quoted by"];

/** Nouns that head a statement ("in a statement", "the report claimed"). */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  "statement", "interview", "tweet", "post", "email", "e-mail", "letter", "memo", "speech", "report",
  "remarks", "release", "op-ed", "column", "message", "text", "video", "ad", "advertisement", "filing",
  "lawsuit", "complaint", "editorial", "transcript", "press conference", "news conference", "briefing",
]);

/** Nouns that name the quoted words themselves ("used the phrase "..."", "repeated the slogan "...""). */
export const PHRASE_NOUNS: ReadonlySet<string> = new Set([
  "phrase", "term", "word", "words", "slogan", "expression", "catchphrase", "mantra", "refrain", "motto", "line",
]);

/** Is this lemma (or surface form) a verb of saying? */
export function isSpeechVerb(lemmaOrForm: string): boolean {
  const w = lemmaOrForm.toLowerCase();
  return SPEECH_VERBS.has(w) || SPEECH_FORMS.has(w);
}

/** The lemma of a speech verb written in some form, or null. */
export function speechLemma(form: string, lemma?: string): string | null {
  const w = form.toLowerCase();
  if (SPEECH_FORMS.has(w)) return SPEECH_FORMS.get(w)!;
  const l = (lemma ?? w).toLowerCase();
  return SPEECH_VERBS.has(l) ? l : null;
}

/** Verbs that, with a quote but without a subject nearby, are weak cues and need a strong link. */
export const STRONG_SPEECH_VERBS: ReadonlySet<string> = new Set([
  "say", "tell", "add", "write", "state", "ask", "explain", "continue", "note", "argue", "insist", "claim",
  "declare", "tweet", "reply", "respond", "recall", "warn", "announce", "assert", "acknowledge", "admit",
  "concede", "complain", "joke", "quip", "remark", "observe", "conclude", "shout", "yell", "exclaim",
  "proclaim", "contend", "retort", "counter", "report", "read", "post", "muse", "reiterate", "answer", "comment",
]);
