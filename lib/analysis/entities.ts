// People, organisations and places in one article, with in-article coreference:
// surnames and title+surname link to the full name, he/she to the last person of
// that gender, descriptions ("the Chilean president", "the company") to the entity
// whose titles or kind they name. Pure rules over the tokens of nlp.parse.
import type { AnalysisContext, Doc, Entity, EntityKind, IndexedMention, Mention, TitleAttachment, Token } from "./types";
import { HONORIFICS, LEADER_NOUNS, LOWER_CASE_TITLES, MULTIWORD_TITLES, TITLE_QUALIFIERS, TITLE_WORDS, TOP_OFFICES } from "./lexicons/titles";
import { GIVEN_NAMES, NON_NAME_WORDS, ORG_ACRONYMS, ORG_WORDS, PUBLICATION_WORDS } from "./lexicons/names";
import { COUNTRIES, countryOfDemonym, isPlace } from "./lexicons/places";
import { tokenIndexAt } from "./nlp";
import { MONTHS } from "./lexicons/calendar";
import { isSyllablePair, nameWordsOf, sameNameSpaced, surnameOf as surnameOfName } from "./name-order";
import { STRONG_SPEECH_VERBS, speechLemma } from "./lexicons/speech-verbs";

/** Any character outside ASCII (surrogate halves included). */
const NON_ASCII = /[\u0080-\uffff]/;

/** A title attached to a person in the text (used by roles.ts and by description coreference). */
/** The people, organisations and places of one document, and the titles attached to people. */
export interface ResolvedEntities {
  entities: Entity[];
  titles: TitleAttachment[];
}

const MALE_PRONOUNS = new Set(["he", "him", "his", "himself"]);
const FEMALE_PRONOUNS = new Set(["she", "her", "hers", "herself"]);
const NAME_PARTICLES = new Set(["de", "da", "del", "della", "der", "van", "von", "bin", "ibn", "al", "la", "le", "dos", "du", "y"]);
const ORG_CONNECTORS = new Set(["of", "for", "on", "and", "&"]);
const SENTENCE_WORDS = new Set([
  "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "to", "of", "if", "when", "while", "as", "after",
  "before", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "there", "here", "what",
  "why", "how", "who", "where", "so", "yet", "still", "now", "then", "also", "even", "just", "asked", "meanwhile",
  "however", "instead", "last", "next", "many", "some", "most", "all", "both", "no", "not", "one", "two",
  "read", "related", "advertisement", "click", "watch", "photo", "video", "update", "updated", "editor's", "by",
]);
const DESCRIPTION_ORG_NOUNS: Record<string, "org" | "publication"> = {
  company: "org", firm: "org", group: "org", organization: "org", organisation: "org", agency: "org",
  campaign: "org", committee: "org", department: "org", ministry: "org", administration: "org", party: "org",
  newspaper: "publication", paper: "publication", outlet: "publication", publication: "publication",
  network: "publication", magazine: "publication", broadcaster: "publication", daily: "publication",
};

const UPPER = /^[A-ZÀ-ÖØ-ÞĀ-Ž]/u;
/** A firm's legal form written with its period: "Inc.", "LLP.", "Corp." ("Co. Ltd." goes on). */
const FIRM_SUFFIX_WITH_PERIOD = /^(inc|corp|llp|llc|ltd|plc|co)\.$/i;

function isCap(t: Token): boolean {
  return UPPER.test(t.text) && t.type !== "punctuation";
}

function isInitial(t: Token): boolean {
  return /^[A-Z]\.$/.test(t.text);
}

function slug(name: string): string {
  return (
    name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "x"
  );
}

function stripAccents(s: string): string {
  return NON_ASCII.test(s) ? s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase() : s.toLowerCase();
}

interface Run {
  /** token range of the name itself */
  a: number;
  b: number;
  /** token range of prefixes (titles/honorifics/nationality) before the name */
  pa: number;
  titles: string[];
  titleText: string | null;
  qualifier: string | null;
  honorificGender?: "m" | "f";
  honorific: boolean;
  theBefore: boolean;
}

