// What an amount measures, read from the words joined to it in its sentence: "a $2 billion loss",
// "$40 million in annual revenue", "revenue of $40 million", "the budget -- $5 million". The
// noun's class (lexicons/measures.ts) says which figure an amount is, so that two outlets' amounts
// of one thing pair up and amounts of two different things never do. A share that is a chance
// measures the chance of its outcome: a chance of rain and a chance of success are two figures.

import { LIKELIHOOD_NOUNS, MEASURE_DEFINERS, MEASURE_LINKS_AFTER, MEASURE_LINKS_BEFORE, MEASURED_CLASSES } from "../../analysis/lexicons/measures";
import { isContentWord, normWord, singular } from "../../analysis/text";

/** Modifiers allowed in front of the measured noun: "adjusted annual operating profit". */
const MAX_RUN = 4;
/** Determiners and possessives that may open the noun phrase after a link word: "of the company's revenue". */
const OPENERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that"]);
/** Punctuation that ends the phrase an amount belongs to. */
const BREAK = /[,;:!?()[\]"\u201C\u201D\u2014\u2013]|\s-{2}\s|\.(?!\d)/;
/** What a share that is a likelihood measures ("a 70 percent chance of rain"), followed by its outcome's words. */
const LIKELIHOOD = "chance";
const OUTCOME = `${LIKELIHOOD} of `;
/** A dash or colon that sets an amount after its noun: "the budget -- $5 million", "weight: 40 kg". */
const SET_OFF = /(?:\s-{1,2}|[\u2014\u2013:])\s*$/;

/** How many words before a figure, within its phrase, may define which measure it is ("an effective rate of"). */
const DEFINER_BEFORE = 5;
/** After a figure, a definer follows "in": "2% in real terms", "$3 million in net income". */
const DEFINER_AFTER = /^\s*in\s+(\S+)/i;

/** A definer in one spelling, so that outlets of either spelling name one measure ("annualised", "annualized"). */
const oneSpelling = (w: string) => w.replace(/ised$/, "ized");

/**
 * The words of a figure's own phrase that say which measure of a thing it is ("an effective tax
 * rate of 26 percent", "median pay of $40,000", "2% in real terms"), sorted; "" when none. Before the
 * figure a definer opens its noun phrase (after a determiner, a preposition or the clause's start):
 * in "the fishing net cost $40" the word is a noun of its own.
 */
export function measureDefiners(sentence: string, at: number, end: number): string {
  const clause = sentence.slice(0, at).split(BREAK).pop()!.trim().split(/\s+/).map(normWord);
  const found = new Set<string>();
  for (let i = Math.max(0, clause.length - DEFINER_BEFORE); i < clause.length; i++) {
    if (MEASURE_DEFINERS.has(clause[i]) && (i === 0 || !isContentWord(clause[i - 1]))) found.add(oneSpelling(clause[i]));
  }
  const after = normWord(DEFINER_AFTER.exec(sentence.slice(end).split(BREAK)[0])?.[1] ?? "");
  if (MEASURE_DEFINERS.has(after)) found.add(oneSpelling(after));
  return [...found].sort().join(" ");
}

export function measureClass(word: string): string | null {
  const w = normWord(word);
  return MEASURED_CLASSES.get(w) ?? MEASURED_CLASSES.get(singular(w)) ?? null;
}

/** The measured class of a noun phrase's words: its last listed word (the head of "cash payout" is "payout"). */
function classOfRun(words: string[]): string | null {
  let found: string | null = null;
  for (const w of words.slice(0, MAX_RUN)) {
    if (!isContentWord(normWord(w))) break;
    found = measureClass(w) ?? found;
  }
  return found;
}

/**
 * The class of what an amount measures, from its sentence and the amount's offsets in it: the noun
 * right after it ("a $2 billion loss"), the noun after "in"/"of" ("$40 million in revenue"), or the
 * noun before "of"/"worth" or a dash ("revenue of $40 million"); null when none is a listed noun.
 */
export function measuredNoun(sentence: string, at: number, end: number): string | null {
  // a converted figure in brackets stands for the same amount: "90 kg (198 pounds) of cargo"
  let rest = sentence.slice(end).replace(/^\s*\([^)]*\)/, "");
  const cut = BREAK.exec(rest);
  if (cut) {
    const before = rest.slice(0, cut.index);
    // in a list of figures the word before a colon labels the next figure ("... 12 tonnes Height: 40 m"),
    // not this one; before any other colon, the words are read as before another break
    const labelsNext = cut[0] === ":" && /^\s*[$\u20AC\u00A3\u00A5]?\d/.test(rest.slice(cut.index + 1));
    rest = labelsNext ? before.replace(/\S+\s*$/, "") : before;
  }
  const after = rest.split(/\s+/).filter((w) => normWord(w));
  if (after.length) {
    const first = normWord(after[0]);
    if (LIKELIHOOD_NOUNS.has(first)) return likelihoodOf(after.slice(1));
    if (MEASURE_LINKS_AFTER.has(first)) {
      const phrase = after.slice(1);
      while (phrase.length && OPENERS.has(normWord(phrase[0]))) phrase.shift();
      const cls = classOfRun(phrase);
      if (cls) return cls;
    } else {
      const cls = classOfRun(after);
      if (cls) return cls;
    }
  }
  const head = sentence.slice(0, at);
  if (SET_OFF.test(head)) {
    const ws = head.replace(SET_OFF, "").split(/\s+/).filter((w) => normWord(w));
    return ws.length ? measureClass(ws[ws.length - 1]) : null;
  }
  const ws = head.split(/\s+/).filter((w) => normWord(w));
  const link = ws.length >= 2 ? normWord(ws[ws.length - 1]) : "";
  return MEASURE_LINKS_BEFORE.has(link) ? measureClass(ws[ws.length - 2]) : null;
}

/**
 * A likelihood by the content words of its outcome: "chance of heavy snow" is "chance of
 * heavy snow", "odds of a win" is "chance of win"; "chance" alone when no outcome is named.
 */
function likelihoodOf(rest: string[]): string {
  if (rest.length < 2 || normWord(rest[0]) !== "of") return LIKELIHOOD;
  const phrase = rest.slice(1);
  while (phrase.length && OPENERS.has(normWord(phrase[0]))) phrase.shift();
  const words: string[] = [];
  for (const w of phrase.slice(0, MAX_RUN)) {
    if (!isContentWord(normWord(w))) break;
    words.push(singular(normWord(w)));
  }
  return words.length ? `${LIKELIHOOD} of ${words.join(" ")}` : LIKELIHOOD;
}

/**
 * Whether two measured classes are one thing ("same"), two things ("different"), or cannot be told
 * ("unknown": a chance whose outcome one side does not name). Two chances are of one outcome when
 * their outcomes share a word ("heavy rain", "rain"), of two when they share none ("clear
 * conditions", "full success").
 */
export function measuredRelation(a: string, b: string): "same" | "different" | "unknown" {
  const [oa, ob] = [a.startsWith(OUTCOME), b.startsWith(OUTCOME)];
  if (!oa && !ob) return a === b ? "same" : "different";
  if ((a === LIKELIHOOD || b === LIKELIHOOD) && (oa || ob)) return "unknown";
  if (!oa || !ob) return "different";
  const wa = a.slice(OUTCOME.length).split(" ");
  return b.slice(OUTCOME.length).split(" ").some((w) => wa.includes(w)) ? "same" : "different";
}
