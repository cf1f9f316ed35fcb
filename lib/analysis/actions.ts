// Action claims: who did what, to or at whom, where. Triggers are verbs and
// their nominalisations from lexicons/action-verbs.ts; slots come from a small
// rule grammar over the shared POS-tagged tokens (no parser is available):
// - active: subject noun phrase left of the verb (appositives, relative
//   pronouns, coordinated verbs and participle clauses handled in phrases.ts)
// - passive: "X's proposal was rejected by Y" → actor Y, object X's proposal
// - nominalisation: "a proposal from X to send inspectors into Y", "X's offer of inspectors"
// - infinitive complements are the object ("offered to send inspectors to the
//   border"), their prepositional phrases give the place; an act inside a
//   proposal or refusal is not reported as having happened
// - negated accept/agree ("will never accept") reads as reject; other negated
//   or hypothetical (would/could/might) acts are skipped
// - acts inside quotation marks are left to the quote stage
import type { ActionClaim, AnalysisContext, Doc, Sentence, Token } from "./types";
import { headEntityName, isBe, isNeg, isNounish, isPossessiveMark, npStartingAt, npEndingAt, properRun, spanText, subjectOf, trimDet, type TokenSpan } from "./phrases";
import { resolveMention } from "./entities";
import { isPlace } from "./lexicons/places";
import { placePhraseKeys } from "./place-keys";
import { ACTION_NOUNS, ACTION_VERBS, FORCE_NOUNS, IRREGULAR_FORMS, PHRASAL_VERBS, PLACE_NOUNS, REALIS_CONTROL, type ActionSense } from "./lexicons/action-verbs";

const HYPOTHETICAL = new Set(["would", "could", "might", "may", "should", "'d", "must"]);
const PLACE_PREPS = new Set(["into", "to", "on", "onto", "in", "inside", "within", "across", "at", "toward", "towards", "near", "along", "over", "from"]);
const CLAUSE_END = new Set([",", ";", ":", "—", "–", "(", ")", "\"", "“", "”", "?", "!"]);
const PLAN_OBJECT_MAX = 8;
/** Heads of phrases that name people or bodies acted on ("accused the opposition", "arrested three men"). */
const PARTY_NOUNS = /^(government|governments|country|countries|nation|nations|state|states|people|persons?|officials?|leaders?|president|premier|minister|ministers|king|queen|prince|administration|regime|opposition|rebels?|militants?|insurgents|fighters|gangs?|groups?|forces|army|military|police|officers?|soldiers?|troops|protesters?|demonstrators|civilians|journalists?|reporters?|activists?|opponents?|critics?|allies|ally|neighbou?rs?|men|women|children|man|woman|boy|girl|suspects?|migrants?|refugees?|students?|workers?|members?|residents?|citizens?|voters?|senate|parliament|congress|court|council|union|unions|board|company|companies|firm|firms|party|parties|authorities|team|club|coalition|alliance|agency|ministry|delegation|envoy|ambassador|diplomats?|lawmakers?|legislators?|senators?|judges?|prosecutors?|hostages?|prisoners?|detainees?|victims?|patients?|player|players|rivals?|counterparts?)$/;

function lemmaOf(t: Token): string {
  return IRREGULAR_FORMS[t.norm] ?? t.lemma.toLowerCase();
}

/** A verb token, also when wink tags a past form ADJ after an auxiliary ("had pressured/ADJ"). */
function isVerbToken(doc: Doc, i: number, lo: number): boolean {
  const t = doc.tokens[i];
  if (t.pos === "VERB") return true;
  if (t.pos === "ADJ" && /(ed|en)$/.test(t.norm) && i - 1 >= lo) {
    const p = doc.tokens[i - 1];
    return p.pos === "AUX" || p.pos === "PROPN" || p.pos === "PRON" || p.pos === "ADV";
  }
  return false;
}

interface Trigger {
  sense: ActionSense;
  /** trigger tokens [i, end) */
  i: number;
  end: number;
}