function isSentenceStart(doc: Doc, i: number, sentStart: number): boolean {
  if (i === sentStart) return true;
  const p = doc.tokens[i - 1];
  // after an opening mark or a colon (not after a closing mark: '"...," Ward said')
  if (/^[“‘([:—–-]$/.test(p.text) || p.text === "``") return true;
  if (/^["'”’]$/.test(p.text) || p.text === "''") {
    const pp = doc.tokens[i - 2];
    return !pp || i - 1 === sentStart || !/^[,.!?;:…—–-]$/.test(pp.text);
  }
  return false;
}

function nameLike(doc: Doc, i: number, sentStart: number): boolean {
  const t = doc.tokens[i];
  if (!isCap(t)) return false;
  if (NON_NAME_WORDS.has(t.norm)) return false;
  if (t.pos === "AUX") return auxAsGivenName(doc, i, sentStart);
  if (isSentenceStart(doc, i, sentStart)) {
    if (SENTENCE_WORDS.has(t.norm)) return false;
    // a surname the tagger reads as a verb: "Lynch said ...", "Ward told ..."
    const nx = doc.tokens[i + 1];
    const verbName = t.pos === "VERB" && nx !== undefined && nx.pos === "VERB" && PERSON_VERBS.has(nx.lemma) && nx.norm !== nx.lemma;
    if (t.pos !== "PROPN" && t.pos !== "NOUN" && t.pos !== "ADJ" && t.pos !== "X" && !verbName) return false;
  }
  if (t.pos === "PRON" || t.pos === "DET" || t.pos === "CCONJ" || t.pos === "SCONJ") return false;
  // a capitalised verb mid-sentence in a headline-like line is still often a name: keep PROPN/NOUN/ADJ/X/VERB
  return true;
}

/**
 * A given name the tagger reads as an auxiliary: "Will Hendry said" (not "Will Congress act?").
 * Mid-sentence a capitalised auxiliary is a name; at the start of a statement, only before a name.
 */
function auxAsGivenName(doc: Doc, i: number, sentStart: number): boolean {
  const t = doc.tokens[i];
  const next = doc.tokens[i + 1];
  if (!GIVEN_NAMES.has(t.norm) || !next || next.pos !== "PROPN" || !isCap(next)) return false;
  if (!isSentenceStart(doc, i, sentStart)) return true;
  const s = doc.sentences.find((x) => x.tokenStart <= i && i < x.tokenEnd);
  return !!s && !/\?["'”’]*\s*$/.test(s.text);
}

/** Finds runs of capitalised tokens, joined through hyphens, initials, particles and org connectors. */
function findRuns(doc: Doc): Run[] {
  const runs: Run[] = [];
  const toks = doc.tokens;
  const monthSurnames = new Set<string>();
  for (let j = 1; j < toks.length; j++) if (monthSurnameAt(doc, j - 1, j)) monthSurnames.add(toks[j].norm);
  for (const s of doc.sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      if (!nameLike(doc, i, s.tokenStart) && !(monthSurnames.has(toks[i].norm) && loneMonthSurname(doc, i, s.tokenStart))) {
        i++;
        continue;
      }
      // party-state tags after a legislator's name: "(R-Ohio)", "D-S.C.", "R-Ky."
      if (/^[RDI]$/.test(toks[i].text) && !toks[i].space && toks[i + 1]?.text === "-" && /^[,(]$/.test(toks[i - 1]?.text ?? "")) {
        i += 2;
        while (i < s.tokenEnd && (isCap(toks[i]) || toks[i].text === ".") && !/^[,)]$/.test(toks[i].text)) i++;
        continue;
      }
      let j = i + 1;
      for (;;) {
        if (j >= s.tokenEnd) break;
        const t = toks[j];
        const prev = toks[j - 1];
        // a firm's legal form with its period ends its name: "Reed LLP. Acme Inc. said ..." names two firms
        if (FIRM_SUFFIX_WITH_PERIOD.test(prev.text) && !FIRM_SUFFIX_WITH_PERIOD.test(t.text) && !/^(ltd|llc|plc)\.?$/i.test(t.text)) break;
        if (isCap(t) && !NON_NAME_WORDS.has(t.norm) && t.pos !== "PRON" && t.pos !== "DET") {
          j++;
          continue;
        }
        // a nickname in quotation marks: Marta "Tita" Lund
        if (nicknameAt(toks, j, s.tokenEnd)) {
          j += 3;
          continue;
        }
        // hyphenated names: Ibáñez-Ruiz (tokens glued without spaces)
        if ((t.text === "-" || t.text === "‐") && !prev.space && !t.space && j + 1 < s.tokenEnd && isCap(toks[j + 1])) {
          j += 2;
          continue;
        }
        if (syllabicGivenNameAt(doc, i, j, s.tokenEnd)) {
          j += 2;
          continue;
        }
        if (monthSurnameAt(doc, i, j)) {
          j++;
          continue;
        }
        if (NAME_PARTICLES.has(t.text) && j + 1 < s.tokenEnd && isCap(toks[j + 1]) && t.text !== "y") {
          j++;
          continue;
        }
        // an Arabic article glued to the next name word: "Omar al-Rashid"
        if (gluedArticleAt(toks, j, s.tokenEnd)) {
          j += 3;
          continue;
        }
        if (ORG_CONNECTORS.has(t.norm) && j + 1 < s.tokenEnd && isCap(toks[j + 1]) && !SENTENCE_WORDS.has(toks[j + 1].norm)) {
          // Department of Justice, Council on Foreign Relations: only when an org word is around
          const before = toks.slice(i, j).some((x) => ORG_WORDS.has(x.norm));
          let k = j + 1;
          while (k < s.tokenEnd && isCap(toks[k])) k++;
          const after = toks.slice(j + 1, k).some((x) => ORG_WORDS.has(x.norm));
          void after;
          if (before && t.norm !== "and") {
            j++;
            continue;
          }
          if (t.norm === "&" || (t.norm === "and" && before && after)) {
            j++;
            continue;
          }
        }
        if (t.text === "the" && toks[j - 1].norm === "of" && j + 1 < s.tokenEnd && isCap(toks[j + 1])) {
          j++;
          continue;
        }
        break;
      }
      // trailing connectors never end a run
      while (j > i + 1 && (ORG_CONNECTORS.has(toks[j - 1].norm) || NAME_PARTICLES.has(toks[j - 1].text))) j--;
      runs.push(splitPrefix(doc, i, j, s.tokenStart));
      i = j;
    }
  }
  return runs;
}

/**
 * Words in capitals that are no one's name: a dateline ("VALE CITY —") or a page's section heading
 * ("MORE FROM SPORT", "TOP STORIES"). In capitals a run names a person only when it opens with a
 * known given name ("ANA ROE said") or labels a transcript's speaker ("ANA ROE, HOST:", "ROE:");
 * a title or honorific before it ("PRESIDENT ROE") still makes a person.
 */
function shoutedNonName(doc: Doc, run: Run): boolean {
  const toks = runTokens(doc, run.a, run.b).filter((t) => /\p{L}/u.test(t.text));
  if (toks.length < 2 || run.honorific || run.titles.length || toks.some((t) => /\p{Ll}/u.test(t.text))) return false;
  if (GIVEN_NAMES.has(toks[0].norm)) return false;
  const after = doc.tokens.slice(run.b, run.b + 6);
  if (after[0]?.text === ":") return false;
  if (after[0]?.text === ",") {
    const colon = after.findIndex((t) => t.text === ":");
    if (colon > 1 && after.slice(1, colon).every((t) => !/\p{Ll}/u.test(t.text))) return false;
  }
  return true;
}

/** "al-" or "el-" at token j, glued to a capitalised name word: "al-Rashid" (3 tokens). */
function gluedArticleAt(toks: Token[], j: number, end: number): boolean {
  return j + 2 < end && /^(al|el)$/.test(toks[j].text) && !toks[j].space && /^[-‐]$/.test(toks[j + 1].text) && !toks[j + 1].space && isCap(toks[j + 2]);
}

/**
 * A romanised given name whose second syllable is in lower case ("Park Min-ho", "Min-ho Park"),
 * with the hyphen at token j of a run from token i: only next to another name word, so that
 * "Hong Kong-run" or a lone "Pop-up" stay words.
 */
function syllabicGivenNameAt(doc: Doc, i: number, j: number, end: number): boolean {
  const toks = doc.tokens;
  const [head, dash, tail, after] = [toks[j - 1], toks[j], toks[j + 1], toks[j + 2]];
  if (!tail || dash.text !== "-" || head.space || dash.space || !isSyllablePair(head.text, tail.text)) return false;
  // a compound goes on ("sister-in-law")
  if (after && !tail.space && after.text === "-") return false;
  const nameBefore = j - 1 > i && !isPlace(runText(doc, i, j));
  const nameAfter = j + 2 < end && tail.space && isCap(after) && !NON_NAME_WORDS.has(after.norm);
  return nameBefore || nameAfter;
}

/**
 * A month's name right after a given name in the run from token i is a surname ("Ana May said",
 * "Ben August, 40,"), unless a number follows: "Ana May 5" keeps it a date.
 */
function monthSurnameAt(doc: Doc, i: number, j: number): boolean {
  const toks = doc.tokens;
  const [prev, t, next] = [toks[j - 1], toks[j], toks[j + 1]];
  if (j - 1 < i || !MONTHS.includes(t.norm) || !isCap(t) || !isCap(prev) || !prev.space || !GIVEN_NAMES.has(prev.norm)) return false;
  return !next || !/^\d/.test(next.text);
}

/**
 * Alone, a month's name the article also gives as someone's surname is that person when it opens a
 * clause with a verb of saying ("May said", '"...," May told reporters', "May has said"), not after
 * a preposition or determiner, nor as the subject of another verb: "May is the busiest month",
 * "May brought heavy rain" are the month.
 */
function loneMonthSurname(doc: Doc, i: number, sentStart: number): boolean {
  const toks = doc.tokens;
  const [prev, t, next] = [toks[i - 1], toks[i], toks[i + 1]];
  if (!isCap(t) || !next) return false;
  const saying = isReportingVerb(toks, i + 1) || (next.pos === "AUX" && isReportingVerb(toks, i + 2));
  return saying && (i === sentStart || prev.pos === "PUNCT");
}

const MULTI_BY_FIRST = new Map<string, string[][]>();
for (const mt of MULTIWORD_TITLES) {
  const parts = mt.split(" ");
  const list = MULTI_BY_FIRST.get(parts[0]) ?? [];
  list.push(parts);
  list.sort((a, b) => b.length - a.length);
  MULTI_BY_FIRST.set(parts[0], list);
}

function matchMultiTitle(doc: Doc, i: number, end: number): number {
  // returns number of tokens of a multi-word title starting at i, or 0
  const list = MULTI_BY_FIRST.get(doc.tokens[i].norm);
  if (!list) return 0;
  for (const parts of list) {
    if (i + parts.length > end) continue;
    let ok = true;
    for (let k = 1; k < parts.length; k++) {
      if (doc.tokens[i + k].norm !== parts[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return parts.length;
  }
  return 0;
}

/** Splits "Former U.S. President Walter Grant" into prefix (titles) and name. */
function splitPrefix(doc: Doc, a: number, b: number, sentStart: number): Run {
  const toks = doc.tokens;
  const run: Run = { a, b, pa: a, titles: [], titleText: null, qualifier: null, honorific: false, theBefore: false };
  let i = a;
  let titleStart = -1;
  let titleEnd = -1;
  while (i < b - 1) {
    const t = toks[i];
    const n = t.norm;
    // a two-word nationality before a title: "South Vale President X"
    if (i + 2 < b && countryOfDemonym(`${n} ${toks[i + 1].norm}`) && (TITLE_WORDS.has(toks[i + 2].norm) || matchMultiTitle(doc, i + 2, b - 1) || HONORIFICS.has(toks[i + 2].norm))) {
      if (titleStart < 0) titleStart = i;
      i += 2;
      continue;
    }
    const h = HONORIFICS.get(n);
    if (h) {
      run.honorific = true;
      if (h.gender) run.honorificGender = h.gender;
      if (h.title) run.titles.push(h.title);
      if (h.title) {
        if (titleStart < 0) titleStart = i;
        titleEnd = i + 1;
      }
      i++;
      continue;
    }
    const mt = matchMultiTitle(doc, i, b - 1);
    if (mt) {
      run.titles.push(toks.slice(i, i + mt).map((x) => x.norm).join(" "));
      if (titleStart < 0) titleStart = i;
      titleEnd = i + mt;
      i += mt;
      continue;
    }
    if (TITLE_WORDS.has(n) || TITLE_QUALIFIERS.has(n)) {
      if (TITLE_WORDS.has(n)) run.titles.push(n);
      else if (!run.qualifier) run.qualifier = n;
      if (titleStart < 0 && TITLE_WORDS.has(n)) titleStart = i;
      if (TITLE_WORDS.has(n)) titleEnd = i + 1;
      i++;
      continue;
    }
    // an organisation's name before a title ("Museum Director X", "Harvard Professor X"): the
    // title's modifier, not the person's name, when a name of two words or more follows
    const titleAt = (j: number) => j < b - 2 && (TITLE_WORDS.has(toks[j].norm) || matchMultiTitle(doc, j, b - 2) > 0) && isCap(toks[j]);
    if (i === a && !GIVEN_NAMES.has(n) && (titleAt(i + 1) || (i + 2 < b && isCap(toks[i + 1]) && !GIVEN_NAMES.has(toks[i + 1].norm) && titleAt(i + 2)))) {
      titleStart = i;
      i++;
      continue;
    }
    if (countryOfDemonym(n) || n === "u.s." || n === "us" || n === "american" || n === "federal" || n === "state" ||
      ORG_ACRONYMS.has(t.text) && i + 1 < b && TITLE_WORDS.has(toks[i + 1].norm)) {
      // nationality or organisation before a title ("Chilean President", "GOP nominee")
      if (i + 1 < b && (TITLE_WORDS.has(toks[i + 1].norm) || matchMultiTitle(doc, i + 1, b - 1) || HONORIFICS.has(toks[i + 1].norm) ||
        countryOfDemonym(toks[i + 1].norm))) {
        if (titleStart < 0) titleStart = i;
        i++;
        continue;
      }
    }
    break;
  }
  if (i > a && run.titles.length > 0) {
    run.pa = a;
    run.a = i;
    if (titleStart >= 0) {
      const ts = Math.min(titleStart, ...[a].filter((x) => x < titleStart && !TITLE_QUALIFIERS.has(toks[x].norm)));
      run.titleText = doc.text.slice(toks[ts].start, toks[Math.max(titleEnd, ts + 1) - 1].end);
    }
  } else if (i > a && run.honorific) {
    run.pa = a;
    run.a = i;
  } else {
    run.titles = [];
    run.qualifier = null;
    run.honorific = false;
  }
  let k = run.pa - 1;
  // a lower-case title right before the name, with the noun it is of: "museum director X", "coach X"
  if (!run.titles.length && k >= sentStart && toks[k].pos === "NOUN" && !isCap(toks[k]) && LOWER_CASE_TITLES.has(toks[k].norm)) {
    // a two-word title ("prime minister") or the noun the title is of ("museum director")
    const multi = k - 1 >= sentStart && !isCap(toks[k - 1]) && matchMultiTitle(doc, k - 1, k + 1) === 2;
    const ts = multi || (k - 1 >= sentStart && toks[k - 1].pos === "NOUN" && !isCap(toks[k - 1]) && !TITLE_WORDS.has(toks[k - 1].norm)) ? k - 1 : k;
    run.titles.push(multi ? `${toks[k - 1].norm} ${toks[k].norm}` : toks[k].norm);
    run.titleText = doc.text.slice(toks[ts].start, toks[k].end);
    run.pa = ts;
    k = ts - 1;
    // a nationality before it ("British prime minister X"), and a qualifier before both
    // ("Former South African president X")
    let j = k;
    while (j >= sentStart && j > k - 3 && isCap(toks[j]) && !TITLE_QUALIFIERS.has(toks[j].norm)) j--;
    const nation = j < k && countryOfDemonym(toks.slice(j + 1, k + 1).map((t) => t.norm).join(" "));
    const qualified = j < k && j >= sentStart && TITLE_QUALIFIERS.has(toks[j].norm);
    if (nation || qualified) {
      run.pa = j + 1;
      run.titleText = doc.text.slice(toks[j + 1].start, toks[run.a - 1].end);
      k = j;
    }
  }
  // lower-case qualifiers and titles right before the run: "former President X", "then-Secretary X"
  if (k >= sentStart && (TITLE_QUALIFIERS.has(toks[k].norm) || /^(then|ex|former)-?$/.test(toks[k].norm))) {
    run.qualifier = toks[k].norm.replace(/-$/, "");
    k--;
  } else if (k - 1 >= sentStart && toks[k].text === "-" && /^(then|ex)$/.test(toks[k - 1].norm)) {
    run.qualifier = toks[k - 1].norm;
    k -= 2;
  }
  if (k >= sentStart && toks[k].norm === "the") run.theBefore = true;
  return run;
}

function runText(doc: Doc, a: number, b: number): string {
  const ts = runTokens(doc, a, b);
  if (ts.length === b - a) return doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end);
  return ts.map((t, k) => t.text + (k === ts.length - 1 ? "" : ts[k + 1].i === t.i + 1 ? doc.text.slice(t.end, ts[k + 1].start) : " ")).join("");
}

/** A nickname in double quotation marks between two name words at token j ('Marta "Tita" Lund'): 3 tokens, else 0. */
export function nicknameAt(toks: Token[], j: number, end: number): number {
  if (j < 1 || j + 3 >= end) return 0;
  const [o, w, c, n] = [toks[j], toks[j + 1], toks[j + 2], toks[j + 3]];
  const mark = (t: Token) => /^(["“”]|''|``)$/.test(t.text);
  return mark(o) && mark(c) && toks[j - 1].space && !o.space && isCap(w) && !w.space && c.space && isCap(n) ? 3 : 0;
}

/** The run's tokens without a nickname in quotation marks. */
function runTokens(doc: Doc, a: number, b: number): Token[] {
  const out: Token[] = [];
  for (let i = a; i < b; i++) {
    if (nicknameAt(doc.tokens, i, b)) i += 2;
    else out.push(doc.tokens[i]);
  }
  return out;
}

function classify(doc: Doc, run: Run): EntityKind {
  const toks = runTokens(doc, run.a, run.b);
  const text = runText(doc, run.a, run.b);
  if (run.honorific || run.titles.length > 0) {
    if (!toks.some((t) => ORG_WORDS.has(t.norm))) return "person";
  }
  if (isPlace(text)) return "place";
  if (toks.some((t) => ORG_WORDS.has(t.norm) && (t !== toks[0] || toks.length > 1)) || ORG_ACRONYMS.has(text)) return "org";
  if (toks.length === 1 && ORG_WORDS.has(toks[0].norm) && run.theBefore) return "org";
  if (toks.length === 1 && /^[A-Z]{2,6}$/.test(text)) return "org";
  if (GIVEN_NAMES.has(toks[0].norm) && toks.length >= 2) return "person";
  if (countryOfDemonym(text)) return "other";
  if (toks.length >= 2 && toks.every((t) => t.pos === "PROPN" || isInitial(t) || t.text === "-" || NAME_PARTICLES.has(t.text))) {
    return run.theBefore ? "org" : "person";
  }
  if (toks.length >= 2 && toks.length <= 4 && !run.theBefore) return "person";
  return "other";
}

function nameTokens(doc: Doc, a: number, b: number): string[] {
  // words of a name, hyphenated parts glued back, initials and particles dropped, the surname last
  const out: string[] = [];
  const toks = runTokens(doc, a, b);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // "al-Rashid": the article goes, the name word stays
    if (gluedArticleAt(toks, i, toks.length)) {
      i++;
      continue;
    }
    if (t.text === "-" && out.length && i + 1 < toks.length) {
      out[out.length - 1] += "-" + toks[i + 1].text;
      i++;
      continue;
    }
    if (isInitial(t) || NAME_PARTICLES.has(t.text) || /^(jr|sr|ii|iii|iv)\.?$/i.test(t.text)) continue;
    out.push(t.text);
  }
  return nameWordsOf(out).map(stripAccents);
}

/** Speech verbs that make an unknown single capitalised word a person ("Caddell said"). */
const PERSON_VERBS = new Set(["say", "tell", "add", "write", "tweet", "argue", "explain", "insist", "claim", "note", "ask"]);

export function findEntities(doc: Doc): Entity[] {
  return resolveEntities(doc).entities;
}

/** Resolves the entities of a document and the titles attached to people, in one pass. */
export function resolveEntities(doc: Doc): ResolvedEntities {
  const toks = doc.tokens;
  const runs = findRuns(doc);
  const entities: Entity[] = [];
  const byId = new Map<string, Entity>();
  const words = new Map<Entity, string[]>();
  const nationality = new Map<Entity, Set<string>>();
  const attachments: TitleAttachment[] = [];

  const addEntity = (kind: EntityKind, name: string, w: string[]): Entity => {
    let id = `${kind === "person" ? "p" : kind === "org" ? "o" : kind === "place" ? "l" : "x"}:${slug(name)}`;
    while (byId.has(id)) id += "_";
    const e: Entity = { id, kind, name, titles: [], mentions: [] };
    entities.push(e);
    byId.set(id, e);
    words.set(e, w);
    return e;
  };
  const addTitle = (e: Entity, title: string) => {
    const t = title.toLowerCase();
    if (!e.titles.includes(t)) e.titles.push(t);
  };

  // pass 1: multi-word names create entities; single words wait
  interface Pending {
    run: Run;
    kind: EntityKind;
    w: string[];
    text: string;
  }
  const pending: Pending[] = [];
  const assigned: Array<{ run: Run; e: Entity; via: Mention["via"] }> = [];
  for (const run of runs) {
    const text = runText(doc, run.a, run.b);
    const w = nameTokens(doc, run.a, run.b);
    if (w.length === 0) continue;
    let kind = classify(doc, run);
    if (kind === "other" && w.length === 1 && isPlace(text)) kind = "place";
    if ((kind === "person" || kind === "other") && shoutedNonName(doc, run)) continue;
    if (kind === "person" && w.length >= 2) {
      // same person already known? (same surname and compatible first name, or the same letters:
      // "Park Min-ho" and "Park Min Ho")
      const last = w[w.length - 1];
      let found: Entity | undefined;
      for (let k = entities.length - 1; k >= 0; k--) {
        const e = entities[k];
        if (e.kind !== "person") continue;
        const ew = words.get(e)!;
        if (ew[ew.length - 1] === last && (ew.length === 1 || ew[0] === w[0] || ew[0][0] === w[0][0]) || sameNameSpaced(e.name, text)) {
          found = e;
          break;
        }
      }
      if (found) {
        if (text.length > found.name.length && words.get(found)!.length <= w.length) {
          found.name = text;
          words.set(found, w);
        }
        assigned.push({ run, e: found, via: "name" });
      } else {
        const e = addEntity("person", text, w);
        assigned.push({ run, e, via: "name" });
      }
      continue;
    }
    if ((kind === "org" || kind === "place") && !(kind === "org" && w.length === 1 && !ORG_ACRONYMS.has(text) && !/^[A-Z]{2,}/.test(text))) {
      const key = stripAccents(text);
      const acronymOf = (x: Entity) => x.name.split(/[\s-]+/).filter((y) => /^[A-Z]/.test(y)).map((y) => y[0]).join("");
      const e =
        entities.find((x) => x.kind === kind && stripAccents(x.name) === key) ??
        (kind === "org" && /^[A-Z]{2,6}$/.test(text) ? entities.find((x) => x.kind === "org" && x.name.includes(" ") && acronymOf(x) === text) : undefined) ??
        addEntity(kind, text, w);
      assigned.push({ run, e, via: e.name === text ? "name" : "surname" });
      continue;
    }
    pending.push({ run, kind, w, text });
  }

  // pass 2: single words link to known names (most recent before, else first after)
  const firstStart = new Map<Entity, number>();
  for (const a of assigned) if (!firstStart.has(a.e)) firstStart.set(a.e, toks[a.run.a].start);
  for (const p of pending) {
    const pos = toks[p.run.a].start;
    const w = p.w;
    const cand = entities.filter((e) => {
      const ew = words.get(e)!;
      if (e.kind === "person") return ew[ew.length - 1] === w[w.length - 1] || (w.length === 1 && ew.length > 1 && ew[0] === w[0]);
      if (e.kind === "org") {
        if (w.length === 1 && ew.length > 1 && ew[ew.length - 1] === w[0] && PUBLICATION_WORDS.has(w[0])) return true;
        if (w.length === 1 && /^[A-Z]{2,6}$/.test(p.text)) {
          const acro = e.name.split(/[\s-]+/).filter((x) => /^[A-Z]/.test(x)).map((x) => x[0]).join("");
          return acro === p.text;
        }
      }
      return false;
    });
    let best: Entity | undefined;
    if (cand.length) {
      // prefer surname matches over first-name matches, then the most recently introduced before this point
      const before = cand.filter((e) => (firstStart.get(e) ?? Infinity) <= pos);
      const pool = before.length ? before : cand;
      best = pool.length === 1 ? pool[0] : pool.reduce((x, y) => {
        const lx = lastMentionBefore(assigned, x, pos);
        const ly = lastMentionBefore(assigned, y, pos);
        return ly > lx ? y : x;
      });
    }
    if (best) {
      assigned.push({ run: p.run, e: best, via: p.run.titles.length ? "title" : "surname" });
      continue;
    }
    // an unknown single capitalised word: a person if an honorific/title or a speech verb says so
    let kind = p.kind;
    const next = p.run.b < toks.length ? toks[p.run.b] : undefined;
    if (p.run.honorific || p.run.titles.length) kind = "person";
    else if (kind === "other" && next && PERSON_VERBS.has(next.lemma) && next.pos === "VERB") kind = "person";
    else if (kind === "other" && w.length === 1 && ORG_WORDS.has(w[0]) && p.run.theBefore) kind = "org";
    else if (kind === "other" && w.length >= 2 && !p.run.theBefore && !countryOfDemonym(p.text)) kind = "person";
    if (kind === "other" && (countryOfDemonym(p.text) || SENTENCE_WORDS.has(p.text.toLowerCase()))) continue;
    const key = stripAccents(p.text);
    const e =
      entities.find((x) => stripAccents(x.name) === key && (x.kind === kind || x.kind === "other" || kind === "other")) ??
      addEntity(kind, p.text, w);
    if (e.kind === "other" && kind !== "other") e.kind = kind;
    assigned.push({ run: p.run, e, via: "name" });
    firstStart.set(e, Math.min(firstStart.get(e) ?? Infinity, pos));
  }
  // unknown single words later introduced with a full name ("Okafor" in a headline, "Helen Okafor" below)
  for (const a of assigned) {
    if (a.e.kind === "other" || (a.e.kind === "person" && words.get(a.e)!.length === 1)) {
      const w = words.get(a.e)!;
      const full = entities.find((e) => e !== a.e && e.kind === "person" && words.get(e)!.length > 1 && words.get(e)![words.get(e)!.length - 1] === w[w.length - 1]);
      if (full) {
        a.e = full;
        a.via = "surname";
      }
    }
  }

  // mentions, titles and gender from honorifics / given names
  assigned.sort((x, y) => x.run.a - y.run.a);
  for (const { run, e, via } of assigned) {
    const start = toks[run.pa].start;
    const end = toks[run.b - 1].end;
    e.mentions.push({ start, end, text: doc.text.slice(start, end), via });
    if (e.kind === "person") {
      for (const t of run.titles) addTitle(e, t);
      if (run.honorificGender && !e.gender) e.gender = run.honorificGender;
      if (run.titles.length && run.titleText) {
        attachments.push({ entityId: e.id, title: run.titleText, qualifier: run.qualifier, start: run.qualifier ? qualifierStart(doc, run) : start, end, form: "premodifier" });
        for (let k = run.pa; k < run.a; k++) {
          // a nationality of two words ("south korean") or one
          const two = k + 1 < run.a ? `${toks[k].norm} ${toks[k + 1].norm}` : "";
          const pair = !!two && !!countryOfDemonym(two);
          const c = pair || countryOfDemonym(toks[k].norm) || toks[k].norm === "u.s." || toks[k].norm === "american";
          if (c) {
            if (!nationality.has(e)) nationality.set(e, new Set());
            const nat = pair ? two : normNat(toks[k].norm);
            if (pair) k++;
            nationality.get(e)!.add(nat);
            for (const t of run.titles) addTitle(e, `${nat} ${t}`);
          }
        }
      }
    }
  }
  for (const e of entities) {
    if (e.kind === "person" && !e.gender) {
      const g = GIVEN_NAMES.get(words.get(e)![0]);
      if (g && words.get(e)!.length > 1) e.gender = g;
    }
  }

  // appositions: "X, a professor of government at Y," / "X, the president of Chile," / "the Chilean president, X"
  const mentionIndex = indexMentions(entities);
  const people = mentionIndex.filter((m) => m.entity.kind === "person");
  const personAt = (at: number) => people.find((m) => m.start <= at && at < m.end)?.entity;
  for (const m of mentionIndex) {
    if (m.entity.kind !== "person") continue;
    const ti = tokenIndexAt(doc, m.end);
    appositionAfter(doc, ti, m.entity, m.start, attachments, addTitle, nationality, personAt);
    appositionBefore(doc, tokenIndexAt(doc, m.start), m.entity, m.end, attachments, addTitle);
  }

  // gender from pronoun use right after a person's mention
  inferGender(doc, entities, mentionIndex);
  // pronouns and descriptions
  resolvePronounsAndDescriptions(doc, entities, mentionIndex, nationality);
  for (const e of entities) e.mentions.sort((x, y) => x.start - y.start);
  return { entities: entities.filter((e) => e.mentions.length > 0), titles: attachments };
}

function qualifierStart(doc: Doc, run: Run): number {
  let k = run.pa - 1;
  if (k >= 0 && doc.tokens[k].text === "-") k--;
  return k >= 0 ? doc.tokens[k].start : doc.tokens[run.pa].start;
}

function lastMentionBefore(assigned: Array<{ run: Run; e: Entity }>, e: Entity, pos: number): number {
  let best = -1;
  for (const a of assigned) if (a.e === e && a.run.a >= 0) best = Math.max(best, a.run.a);
  void pos;
  return best;
}

/** Every mention of every entity, sorted by start: the lookup the claim stages share. */
export function indexMentions(entities: Entity[]): IndexedMention[] {
  const out: IndexedMention[] = [];
  for (const e of entities) for (const m of e.mentions) out.push({ start: m.start, end: m.end, entity: e, via: m.via });
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** Words that only lead to another person's name inside an apposition ("spokesman for ..."). */
const APPOS_LINK_WORDS = new Set(["for", "of", "to", "at", "with", "by", "the", "and", "under"]);
const APPOS_STOP = new Set([",", ";", ".", ":", "(", ")", "—", "–", "\"", "“", "”"]);
const OPENING_QUOTE = new Set(["\"", "“"]);

/**
 * "X, a professor of history at Lakeside University," -> title on X. A title right before another
 * person's name is that person's: "X, Vale's mayor Ann Roe, and ..." lists two people, and "X,
 * Ann Roe's deputy" takes the title after the name.
 */
function appositionAfter(
  doc: Doc,
  i: number,
  e: Entity,
  start: number,
  out: TitleAttachment[],
  addTitle: (e: Entity, t: string) => void,
  nationality: Map<Entity, Set<string>>,
  personAt: (at: number) => Entity | undefined,
): void {
  const toks = doc.tokens;
  if (i >= toks.length || toks[i].text !== ",") return;
  let k = i + 1;
  let qualifier: string | null = null;
  if (k < toks.length && /^(a|an|the)$/.test(toks[k].norm)) k++;
  if (k < toks.length && (TITLE_QUALIFIERS.has(toks[k].norm) || /^(then|ex)-?$/.test(toks[k].norm))) {
    if (/^(former|acting|interim|then|ex|late|outgoing|incoming|retired|onetime|one-time|previous|future)-?$/.test(toks[k].norm)) qualifier = toks[k].norm.replace(/-$/, "");
    k++;
    if (toks[k]?.text === "-") k++;
  }
  const ts = k;
  // scan to the closing comma / end of sentence; the phrase must contain a title word early
  let titleAt = -1;
  let end = k;
  const limit = Math.min(toks.length, k + 14);
  for (; end < limit; end++) {
    const t = toks[end];
    // an abbreviation's dot ("Reed LLP.") can end the sentence without a token of its own
    if (APPOS_STOP.has(t.text) || t.text === "''" || doc.sentenceOf[end] !== doc.sentenceOf[i]) break;
    if (t.pos === "VERB" || t.pos === "AUX") return;
    if (titleAt >= 0) continue;
    const words = TITLE_WORDS.has(t.norm) ? 1 : matchMultiTitle(doc, end, limit);
    // a title inside another person's mention ("Vale Bank president John Reed") is theirs
    const named = words > 0 ? personAt(t.start) ?? (end + words < toks.length ? personAt(toks[end + words].start) : undefined) : undefined;
    if (words > 0 && (!named || named === e)) titleAt = end;
  }
  if (titleAt < 0 || titleAt - ts > 4 || end === ts) return;
  // a transcript's speaker label ("ANA ROE, HOST:") names who speaks next, not a title the story gives
  if (toks[end]?.text === ":" && !/\p{Ll}/u.test(doc.text.slice(start, toks[end - 1].end))) return;
  // the subject of a clause whose verb opens a quotation, not an apposition: "like X, the mayor “is ...”"
  if (end + 1 < toks.length && OPENING_QUOTE.has(toks[end].text) && (toks[end + 1].pos === "VERB" || toks[end + 1].pos === "AUX")) return;
  if (toks[titleAt].norm === "press") return;
  // another person named after the title word with a title of their own ("spokesman for Mayor Ann
  // Roe") keeps it: this title ends before them and the words that only lead on to them
  let b = end;
  for (let q = titleAt + 1; q < end && b === end; q++) {
    const p = personAt(toks[q].start);
    if (!p || p === e) continue;
    let k = q;
    while (k < end && personAt(toks[k].start) === p && !TITLE_WORDS.has(toks[k].norm)) k++;
    // the title before their name, not a name ending in a title word ("the Vale Garden Expert")
    if (k + 1 >= end || personAt(toks[k].start) !== p || personAt(toks[k + 1].start) !== p) {
      q = Math.max(q, k - 1);
      continue;
    }
    b = q;
    while (b - 1 > titleAt && (APPOS_LINK_WORDS.has(toks[b - 1].norm) || !/^(NOUN|PROPN)$/.test(toks[b - 1].pos))) b--;
  }
  const title = doc.text.slice(toks[ts].start, toks[b - 1].end);
  addTitle(e, toks[titleAt].norm);
  // possessive place before the title: "Chile's president"
  for (let q = ts; q < b; q++) {
    const c = countryOfDemonym(toks[q].norm);
    if (c || (toks[q].norm === "of" && q + 1 < end)) {
      const country = c ?? (toks[q + 1] && (toks[q + 1].norm === "the" ? toks[q + 2]?.text : toks[q + 1].text));
      if (country) {
        const adj = c ? toks[q].norm : demonymOf(country);
        if (adj) {
          addTitle(e, `${adj} ${toks[titleAt].norm}`);
          if (!nationality.has(e)) nationality.set(e, new Set());
          nationality.get(e)!.add(adj);
        }
      }
    }
  }
  out.push({ entityId: e.id, title, qualifier, start, end: toks[end - 1].end, form: "apposition" });
}

/** "the Chilean president, Rafael Montes" / "Chile's president, X" -> title on X. */
function appositionBefore(
  doc: Doc,
  i: number,
  e: Entity,
  end: number,
  out: TitleAttachment[],
  addTitle: (e: Entity, t: string) => void,
): void {
  const toks = doc.tokens;
  const c = i - 1;
  if (c < 1 || toks[c].text !== ",") return;
  const head = toks[c - 1];
  if (!TITLE_WORDS.has(head.norm)) return;
  let k = c - 1;
  while (k - 1 >= 0 && (toks[k - 1].pos === "ADJ" || toks[k - 1].pos === "PROPN" || toks[k - 1].pos === "NOUN" || toks[k - 1].norm === "'s") && c - k < 5) k--;
  if (k - 1 >= 0 && /^(the|its|their|his|her)$/.test(toks[k - 1].norm)) k--;
  else if (toks[k].norm !== "the" && !toks.slice(k, c).some((t) => t.norm === "'s")) return;
  let qualifier: string | null = null;
  let ts = k;
  if (toks[ts].norm === "the" || /^(its|their|his|her)$/.test(toks[ts].norm)) ts++;
  if (TITLE_QUALIFIERS.has(toks[ts].norm) && /^(former|acting|interim|late|outgoing|incoming)$/.test(toks[ts].norm)) {
    qualifier = toks[ts].norm;
    ts++;
  }
  addTitle(e, head.norm);
  for (let q = ts; q < c - 1; q++) {
    const adj = countryOfDemonym(toks[q].norm) ? toks[q].norm : undefined;
    if (adj) addTitle(e, `${adj} ${head.norm}`);
  }
  out.push({ entityId: e.id, title: doc.text.slice(toks[ts].start, head.end), qualifier, start: toks[k].start, end, form: "apposition" });
}

function normNat(w: string): string {
  return w === "u.s." || w === "us" || w === "american" || w === "america" ? "american" : w;
}

/** Does this organisation name a publication or broadcaster? */
export function isPublicationName(name: string): boolean {
  return name.split(/\s+/).some((w) => PUBLICATION_WORDS.has(w.toLowerCase())) ||
    /^(CNN|NBC|ABC|CBS|MSNBC|NPR|BBC|PBS|AP|AFP|UPI|Reuters|Politico|Fox|Bloomberg|Axios|Breitbart|Vox|BuzzFeed|Salon|Slate|Newsweek|Time|Forbes|HuffPost)$/.test(name);
}

function demonymOf(country: string): string | undefined {
  for (const [c, d] of COUNTRY_DEMONYMS) if (c === country.toLowerCase()) return d;
  return undefined;
}
const COUNTRY_DEMONYMS: Array<[string, string]> = COUNTRIES.map(([c, d]) => [c.toLowerCase(), d.toLowerCase()]);

function inferGender(doc: Doc, entities: Entity[], index: IndexedMention[]): void {
  // for persons without a gender, the first he/she after a mention, before any other person, decides
  const toks = doc.tokens;
  let mi = 0;
  let last: Entity | null = null;
  let lastSentence = -1;
  const votes = new Map<Entity, { m: number; f: number }>();
  // a surname two people share ("Ana Reyes ... Luis Reyes ... Reyes said he") may name either:
  // its votes count only for someone with no vote from an unambiguous mention
  const unsure = new Map<Entity, { m: number; f: number }>();
  let lastUnsure = false;
  const surnames = new Map<string, number>();
  const surnameOf = (e: Entity) => surnameOfName(e.name).toLowerCase();
  for (const e of entities) if (e.kind === "person" && /\s/.test(e.name)) surnames.set(surnameOf(e), (surnames.get(surnameOf(e)) ?? 0) + 1);
  for (let s = 0; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s];
    for (let i = sent.tokenStart; i < sent.tokenEnd; i++) {
      const t = toks[i];
      while (mi < index.length && index[mi].end <= t.start) {
        const m = index[mi];
        if (m.entity.kind === "person") {
          const shared = (surnames.get(surnameOf(m.entity)) ?? 0) > 1 && doc.text.slice(m.start, m.end).toLowerCase() === surnameOf(m.entity);
          last = m.entity;
          lastUnsure = shared;
          lastSentence = s;
        }
        mi++;
      }
      if (!last || s - lastSentence > 1) continue;
      const g = MALE_PRONOUNS.has(t.norm) ? "m" : FEMALE_PRONOUNS.has(t.norm) ? "f" : null;
      if (!g) continue;
      if (last.gender) continue;
      const box = lastUnsure ? unsure : votes;
      const v = box.get(last) ?? { m: 0, f: 0 };
      v[g]++;
      box.set(last, v);
    }
  }
  for (const [e, v] of unsure) if (!votes.has(e)) votes.set(e, v);
  for (const [e, v] of votes) if (!e.gender) e.gender = v.m >= v.f ? "m" : "f";
}

const DESC_DETS = new Set(["the", "this", "that"]);

/** A finite verb of saying at token i ("says", "told"; not "saying"). */
function isReportingVerb(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (!t || (t.pos !== "VERB" && t.pos !== "AUX") || /ing$/.test(t.norm)) return false;
  const l = speechLemma(t.norm, t.lemma);
  return l !== null && STRONG_SPEECH_VERBS.has(l);
}

/** The entity whose mention ends at `end`, looking back from mention index mi. */
function mentionEndingAt(index: IndexedMention[], mi: number, end: number): Entity | undefined {
  for (let k = Math.min(mi, index.length) - 1; k >= 0 && k >= mi - 3; k--) if (index[k].end === end) return index[k].entity;
  return undefined;
}

function resolvePronounsAndDescriptions(
  doc: Doc,
  entities: Entity[],
  index: IndexedMention[],
  nationality: Map<Entity, Set<string>>,
): void {
  const toks = doc.tokens;
  let mi = 0;
  let lastM: Entity | null = null;
  let lastF: Entity | null = null;
  let lastAny: Entity | null = null;
  const recentOrg: Entity[] = [];
  const recentPerson: Entity[] = [];
  const covered = (i: number) => {
    // is token i inside a name mention?
    const t = toks[i];
    for (let k = Math.max(0, mi - 2); k < Math.min(index.length, mi + 2); k++) {
      if (index[k].start <= t.start && t.end <= index[k].end) return true;
    }
    return false;
  };
  // names inside quotation marks are weak antecedents for a pronoun outside them
  // ('"Bush got fewer votes than Gore," he said': "he" is the speaker, not Gore)
  let qM: Entity | null = null;
  let qF: Entity | null = null;
  let inQ = false;
  let paraEnd = -1;
  let pi = 0;
  const paras = doc.paragraphs;
  // the person reporting in this sentence ("Ada Moss says she ..."), and whether the last person of each
  // gender named since is the subject of a clause of their own (a name followed by its verb)
  let reporter = null as Entity | null;
  let sentEnd = -1;
  let si = 0;
  const lastIsSubject = { m: false, f: false };
  // the sentence before: its reporter and its subject (a person opening it), which a he/she opening the
  // next clause continues over a same-gender object ("Ada Moss met Lia Chen. "...," she said.": Moss)
  let prevReporter = null as Entity | null;
  let subject = null as Entity | null;
  let prevSubject = null as Entity | null;
  let sentStart = 0;
  const namedHere = { m: false, f: false };
  // a sentence wholly inside a quote tells nothing about who the narrative is about: it carries the one before over
  let narrated = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.start >= paraEnd) {
      inQ = false;
      while (pi < paras.length && paras[pi].end <= t.start) pi++;
      paraEnd = pi < paras.length ? paras[pi].end : Infinity;
    }
    if (i >= sentEnd) {
      if (narrated || i === 0) {
        prevReporter = reporter;
        prevSubject = subject;
      }
      narrated = false;
      reporter = null;
      subject = null;
      namedHere.m = namedHere.f = false;
      while (si < doc.sentences.length && doc.sentences[si].tokenEnd <= i) si++;
      sentEnd = si < doc.sentences.length ? doc.sentences[si].tokenEnd : Infinity;
      sentStart = si < doc.sentences.length ? doc.sentences[si].tokenStart : i;
    }
    while (mi < index.length && index[mi].end <= t.start) {
      const e = index[mi].entity;
      if (e.kind === "person" && e.gender && !inQ) {
        lastIsSubject[e.gender] = /^(VERB|AUX)$/.test(t.pos);
        namedHere[e.gender] = true;
        // opening the sentence, or right after an introductory phrase ("At a forum hosted by X, Okafor said")
        const at = tokenIndexAt(doc, index[mi].start);
        const opens = at <= sentStart || (/^(ADP|SCONJ)$/.test(toks[sentStart].pos) && toks[at - 1]?.text === "," && !subject);
        if (opens && /^(VERB|AUX|ADV)$/.test(t.pos)) subject = e;
      }
      if (e.kind === "person" && inQ) {
        if (e.gender === "m") qM = e;
        else if (e.gender === "f") qF = e;
        mi++;
        continue;
      }
      if (e.kind === "person") {
        if (e.gender === "m") lastM = e;
        else if (e.gender === "f") lastF = e;
        qM = e.gender === "m" ? null : qM;
        qF = e.gender === "f" ? null : qF;
        lastAny = e;
        const k = recentPerson.indexOf(e);
        if (k >= 0) recentPerson.splice(k, 1);
        recentPerson.push(e);
      } else if (e.kind === "org") {
        const k = recentOrg.indexOf(e);
        if (k >= 0) recentOrg.splice(k, 1);
        recentOrg.push(e);
      }
      mi++;
    }
    if (t.text === "“" || t.text === "``") inQ = true;
    else if (t.text === "”") inQ = false;
    else if (t.text === "\"" || t.text === "''") inQ = !inQ;
    else if (!inQ && t.pos !== "PUNCT") narrated = true;
    if (t.pos === "PRON" || MALE_PRONOUNS.has(t.norm) || FEMALE_PRONOUNS.has(t.norm)) {
      let target = MALE_PRONOUNS.has(t.norm) ? (inQ ? qM : null) ?? lastM ?? qM ?? (lastAny && !lastAny.gender ? lastAny : null)
        : FEMALE_PRONOUNS.has(t.norm) ? (inQ ? qF : null) ?? lastF ?? qF ?? (lastAny && !lastAny.gender ? lastAny : null) : null;
      // a subject pronoun in reported speech is the reporter, over a same-gender name that only
      // modifies or completes something ("Ada Moss says she admired Lia Chen's work, which she calls ...")
      const g = t.norm === "he" ? "m" : t.norm === "she" ? "f" : null;
      if (g && !inQ && reporter?.gender === g && target !== reporter && !lastIsSubject[g]) target = reporter;
      else if (g && !inQ && !namedHere[g]) {
        // '"...," she added' after a sentence someone reported: that reporter
        const tag = isReportingVerb(toks, i + 1) && /^[,”"'’]+$/.test(toks.slice(Math.max(sentStart, i - 2), i).map((x) => x.text).join(""));
        if (tag && prevReporter?.gender === g) target = prevReporter;
        else if (prevSubject?.gender === g && target !== prevSubject && !lastIsSubject[g]) target = prevSubject;
      }
      if (target && g && i === sentStart) subject = target;
      if (target) target.mentions.push({ start: t.start, end: t.end, text: t.text, via: "pronoun" });
      if (target && g && isReportingVerb(toks, i + 1)) reporter = target;
      continue;
    }
    if (isReportingVerb(toks, i) && i > 0) {
      const subj = mentionEndingAt(index, mi, toks[i - 1].end);
      if (subj?.kind === "person") reporter = subj;
    }
    // descriptions: the (former) (Chilean|US) president / the company / the newspaper
    if (DESC_DETS.has(t.norm) && !covered(i)) {
      let k = i + 1;
      const mods: string[] = [];
      while (k < toks.length && k < i + 4 && (toks[k].pos === "ADJ" || toks[k].pos === "PROPN" || TITLE_QUALIFIERS.has(toks[k].norm) ||
        countryOfDemonym(toks[k].norm) || toks[k].norm === "u.s." || toks[k].norm === "us") && !TITLE_WORDS.has(toks[k].norm)) {
        mods.push(toks[k].norm);
        k++;
      }
      if (k >= toks.length) continue;
      const head = toks[k];
      const next = toks[k + 1];
      // followed by a name: premodifier, handled by the run ("the President Grant") or an apposition
      if (next && (isCap(next) && next.pos === "PROPN")) continue;
      const start = t.start;
      const end = head.end;
      const text = doc.text.slice(start, end);
      if (TITLE_WORDS.has(head.norm) && !/^[A-Z]/.test(head.text.slice(0, 1)) || (TITLE_WORDS.has(head.norm) && i > 0)) {
        const nat = mods.find((m) => countryOfDemonym(m) || m === "u.s." || m === "us" || m === "american");
        const natNorm = nat ? normNat(nat) : undefined;
        let best: Entity | null = null;
        // "the Chilean leader" names whoever holds a top office there, whatever its title
        const generic = LEADER_NOUNS.has(head.norm) && !!natNorm;
        for (let r = recentPerson.length - 1; r >= 0; r--) {
          const e = recentPerson[r];
          if (!e.titles.includes(head.norm) && !(generic && e.titles.some((x) => TOP_OFFICES.has(x)))) continue;
          if (natNorm) {
            const nats = nationality.get(e);
            const has = e.titles.includes(`${nat} ${head.norm}`) || e.titles.includes(`${natNorm} ${head.norm}`) || (nats && (nats.has(nat!) || nats.has(natNorm!)));
            if (!has) continue;
          }
          best = e;
          break;
        }
        if (best) best.mentions.push({ start, end, text, via: "description" });
        continue;
      }
      const kind = DESCRIPTION_ORG_NOUNS[head.norm];
      // a proper-noun modifier makes it a name or someone else's body ("the Federal Water Agency", "the Grant campaign"), not the last org
      const namedMod = toks.slice(i + 1, k + 1).some((x) => x.pos === "PROPN" && isCap(x) && !countryOfDemonym(x.norm) && x.norm !== "u.s.");
      if (kind && !namedMod) {
        for (let r = recentOrg.length - 1; r >= 0; r--) {
          const e = recentOrg[r];
          const pub = isPublicationName(e.name);
          if ((kind === "publication") === pub) {
            e.mentions.push({ start, end, text, via: "description" });
            break;
          }
        }
      }
    }
  }
  void entities;
}

// ---------------------------------------------------------------- lookups for other stages

/** The entity with a mention inside (or covering) [start, end); the longest overlapping mention wins. */
export function entityAt(idx: IndexedMention[], start: number, end: number): Entity | undefined {
  let best: IndexedMention | undefined;
  let bestLen = -1;
  // binary search for the first mention ending after start
  let lo = 0;
  let hi = idx.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (idx[mid].start < start - 200) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < idx.length && idx[k].start < end; k++) {
    const m = idx[k];
    if (m.end <= start) continue;
    const ov = Math.min(end, m.end) - Math.max(start, m.start);
    if (ov > 0 && ov > bestLen) {
      best = m;
      bestLen = ov;
    }
  }
  return best?.entity;
}

/**
 * The entity a span refers to: a name, surname, title, description or pronoun
 * that coreference linked, or failing that the last person of the pronoun's gender.
 */
export function resolveMention(ctx: Pick<AnalysisContext, "doc" | "mentions">, start: number, end: number): Entity | undefined {
  const hit = entityAt(ctx.mentions, start, end);
  if (hit) return hit;
  const word = ctx.doc.text.slice(start, end).trim().toLowerCase();
  const g = MALE_PRONOUNS.has(word) ? "m" : FEMALE_PRONOUNS.has(word) ? "f" : null;
  if (!g) return undefined;
  const idx = ctx.mentions;
  for (let k = idx.length - 1; k >= 0; k--) {
    const m = idx[k];
    if (m.start >= start) continue;
    if (m.entity.kind === "person" && m.entity.gender === g) return m.entity;
  }
  return undefined;
}

/** Mentions (of any entity) sorted by start: for stages that scan a region. */
export function mentionsIn(idx: IndexedMention[], start: number, end: number): IndexedMention[] {
  return idx.filter((m) => m.start >= start && m.end <= end);
}
