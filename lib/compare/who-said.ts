// Who said it: the same long run of quoted words that one outlet gives to one person and another
// outlet to a different person. Only attributions an article states plainly count: the speaker is a
// person named in full in the quote's own sentence, or the pronoun subject of its cue continuing the
// article's previous quote by that same person ("He added ...", "..., she said"); a sentence naming
// anyone else (a quote of a quote, "X told Y", "the council said X told them") or a document ("the
// statement said") is no attribution to compare.

import type { Entity, QuoteClaim } from "../analysis/types";
import { lookupAlias, lookupDemonym } from "../analysis/lexicons/aliases";
import { GIVEN_NAMES } from "../analysis/lexicons/names";
import { OFFICES } from "../analysis/lexicons/titles";
import { escapeRegExp, fold, hash, normWord, slug, tokenize } from "../analysis/text";
import type { GroupResult } from "./analyze";
import { asWritten } from "./attribution";
import type { StoryContext } from "./context";
import { parseName } from "./entities";
import { longestCommonRun } from "./quotes";
import { claimRef, type DiscrepancyReading, type StoryArticleInput } from "./types";

/** Identical quoted words two outlets must share before who said them is compared. */
const WHO_SAID_RUN = 10;
/** Share of the shorter quote the identical run must cover. */
const SAME_QUOTATION = 0.8;
/** Two different people given the same words: an editor checks which one said them. */
const DIFFERENT_PEOPLE = 0.75;
/** A person and their own spokesperson: the words may be the principal's, relayed. */
const SPOKESPERSON = 0.65;
/** One side's speaker is read through a pronoun, not named in the sentence. */
const PRONOUN_PENALTY = 0.05;

const OFFICE_WORDS = new Set(OFFICES.flatMap((o) => o.split(" ")));
/** The attribution is to a text someone issued or to another report, not to the person speaking. */
const RELAYED = /\b(statements?|release|letter|tweet(?:ed|s)?|posted|posts?|transcript|quot(?:ing|ed)|cit(?:ing|ed)|reported|reports|memo|documents?)\b/i;
/** "Jane Roe, spokeswoman for the minister X" / "the minister's spokeswoman": the speaker speaks for X. */
const SPEAKS_FOR_BEFORE = /\b(?:spokes(?:man|woman|person)|aide|adviser|advisor|press secretary)\s+(?:for|of|to)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,5}$/iu;
const SPEAKS_FOR_AFTER = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:spokes(?:man|woman|person)|aide|adviser|advisor|press secretary)\b/iu;
/** A speech verb before the speaker's name: someone else relays the words ("The council said X told them") ... */
const SPEECH_VERB = /\b(?:said|says|told|tells|added|adds|stated|wrote|according to)\b/i;
/** ... unless it is all that precedes the name but the quote itself ('"...," said X', "According to X, ..."). */
const INVERTED_CUE = /^[^\p{L}\p{N}]*(?:said|says|added|according to)[\s,]*$/iu;

/** The pronoun that is the subject of the quote's cue ("he added", "she also said", "said he"), or null. */
function pronounOfCue(text: string, cue: string | null): string | null {
  if (!cue || !/\p{L}/u.test(cue)) return null;
  const c = escapeRegExp(cue);
  const m = new RegExp(`\\b(he|she)\\s+(?:[a-z]+ly\\s+|also\\s+|then\\s+)?${c}\\b|\\b${c}\\s+(he|she)\\b`, "i").exec(text);
  return m ? m[1] ?? m[2] : null;
}

interface Attribution {
  articleId: string;
  outlet: string;
  claim: QuoteClaim;
  norms: string[];
  /** the speaker as the extraction names them, and the words of that name (folded) */
  name: string;
  words: Set<string>;
  /** the given name among those words, for a full name; null for a name read loosely */
  given: string | null;
  key: string;
  /** name words of the person the speaker speaks for, when the sentence says so */
  principal: Set<string> | null;
  /** the quote's sentence with the quoted words blanked out */
  outside: string;
  /** the pronoun the sentence gives for the speaker, whom the article's previous quote names; null when named */
  pronoun: string | null;
}