function verbTrigger(doc: Doc, i: number, lo: number, hi: number): Trigger | null {
  if (!isVerbToken(doc, i, lo)) return null;
  const t = doc.tokens[i];
  const lemma = lemmaOf(t);
  if (i + 1 < hi) {
    const n = doc.tokens[i + 1];
    const key = `${lemma} ${n.norm}`;
    if (PHRASAL_VERBS[key] && (n.pos === "ADP" || n.pos === "ADV" || n.pos === "PART")) return { sense: PHRASAL_VERBS[key], i, end: i + 2 };
  }
  const sense = ACTION_VERBS[lemma];
  if (!sense) return null;
  // "struck a deal", "pushed back", "pressed ahead" are not attacks or pressure
  if (lemma === "strike" && i + 2 < hi && /^(deal|agreement|balance|tone|chord|note|bargain)$/.test(doc.tokens[i + 2].norm)) return null;
  if ((lemma === "push" || lemma === "press") && i + 1 < hi && /^(back|ahead|on|forward)$/.test(doc.tokens[i + 1].norm)) return null;
  return { sense, i, end: i + 1 };
}

interface Slots {
  actor: TokenSpan | null;
  object: TokenSpan | null;
  target: TokenSpan | null;
  place: TokenSpan | null;
}

export function extractActions(ctx: AnalysisContext): ActionClaim[] {
  const doc = ctx.doc;
  const { quoted } = doc;
  const out: ActionClaim[] = [];
  for (const sent of doc.sentences) {
    const lo = sent.tokenStart;
    const hi = sent.tokenEnd;
    for (let i = lo; i < hi; i++) {
      if (quoted[i]) continue;
      const t = doc.tokens[i];
      const vt = verbTrigger(doc, i, lo, hi);
      if (vt) {
        const claim = verbAction(ctx, sent, vt);
        if (claim) out.push(claim);
        continue;
      }
      if (t.pos === "NOUN") {
        const sense = ACTION_NOUNS[t.norm] ?? (t.norm !== t.lemma ? undefined : undefined);
        if (sense) {
          const claim = nounAction(ctx, sent, i, sense);
          if (claim) out.push(claim);
        }
      }
    }
  }
  return out;
}

function verbAction(ctx: AnalysisContext, sent: Sentence, trig: Trigger): ActionClaim | null {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const lo = sent.tokenStart;
  const hi = sent.tokenEnd;
  const i = trig.i;
  let sense = trig.sense;
  // auxiliaries before the verb: negation, modality, passive
  let k = i - 1;
  let negated = false;
  let hypothetical = false;
  let passive = false;
  while (k >= lo && (toks[k].pos === "AUX" || toks[k].pos === "ADV" || isNeg(toks[k]) || toks[k].pos === "PART" && toks[k].norm !== "to" && !isPossessiveMark(toks[k]))) {
    if (isNeg(toks[k])) negated = true;
    if (HYPOTHETICAL.has(toks[k].norm)) hypothetical = true;
    if (isBe(toks[k]) && /(ed|en)$|^(sent|struck|met|withdrawn)$/.test(toks[i].norm)) passive = true;
    k--;
  }
  // reduced passive: "the mayor's plan rejected by the council"
  if (!passive && trig.end < hi && toks[trig.end].norm === "by" && /ed$/.test(toks[i].norm) && k >= lo && isNounish(toks[k])) passive = true;
  // "would never accept" in reported speech is a refusal; other hypothetical acts did not happen
  if (hypothetical && !(negated && sense.action === "agree")) return null;
  // infinitive and gerund complements
  let governorSubject: TokenSpan | null = null;
  const prev = k >= lo ? toks[k] : undefined;
  if (prev && prev.norm === "to" && prev.pos === "PART") {
    let g = k - 1;
    while (g >= lo && (toks[g].pos === "ADV" || isNeg(toks[g]))) g--;
    if (g < lo) return null;
    const gov = toks[g];
    if (!(gov.pos === "VERB" && REALIS_CONTROL.has(lemmaOf(gov)))) {
      // "refused to accept" is a rejection: handled by "refuse"; everything else is a plan or a purpose
      return null;
    }
    governorSubject = subjectOf(doc, g, lo)?.span ?? null;
  } else if (/ing$/.test(toks[i].norm) && prev) {
    if (prev.pos === "ADP" || prev.pos === "SCONJ") return null; // "by deploying", "of allowing"
    if (prev.pos === "VERB") {
      // "proposed sending inspectors" is the proposal's object; "confirmed offering help" did happen
      const gs = ACTION_VERBS[lemmaOf(prev)];
      if (gs?.takesPlan) return null;
      governorSubject = subjectOf(doc, k, lo)?.span ?? null;
    }
  }
  if (negated) {
    if (sense.action === "agree") sense = ACTION_VERBS.reject;
    else return null;
  }
  const slots: Slots = { actor: null, object: null, target: null, place: null };
  let j = trig.end;
  while (j < hi && toks[j].pos === "ADV") j++;
  if (passive) {
    if (lemmaOf(toks[i]) === "meet") return null; // "was met with protests": a reception, not a meeting
    slots.object = passiveSubject(doc, i, lo);
    // agent: "by Y" within a few tokens
    for (let a = j; a < Math.min(hi, j + 6); a++) {
      if (CLAUSE_END.has(toks[a].text)) break;
      if (toks[a].norm === "by") {
        const np = npStartingAt(doc, a + 1, hi);
        if (np) { slots.actor = np; j = np.b; }
        break;
      }
    }
    if (slots.object && !(slots.object.a < i)) slots.object = null;
    if (slots.object) {
      // "the presence of foreign inspectors on Danish soil will never be accepted": the place sits in the subject
      const np = nounPhraseWithTail(doc, slots.object.a, i);
      if (np) placesAfter(ctx, sent, sense, np.b, slots, i);
    }
  } else {
    slots.actor = governorSubject ?? subjectOf(doc, i, lo)?.span ?? null;
    j = skipDates(ctx, j, hi);
    j = complements(ctx, sent, sense, j, slots);
  }
  placesAfter(ctx, sent, sense, j, slots);
  return makeClaim(ctx, sent, sense, trig, slots);
}

