// Slot readings of role, action, date and number claims: parsed once, compared pairwise
// (only within a group, and only between distinct normalised readings).

import type { ActionClaim, DateClaim, NumberClaim, RoleClaim } from "../analysis/types";
import type { StoryContext } from "./context";
import { differingWords } from "./attribution";
import { ACTION_CLASSES, COUNT_CLASSES, GENERIC_OBJECT_NOUNS } from "../analysis/lexicons/comparison";
import { OFFICE_SYNONYMS, OFFICES, VAGUE_ROLE_WORDS } from "../analysis/lexicons/titles";
import { titleSlots, type TitleSlots } from "../analysis/role-title";
import {
  CASUALTY_CLASSES, CASUALTY_CUES, CASUALTY_GLUE, GENERIC_PERSON_CLASSES, UNIT_CLASSES,
} from "../analysis/lexicons/counts";
import type { Bound } from "../analysis/lexicons/number-words";
import { fold, isContentWord, normText, normWord, singular, type Tok, tokenize } from "../analysis/text";

/** A reading of one claim's compared slot(s). */
export interface SlotReading {
  /** as written */
  text: string;
  normalized: string;
  /** how many details it pins down: the more specific readings anchor the classes */
  specificity: number;
  /** too vague to take a side ("the leader", "our territory") */
  vague: boolean;
  /** tokens shown when it differs */
  toks: Tok[];
}