/** Folded words of a person's full name without titles, and which is the given name; null when it is no full name of a person. */
function personNameWords(name: string, kind?: Entity["kind"]): { words: Set<string>; given: string | null } | null {
  const p = parseName(name, kind);
  if (p.kind !== "person" || !p.first || !p.bare) return null;
  const toks = tokenize(p.bare);
  // a caption or title read as a name ("Press Nordic", "State Secretary"): place and office words,
  // but for a place's name as the given name parseName kept ("Jordan Hale") and, after a common
  // given name, a surname that is such a word ("John Major")
  const last = toks.length - 1;
  const given = GIVEN_NAMES.has(toks[0].norm);
  const captionWord = (t: (typeof toks)[number], k: number) =>
    (k !== last || !given) && (OFFICE_WORDS.has(t.norm) || !!lookupDemonym(t.text) || (k > 0 && !!lookupAlias(t.text)));
  if (toks.some(captionWord)) return null;
  return { words: new Set(toks.map((t) => fold(t.norm)).filter((w) => w.length > 1)), given: givenWord(p.first, toks) };
}

/** Which of a name's words (folded) is its given name, by parseName's reading; null when it reads none. */
function givenWord(first: string | null, toks: { text: string; norm: string }[]): string | null {
  const t = first ? toks.find((x) => slug(x.text) === first) : undefined;
  return t ? fold(t.norm) : null;
}

const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((w) => b.has(w));

/** Where the claim's sentence starts in the article's body, and the sentence with the quoted words blanked out. */
function outsideOf(claim: QuoteClaim, body: string | undefined): { start: number; text: string } | null {
  const sentence = claim.sentence;
  const start = body !== undefined ? body.lastIndexOf(sentence, claim.start) : -1;
  const at = start >= 0 ? claim.start - start : sentence.indexOf(claim.text);
  if (!sentence || at < 0) return null;
  const end = at + (claim.end - claim.start);
  return { start: start >= 0 ? start : claim.start - at, text: sentence.slice(0, at) + " ".repeat(end - at) + sentence.slice(end) };
}