/** Skips a date right after the verb: "announced Tuesday that", "confirmed on Thursday her plan". */
function skipDates(ctx: AnalysisContext, j: number, hi: number): number {
  const toks = ctx.doc.tokens;
  const claims = ctx.dates.claims;
  let k = j;
  if (k >= hi) return j;
  if (toks[k].pos === "ADP" && k + 1 < hi) k++;
  for (const c of claims) {
    if (c.start <= toks[k].start && toks[k].start < c.end) {
      let e = k;
      while (e < hi && toks[e].start < c.end) e++;
      return e;
    }
    if (c.start > toks[k].start) break;
  }
  return j;
}

/** The subject of a passive verb: the first noun phrase of its clause, with its "of" tail. */
function passiveSubject(doc: Doc, v: number, lo: number): TokenSpan | null {
  let c = v - 1;
  while (c >= lo && !CLAUSE_END.has(doc.tokens[c].text) && doc.tokens[c].pos !== "SCONJ" && !(doc.tokens[c].pos === "PRON" && /^(which|who|that)$/.test(doc.tokens[c].norm))) c--;
  const rel = c >= lo && doc.tokens[c].pos === "PRON";
  if (rel) return subjectOf(doc, v, lo)?.span ?? null;
  const np = nounPhraseWithTail(doc, c + 1, v);
  if (np && np.a < v) return { a: np.a, b: Math.min(v, npOfEnd(doc, np.a, v)) };
  return subjectOf(doc, v, lo)?.span ?? null;
}

/** End of "X of Y (of Z)" from a, before v. */
function npOfEnd(doc: Doc, a: number, v: number): number {
  const np = npStartingAt(doc, a, v);
  if (!np) return a + 1;
  let b = np.b;
  while (b + 1 < v && (doc.tokens[b].norm === "of" || doc.tokens[b].norm === "for")) {
    const more = npStartingAt(doc, b + 1, v);
    if (!more) break;
    b = more.b;
  }
  return b;
}