const stripPossessive = (s: string) => s.replace(/[\u2019']s\b/g, "");
/** content words, and capitalised words even when they spell a function word ("US") */
const keep = (t: Tok) => isContentWord(t.norm) || /^\p{Lu}/u.test(t.text);

// ---------- roles ----------

export interface RoleReading extends SlotReading {
  qualifier: "former" | "acting" | "elect" | null;
  office: string | null;
  jurisdiction: string[];
  /** a title as held at the time of the events told ("under President X", "then-Governor X"), not now */
  ofItsTime?: boolean;
  /** a bare title before the surname alone ("General Marsh", "Governor Hale"): a form of address, which former holders keep (see groupRoles) */
  address?: boolean;
}

/**
 * A role as the comparison reads it: the claim's typed title (office, jurisdiction, status) with
 * its place words read against the story's own places ("Canadian" is Canada when the story names
 * Canada somewhere).
 */
export function roleReading(title: string, slots: TitleSlots, ctx: StoryContext): RoleReading {
  const q = slots.status;
  const office = slots.office;
  const vague = !office && tokenize(title).some((t) => VAGUE_ROLE_WORDS.has(t.norm));
  const jurisdiction = [...new Set(slots.jurisdiction.map((w) => ctx.places.demonymOf(w) ?? w))].sort();
  const normalized = [q, office ?? (vague ? "(unspecified)" : ""), jurisdiction.length ? `(${jurisdiction.join(" ")})` : ""]
    .filter(Boolean).join(" ");
  return {
    text: title.trim(),
    normalized,
    specificity: (q ? 1 : 0) + (office ? 2 : 0) + (jurisdiction.length ? 1 : 0),
    vague,
    toks: tokenize(title),
    qualifier: q,
    office,
    jurisdiction,
  };
}

/** A title as written, read the way the analysis types it. */
export function parseRole(title: string, qualifier: string | null, ctx: StoryContext): RoleReading {
  return roleReading(title, titleSlots(title, qualifier), ctx);
}

const subset = (a: string[], b: string[]) => a.every((x) => b.includes(x));

export function rolesCompatible(a: RoleReading, b: RoleReading): boolean {
  if (a.vague || b.vague) return true;
  // the title someone held at the time told is the one another outlet calls former today (a title
  // of its time that says "former" itself, "under former Governor X", still states the office now)
  const heldThen = (x: RoleReading, y: RoleReading) => !!x.ofItsTime && x.qualifier === null && y.qualifier === "former";
  if (a.qualifier !== b.qualifier && !heldThen(a, b) && !heldThen(b, a)) return false;
  if (a.office && b.office && a.office !== b.office) return false;
  if (a.jurisdiction.length && b.jurisdiction.length && !subset(a.jurisdiction, b.jurisdiction) && !subset(b.jurisdiction, a.jurisdiction)) return false;
  return true;
}

const LISTED_OFFICES = new Set(OFFICES.map((o) => OFFICE_SYNONYMS[o] ?? o));

/**
 * How sure a title conflict is: "former President" against "President" (a qualifier added or
 * dropped on one office) and two listed offices of one jurisdiction ("mayor" against "president")
 * are clear; titles whose office is only guessed from their last word ("engineering manager",
 * "early investor") or whose jurisdictions also differ (likely another person's title) are not.
 */
export function roleConflictConfidence(a: RoleReading, b: RoleReading): number {
  const jurisdictionsAgree = !a.jurisdiction.length || !b.jurisdiction.length ||
    subset(a.jurisdiction, b.jurisdiction) || subset(b.jurisdiction, a.jurisdiction);
  const listed = (r: RoleReading) => !!r.office && LISTED_OFFICES.has(r.office);
  if (a.qualifier !== b.qualifier && a.office === b.office && listed(a) && jurisdictionsAgree) return 0.8;
  // a person holds several offices ("founder" and "CEO"); two offices of one named body
  // ("museum director", "museum president") are the same post described two ways
  const sameBody = a.jurisdiction.length > 0 && b.jurisdiction.length > 0 && jurisdictionsAgree;
  if (a.qualifier === b.qualifier && listed(a) && listed(b) && a.office !== b.office && sameBody) return 0.75;
  return 0.3;
}

/**
 * Words right before a title that place it at the time of the events told: "passed under President
 * X", "during Governor X's term", "then-Mayor X", "the then Mayor X".
 */
const OF_ITS_TIME = /\b(?:under|during)[\s-]+$/i;
/** "then" before a title, in the title's text or right before it */
const THEN_TITLE = /^then([\s-]+)/i;
const THEN_BEFORE = /\bthen([\s-]+)$/i;
/** ... is a sequence, not the time told, unhyphenated after "and", a comma or a sentence's start: "and then Governor X spoke" */
const SEQUENCE = /(?:^|[,;:.!?"\u201C\u201D]|\b(?:and|or|but))\s*$/i;

/** Is a title placed at the time of the events told? `at` is where its text stands in the sentence (-1: not found). */
function titleOfItsTime(sentence: string, text: string, at: number): boolean {
  const before = at >= 0 ? sentence.slice(0, at) : null;
  const then = THEN_TITLE.exec(text);
  if (then) return then[1].includes("-") || before === null || !SEQUENCE.test(before);
  if (before === null) return false;
  if (OF_ITS_TIME.test(before)) return true;
  const m = THEN_BEFORE.exec(before);
  return !!m && (m[1].includes("-") || !SEQUENCE.test(before.slice(0, m.index)));
}
/** what follows a title of address: one capitalised name word and nothing else ("General| Marsh") */
const SURNAME_ALONE = /^\s+\p{Lu}[\p{L}\u2019'-]*$/u;

/** Longer role mentions (an apposition with its clauses) show the title alone. */
const MAX_ROLE_TEXT = 80;

export function roleFromClaim(c: RoleClaim, ctx: StoryContext): RoleReading {
  const r = roleReading(c.role.title, c.role, ctx);
  const at = c.sentence.indexOf(c.text);
  if (titleOfItsTime(c.sentence, c.text, at)) r.ofItsTime = true;
  if (!c.role.qualifier && !r.jurisdiction.length && c.text.startsWith(c.role.title) && SURNAME_ALONE.test(c.text.slice(c.role.title.length))) r.address = true;
  const q = c.role.qualifier?.trim();
  // show the qualifier with the title when the extractor gave it separately ("former" + "U.S. President")
  if (q && !fold(c.role.title).includes(fold(q))) {
    r.text = `${q} ${r.text}`;
    r.toks = tokenize(r.text);
  }
  // shown as it stands with the name ("museum director Jane Doe"), compared by the title's words
  if (c.text.length <= MAX_ROLE_TEXT && fold(c.text).includes(fold(c.role.title))) r.text = c.text;
  return r;
}

// ---------- places and objects (actions) ----------

/** A place's keys (typed by the analysis) with the story's own place adjectives read as their places. */
export function placeReading(keys: string[] | null, ctx: StoryContext): string[] | null {
  return keys ? keys.map((w) => ctx.places.demonymOf(w) ?? w) : null;
}

/** Compatible when one is the other with modifiers in front (head-final): "northern X" ~ "X". */
export function placesCompatible(a: string[] | null, b: string[] | null): boolean {
  if (!a || !b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.every((w, i) => l[l.length - s.length + i] === w);
}

export interface ObjectReading {
  /** the head noun (its count class when it has one): "British soldiers" -> troop */
  head: string | null;
  /** places (or organisations) the object belongs to: "U.S. troops" -> [us] */
  modifiers: string[];
  /** the object's own content words in head form, names, places and titles left out */
  words: string[];
  /** headed by a noun that names no particular thing ("the proposal", "his offer", "it") */
  generic: boolean;
}

const OFFICE_WORDS = new Set(OFFICES.flatMap((o) => o.split(" ")));
const headForm = (w: string) => {
  const sg = singular(w);
  return COUNT_CLASSES.get(sg) ?? COUNT_CLASSES.get(w) ?? sg;
};

export function parseObject(object: string | null | undefined, ctx: StoryContext): ObjectReading | null {
  if (!object || !object.trim()) return null;
  const toks = tokenize(stripPossessive(object)).filter(keep);
  if (!toks.length) return null;
  const tagged = ctx.places.mapTokensTagged(toks);
  const last = tagged[tagged.length - 1];
  const head = headForm(last.key);
  const generic = GENERIC_OBJECT_NOUNS.has(singular(last.key)) || GENERIC_OBJECT_NOUNS.has(last.key);
  const placeKeys = tagged.slice(0, -1).filter((m) => m.place).map((m) => m.key);
  const names = ctx.nameWords;
  const words = tagged
    .filter((m) => !m.place && isContentWord(m.key) && !names.has(m.key) && !OFFICE_WORDS.has(m.key) &&
      !GENERIC_OBJECT_NOUNS.has(m.key) && !GENERIC_OBJECT_NOUNS.has(singular(m.key)))
    .map((m) => headForm(m.key));
  return { head, modifiers: [...new Set(placeKeys)].sort(), words: [...new Set(words)].sort(), generic };
}

/**
 * Whether two action objects may be one and the same thing: unknown or generic objects may be
 * anything; specific ones must share the head noun, or one's head must be among the other's
 * words ("aid" ~ "aid for the troops"). "the verdict" and "British soldiers" are two things.
 */
export function sameObject(a: ObjectReading | null, b: ObjectReading | null): boolean {
  if (!a || !b || a.generic || b.generic) return true;
  if (a.head === b.head) return true;
  return (!!b.head && a.words.includes(b.head)) || (!!a.head && b.words.includes(a.head));
}

/** Objects conflict only when the same kind of thing belongs to different named places ("U.S. troops" vs "British troops"). */
export function objectsCompatible(a: ObjectReading | null, b: ObjectReading | null): boolean {
  if (!a || !b || a.head !== b.head) return true;
  if (!a.modifiers.length || !b.modifiers.length) return true;
  return subset(a.modifiers, b.modifiers) || subset(b.modifiers, a.modifiers);
}

export interface ActionReading extends SlotReading {
  object: ObjectReading | null;
  place: string[] | null;
  objectText: string | null;
  placeText: string | null;
}

export function actionClass(action: string, verb?: string | null): string {
  const a = fold(action).trim();
  return ACTION_CLASSES.get(a) ?? ACTION_CLASSES.get(normText(verb ?? "")) ?? a.replace(/[^a-z]+/g, "-");
}

export function actionFromClaim(c: ActionClaim, ctx: StoryContext): ActionReading {
  const object = parseObject(c.action.object, ctx);
  const place = placeReading(c.action.placeKeys, ctx);
  const objN = object ? [...object.modifiers, object.head].join(" ") : "";
  const normalized = `${objN || "-"} @ ${place ? place.join(" ") : "-"}`;
  // shown as the outlet wrote it; the slots joined ("proposal send troops") are nobody's words
  const text = c.text;
  return {
    text,
    normalized,
    specificity: (object ? 1 : 0) + (object?.modifiers.length ? 1 : 0) + (place ? 2 : 0),
    vague: !object && !place,
    toks: tokenize(text),
    object,
    place,
    objectText: c.action.object,
    placeText: c.action.place,
  };
}

/** Claims about two different objects take no side against each other: only one object's places compare. */
export function actionsCompatible(a: ActionReading, b: ActionReading): boolean {
  if (!sameObject(a.object, b.object)) return true;
  return placesCompatible(a.place, b.place) && objectsCompatible(a.object, b.object);
}

/**
 * Two readings that contradict each other on their own (one article saying both): the same
 * specific object (neither missing nor generic) with owners that differ, or with two places
 * given that differ. A reading with no place, or about another object, takes no side.
 */
export function actionsContradict(a: ActionReading, b: ActionReading): boolean {
  if (!a.object || !b.object || a.object.generic || b.object.generic || !sameObject(a.object, b.object)) return false;
  if (!objectsCompatible(a.object, b.object)) return true;
  return !!a.place && !!b.place && !placesCompatible(a.place, b.place);
}

// ---------- dates ----------

export interface DateReading extends SlotReading {
  lo: string;
  hi: string;
  /** resolved against nothing: a relative date of unknown reference */
  unanchored: boolean;
}

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function dateInterval(date: string, granularity: string, end?: string): [string, string] {
  const [y, m] = date.split("-").map(Number);
  switch (granularity) {
    case "year":
      return [`${y}-01-01`, `${y}-12-31`];
    case "month":
      return [date.slice(0, 7) + "-01", `${date.slice(0, 7)}-${String(lastDayOfMonth(y, m)).padStart(2, "0")}`];
    case "range":
      return [date, end ?? date];
    default:
      return [date.slice(0, 10), date.slice(0, 10)];
  }
}

export function dateFromClaim(c: DateClaim): DateReading {
  const d = c.date;
  const [lo, hi] = dateInterval(d.date, d.granularity, d.end);
  const normalized = d.granularity === "year" ? d.date.slice(0, 4)
    : d.granularity === "month" ? d.date.slice(0, 7)
    : d.granularity === "range" ? `${lo}..${hi}` : lo;
  return {
    text: d.phrase || d.date,
    normalized,
    specificity: d.granularity === "day" ? 3 : d.granularity === "range" ? 2 : d.granularity === "month" ? 2 : 1,
    vague: false,
    toks: tokenize(d.phrase || d.date),
    lo,
    hi,
    unanchored: d.reference === "none",
  };
}

export function datesCompatible(a: DateReading, b: DateReading): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

// ---------- numbers ----------

export interface NumberReading extends SlotReading {
  lo: number;
  hi: number;
  unit: string | null;
  value: number;
}

/** Half a unit of the last significant digit of a round number: 370,000 -> 4,900; 12 -> 0. */
export function roundingTolerance(v: number): number {
  const n = Math.abs(v);
  if (!Number.isInteger(n) || n < 100) return 0;
  let z = 0;
  let x = n;
  while (x % 10 === 0 && x > 0) {
    x /= 10;
    z++;
  }
  return z === 0 ? 0 : 0.49 * 10 ** z;
}

export function numberInterval(value: number, bound: Bound, max?: number): [number, number] {
  if (max !== undefined && max !== null && max > value) return [value, max];
  const tol = roundingTolerance(value);
  switch (bound) {
    case "gt":
    case "ge":
      return [value, Infinity];
    case "lt":
    case "le":
      return [-Infinity, value];
    case "near":
      return [value * 0.85, value + tol];
    case "approx":
      return [Math.min(value * 0.9, value - tol), Math.max(value * 1.1, value + tol)];
    default:
      return [value - tol, value + tol];
  }
}

export function countsKey(counts: string | null | undefined): string | null {
  if (!counts) return null;
  const ws = tokenize(counts).map((t) => t.norm).filter((w) => isContentWord(w));
  if (!ws.length) return null;
  const two = ws.slice(-2).join(" ");
  const last = ws[ws.length - 1];
  return COUNT_CLASSES.get(two) ?? COUNT_CLASSES.get(last) ?? COUNT_CLASSES.get(singular(last)) ?? singular(last);
}

/** A unit's comparison form: "%" = "percent", "$" = "usd". */
export function unitKey(unit: string | null | undefined): string | null {
  if (!unit || !unit.trim()) return null;
  const u = fold(unit).trim();
  return UNIT_CLASSES.get(u) ?? UNIT_CLASSES.get(u.replace(/[^a-z0-9$%\u20ac\u00a3 ]+/g, "").trim()) ?? u;
}

const BREAK = /[,;:()[\]\u2014\u2013"\u201C\u201D.!?]/;
const CLAUSE_WORDS = new Set(["and", "or", "but", "while", "whereas", "including", "plus", "after", "before", "as"]);

/** Words next to the claim in its sentence, up to a clause break: after it (dir 1) or before it, nearest first (dir -1). */
function neighbourWords(claim: NumberClaim, dir: 1 | -1): string[] {
  const sent = claim.sentence ?? "";
  const at = sent.indexOf(claim.text);
  if (!claim.text || at < 0) return [];
  let side = dir === 1 ? sent.slice(at + claim.text.length) : sent.slice(0, at);
  if (dir === 1) {
    const m = BREAK.exec(side);
    if (m) side = side.slice(0, m.index);
  } else {
    let cut = -1;
    for (let i = side.length - 1; i >= 0; i--) if (BREAK.test(side[i]) && !(side[i] === "." && /\w/.test(side[i + 1] ?? ""))) { cut = i; break; }
    side = side.slice(cut + 1);
  }
  const ws = side.split(/\s+/).map((w) => normWord(w)).filter(Boolean);
  const ordered = dir === 1 ? ws : ws.reverse();
  const out: string[] = [];
  for (const w of ordered) {
    if (CLAUSE_WORDS.has(w) || /^\d/.test(w)) break;
    out.push(w);
  }
  return out;
}

/** The first word past the glue words, if it is a casualty cue ("were reportedly killed" -> deaths). */
function cueIn(ws: string[], max = 6): "deaths" | "injuries" | null {
  for (const w of ws.slice(0, max)) {
    const c = CASUALTY_CUES.get(w);
    if (c) return c;
    if (!CASUALTY_GLUE.has(w)) return null;
  }
  return null;
}

/** The casualties a number counts ("deaths", "injuries-troop"), or null when it counts something else. */
export function casualtyClass(c: NumberClaim): string | null {
  const cls = countedClass(c);
  return cls && CASUALTY_CLASSES.has(cls.split("-")[0]) ? cls : null;
}

/**
 * What a number counts, as a class key: the counted noun's class ("lives" -> deaths), or, for a
 * count of people (or of nothing named), the casualty its sentence reports right next to it:
 * "12 people were killed", "killing 14", "the death toll rose to 52" -> deaths; "30 were hurt" -> injuries.
 * Named people counted as casualties keep their noun: "3 soldiers were killed" -> deaths-troop.
 */
export function countedClass(c: NumberClaim): string | null {
  const base = countsKey(c.number.counts);
  if (base && CASUALTY_CLASSES.has(base)) return base;
  const after = cueIn(neighbourWords(c, 1));
  if (!base || GENERIC_PERSON_CLASSES.has(base)) {
    const cue = after ?? cueIn(neighbourWords(c, -1));
    return cue ?? base;
  }
  return after ? `${after}-${base}` : base;
}

export function numberFromClaim(c: NumberClaim): NumberReading {
  const n = c.number;
  const [lo, hi] = numberInterval(n.value, n.bound, n.max);
  const bound = n.bound;
  const prefix = bound === "exact" ? "" : { gt: ">", ge: ">=", lt: "<", le: "<=", near: "<~", approx: "~" }[bound];
  const unit = unitKey(n.unit);
  const normalized = `${prefix}${n.max !== undefined && n.max > n.value ? `${n.value}-${n.max}` : n.value}${unit ? " " + unit : ""}`;
  return {
    text: c.text,
    normalized,
    specificity: bound === "exact" ? 3 : bound === "approx" ? 2 : 1,
    vague: false,
    toks: tokenize(c.text),
    lo,
    hi,
    unit,
    value: n.value,
  };
}

export function numbersCompatible(a: NumberReading, b: NumberReading): boolean {
  if (a.unit && b.unit && a.unit !== b.unit) return false;
  return a.lo <= b.hi && b.lo <= a.hi;
}

/** Content words of two written phrases that the other lacks. */
export function defaultDiffFor(a: string | null, b: string | null): [string[], string[]] {
  const [at, bt] = [tokenize(a ?? ""), tokenize(b ?? "")];
  return [differingWords(a ?? "", at, bt), differingWords(b ?? "", bt, at)];
}