/** Where the first of the words (capitalised, as a name is written) stands in the text, or -1. */
function nameAt(text: string, words: Set<string>): number {
  for (const m of text.matchAll(/[\p{L}\p{N}'’]+/gu)) if (/^\p{Lu}/u.test(m[0]) && words.has(fold(normWord(m[0])))) return m.index;
  return -1;
}

const namedIn = (text: string, words: Set<string>) => nameAt(text, words) >= 0;

/** An article's plainly stated attribution of a quote, or null. */
function attributionOf(
  article: StoryArticleInput, claim: QuoteClaim, previous: QuoteClaim | undefined, ctx: StoryContext,
): Attribution | null {
  const ref = claim.quote.speaker;
  if (!ref || claim.quote.recounted) return null;
  const person = personNameWords(ref.name, ref.kind);
  const key = ctx.entities.key(ref, article.id);
  const outside = outsideOf(claim, article.body);
  if (!person || !key || !outside || RELAYED.test(outside.text)) return null;
  const { words, given } = person;
  let pronoun: string | null = null;
  const at = nameAt(outside.text, words);
  if (at < 0) {
    // "He added ...": only a continuation of the article's previous quote, named there, by the same person
    pronoun = pronounOfCue(outside.text, claim.quote.cue);
    if (!pronoun || !previous || previous.quote.recounted) return null;
    const before = outsideOf(previous, article.body);
    if (!before || ctx.entities.key(previous.quote.speaker, article.id) !== key || nameAt(before.text, words) < 0) return null;
  } else {
    // "The council said Jane Roe told them ...": relayed by the council
    const lead = outside.text.slice(0, at);
    if (SPEECH_VERB.test(lead) && !INVERTED_CUE.test(lead)) return null;
  }
  // anyone else the sentence names: the one they speak for, or the attribution is not plain
  let principal: Set<string> | null = null;
  const quoteFrom = claim.start - outside.start;
  const quoteTo = claim.end - outside.start;
  for (const e of article.entities ?? []) {
    if (e.kind !== "person") continue;
    const other = personNameWords(e.name, e.kind)?.words ?? null;
    if (other && overlaps(other, words)) continue;
    for (const m of e.mentions) {
      const from = m.start - outside.start;
      const to = m.end - outside.start;
      if (m.via === "pronoun" || from < 0 || to > outside.text.length || (from < quoteTo && to > quoteFrom)) continue;
      if (!other || principal) return null;
      const speaksFor = SPEAKS_FOR_BEFORE.test(outside.text.slice(Math.max(0, from - 80), from)) ||
        SPEAKS_FOR_AFTER.test(outside.text.slice(to, to + 40));
      if (!speaksFor) return null;
      principal = other;
    }
  }
  return {
    articleId: article.id, outlet: article.outlet, claim, key, name: ref.name, words, given, principal, pronoun, outside: outside.text,
    norms: tokenize(claim.quote.quote).map((t) => t.norm),
  };
}

/** Each quote of the story and, when it is plainly stated, its attribution. */
function attributions(articles: StoryArticleInput[], ctx: StoryContext): { all: Attribution[]; loose: Attribution[] } {
  const all: Attribution[] = [];
  const loose: Attribution[] = [];
  for (const a of articles) {
    const quotes = a.claims.filter((c): c is QuoteClaim => c.kind === "quote").sort((x, y) => x.start - y.start);
    quotes.forEach((c, i) => {
      const plain = attributionOf(a, c, quotes[i - 1], ctx);
      if (plain) all.push(plain);
      else if (c.quote.speaker) {
        // any attribution at all, to tell whether an outlet gives the words to both people
        const key = ctx.entities.key(c.quote.speaker, a.id);
        const p = parseName(c.quote.speaker.name, c.quote.speaker.kind);
        const toks = tokenize(p.bare);
        const words = new Set(toks.map((t) => fold(t.norm)));
        if (key) loose.push({ articleId: a.id, outlet: a.outlet, claim: c, key, name: c.quote.speaker.name, words, given: givenWord(p.first, toks), principal: null, pronoun: null, outside: "", norms: tokenize(c.quote.quote).map((t) => t.norm) });
      }
    });
  }
  return { all, loose };
}

/** Edits (insertions, deletions, substitutions) that turn one word into the other. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** One name word another spelling of the other: a transliteration or a typo ("Mohamed"/"Muhammad"). */
function spelledAlike(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return n >= 4 && editDistance(a, b) <= (n >= 6 ? 2 : 1);
}

/**
 * Possibly one person: one story-wide key, or a name word in common or spelled alike. Between two
 * full names a shared given name alone does not count: "Ann Roe" and "Ann Marsh" are two people.
 */
function samePerson(x: Attribution, y: Attribution): boolean {
  if (x.key === y.key) return true;
  const both = x.given !== null && y.given !== null;
  const own = (a: Attribution) => [...a.words].filter((w) => !both || w !== a.given);
  return own(x).some((w) => own(y).some((v) => w === v || spelledAlike(w, v)));
}

/**
 * The longest run of words two quotes share, as words of the first, when it is one quotation: at
 * least WHO_SAID_RUN words and most of the shorter quote (a phrase two people both cite, from a
 * document or a slogan, is a fragment of longer quotes that differ).
 */
function sharedRun(a: string[], b: string[]): string[] | null {
  const longest = longestCommonRun(a, b);
  if (longest < Math.max(WHO_SAID_RUN, SAME_QUOTATION * Math.min(a.length, b.length))) return null;
  const text = ` ${b.join(" ")} `;
  for (let i = 0; i + longest <= a.length; i++) if (text.includes(` ${a.slice(i, i + longest).join(" ")} `)) return a.slice(i, i + longest);
  return null;
}

/**
 * Discrepancies of attribution: one per run of quoted words that outlets give to exactly two
 * different people, no outlet giving it to both.
 */
export function findAttributionConflicts(articles: StoryArticleInput[], ctx: StoryContext): GroupResult[] {
  const { all, loose } = attributions(articles, ctx);
  const results: GroupResult[] = [];
  const done = new Set<Attribution>();
  for (const x of all) {
    if (done.has(x)) continue;
    // every plain attribution of these words, in any outlet
    const linked = all.filter((y) => y === x || sharedRun(x.norms, y.norms));
    const y0 = linked.find((y) => y.outlet !== x.outlet && !samePerson(x, y));
    if (!y0) continue;
    const run = sharedRun(x.norms, y0.norms)!;
    linked.forEach((y) => done.add(y));
    const sides = [linked.filter((y) => samePerson(y, x)), linked.filter((y) => samePerson(y, y0))];
    // a third person, one attribution matching both people, or an outlet giving the words to both
    if (sides[0].length + sides[1].length !== linked.length || sides[0].some((y) => sides[1].includes(y))) continue;
    const withRun = [...linked, ...loose.filter((y) => sharedRun(run, y.norms))];
    const outletsOf = (p: Attribution) => new Set(withRun.filter((y) => samePerson(y, p)).map((y) => y.outlet));
    const [ox, oy] = [outletsOf(x), outletsOf(y0)];
    if ([...ox].some((o) => oy.has(o))) continue;
    // a sentence naming the other side's speaker, other than as the one its speaker speaks for
    // ("X told Y ...", "X said Y had ordered ..."), ties the words to both
    // (a given name both share is the sentence's own speaker, not the other)
    const entangled = (side: Attribution[], other: Attribution) => side.some((y) => {
      const words = new Set([...other.words].filter((w) => w !== other.given || !y.words.has(w)));
      return namedIn(y.outside, words) && !(y.principal && overlaps(y.principal, other.words));
    });
    if (entangled(sides[0], y0) || entangled(sides[1], x)) continue;
    // a spokesperson for a third person: the words may be that person's, whoever relayed them
    const thirdParty = (side: Attribution[], other: Attribution) => side.some((y) => y.principal && !overlaps(y.principal, other.words));
    if (thirdParty(sides[0], y0) || thirdParty(sides[1], x)) continue;
    results.push(conflict(sides as [Attribution[], Attribution[]], run, ctx));
  }
  return results;
}

function conflict(sides: [Attribution[], Attribution[]], run: string[], ctx: StoryContext): GroupResult {
  const [a, b] = sides;
  const speaksFor = (s: Attribution[], o: Attribution[]) => s.some((y) => y.principal && o.some((z) => overlaps(y.principal!, z.words)));
  const relayed = speaksFor(a, b) || speaksFor(b, a);
  const pronoun = [...a, ...b].some((y) => y.pronoun);
  const confidence = Math.round(((relayed ? SPOKESPERSON : DIFFERENT_PEOPLE) - (pronoun ? PRONOUN_PENALTY : 0)) * 100) / 100;
  const first = a[0];
  const words = asWritten(run.join(" "), first.claim.quote.quote) ?? run.join(" ");
  const shown = words.split(/\s+/).slice(0, 8).join(" ") + (run.length > 8 ? "…" : "");
  const readingsOf = (side: Attribution[]): DiscrepancyReading[] => {
    const bySentence = new Map<string, DiscrepancyReading>();
    for (const y of side) {
      const r = bySentence.get(y.claim.sentence) ?? bySentence.set(y.claim.sentence, { text: y.claim.sentence, articleIds: [], claimIds: [], sentence: true }).get(y.claim.sentence)!;
      if (!r.articleIds.includes(y.articleId)) r.articleIds.push(y.articleId);
      r.claimIds.push(claimRef(y.articleId, y.claim.id));
    }
    return [...bySentence.values()].map((r) => ({ ...r, articleIds: r.articleIds.sort() }));
  };
  // a side read through a pronoun says so: the editor sees "He" in that outlet's sentence
  const outlets = (side: Attribution[]) => [...new Set(side.map((y) => y.outlet + (y.pronoun ? `, as "${y.pronoun}" continuing an earlier quote` : "")))].join("; ");
  const nameOf = (side: Attribution[]) => ctx.entities.display(side[0].key);
  const nameAsWritten = (side: Attribution[]) => side
    .map((y) => asWritten(nameOf(side), y.claim.sentence) ?? asWritten(y.name, y.claim.sentence) ?? y.pronoun)
    .find((w): w is string => !!w);
  const [ra, rb] = [readingsOf(a), readingsOf(b)];
  const readings = [...ra, ...rb];
  const key = `who-said:${hash(run.join(" "))}`;
  return {
    group: {
      key, kind: "quote", label: `Who said "${shown}"`,
      members: [...a, ...b].map((y) => ({ articleId: y.articleId, claimId: y.claim.id, reading: y.key })),
      readings: [...ra.map((r) => ({ ...r, normalized: a[0].key })), ...rb.map((r) => ({ ...r, normalized: b[0].key }))],
      consensus: null,
    },
    discrepancies: [{
      key: "", groupKey: "", kind: "detail_conflict", severity: relayed ? "minor" : "major", confidence,
      summary: `Who said "${shown}": ${nameOf(a)} (${outlets(a)}) vs ${nameOf(b)} (${outlets(b)})`,
      readings,
      differing: [a, b].map((side) => ({ articleIds: [...new Set(side.map((y) => y.articleId))].sort(), words: [nameAsWritten(side)].filter((w): w is string => !!w) })),
    }],
    departures: new Set(),
    anchor: run.join(" "),
  };
}