/** Object, target and plan after an active verb; returns where the prepositional phrases start. */
function complements(ctx: AnalysisContext, sent: Sentence, sense: ActionSense, j: number, slots: Slots): number {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const hi = sent.tokenEnd;
  if (j >= hi) return j;
  const t = toks[j];
  // "offered to send inspectors", "refused to accept"
  if (t.norm === "to" && j + 1 < hi && isVerbToken(doc, j + 1, sent.tokenStart) && toks[j + 1].pos === "VERB") {
    const plan = planPhrase(doc, j + 1, hi);
    slots.object = plan;
    return plan.b;
  }
  // "proposed sending inspectors"
  if (t.pos === "VERB" && /ing$/.test(t.norm)) {
    const plan = planPhrase(doc, j, hi);
    slots.object = plan;
    return plan.b;
  }
  // "confirmed that she had ...", "announced she would ..."
  if (t.norm === "that" || (t.pos === "PRON" && j + 1 < hi && (toks[j + 1].pos === "AUX" || toks[j + 1].pos === "VERB"))) {
    const a = j + (t.norm === "that" ? 1 : 0);
    // the clause: its subject, verb and object ("he rejected a request from X")
    let v = a;
    while (v < Math.min(hi, a + 8) && !(toks[v].pos === "VERB" || toks[v].pos === "ADJ" && isVerbToken(doc, v, a)) && !CLAUSE_END.has(toks[v].text)) v++;
    if (v >= hi || CLAUSE_END.has(toks[v].text) || !(toks[v].pos === "VERB" || toks[v].pos === "ADJ")) return j;
    let b = v + 1;
    if (b < hi && toks[b].pos === "ADP" && /^(down|up|out|off)$/.test(toks[b].norm)) b++;
    const o = b < hi ? nounPhraseWithTail(doc, b, hi) : null;
    if (o) b = o.b;
    else if (b + 1 < hi && toks[b].norm === "to" && toks[b + 1].pos === "VERB") b = planPhrase(doc, b + 1, hi).b;
    slots.object = { a, b };
    // the place of the embedded act is the embedded clause's business
    return b;
  }
  // "pushed for new sanctions", "called for talks"
  if (t.norm === "for" && sense.takesPlan) {
    const np = nounPhraseWithTail(doc, j + 1, hi);
    if (np) { slots.object = np; return np.b; }
    return j;
  }
  const np = npStartingAt(doc, j, hi);
  if (!np) return j;
  // "pressured the bank to cut fees": whoever is pushed to act is the target
  const planAfter = np.b + 1 < hi && toks[np.b].norm === "to" && toks[np.b + 1].pos === "VERB";
  if (sense.patient && (isParty(ctx, np) || sense.takesPlan && planAfter)) {
    slots.target = np;
    let b = np.b;
    // "urged Norway to take action", "accused X of allowing Y", "labeled X as Y"
    if (b + 1 < hi && toks[b].norm === "to" && toks[b + 1].pos === "VERB") {
      const plan = planPhrase(doc, b + 1, hi);
      slots.object = plan;
      return plan.b;
    }
    if (b + 1 < hi && (toks[b].norm === "of" || toks[b].norm === "as" || toks[b].norm === "for" || toks[b].norm === "with")) {
      const a = b + 1;
      if (toks[a].pos === "VERB") {
        const plan = planPhrase(doc, a, hi);
        slots.object = plan;
        return plan.b;
      }
      const o = nounPhraseWithTail(doc, a, hi);
      if (o) { slots.object = o; b = o.b; }
    }
    return b;
  }
  const obj = nounPhraseWithTail(doc, j, hi) ?? np;
  slots.object = obj;
  // "offered help to Norway", "sent inspectors to the port": left to placesAfter
  return obj.b;
}

/** A noun phrase with its "of/from/by X" and "to VERB ..." attachments: "a proposal from X to send inspectors". */
function nounPhraseWithTail(doc: Doc, a: number, hi: number): TokenSpan | null {
  const toks = doc.tokens;
  const np = npStartingAt(doc, a, hi);
  if (!np) return null;
  let b = np.b;
  let guard = 0;
  while (b + 1 < hi && guard++ < 3) {
    const w = toks[b].norm;
    if ((w === "of" || w === "from" || w === "by") && toks[b + 1].pos !== "VERB") {
      const more = npStartingAt(doc, b + 1, hi);
      if (!more) break;
      b = more.b;
      continue;
    }
    if (w === "to" && toks[b + 1].pos === "VERB") {
      const plan = planPhrase(doc, b + 1, hi);
      b = plan.b;
      break;
    }
    break;
  }
  return { a, b };
}

/** "send inspectors", "sending Danish engineers": the verb, its particle and its object noun phrase. */
function planPhrase(doc: Doc, v: number, hi: number): TokenSpan {
  const toks = doc.tokens;
  let b = v + 1;
  if (b < hi && (toks[b].pos === "ADP" || toks[b].pos === "PART") && /^(down|up|out|in|off|back|over)$/.test(toks[b].norm) && !(b + 1 < hi && isNounish(toks[b + 1]) && toks[b].norm === "in")) b++;
  if (b < hi && toks[b].norm === "that") return { a: v, b: Math.min(hi, v + 1) };
  const adv = b < hi && toks[b].pos === "ADV" && /^(more|most|less|greater|further)$/.test(toks[b].norm) ? 1 : 0;
  const np = npStartingAt(doc, b + adv, hi);
  if (np && np.b - v <= PLAN_OBJECT_MAX + 2) b = np.b;
  // "have Danish engineers lead the repairs": a second verb with its object
  if (b < hi && toks[b].pos === "VERB" && !/ing$/.test(toks[b].norm) && b - v < PLAN_OBJECT_MAX) {
    const np2 = npStartingAt(doc, b + 1, hi);
    b = np2 ? np2.b : b + 1;
  }
  return { a: v, b };
}

