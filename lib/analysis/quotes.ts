// Direct quotes and their speakers.
// 1. Quotation marks are paired per paragraph, deciding opening/closing by the
//    characters around each mark (not by glyph); a paragraph left open continues
//    into the next paragraph that starts with a mark.
// 2. Each quoted segment gets a speaker from a cue after it ("...," X said /
//    said X), before it (X said: "..."; according to X; calling it "..."), or by
//    continuation from the previous quote or reported-speech sentence.
// 3. Pronoun and description speakers are resolved through the entities' coreference.
import type { AnalysisContext, Doc, Entity, EntityRef, QuoteClaim, QuoteSegment, Token } from "./types";
import { entityAt, isPublicationName, mentionsIn, nicknameAt, resolveMention } from "./entities";
import { NAMING_VERBS, PHRASE_NOUNS, STATEMENT_NOUNS, STRONG_SPEECH_VERBS, speechLemma } from "./lexicons/speech-verbs";
import { tokenIndexAt } from "./nlp";
import { COUNTRIES, COUNTRY_ALIASES } from "./lexicons/places";

// ---------------------------------------------------------------- quotation marks

const DOUBLE_MARKS = new Set(["\"", "“", "”", "„", "«", "»", "‟"]);
const OPEN_GLYPHS = new Set(["“", "„", "«", "‟"]);
const CLOSE_GLYPHS = new Set(["”", "»"]);
const isSpace = (c: string | undefined) => c === undefined || c === "" || /\s/.test(c);
const CLOSE_FOLLOW = /[.,;:!?)\]}—–\-…'’"“”]/;
const OPEN_PRECEDE = /[([{—–\-/:;,'‘"“”]/;

interface Mark {
  pos: number;
  len: number;
  glyph: string;
}

function doubleMarks(text: string, from: number, to: number): Mark[] {
  const out: Mark[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (DOUBLE_MARKS.has(c)) out.push({ pos: i, len: 1, glyph: c });
    else if ((c === "'" || c === "‘" || c === "’" || c === "`") && i + 1 < to && text[i + 1] === c) {
      // two apostrophes or backticks used as a double mark (''...'', ``...'')
      out.push({ pos: i, len: 2, glyph: c === "`" || c === "‘" ? "“" : c === "’" ? "”" : "\"" });
      i++;
    }
  }
  return out;
}

function canOpen(text: string, m: Mark, pStart: number): boolean {
  const prev = m.pos > pStart ? text[m.pos - 1] : "";
  const next = text[m.pos + m.len];
  return !isSpace(next) && (isSpace(prev) || OPEN_PRECEDE.test(prev));
}

function canClose(text: string, m: Mark, pEnd: number): boolean {
  const prev = text[m.pos - 1];
  const next = m.pos + m.len < pEnd ? text[m.pos + m.len] : "";
  return !isSpace(prev) && (isSpace(next) || CLOSE_FOLLOW.test(next) || /[,.!?]/.test(prev));
}

function trimmed(text: string, a: number, b: number): [number, number] {
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return [a, b];
}

/** Pairs quotation marks per paragraph (double marks first, then single marks outside them). */
export function findQuoteSegments(doc: Doc): QuoteSegment[] {
  const text = doc.text;
  const out: QuoteSegment[] = [];
  let carry = false; // previous paragraph ended inside a quote
  for (const p of doc.paragraphs) {
    const marks = doubleMarks(text, p.start, p.end);
    let open = null as Mark | null;
    // an opening mark left waiting while a quote nested inside it runs ("... the plan she calls “a lifeline” for ...")
    let outer = null as Mark | null;
    let nested = 0; // segments pushed inside `outer`, replaced by it when it closes
    let first = true;
    const paraSegs: QuoteSegment[] = [];
    const push = (o: number, a: number, b: number, close: number, closed: boolean, continued: boolean) => {
      const [s, e] = trimmed(text, a, b);
      if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) {
        paraSegs.push({ start: s, end: e, open: o, close, closed, paragraph: p.i, continued, single: false });
      }
    };
    const startsWithMark = marks.length > 0 && marks[0].pos === p.start;
    let continued = carry && startsWithMark;
    for (const m of marks) {
      const o = canOpen(text, m, p.start);
      const c = canClose(text, m, p.end);
      if (!open) {
        if (o && (!c || !CLOSE_GLYPHS.has(m.glyph))) open = m;
        else if (!c && OPEN_GLYPHS.has(m.glyph)) open = m;
        else if (c && first && carry && !startsWithMark) {
          // a continued quote whose paragraph lacks the opening mark
          push(p.start, p.start, m.pos, m.pos + m.len, true, true);
        }
      } else {
        if (c || (!o && !OPEN_GLYPHS.has(m.glyph))) {
          if (open === outer) {
            // the outer quote closes around the nested ones: one segment for all of it
            paraSegs.splice(paraSegs.length - nested, nested);
            outer = null;
            nested = 0;
          }
          const n = paraSegs.length;
          push(open.pos, open.pos + open.len, m.pos, m.pos + m.len, true, continued && paraSegs.length === 0);
          if (outer) nested += paraSegs.length - n;
          open = outer;
        } else {
          // two openings in a row: a quote nested in the first, or the first was a stray mark
          // (it stays a stray mark unless a closing mark for it follows the nested quote)
          outer = open;
          open = m;
        }
      }
      first = false;
    }
    carry = false;
    // a mark opening the paragraph and left open runs on to the next paragraph around the quotes nested in it
    // ('"HOST: Is this an episode of “Quiz Night”? Tell us.' + a paragraph opening with a mark); elsewhere it is stray
    if (open && open === outer && open.pos !== p.start) open = null;
    if (open) {
      push(open.pos, open.pos + open.len, p.end, p.end, false, continued && paraSegs.length === 0);
      carry = true;
    }
    continued = false;
    // single marks outside double-quoted segments
    singleSegments(text, p.start, p.end, paraSegs, p.i);
    paraSegs.sort((a, b) => a.start - b.start);
    // a nickname inside a name is no quote: 'Rep. Marta "Tita" Lund'
    out.push(...paraSegs.filter((s) => !nicknameAt(doc.tokens, tokenIndexAt(doc, s.open), doc.tokens.length)));
  }
  return out;
}

function singleSegments(text: string, from: number, to: number, segs: QuoteSegment[], para: number): void {
  const inside = (i: number) => segs.some((s) => !s.single && i >= s.open && i < s.close);
  const add: QuoteSegment[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== "‘" && c !== "'") continue;
    if (inside(i)) continue;
    if (text[i + 1] === c) continue;
    const prev = i > from ? text[i - 1] : "";
    const next = text[i + 1];
    if (!(isSpace(prev) || /[([—–:;,"“]/.test(prev)) || !/[\p{L}]/u.test(next ?? "")) continue;
    // find the closing mark: ’ or ' after a non-space, followed by a non-letter
    let j = i + 1;
    let found = -1;
    let words = 0;
    for (; j < to && words < 40; j++) {
      const d = text[j];
      if (d === " ") words++;
      if ((d === "’" || d === "'") && !isSpace(text[j - 1]) && !/[\p{L}\p{N}]/u.test(text[j + 1] ?? "")) {
        // "voters’ rights": a plural possessive, not a closing mark, when a lower-case word follows
        if (text[j - 1] === "s" && /^\s+[a-z]/.test(text.slice(j + 1, j + 3)) && !/[.,!?]/.test(text[j - 1])) continue;
        found = j;
        break;
      }
    }
    if (found < 0) continue;
    const [s, e] = trimmed(text, i + 1, found);
    if (e > s) add.push({ start: s, end: e, open: i, close: found + 1, closed: true, paragraph: para, continued: false, single: true });
    i = found;
  }
  segs.push(...add);
}

// ---------------------------------------------------------------- speakers

interface Speaker {
  ref: EntityRef | null;
  entity?: Entity;
  cue: string | null;
  /** the cue is a verb of naming before the quote: "calling it ..." */
  naming?: boolean;
  via?: EntityRef | null;
  /** found through continuation rather than a cue in the sentence */
  continued?: boolean;
  /** only the sentence's subject: no cue */
  weak?: boolean;
  /** continued from a quote in the same sentence */
  sameSentence?: boolean;
  /** a source closing the sentence, not next to the quote: a cue before the quote wins over it */
  distant?: boolean;
  /** the agent of a passive: '"..." by X' */
  agent?: boolean;
  /** the cue before the quote is a passive ('the plan was called "..."'): its subject is no speaker */
  passive?: boolean;
}

const SKIP_BETWEEN = new Set([
  "also", "later", "then", "has", "had", "have", "would", "will", "once", "previously", "recently", "further",
  "again", "simply", "repeatedly", "quickly", "reportedly", "frequently", "often", "has", "had", "did", "does",
  "told", "had", "was", "is", "once", "flatly", "bluntly", "angrily", "firmly", "publicly", "privately",
  "ultimately", "subsequently", "similarly", "separately", "finally", "earlier", "just", "recently", "not",
  "openly", "loudly", "quietly", "only", "even", "still", "already", "has", "proudly", "defiantly", "succinctly",
  "jokingly", "famously", "memorably", "candidly", "plainly", "explicitly", "directly", "tersely",
]);
const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|month|year|morning|afternoon|evening|night|weekend)$/;
const PRONOUN_SUBJECTS = new Set(["he", "she", "they", "i", "we", "it", "you"]);
const PREPOSITIONS = new Set(["with", "at", "in", "on", "to", "from", "for", "of", "by", "about", "against", "into", "during", "after", "before", "under", "over", "like", "than", "as"]);
const DOCUMENT_NOUNS = new Set(["report", "article", "story", "study", "statement", "analysis", "investigation", "editorial", "piece", "op-ed", "column", "survey", "poll", "memo", "letter"]);
const POSSESSIVES = new Set(["his", "her", "their", "its", "our", "my", "your"]);
const SUBJECTLESS_AFTER = new Set(["when", "while", "if", "once", "after", "before", "unless", "until", "though", "although", "whether"]);
const NP_POS = new Set(["NOUN", "PROPN", "ADJ", "DET", "NUM", "PART"]);


function isSpeechVerbToken(t: Token, toks: Token[]): string | null {
  // "as X put it", "X put it this way"
  if (t.norm === "put" && toks[t.i + 1]?.norm === "it") return "put it";
  if (t.pos !== "VERB" && t.pos !== "NOUN" && t.pos !== "AUX" && t.pos !== "ADJ" && t.pos !== "PROPN") return null;
  if (t.pos === "AUX" && t.norm !== "said" && t.norm !== "says") return null;
  // "he points out", "as she pointed out"
  if (/^point(s|ed)?$/.test(t.norm) && toks[t.i + 1]?.norm === "out" && t.pos === "VERB") return "point out";
  // a noun the tagger reads as a verb: "the following comment", "a quick reply"
  const before = toks[t.i - 1];
  // "so-called": an adjective, nobody calling
  if (before?.text === "-" && toks[t.i - 2]?.norm === "so") return null;
  // "compared to/with": a preposition, nobody comparing ("rose 5 percent compared to ...")
  if (/^compar/.test(t.norm) && /^(to|with)$/.test(toks[t.i + 1]?.norm ?? "")) return null;
  if (before && before.pos === "DET" && before.norm !== "that" && t.pos === "VERB") return null;
  // "Grant is promising ...", "Norway denounced ...": a progressive or a past tense the tagger reads as an adjective
  const l = speechLemma(t.norm, t.lemma) ?? (t.pos !== "ADJ" ? null : before?.pos === "AUX" ? ingLemma(t.norm) : before?.pos === "PROPN" ? edLemma(t.norm) : null);
  if (!l) return null;
  // nouns that look like verbs: "a call", "the report", "the post", "a read"
  // "The Ledger reports that ...": a present-tense form the tagger reads as a plural noun, right after a name and before "that" or a colon;
  // "Ann Lee and Tom Ward call them ...": a base form right after a name and before a pronoun or a quote
  const next = toks[t.i + 1];
  // (a base form after "the <Name>" is a noun: "the Harbor Bank rate that ...")
  let nameStart = t.i - 1;
  while (nameStart > 0 && toks[nameStart - 1].pos !== "DET" && (toks[nameStart - 1].pos === "PROPN" || /^\p{Lu}\p{Ll}/u.test(toks[nameStart - 1].text))) nameStart--;
  const baseForm = !/s$/.test(t.norm) && toks[nameStart - 1]?.pos !== "DET";
  const asVerb = before !== undefined && (before.pos === "PROPN" || /^\p{Lu}\p{Ll}/u.test(before.text)) && next !== undefined &&
    ((/s$/.test(t.norm) && /^(that|:)$/.test(next.norm)) || ((baseForm || /s$/.test(t.norm)) && (/^(them|him|her|it|that)$/.test(next.norm) || isQuoteTok(toks, next.i))));
  if (t.pos === "NOUN" && !asVerb && !/^(says|said|told|added|wrote|tweeted|noted|asked|explained|argued|continued|claimed|quipped|replied)$/.test(t.norm)) return null;
  if (t.pos === "PROPN" && !/^(said|says|told|added|wrote)$/.test(t.norm)) return null;
  return l;
}

function isCountry(name: string): boolean {
  return COUNTRY_ALIASES.has(name) || COUNTRIES.some(([c]) => c === name);
}

/** The speech-verb lemma of an -ing form ("promising" -> "promise", "calling" -> "call", "chatting" -> "chat"), or null. */
function ingLemma(norm: string): string | null {
  const m = /^(\w+?)ing$/.exec(norm);
  if (!m) return null;
  const stem = m[1];
  const undoubled = /(\w)\1$/.test(stem) ? stem.slice(0, -1) : stem;
  return [stem, `${stem}e`, undoubled].map((c) => speechLemma(c)).find((x) => x !== null) ?? null;
}

/** The speech-verb lemma of a past form ("branded" -> "brand", "described" -> "describe", "denied" -> "deny"), or null. */
function edLemma(norm: string): string | null {
  const m = /^(\w+?)(ied|ed)$/.exec(norm);
  if (!m) return null;
  const stem = m[2] === "ied" ? `${m[1]}y` : m[1];
  const undoubled = /(\w)\1$/.test(stem) ? stem.slice(0, -1) : stem;
  return [stem, `${stem}e`, undoubled].map((c) => speechLemma(c)).find((x) => x !== null) ?? null;
}

/** "it" as a speaker: the last organisation named in its sentence or the one before ("the Water Board raised rates to what it called ..."). */
function itsOrg(ctx: AnalysisContext, t: Token): Entity | undefined {
  if (t.norm !== "it") return undefined;
  const s = sentenceIndexAt(ctx.doc, t.start);
  const from = ctx.doc.sentences[Math.max(0, s - 1)].start;
  const orgs = mentionsIn(ctx.mentions, from, t.start).filter((m) => m.entity.kind === "org");
  return orgs.length ? orgs[orgs.length - 1].entity : undefined;
}

function refOf(e: Entity): EntityRef {
  return { name: e.name, id: e.id, kind: e.kind };
}

/** An NP's speaker read at token i (first token of the NP): entity, pronoun or description. */
function npRight(ctx: AnalysisContext, i: number, limit: number): { ref: EntityRef | null; entity?: Entity; end: number } | null {
  const toks = ctx.doc.tokens;
  if (i >= limit) return null;
  const t = toks[i];
  // skip a dateline-ish adverb: said Tuesday X / said on Tuesday
  const e0 = entityAt(ctx.mentions, t.start, t.end);
  if (PRONOUN_SUBJECTS.has(t.norm)) {
    const e = resolveMention(ctx, t.start, t.end) ?? itsOrg(ctx, t);
    return { ref: e ? refOf(e) : null, entity: e, end: i + 1 };
  }
  // NP extent
  let j = i;
  while (j < limit && (NP_POS.has(toks[j].pos) || (j === i && POSSESSIVES.has(toks[j].norm)) || (toks[j].text === "-" && !toks[j].space) || toks[j].norm === "'s") && toks[j].pos !== "VERB") {
    if (toks[j].pos === "PART" && toks[j].norm !== "'s") break;
    j++;
  }
  if (j === i) {
    if (!e0) return null;
    j = i + 1;
  }
  return npRef(ctx, i, j);
}

/** The NP [a, b): the entity of its head (last noun/name), else the description as written. */
function npRef(ctx: AnalysisContext, a: number, b: number): { ref: EntityRef | null; entity?: Entity; end: number } | null {
  const toks = ctx.doc.tokens;
  while (b > a && toks[b - 1].pos === "PUNCT") b--;
  if (b <= a) return null;
  // the head: last token; a name mention covering it wins
  const head = toks[b - 1];
  const eh = entityAt(ctx.mentions, head.start, head.end);
  if (eh && eh.kind !== "place") return { ref: refOf(eh), entity: eh, end: b };
  if (PRONOUN_SUBJECTS.has(head.norm)) {
    const e = resolveMention(ctx, head.start, head.end);
    return { ref: e ? refOf(e) : null, entity: e, end: b };
  }
  // a description: "a campaign spokesman", "the report", "officials"
  const start = toks[a].start;
  const text = ctx.doc.text.slice(start, head.end);
  if (!/[A-Za-z]/.test(text)) return null;
  const ed = entityAt(ctx.mentions, start, head.end);
  if (ed && ed.kind !== "place" && ctx.entities.some((e) => e === ed && e.mentions.some((m) => m.via === "description" && m.start >= start && m.end <= head.end))) {
    return { ref: refOf(ed), entity: ed, end: b };
  }
  if (head.pos !== "NOUN" && head.pos !== "PROPN") return null;
  // "the Herald report", "the report": the publication or organisation behind a document
  if (DOCUMENT_NOUNS.has(head.norm)) {
    const inside = mentionsIn(ctx.mentions, start, head.start).filter((m) => m.entity.kind === "org" || m.entity.kind === "person");
    if (inside.length) return { ref: refOf(inside[inside.length - 1].entity), entity: inside[inside.length - 1].entity, end: b };
    if (/^(the|this|that)$/.test(toks[a].norm) && b - a <= 2) {
      const before = mentionsIn(ctx.mentions, Math.max(0, start - 1500), start).filter((m) => m.entity.kind === "org" && isPublicationName(m.entity.name));
      if (before.length) return { ref: refOf(before[before.length - 1].entity), entity: before[before.length - 1].entity, end: b };
    }
  }
  return { ref: { name: text }, end: b };
}

/** The subject NP ending right before token `v` (a verb), skipping adverbs and a comma-delimited apposition. */
function subjectLeftOf(ctx: AnalysisContext, v: number, limit: number, noSkip = false): { ref: EntityRef | null; entity?: Entity; at: number } | null {
  const toks = ctx.doc.tokens;
  let k = v - 1;
  for (; !noSkip; ) {
    while (k >= limit && (SKIP_BETWEEN.has(toks[k].norm) || toks[k].pos === "ADV" || (toks[k].pos === "AUX" && toks[k].norm !== "said"))) k--;
    // a time phrase between subject and verb: "Grant on Thursday said", "Okafor last week wrote"
    if (k >= limit && TIME_WORDS.test(toks[k].norm)) {
      k--;
      if (k >= limit && /^(on|last|this|early|late|earlier|later|next)$/.test(toks[k].norm)) k--;
      continue;
    }
    break;
  }
  if (k < limit) return null;
  // apposition or parenthesis: "X, a professor at Y, said" / "X (R-Texas) said"; up to three layers
  // ("X (R-Ohio), a panel member, said"): the first layer whose head is a person or organisation wins
  if (toks[k].text !== ")" && toks[k].text !== ",") return subjectHead(ctx, k, limit);
  let fallback: { ref: EntityRef | null; entity?: Entity; at: number } | null | undefined;
  for (let layer = 0; layer < 3; layer++) {
    if (toks[k].text === ")") {
      let p = k - 1;
      while (p >= limit && toks[p].text !== "(") p--;
      if (p > limit) k = p - 1;
      else break;
    } else if (toks[k].text === "," || layer > 0) {
      // a comma, or (after the first layer) an apposition NP ending at k ("the attorney general of Y,")
      let p = k - 1;
      while (p >= limit && toks[p].text !== "," && !isQuoteTok(toks, p) && !(toks[p].text === "." && toks[p + 1]?.text !== ",")) p--;
      if (layer === 0 && toks[k].text === "," && p >= limit && k - p > 1) {
        // the layer is itself a name, perhaps after titles and before a party tag:
        // "her senior adviser, Nora Pell, said", "his aunt, state Sen. Ida Moss (D-Ore.), said"
        const inner = layerName(ctx, p + 1, k);
        if (inner) return { ref: refOf(inner), entity: inner, at: p + 1 };
      }
      if (p > limit && toks[p].text === ",") k = p - 1;
      else return fallback ?? null;
    } else break;
    if (k < limit) break;
    const r = subjectHead(ctx, k, limit);
    // an earlier layer headed by a prepositional object is no subject ("In a statement to the Observer, ...")
    if (layer > 0 && r && r.at > limit && (toks[r.at - 1].pos === "ADP" || (toks[r.at - 1].pos === "DET" && toks[r.at - 2]?.pos === "ADP"))) break;
    if (r && (r.entity?.kind === "person" || r.entity?.kind === "org")) return r;
    if (fallback === undefined) fallback = r;
  }
  return fallback ?? null;
}

/** The person named by tokens [a, b): the name last, only title words before it, a parenthesis after it allowed. */
function layerName(ctx: AnalysisContext, a: number, b: number): Entity | undefined {
  const toks = ctx.doc.tokens;
  let e = b - 1;
  if (toks[e].text === ")") {
    while (e > a && toks[e].text !== "(") e--;
    e--;
  }
  if (e < a) return undefined;
  const inner = entityAt(ctx.mentions, toks[e].start, toks[e].end);
  if (!inner || inner.kind !== "person") return undefined;
  let s = e;
  while (s > a && entityAt(ctx.mentions, toks[s - 1].start, toks[s - 1].end) === inner) s--;
  const titles = toks.slice(a, s).every((x) => x.pos === "NOUN" || x.pos === "PROPN" || x.pos === "ADJ" || x.text === ".");
  return titles ? inner : undefined;
}

function subjectHead(ctx: AnalysisContext, k: number, limit: number): { ref: EntityRef | null; entity?: Entity; at: number } | null {
  const toks = ctx.doc.tokens;
  const t = toks[k];
  if (PRONOUN_SUBJECTS.has(t.norm)) {
    const e = resolveMention(ctx, t.start, t.end) ?? itsOrg(ctx, t);
    return { ref: e ? refOf(e) : null, entity: e, at: k };
  }
  const e = entityAt(ctx.mentions, t.start, t.end);
  if (e) {
    // the start of that mention
    let a = k;
    while (a - 1 >= limit && entityAt(ctx.mentions, toks[a - 1].start, toks[a - 1].end) === e) a--;
    // "Mr. Morgan of the Sierra Club said", "a spokesman for the campaign said": the head before the preposition
    let p = a - 1;
    if (p >= limit && toks[p].pos === "DET") p--;
    if (p > limit && /^(of|for|at|from|with|in)$/.test(toks[p].norm)) {
      const inner = subjectLeftOf(ctx, p + 0, limit, true);
      if (inner && (inner.entity?.kind === "person" || (!inner.entity && inner.ref))) return inner;
    }
    // a country speaks through its government ("Norway denounced the junta ..."); other places do not
    if (e.kind !== "place" || isCountry(e.name)) return { ref: refOf(e), entity: e, at: a };
    return null;
  }
  if (!(t.pos === "NOUN" || t.pos === "PROPN")) return null;
  let a = k;
  // a wh-word opens a free relative, not the NP: "what [multiple lawmakers] called"
  while (a - 1 >= limit && (NP_POS.has(toks[a - 1].pos) || toks[a - 1].text === "-") && toks[a - 1].pos !== "VERB" && !/^(what|which|whose|whatever)$/.test(toks[a - 1].norm)) a--;
  // a preposition before the NP: not a subject ("in an interview with CNN said" is not a thing)
  const r = npRef(ctx, a, k + 1);
  return r ? { ref: r.ref, entity: r.entity, at: a } : null;
}

/** A quotation mark, but not one around a nickname inside a name ('Marta "Tita" Lund'). */
function isQuoteTok(toks: Token[], k: number): boolean {
  // two apostrophes used as a double mark, tokenised apart: the first stands for the mark
  const t = toks[k];
  if (/^['’‘`]$/.test(t.text)) return toks[k + 1]?.text === t.text && toks[k + 1].start === t.end && toks[k - 1]?.text !== t.text;
  if (!/^(["“”„«»]|''|``|‘‘|’’)$/.test(toks[k].text)) return false;
  return !nicknameAt(toks, k, toks.length) && !nicknameAt(toks, k - 2, toks.length);
}

function sentenceIndexAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.sentences[mid].start <= offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** Steps back over sentence splits wink makes after abbreviations ("Sen. Mary K. Olson (D-Ore.), said"). */
function clauseSentence(doc: Doc, si: number): number {
  const toks = doc.tokens;
  while (si > 0) {
    const cur = doc.sentences[si];
    const prev = doc.sentences[si - 1];
    if (prev.paragraph !== cur.paragraph) break;
    const tail = toks.slice(Math.max(prev.tokenStart, prev.tokenEnd - 3), prev.tokenEnd).map((t) => t.text).join("");
    if (/^[a-z]/.test(cur.text) || /(^|[^A-Za-z])([A-Z][a-z]{0,3}|[A-Z])\.\)?$/.test(tail)) si--;
    else break;
  }
  return si;
}

/** Cue after the quote: `"...," X said` / `"...," said X` / `"...," according to X`. */
function cueAfter(ctx: AnalysisContext, a: number, b: number, sentStart: number, openTok: number): Speaker | null {
  const toks = ctx.doc.tokens;
  let i = a;
  while (i < b && ((toks[i].pos === "PUNCT" || /^(―|—|–|--)$/.test(toks[i].text)) && !isQuoteTok(toks, i) && toks[i].text !== "(")) i++;
  if (i >= b) return null;
  // pull-quote attribution: "..." ― Name
  if (i > a && /^(―|—|–|--|-)$/.test(toks[i - 1].text)) {
    const r = npRight(ctx, i, b);
    if (r && r.entity) return { ref: r.ref, entity: r.entity, cue: toks[i - 1].text };
  }
  // according to X
  if (toks[i].norm === "according" && toks[i + 1]?.norm === "to") {
    const r = npRight(ctx, i + 2, b);
    if (r) return { ref: r.ref, entity: r.entity, cue: "according to" };
  }
  // '"Harbor Lights" by Tom Hale', 'was called "reckless" by critics': the agent
  if (toks[i].norm === "by" && i === a) {
    const r = npRight(ctx, i + 1, b);
    if (r && (r.ref || r.entity)) return { ref: r.ref, entity: r.entity, cue: "by", agent: true, distant: true };
  }
  // "said X" (inverted)
  const l0 = isSpeechVerbToken(toks[i], toks);
  if (l0 && /ing$/.test(toks[i].norm)) {
    // "...," adding ... / "...," saying ...: the subject of the clause before the quote
    const s = mainSubject(ctx, sentStart, openTok);
    return s ? { ref: s.ref, entity: s.entity, cue: toks[i].text } : null;
  }
  if (l0 && !NAMING_VERBS.has(l0)) {
    let j = i + 1;
    // said Tuesday X / said on Tuesday X: rare; skip a weekday
    if (j < b && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/.test(toks[j].norm)) j++;
    const r = npRight(ctx, j, b);
    if (r && (r.ref || r.entity)) return { ref: r.ref, entity: r.entity, cue: toks[i].text };
  }
  // "X said", "X, a professor at Y, said", "he added"
  const limit = Math.min(b, i + 30);
  let depth = 0;
  let blocked = false;
  for (let v = i + 1; v < limit; v++) {
    const t = toks[v];
    if (isQuoteTok(toks, t.i)) break;
    const l = isSpeechVerbToken(t, toks);
    if (l) {
      // inverted after more words, with no subject before the verb: '"A hard road" for the board, said Okafor.'
      const inverted = (): Speaker | null => {
        if (!(v > i + 1 && toks[v - 1].text === "," && !NAMING_VERBS.has(l) && !/ing$/.test(t.norm))) return null;
        const r = npRight(ctx, v + 1, b);
        return r && (r.ref || r.entity) && (r.end >= b || /^[,.;]$/.test(toks[r.end].text)) ? { ref: r.ref, entity: r.entity, cue: t.text } : null;
      };
      const s = subjectLeftOf(ctx, v, i);
      if (!s) return inverted();
      if (s.at !== i) {
        // the subject must start the clause after the quote (", X said" not ", and then the crowd chanted X said")
        const gap = toks.slice(i, s.at).filter((x) => x.pos !== "PUNCT" && x.pos !== "CCONJ");
        // premodifiers of the name are fine: "novelist Ruth Ames said", "the Daily Courier reported"
        const npGap = gap.every((x) => NP_POS.has(x.pos) || POSSESSIVES.has(x.norm) || x.text === "-" || hyphenated(toks, x.i));
        if (gap.length > 0 && !npGap && !(toks[s.at - 1]?.text === "," && gap.length <= 12)) return inverted();
      }
      return { ref: s.ref, entity: s.entity, cue: t.text };
    }
    if ((t.pos === "VERB" || t.pos === "AUX") && !SKIP_BETWEEN.has(t.norm) && !hyphenated(toks, v) && !(/^\p{Lu}/u.test(t.text) && entityAt(ctx.mentions, t.start, t.end))) {
      // a verb before any speech verb: only inside an apposition ("X, who ran ..., said",
      // "X, the attorney general of Y, one of the states suing Z, said"); else only a verb closing the sentence
      if (!insideComma(toks, i, v) && !appositionChain(ctx, i, v, limit)) {
        blocked = true;
        break;
      }
    }
    if (t.text === "(") depth++;
    if (t.text === ")") depth--;
    // a full stop ends the clause, unless it closes an abbreviation inside it ("X, R-Ky., said")
    if ((t.text === ";" || (t.text === "." && !/^[,a-z]/.test(toks[v + 1]?.text ?? ""))) && depth <= 0) break;
  }
  // an attribution closing the sentence after more words ('"Not yet," the clerk wrote back, Okafor said.');
  // after another verb, only a named person or organisation ('a clerk who "takes a few bills" is punished, Okafor said.')
  for (let v = i + 1; v < b; v++) {
    if (isQuoteTok(toks, v)) break;
    // '... a "walk-in" at 200 schools, according to the organisers.': the source of the whole sentence
    if (toks[v].norm === "according" && toks[v + 1]?.norm === "to" && toks[v - 1].text === ",") {
      const r = npRight(ctx, v + 2, b);
      if (r && (r.ref || r.entity) && closesSentence(toks, r.end, b)) return { ref: r.ref, entity: r.entity, cue: "according to", distant: true };
    }
    const l = isSpeechVerbToken(toks[v], toks);
    if (!l || NAMING_VERBS.has(l)) continue;
    // '"...," since the vote went the other way, said Okafor.': inverted, for a named person or organisation
    if (toks[v - 1].text === "," && !/ing$/.test(toks[v].norm)) {
      const r = npRight(ctx, v + 1, b);
      if (r?.entity && (r.entity.kind === "person" || r.entity.kind === "org") && (r.end >= b || /^[,.;]$/.test(toks[r.end].text))) {
        return { ref: r.ref, entity: r.entity, cue: toks[v].text };
      }
    }
    const s = subjectLeftOf(ctx, v, i);
    const named = s?.entity && (s.entity.kind === "person" || s.entity.kind === "org") && !PRONOUN_SUBJECTS.has(toks[s.at].norm);
    if (s && s.at > i && toks[s.at - 1]?.text === "," && (s.entity || s.ref) && (!blocked || named)) {
      let rest = v + 1;
      while (rest < b && !/^[.!?;]$/.test(toks[rest].text) && rest - v < 8) rest++;
      if (rest >= b || /^[.!?;]$/.test(toks[rest].text)) return { ref: s.ref, entity: s.entity, cue: toks[v].text };
    }
  }
  // "...," Grant shot back. / "...," she demanded: subject + any verb closing the sentence
  for (let v = i + 1; v < Math.min(b, i + 6); v++) {
    const t = toks[v];
    if (t.pos !== "VERB") continue;
    let rest = v + 1;
    while (rest < b && (toks[rest].pos === "ADP" || toks[rest].pos === "ADV" || toks[rest].pos === "PART")) rest++;
    if (rest < b && !/^[.!?;]$/.test(toks[rest].text) && !isQuoteTok(toks, rest)) break;
    const s = subjectLeftOf(ctx, v, i);
    const premod = s ? toks.slice(i, s.at).every((x) => x.pos === "DET" || x.pos === "ADJ" || x.pos === "NOUN" || POSSESSIVES.has(x.norm)) : false;
    // after an ordinary verb (blocked), only a name: a pronoun there is better left to continuation
    if (s && (s.at === i || premod) && (s.entity?.kind === "person" || (s.entity?.kind === "other" && /^\p{Lu}\p{Ll}/u.test(s.entity.name)) || (!blocked && s.ref && PRONOUN_SUBJECTS.has(toks[s.at].norm)))) {
      return { ref: s.ref, entity: s.entity, cue: ctx.doc.text.slice(t.start, toks[rest - 1].end) };
    }
    break;
  }
  return null;
}

/** '"...," Name, <apposition with a verb>, said': a person/org right after the quote, a comma, and a speech verb after a comma. */
function appositionChain(ctx: AnalysisContext, i: number, v: number, limit: number): boolean {
  const toks = ctx.doc.tokens;
  const e = entityAt(ctx.mentions, toks[i].start, toks[i].end);
  if (!e || (e.kind !== "person" && e.kind !== "org")) return false;
  if (!toks.slice(i, v).some((x) => x.text === ",")) return false;
  for (let w = v + 1; w < limit; w++) {
    const t = toks[w];
    if (isQuoteTok(toks, t.i) || t.text === ";" || t.text === ".") return false;
    if (t.text === "," && w + 1 < limit && isSpeechVerbToken(toks[w + 1], toks) && !/ing$/.test(toks[w + 1].norm)) return true;
  }
  return false;
}

/** A past form of a verb after a form of "be" (adverbs between): 'was called', 'is widely described'. */
function isPassive(toks: Token[], v: number, a: number): boolean {
  const t = toks[v];
  if (t.norm === t.lemma.toLowerCase() || /(ing|s)$/.test(t.norm)) return false;
  let k = v - 1;
  while (k >= a && toks[k].pos === "ADV") k--;
  return k >= a && /^(is|are|was|were|be|been|being)$/.test(toks[k].norm);
}

/**
 * Tokens from k run to the end of the sentence (or of the region ending at b) as the rest of an NP, perhaps with
 * one apposition or relative clause after a comma ("the alliance for open ports (AOP)", "a speech she gave in May",
 * "Ann Lee, who was there"), not a new clause ("..., and Tom left") or another quote.
 */
function closesSentence(toks: Token[], k: number, b: number): boolean {
  let commas = 0;
  for (; k < b && !/^[.!?;]$/.test(toks[k].text); k++) {
    if (toks[k].pos === "CCONJ" || isQuoteTok(toks, k)) return false;
    if (toks[k].text === "," && (++commas > 1 || !/^(who|which|DET)$/.test(toks[k + 1]?.pos === "DET" ? "DET" : toks[k + 1]?.norm ?? ""))) return false;
  }
  return true;
}

/** A word joined to the one before by a hyphen: "Ohio-based". */
function hyphenated(toks: Token[], k: number): boolean {
  return toks[k - 1]?.text === "-" && toks[k - 1].end === toks[k].start;
}

function insideComma(toks: Token[], from: number, v: number): boolean {
  let commas = 0;
  for (let k = from; k < v; k++) if (toks[k].text === "," || toks[k].text === "(" ) commas++;
  return commas % 2 === 1;
}

/** "footage of Grant asking, "..."": the person named right before a participle of saying is its subject. */
function namedParticiple(ctx: AnalysisContext, v: number, a: number): Entity | undefined {
  const toks = ctx.doc.tokens;
  if (v - 1 < a || !/ing$/.test(toks[v].norm) || toks[v - 1].pos !== "PROPN") return undefined;
  const e = entityAt(ctx.mentions, toks[v - 1].start, toks[v - 1].end);
  return e?.kind === "person" ? e : undefined;
}

/** Cue before the quote: `X said: "..."`, `X told Y that "..."`, `calling it "..."`, `according to X, "..."`. */
function cueBefore(ctx: AnalysisContext, a: number, b: number, sentStart: number): Speaker | null {
  const toks = ctx.doc.tokens;
  // according to X, "..."
  for (let k = a; k < b - 1; k++) {
    if (toks[k].norm === "according" && toks[k + 1].norm === "to") {
      const r = npRight(ctx, k + 2, b);
      if (r && (r.ref || r.entity)) return { ref: r.ref, entity: r.entity, cue: "according to" };
    }
  }
  // a quote set off by dashes right after a person's name: "... including Ann Okafor -- "We will not wait" -- and ..."
  if (b - 2 >= a && /^(--|—|―|–)$/.test(toks[b - 1].text) && toks[b - 2].pos === "PROPN") {
    const e = entityAt(ctx.mentions, toks[b - 2].start, toks[b - 2].end);
    let w = b - 2;
    while (w > a && (entityAt(ctx.mentions, toks[w - 1].start, toks[w - 1].end) === e || /^(DET|ADJ|NOUN)$/.test(toks[w - 1].pos))) w--;
    // not the object of a preposition ("loyal to Grant -- "...""), whose words these are not
    if (e?.kind === "person" && !(w > a && toks[w - 1].pos === "ADP")) return { ref: refOf(e), entity: e, cue: toks[b - 1].text };
  }
  const verbs: Array<{ v: number; lemma: string }> = [];
  for (let v = b - 1; v >= a; v--) {
    if (isQuoteTok(toks, v)) {
      // a title in quotes is part of the clause: 'Ames told the "Evening Hour" podcast that "..."'
      const title = titleEndingAt(ctx, toks[v].end);
      if (!title) break;
      v = tokenIndexAt(ctx.doc, title.open);
      continue;
    }
    const l = isSpeechVerbToken(toks[v], toks);
    if (l) verbs.unshift({ v, lemma: l });
  }
  let found: { v: number; lemma: string } | null = verbs.length ? verbs[verbs.length - 1] : null;
  if (found && verbs.length > 1 && !NAMING_VERBS.has(found.lemma)) {
    // the nearest verb governs the quote when only its object, "that" or a colon stand between;
    // otherwise the quote is deep inside reported speech and the outermost strong verb speaks
    const between = toks.slice(found.v + 1, b).filter((t) => t.pos !== "PUNCT");
    const direct = between.length <= 4 || toks[b - 1].text === ":" || namedParticiple(ctx, found.v, a) !== undefined;
    if (!direct) {
      const outer = verbs.find((x) => STRONG_SPEECH_VERBS.has(x.lemma) && !/ing$/.test(toks[x.v].norm)) ??
        verbs.find((x) => !/ing$/.test(toks[x.v].norm) && !NAMING_VERBS.has(x.lemma));
      if (outer) found = outer;
    }
  }
  if (!found) {
    // "Grant's response: "..."" / "X on Twitter: "..."": a colon right before the quote
    if (b - 1 >= a && toks[b - 1].text === ":") {
      // a name right before the colon: "... doesn't surprise pollster Dana Shaw: "..."", "TOPIC - Philip Bump: "...""
      const en = b - 2 >= a ? entityAt(ctx.mentions, toks[b - 2].start, toks[b - 2].end) : undefined;
      let w = b - 2;
      while (w > a && (entityAt(ctx.mentions, toks[w].start, toks[w].end) === en || /^(DET|ADJ|NOUN|PROPN)$/.test(toks[w].pos))) w--;
      // not the object of a preposition: "... told the Dutch newspaper NRC Handelsblad:"
      if (en && (en.kind === "person" || en.kind === "org") && toks[w].pos !== "ADP") return { ref: refOf(en), entity: en, cue: ":" };
      const s = firstSubject(ctx, a, b - 1);
      if (s) return { ref: s.ref, entity: s.entity, cue: ":" };
    }
    // "Grant issued a statement, "..."" / "in a letter to supporters, X ..."
    if (b - 1 >= a && /^[,:]$/.test(toks[b - 1].text)) {
      const noun = toks.slice(a, b).find((t) => STATEMENT_NOUNS.has(t.norm));
      if (noun) {
        const s = firstSubject(ctx, a, b - 1);
        if (s) return { ref: s.ref, entity: s.entity, cue: noun.text };
      }
    }
    return null;
  }
  const { v, lemma } = found;
  const vt = toks[v];
  // 'the plan was called "reckless"', 'he was asked "why?"': the subject of a passive is not the speaker
  if (isPassive(toks, v, a)) return { ref: null, cue: vt.text, passive: true, naming: NAMING_VERBS.has(lemma) };
  let subj: { ref: EntityRef | null; entity?: Entity; at: number } | null = null;
  const participle = /ing$/.test(vt.norm) && !(toks[v - 1]?.pos === "AUX" || /^(is|was|are|were|be|been|keeps|kept)$/.test(toks[v - 1]?.norm ?? ""));
  const named = participle ? namedParticiple(ctx, v, a) : undefined;
  if (named) {
    let at = v - 1;
    while (at - 1 >= a && entityAt(ctx.mentions, toks[at - 1].start, toks[at - 1].end) === named) at--;
    subj = { ref: refOf(named), entity: named, at };
  } else if (participle) {
    const s = mainSubject(ctx, sentStart, v);
    if (s) subj = { ...s, at: a };
  } else {
    subj = subjectLeftOf(ctx, v, a);
    const lead = toks.slice(a, v);
    if (!subj && a > sentStart && lead.some((t) => t.pos === "CCONJ") && lead.every((t) => t.pos === "PUNCT" || t.pos === "CCONJ")) {
      // a verb coordinated with one before an earlier quote: 'X claimed "..." and concluded it was "..."'
      const s = mainSubject(ctx, sentStart, v);
      if (s) subj = { ...s, at: a };
    }
    if (!subj && lead.every((t) => t.pos === "PUNCT" || t.pos === "CCONJ")) {
      // verb-first: 'Said Ellis: "..."', 'Added the senator, "..."'
      const r = npRight(ctx, v + 1, b);
      if (r && (r.ref || r.entity)) subj = { ref: r.ref, entity: r.entity, at: v + 1 };
    }
    if (!subj) {
      // relative or coordinated clauses: "Grant, who ..., said" / "Grant laughed and said"
      const s = firstSubject(ctx, a, v);
      if (s) subj = { ...s, at: a };
    }
    if (!subj && lemma !== "say") {
      // passive / object-first: "In the letter, obtained by X, ..." -> none
    }
  }
  if (!subj) return null;
  const sp: Speaker = { ref: subj.ref, entity: subj.entity, cue: vt.text, naming: NAMING_VERBS.has(lemma) };
  // recounted: an earlier speech verb with another subject ("she said he told her: ...")
  if (subj.at > a) {
    for (let w = subj.at - 1; w >= a; w--) {
      const l = isSpeechVerbToken(toks[w], toks);
      if (l && !NAMING_VERBS.has(l)) {
        const outer = subjectLeftOf(ctx, w, a);
        // the outer speaker must be a known person or organisation, and someone else
        if (outer?.entity && outer.ref && sp.ref && outer.ref.name !== sp.ref.name) {
          const between = toks.slice(w + 1, subj.at).filter((x) => x.pos !== "PUNCT" && x.norm !== "that");
          if (between.length === 0) sp.via = outer.ref;
        }
        break;
      }
    }
  }
  return sp;
}

/**
 * The subject of the main clause before token b: the nearest finite verb left of b
 * (outside quotes) and the subject left of it; falls back to the first NP.
 */
function mainSubject(ctx: AnalysisContext, a: number, b: number): { ref: EntityRef | null; entity?: Entity } | null {
  const toks = ctx.doc.tokens;
  let inQuote = false;
  for (let v = b - 1; v >= a; v--) {
    const t = toks[v];
    if (isQuoteTok(toks, t.i)) {
      inQuote = !inQuote;
      continue;
    }
    if (inQuote || t.pos !== "VERB") continue;
    if (/ing$/.test(t.norm) && !(toks[v - 1]?.pos === "AUX")) continue;
    // a noun the tagger reads as a verb: "a Twitter comment", "the final report"
    if (toks[v - 1]?.pos === "DET" || (/^(ADJ|PROPN|NOUN)$/.test(toks[v - 1]?.pos ?? "") && toks[v - 2]?.pos === "DET")) continue;
    if (toks[v - 1]?.norm === "to" || toks[v - 1]?.norm === "that") continue;
    // a clause without a subject of its own: "..., when pressed, replying ..."
    if (SUBJECTLESS_AFTER.has(toks[v - 1]?.norm ?? "")) continue;
    const s = subjectLeftOf(ctx, v, a);
    if (s && (s.entity || s.ref)) return s;
  }
  return firstSubject(ctx, a, b);
}

/** The clause subject: first NP of [a, b), skipping an introductory phrase ending in a comma. */
function firstSubject(ctx: AnalysisContext, a: number, b: number): { ref: EntityRef | null; entity?: Entity } | null {
  const toks = ctx.doc.tokens;
  let i = a;
  while (i < b && (toks[i].pos === "PUNCT" || toks[i].pos === "CCONJ")) i++;
  if (i < b && (toks[i].pos === "ADP" || toks[i].pos === "SCONJ" || toks[i].pos === "ADV")) {
    let c = i;
    while (c < b && toks[c].text !== ",") c++;
    if (c < b) i = c + 1;
    // the comma closed a title in quotes: 'On "Morning Report," Ann Lee ...' (the mark after it closes, not opens)
    if (i < b && isQuoteTok(toks, i) && toks[i].start === toks[i - 1].end) i++;
  }
  for (let k = i; k < b; k++) {
    const t = toks[k];
    if (isQuoteTok(toks, t.i)) {
      // skip quoted words
      k++;
      while (k < b && !isQuoteTok(toks, k)) k++;
      continue;
    }
    if (PREPOSITIONS.has(t.norm)) {
      // skip the prepositional object
      k++;
      while (k < b && NP_POS.has(toks[k].pos)) k++;
      k--;
      continue;
    }
    if (t.pos === "VERB") break;
    const r = npRight(ctx, k, b);
    if (r && (r.ref || r.entity)) {
      return { ref: r.ref, entity: r.entity };
    }
    if (r) return null;
  }
  return null;
}

/** A closed segment ending at `close` that reads as a title: a few capitalised words, no sentence ("Morning Report"). */
function titleEndingAt(ctx: AnalysisContext, close: number): QuoteSegment | undefined {
  const seg = ctx.quoteSegments.find((x) => x.close === close && x.closed);
  if (!seg) return undefined;
  const text = ctx.doc.text.slice(seg.start, seg.end);
  return isTitleCase(text) && wordCount(text) <= 6 && !TERMINAL.test(text) && !/[,;:]$/.test(text) ? seg : undefined;
}

// ---------------------------------------------------------------- main

const TERMINAL = /[.!?…]["'”’]*$/;

function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

function isTitleCase(s: string): boolean {
  const ws = s.split(/\s+/).filter((w) => /[\p{L}]/u.test(w));
  if (!ws.length) return false;
  const minor = /^(a|an|the|of|and|or|in|on|at|to|for|with|by|from|is|as)$/;
  return ws.every((w, k) => /^[\p{Lu}\d]/u.test(w) || (k > 0 && minor.test(w)));
}

export function extractQuotes(ctx: AnalysisContext): QuoteClaim[] {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const segs = ctx.quoteSegments;
  const claims: QuoteClaim[] = [];
  let prev: { seg: QuoteSegment; sp: Speaker; sentence: number } | null = null;
  const pendingDrop = new Set<QuoteClaim>();
  // continued segments that start a quote of their own (a new speaker): not merged into the previous claim
  const restarts = new Set<number>();
  // last reported-speech speaker seen in running text (for "X said he would win. \"...\"")
  for (let si = 0; si < segs.length; si++) {
    const seg = segs[si];
    const sA = clauseSentence(doc, sentenceIndexAt(doc, seg.open));
    const sB = sentenceIndexAt(doc, Math.max(seg.open, seg.close - 1));
    const sentA = doc.sentences[sA];
    const sentB = doc.sentences[sB];
    const nextSeg = si + 1 < segs.length ? segs[si + 1] : null;
    // regions outside the marks, inside the sentence and the paragraph, not crossing other quotes
    const paraA = doc.paragraphs[seg.paragraph];
    let beforeFrom = Math.max(sentA.start, paraA.start);
    // the clause before the quote runs back to the previous quote, or across titles in quotes to the one before
    for (let k = si - 1; k >= 0 && segs[k].paragraph === seg.paragraph && segs[k].close > beforeFrom; k--) {
      // a paragraph-long quote this one is nested in bounds nothing
      if (segs[k].close > seg.open) continue;
      beforeFrom = segs[k].close;
      if (!titleEndingAt(ctx, segs[k].close)) break;
      beforeFrom = Math.max(sentA.start, paraA.start);
    }
    let afterTo = Math.min(sentB.end, paraA.end);
    if (nextSeg && nextSeg.paragraph === seg.paragraph && nextSeg.open < afterTo) afterTo = nextSeg.open;
    const bA = tokenIndexAt(doc, beforeFrom);
    const bB = tokenIndexAt(doc, seg.open);
    const aA = tokenIndexAt(doc, seg.close);
    let aB = tokenIndexAt(doc, afterTo);
    // a quote that ends its sentence: the cue may sit in the next sentence fragment (wink splits "...?" he said)
    if (aA >= aB && seg.closed && sB + 1 < doc.sentences.length && doc.sentences[sB + 1].paragraph === seg.paragraph) {
      const ns = doc.sentences[sB + 1];
      // '"Why?" he asked.' split by wink: the next sentence is only the attribution
      if (ns.start - seg.close <= 2 && (/^([a-z]|―|—|–|--)/.test(ns.text) || ns.tokenEnd - ns.tokenStart <= 7 || /^[^.!?]{0,60}\b(said|says|added|asked|wrote|told)\b[^.!?]{0,30}[,.]/.test(ns.text) || (/[?!]$/.test(quoteEndText(doc.text, seg)) && speechVerbNear(toks, ns.tokenStart, ns.tokenEnd)))) {
        aB = tokenIndexAt(doc, Math.min(ns.end, nextSeg && nextSeg.paragraph === seg.paragraph ? nextSeg.open : ns.end));
      }
    }
    // wink may split after an initial or abbreviation inside the attribution ("Rep. Elijah E. Cummings")
    for (let guard = 0; guard < 3 && aB > aA && aB < toks.length && (/^([A-Z]\.|[A-Z][a-z]{0,3}\.)$/.test(toks[aB - 1].text) || /^[a-z,]/.test(toks[aB].text)); guard++) {
      const si2 = sentenceIndexAt(doc, toks[aB].start);
      const ns = doc.sentences[si2];
      if (!ns || ns.paragraph !== seg.paragraph) break;
      aB = tokenIndexAt(doc, Math.min(ns.end, nextSeg && nextSeg.paragraph === seg.paragraph ? nextSeg.open : ns.end));
    }
    const quoteText = doc.text.slice(seg.start, seg.end);
    const nWords = wordCount(quoteText);

    let sp: Speaker | null = null;
    let afterSp: Speaker | null = null;
    if (!seg.continued) {
      sp = afterSp = seg.closed ? cueAfter(ctx, aA, aB, tokenIndexAt(doc, sentA.start), bB) : null;
      const before = cueBefore(ctx, bA, bB, tokenIndexAt(doc, sentA.start));
      // an agent after the quote: a named person or organisation, or whoever a passive before the quote names
      if (afterSp?.agent && !before?.passive && afterSp.entity?.kind !== "person" && afterSp.entity?.kind !== "org") sp = afterSp = null;
      if (!sp || ((!sp.ref || sp.distant) && before?.ref)) sp = before ?? sp;
      else if (before && before.ref && sp && (bB - bA) > 0 && toks[bB - 1]?.text === ":" ) sp = before;
    } else if (seg.closed) {
      // a paragraph opening with a mark after an unclosed one, but naming a new speaker after it: a quote of its own
      const own = cueAfter(ctx, aA, aB, tokenIndexAt(doc, sentA.start), bB);
      if (own?.entity && (own.entity.kind === "person" || own.entity.kind === "org") && prev && prev.sp.entity && prev.sp.entity !== own.entity) {
        sp = own;
        restarts.add(seg.start);
      }
    }
    // transcripts: "WALLACE: ..." / "PENCE: ..."
    const tm = /^([A-Z][A-Z.'’\- ]{1,30}[A-Z.]):\s/.exec(quoteText);
    if (tm && !/^(BREAKING|UPDATE|NOTE|EDITOR|WATCH|READ|CLAIM|FACT|Q|A)$/.test(tm[1])) {
      const e = entityAt(ctx.mentions, seg.start, seg.start + tm[1].length);
      sp = { ref: e ? refOf(e) : { name: tm[1] }, entity: e, cue: ":" };
      // a new transcript turn opens a new quote even where the previous paragraph's mark was left open
      if (seg.continued) restarts.add(seg.start);
    }
    // a paragraph led by "Name:" (headlines, interview lines): 'Anna Weber: Voters Are 'Tired of the Noise''
    if (!sp && !seg.continued) sp = leadSpeaker(ctx, paraA.start, seg.open);
    // continuation: same quote across paragraphs, or a cue-less quote right after a quote
    const last = prev as { seg: QuoteSegment; sp: Speaker; sentence: number } | null;
    if (!sp && last) {
      const samePara = last.seg.paragraph === seg.paragraph;
      const nextPara = seg.paragraph === last.seg.paragraph + 1 && seg.open === paraA.start;
      if (seg.continued || samePara || nextPara) sp = { ...last.sp, continued: true, naming: false, sameSentence: last.sentence === sA };
    }
    // a cue-less quote right after a sentence of reported speech or a colon: "Grant said he would win. \"...\""
    if (!sp && bB - bA === 0 || (!sp && seg.open === paraA.start)) {
      sp = speechBefore(ctx, sA) ?? sp;
    }
    // a quoted sentence of its own right after a sentence of the same paragraph about a named person:
    // 'Ann Lee, who lost the primary, praised the young voters. "They are sick of the old ways."'
    if (!sp && bB - bA === 0 && seg.closed && TERMINAL.test(quoteText) && nWords >= 5) sp = personBefore(ctx, sA);

    // a partial quote inside a sentence whose subject is a named person or organisation:
    // "Jane Roe worried that the new rules were becoming "a maze ...""
    if (!sp && bB > bA && !seg.single) {
      const s = mainSubject(ctx, tokenIndexAt(doc, doc.sentences[sA].start), bB);
      if (s && s.entity && (s.entity.kind === "person" || s.entity.kind === "org")) {
        const verb = toks.slice(bA, bB).some((t) => t.pos === "VERB");
        // "Grant keeps repeating the slogan "..."": the subject's own words, short as they are
        const named = bB - 2 >= bA && PHRASE_NOUNS.has(toks[bB - 1].norm) && toks[bB - 2].pos === "DET";
        if (verb) sp = { ref: s.ref, entity: s.entity, cue: named ? toks[bB - 1].text : null, weak: !named };
      }
    }
    // precision: scare quotes and titles
    const bareTerm = nWords <= 3 && !TERMINAL.test(quoteText);
    if (seg.single && (!sp || !sp.ref || nWords <= 1)) continue;
    // speakerless short quotes are kept only if a joined quote in the sentence lends them a speaker
    // ... unless a passive verb of naming right before them gives them as a name ('it was labeled "mostly true"')
    const givenName = sp?.passive === true && sp.naming === true && bB - 1 >= bA && toks[bB - 1].text === sp.cue;
    const dropUnlessShared = (!sp || (!sp.ref && !sp.entity)) && (bareTerm || nWords <= 4) && !givenName;
    // ... but words opening their sentence, closed by a comma or a cry and followed by their speaker are speech:
    // '"Never," said Okafor.' (not 'On "Morning Report," Okafor said')
    const opensSentence = /^$|[.!?:]["'”’]?$/.test(doc.text.slice(beforeFrom, seg.open).trim());
    const spoken = sp !== null && sp === afterSp && !!sp.ref && /[,!?]$/.test(quoteText) && opensSentence;
    if (bareTerm && isTitleCase(quoteText) && !(sp && sp.naming) && !spoken) continue;
    // a title after a preposition or a possessive, its punctuation inside the marks: 'said on "Morning Report."', 'NBC's "Harbor Nights,"'
    const prevTok = bB - 1 >= bA ? toks[bB - 1] : undefined;
    const afterPrep = prevTok !== undefined && (prevTok.pos === "ADP" || /^['’]s$/.test(prevTok.norm));
    if (afterPrep && isTitleCase(quoteText) && nWords <= 6 && !/[?!]["'”’]?$/.test(quoteText) && !(sp && sp.naming)) continue;
    if (sp && ((sp.continued && !sp.sameSentence) || sp.weak) && bareTerm) continue;

    const beforeText = doc.text.slice(beforeFrom, seg.open).trim();
    const direct =
      seg.continued ||
      beforeText === "" ||
      /[.!?…]["'”’]?$/.test(beforeText) ||
      /[:,]$/.test(beforeText) && !(sp?.naming) ||
      (nWords >= 6 && TERMINAL.test(quoteText) && /\b(said|says|told|added|wrote|that)$/i.test(beforeText));
    const sentence = doc.text.slice(sentA.start, Math.max(sentB.end, seg.end));
    const quote: QuoteClaim["quote"] = {
      speaker: sp?.ref ?? null,
      quote: quoteText,
      cue: sp?.continued ? null : sp?.cue ?? null,
      direct: direct && nWords > 3,
    };
    if (sp?.via) {
      quote.recounted = true;
      quote.via = sp.via;
    }
    const claim: QuoteClaim = { id: "", kind: "quote", text: quoteText, start: seg.start, end: seg.end, sentence, quote };
    if (dropUnlessShared) pendingDrop.add(claim);
    claims.push(claim);
    if (sp && !dropUnlessShared) prev = { seg, sp, sentence: sA };
  }
  // '"X" and "Y," he said': a speakerless segment takes the speaker of the next one in its sentence
  for (let k = claims.length - 2; k >= 0; k--) {
    const c = claims[k];
    const n = claims[k + 1];
    if (c.quote.speaker || !n.quote.speaker) continue;
    const between = doc.text.slice(c.end, n.start);
    if (between.length <= 12 && /^\W*(,|and|or|but|\.\.\.|…)?\s*\W*$/.test(between)) {
      c.quote.speaker = n.quote.speaker;
      c.quote.cue = n.quote.cue;
    }
  }
  const merged = mergeContinued(doc, claims.filter((c) => !(pendingDrop.has(c) && !c.quote.speaker)), segs, restarts);
  lendRepeatedSpeakers(merged);
  return merged;
}

/**
 * The same words quoted twice (a pull quote or headline repeating the body, a quote recalled later):
 * a speakerless copy of four or more words takes the speaker of the attributed one that contains it.
 */
function lendRepeatedSpeakers(claims: QuoteClaim[]): void {
  const key = (s: string) => ` ${s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
  const attributed = claims.filter((c) => c.quote.speaker).map((c) => ({ c, k: key(c.quote.quote) }));
  for (const c of claims) {
    if (c.quote.speaker || wordCount(c.quote.quote) < 4) continue;
    const k = key(c.quote.quote);
    const speakers = new Set(attributed.filter((x) => x.k.includes(k)).map((x) => x.c.quote.speaker!.name));
    if (speakers.size !== 1) continue;
    const source = attributed.find((x) => x.k.includes(k))!.c;
    c.quote.speaker = source.quote.speaker;
  }
}

/** The speaker of a reported-speech sentence just before sentence s (same or previous paragraph). */
function speechBefore(ctx: AnalysisContext, s: number): Speaker | null {
  const doc = ctx.doc;
  const toks = doc.tokens;
  if (s === 0) return null;
  const cur = doc.sentences[s];
  const p = doc.sentences[s - 1];
  if (cur.paragraph - p.paragraph > 1) return null;
  // the previous sentence must contain a speech verb with a subject and no quote of its own
  const last = toks[p.tokenEnd - 1];
  const endsColon = last?.text === ":" || (toks[p.tokenEnd - 2]?.text === ":" && last?.pos === "PUNCT");
  for (let v = p.tokenStart; v < p.tokenEnd; v++) {
    if (isQuoteTok(toks, v)) return null;
    const l = isSpeechVerbToken(toks[v], toks);
    if (!l) continue;
    // a verb of naming speaks only for a named person ("Y, his partner, called him a born negotiator.")
    if (NAMING_VERBS.has(l) && subjectLeftOf(ctx, v, p.tokenStart)?.entity?.kind !== "person") continue;
    // the subject of the speech verb itself first ("X made claims, and Y responded:"), then the clause's first subject
    const near = subjectLeftOf(ctx, v, p.tokenStart);
    const main = endsColon && !(near && near.entity) ? firstSubject(ctx, p.tokenStart, v) : null;
    const sub = (main ? { ...main, at: p.tokenStart } : null) ?? near ?? (v + 1 < p.tokenEnd ? (() => {
      const r = npRight(ctx, v + 1, p.tokenEnd);
      return r ? { ref: r.ref, entity: r.entity, at: v + 1 } : null;
    })() : null);
    if (sub && (sub.ref || sub.entity) && (sub.entity?.kind === "person" || endsColon || sub.entity)) {
      return { ref: sub.ref, entity: sub.entity, cue: endsColon ? ":" : toks[v].text, continued: !endsColon };
    }
    break;
  }
  return null;
}

/** The subject of the sentence before s in the same paragraph, when it is a person named in it and the sentence quotes no words. */
function personBefore(ctx: AnalysisContext, s: number): Speaker | null {
  const doc = ctx.doc;
  if (s === 0 || doc.sentences[s - 1].paragraph !== doc.sentences[s].paragraph) return null;
  const p = doc.sentences[s - 1];
  // quotes of its own (titles in quotes aside) would be what the person said there
  const quoted = ctx.quoteSegments.filter((q) => q.open >= p.start && q.open < p.end);
  if (quoted.some((q) => !isTitleCase(doc.text.slice(q.start, q.end)))) return null;
  const subj = firstSubject(ctx, p.tokenStart, p.tokenEnd);
  if (subj?.entity?.kind !== "person") return null;
  return { ref: subj.ref, entity: subj.entity, cue: null, continued: true };
}

/** "Name:" opening a paragraph (up to six name tokens, then a colon) before offset `before`. */
function leadSpeaker(ctx: AnalysisContext, from: number, before: number): Speaker | null {
  const toks = ctx.doc.tokens;
  const a = tokenIndexAt(ctx.doc, from);
  for (let k = a; k < toks.length && k < a + 7 && toks[k].start < before; k++) {
    const t = toks[k];
    if (t.text === ":") {
      if (k === a) return null;
      const e = entityAt(ctx.mentions, toks[k - 1].start, toks[k - 1].end);
      if (!e || e.kind === "place") return null;
      // the name must start the paragraph (a title or two before it is fine)
      const first = entityAt(ctx.mentions, toks[a].start, toks[a].end);
      if (first !== e && !toks.slice(a, k).every((x) => /^\p{Lu}/u.test(x.text) || x.text === "." || x.text === "-")) return null;
      return { ref: refOf(e), entity: e, cue: ":" };
    }
    if (!/^\p{Lu}/u.test(t.text) && t.text !== "." && t.text !== "-" && !(t.norm === "'s" || t.norm === "’s")) return null;
  }
  return null;
}

function quoteEndText(text: string, seg: QuoteSegment): string {
  return text.slice(Math.max(seg.start, seg.end - 3), seg.end);
}

/**
 * '"...?" Grant told the station in an interview ...': a finite speech verb among the first words of a sentence,
 * or right after an apposition closing there ('"...!" his aunt, state Sen. Ida Moss (D-Ore.), shouted').
 */
function speechVerbNear(toks: Token[], a: number, b: number): boolean {
  let commas = 0;
  for (let v = a + 1; v < Math.min(b, a + 25); v++) {
    const t = toks[v];
    if (isQuoteTok(toks, t.i)) return false;
    if (t.text === ",") commas++;
    const l = isSpeechVerbToken(t, toks);
    if (l) return !NAMING_VERBS.has(l) && !/ing$/.test(t.norm) && t.pos === "VERB" && (commas === 0 || (commas === 2 && toks[v - 1].text === ","));
    if (commas === 0 && v >= a + 6) return false;
  }
  return false;
}

/** Merges a paragraph-spanning quote into one claim (the pieces joined by a space). */
function mergeContinued(doc: Doc, claims: QuoteClaim[], segs: QuoteSegment[], restarts: Set<number>): QuoteClaim[] {
  const segAt = new Map<number, QuoteSegment>();
  for (const s of segs) segAt.set(s.start, s);
  const out: QuoteClaim[] = [];
  for (const c of claims) {
    const seg = segAt.get(c.start);
    // the paragraph-long quote, not a quote nested in it
    let last = out[out.length - 1];
    const outer = out[out.length - 2];
    if (last && outer && last.start >= outer.start && last.end <= outer.end) last = outer;
    const lastSeg = last ? segAt.get(lastStartOf(last)) : undefined;
    if (seg && seg.continued && !restarts.has(seg.start) && last && lastSeg && !lastSeg.closed && lastSeg.paragraph + 1 === seg.paragraph) {
      last.end = c.end;
      last.text = doc.text.slice(last.start, last.end);
      last.quote.quote = `${last.quote.quote} ${c.quote.quote}`;
      (last as QuoteClaim & { _last?: number })._last = c.start;
      continue;
    }
    out.push(c);
  }
  for (const c of out) delete (c as QuoteClaim & { _last?: number })._last;
  return out;
}

function lastStartOf(c: QuoteClaim): number {
  return (c as QuoteClaim & { _last?: number })._last ?? c.start;
}

// exported for tests
export const _internal = { cueAfter, cueBefore, subjectLeftOf };