function mentionKind(ctx: AnalysisContext, s: TokenSpan): string | null {
  if (!ctx.entities.length) return null;
  const doc = ctx.doc;
  // the head decides: "France's efforts" is not a party, "greater EU naval presence" is not a place
  let h = s.b - 1;
  const head = doc.tokens[h];
  if (head.pos === "PROPN") while (h - 1 >= s.a && doc.tokens[h - 1].pos === "PROPN") h--;
  const e = resolveMention(ctx, doc.tokens[h].start, head.end);
  return e ? e.kind : null;
}

/** A person, organisation or country acted on: names, pronouns, "the government". */
function isParty(ctx: AnalysisContext, s: TokenSpan): boolean {
  const doc = ctx.doc;
  const head = doc.tokens[s.b - 1];
  if (head.pos === "PRON") return true;
  const kind = mentionKind(ctx, s);
  if (kind) return kind === "person" || kind === "org" || kind === "place";
  if (head.pos === "PROPN") return true;
  return PARTY_NOUNS.test(head.norm);
}

function isPlacePhrase(ctx: AnalysisContext, s: TokenSpan): boolean {
  const doc = ctx.doc;
  const head = doc.tokens[s.b - 1];
  const kind = mentionKind(ctx, s);
  if (kind === "place") return true;
  if (kind === "person" || kind === "org") return false;
  if (PLACE_NOUNS.has(head.norm)) return true;
  if (s.b - 2 >= s.a && PLACE_NOUNS.has(`${doc.tokens[s.b - 2].norm} ${head.norm}`)) return true;
  const text = spanText(doc, trimDet(doc, s));
  return isPlace(text) || (head.pos === "PROPN" && isPlace(head.text));
}

/** Places and targets in the prepositional phrases after the object, up to the clause end. */
function placesAfter(ctx: AnalysisContext, sent: Sentence, sense: ActionSense, j: number, slots: Slots, until = sent.tokenEnd): void {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const hi = until;
  const objectHasForces = slots.object ? objectMentionsForces(doc, slots.object) : false;
  for (let a = j; a < Math.min(hi, j + 14); a++) {
    const t = toks[a];
    if (CLAUSE_END.has(t.text) || t.norm === "that" || t.norm === "which" || t.pos === "SCONJ") break;
    if (t.pos === "CCONJ" && a + 1 < hi && (toks[a + 1].pos === "VERB" || toks[a + 1].pos === "AUX")) break;
    // a purpose clause starts a new act: "to repair the dam"
    if (t.norm === "to" && a + 1 < hi && toks[a + 1].pos === "VERB") break;
    if (t.norm === "against" && !slots.target && a === j && sense.action !== "reject" && sense.action !== "deny") {
      const np = npStartingAt(doc, a + 1, hi);
      if (np) { slots.target = np; a = np.b - 1; }
      continue;
    }
    if (t.pos !== "ADP" || !PLACE_PREPS.has(t.norm) || slots.place) continue;
    if (a - 1 >= 0 && /^(due|according|thanks|owing|prior|close|next|addition|contrary|compared|regard|respect)$/.test(toks[a - 1].norm)) continue;
    const np = npStartingAt(doc, a + 1, hi);
    if (!np) continue;
    const place = isPlacePhrase(ctx, np);
    const w = t.norm;
    if (place && (w !== "from" || sense.action === "withdraw")) {
      slots.place = { a, b: np.b };
    } else if (w === "to" && !slots.target && isParty(ctx, np) && !((sense.motion || objectHasForces) && doc.tokens[np.b - 1].pos === "PROPN")) {
      slots.target = np;
    } else if ((w === "to" || w === "into") && (sense.motion || objectHasForces) && doc.tokens[np.b - 1].pos === "PROPN") {
      slots.place = { a, b: np.b };
    } else if (/^(in|into|inside|across|within)$/.test(w) && doc.tokens[np.b - 1].pos === "PROPN" && [null, "other"].includes(mentionKind(ctx, np))) {
      // "in Doha": a name of no known kind after "in" is a place
      slots.place = { a, b: np.b };
    }
    a = np.b - 1;
  }
}

function objectMentionsForces(doc: Doc, s: TokenSpan): boolean {
  for (let k = s.a; k < s.b; k++) if (FORCE_NOUNS.has(doc.tokens[k].norm)) return true;
  return false;
}

function nounAction(ctx: AnalysisContext, sent: Sentence, i: number, sense: ActionSense): ActionClaim | null {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const lo = sent.tokenStart;
  const hi = sent.tokenEnd;
  const slots: Slots = { actor: null, object: null, target: null, place: null };
  // actor before: "X's (firm) proposal", "his proposal", "a U.S. offer"
  let k = i - 1;
  while (k >= lo && (toks[k].pos === "ADJ" || toks[k].pos === "NOUN" && k < i && !isPossessiveMark(toks[k]))) k--;
  if (k >= lo) {
    const p = toks[k];
    if (isPossessiveMark(p)) {
      const np = npEndingAt(doc, k - 1, lo);
      if (np) slots.actor = np;
    } else if (p.pos === "PRON" && /^(his|her|their|its|our|my)$/.test(p.norm)) {
      slots.actor = { a: k, b: k + 1 };
    } else if (p.pos === "PROPN" && k === i - 1) {
      const np = npEndingAt(doc, k, lo);
      if (np) slots.actor = properRun(doc, np) ?? np;
    }
  }
  let j = i + 1;
  // actor after: "a proposal from X", "an offer by X"
  if (!slots.actor && j + 1 < hi && (toks[j].norm === "from" || toks[j].norm === "by")) {
    const np = npStartingAt(doc, j + 1, hi);
    if (np) { slots.actor = np; j = np.b; }
  }
  if (!slots.actor) return null;
  // object: "to send inspectors", "of inspectors", "for naval patrols"
  if (j + 1 < hi && toks[j].norm === "to" && toks[j + 1].pos === "VERB") {
    const plan = planPhrase(doc, j + 1, hi);
    slots.object = plan;
    j = plan.b;
  } else if (j + 1 < hi && toks[j].norm === "of" && toks[j + 1].pos === "VERB") {
    const plan = planPhrase(doc, j + 1, hi);
    slots.object = plan;
    j = plan.b;
  } else if (j + 1 < hi && (toks[j].norm === "of" || toks[j].norm === "for")) {
    const np = npStartingAt(doc, j + 1, hi);
    if (np) { slots.object = np; j = np.b; }
  }
  placesAfter(ctx, sent, sense, j, slots);
  return makeClaim(ctx, sent, sense, { sense, i, end: i + 1 }, slots);
}

function actorName(ctx: AnalysisContext, s: TokenSpan): string {
  const doc = ctx.doc;
  const name = headEntityName(ctx, doc, s);
  if (name) return name;
  if (ctx.entities.length) {
    // pronouns coreference did not link: the last person of that gender
    const head = doc.tokens[s.b - 1];
    const e = resolveMention(ctx, head.start, head.end);
    if (e) return e.name;
  }
  const run = properRun(doc, s);
  return spanText(doc, run ?? trimDet(doc, s));
}

function makeClaim(ctx: AnalysisContext, sent: Sentence, sense: ActionSense, trig: Trigger, slots: Slots): ActionClaim | null {
  const doc = ctx.doc;
  const verb = doc.text.slice(doc.tokens[trig.i].start, doc.tokens[trig.end - 1].end);
  let a = trig.i;
  let b = trig.end;
  for (const s of [slots.actor, slots.object, slots.target, slots.place]) {
    if (!s) continue;
    a = Math.min(a, s.a);
    b = Math.max(b, s.b);
  }
  const start = doc.tokens[a].start;
  const end = doc.tokens[b - 1].end;
  const place = slots.place ? spanText(doc, slots.place) : null;
  return {
    id: "",
    kind: "action",
    text: doc.text.slice(start, end),
    start,
    end,
    sentence: sent.text,
    action: {
      actor: slots.actor ? actorName(ctx, slots.actor) : null,
      action: sense.action,
      verb,
      object: slots.object ? spanText(doc, slots.object) : null,
      target: slots.target ? actorName(ctx, slots.target) : null,
      place,
      placeKeys: placePhraseKeys(place),
    },
  };
}
