// Cross-article entity matching for one story, built from the names the claims carry.
// A person's full name, surname and "President X" forms share one key (the surname, widened
// with the first name only when two people of the story share a surname). Organisations and
// places are keyed by their alias-normalised name.

import type { Entity, EntityKind, EntityRef } from "../analysis/types";
import { lookupAlias, lookupDemonym, MAX_ALIAS_WORDS } from "../analysis/lexicons/aliases";
import { NAME_SUFFIXES } from "../analysis/lexicons/comparison";
import { OFFICES, ROLE_QUALIFIERS } from "../analysis/lexicons/titles";
import { HONORIFICS } from "../analysis/lexicons/titles";
import { GIVEN_NAMES, ORG_WORDS } from "../analysis/lexicons/names";
import { callingWords, givenNameFirst, nameLetters, withoutArticle } from "../analysis/name-order";
import { fold, slug, tokenize } from "../analysis/text";

const OFFICE_WORDS = new Set(OFFICES.flatMap((o) => o.split(" ")));

export interface ParsedName {
  kind: EntityKind;
  /** the name as written without leading titles: "Jane Doe" */
  bare: string;
  first: string | null;
  surname: string;
  /** key for orgs/places */
  orgKey: string | null;
  /** written surname first, as a romanised given name shows ("Park Min-ho") */
  surnameFirst?: boolean;
}

function isCap(w: string): boolean {
  return /^\p{Lu}/u.test(w);
}

/**
 * A place's name that is the given name of the person's name it starts ("Jordan Hale", "Chad
 * Moore"), not a country word in front of it ("U.S. Jane Doe", "Britain's Doe"): written as a word
 * (not "U.S.", "UK"), not possessive, directly before a surname that is no place, people or office
 * word, and either that surname ends the name (cut, the person would keep no given name) or the
 * word is a common given name.
 */
function placeAsGivenName(toks: string[], i: number, possessive: boolean[]): boolean {
  const w = toks[i];
  const next = toks[i + 1];
  if (possessive[i] || !/^\p{Lu}\p{Ll}+$/u.test(w) || lookupAlias(w)?.kind !== "place" || !next || !isCap(next)) return false;
  const n = fold(next).replace(/[^a-z0-9]/g, "");
  if (lookupAlias(next) || lookupDemonym(next) || OFFICE_WORDS.has(n)) return false;
  return i + 2 === toks.length || GIVEN_NAMES.has(fold(w));
}

/** Strip titles, qualifiers and country words in front of a name: "former U.S. President Jane Doe" -> "Jane Doe". */
export function stripTitles(name: string): string {
  const words: Array<{ t: string; possessive: boolean }> = [];
  for (const t of name.split(/\s+/).filter(Boolean)) {
    const bare = t.replace(/[\u2019']s\b/g, "");
    if (bare) words.push({ t: bare, possessive: bare !== t });
    else if (words.length) words[words.length - 1].possessive = true; // "Britain 's"
  }
  const toks = words.map((w) => w.t);
  const possessive = words.map((w) => w.possessive);
  const n = (t: string) => fold(t).replace(/[^a-z0-9]/g, "");
  let i = 0;
  for (let j = 0; j < toks.length - 1; j++) {
    const w = n(toks[j]);
    if (OFFICE_WORDS.has(w) || HONORIFICS.has(w) || HONORIFICS.has(`${w}.`) || ROLE_QUALIFIERS.has(w)) i = j + 1;
  }
  const countryWord = (k: number) => (!!lookupAlias(toks[k]) || !!lookupDemonym(toks[k])) && !placeAsGivenName(toks, k, possessive);
  while (i < toks.length - 1 && (!isCap(toks[i]) || countryWord(i))) i++;
  const rest = toks.slice(i);
  const last = rest[rest.length - 1] ?? "";
  // a description, not a name: "the Canadian president", "Defense Secretary" ("al-Rashid" is a name)
  if (!isCap(withoutArticle(last))) return "";
  if (OFFICE_WORDS.has(n(last)) && rest.slice(0, -1).every((t) => looksLikeModifier(t) || OFFICE_WORDS.has(n(t)))) return "";
  return rest.join(" ");
}

/** A capitalised adjective of place ("British", "Canadian", "Chinese") rather than a given name. */
export function looksLikeModifier(t: string): boolean {
  if (lookupAlias(t) || lookupDemonym(t)) return true;
  return /^\p{Lu}\p{L}+(?:an|ian|ese|ish|i)$/u.test(t);
}

function aliasKeyOf(name: string): string | null {
  const whole = lookupAlias(name);
  if (whole) return whole.key;
  // replace alias sub-phrases: "The United States government" -> "us-government"
  const toks = name.split(/\s+/).filter(Boolean);
  const parts: string[] = [];
  let changed = false;
  for (let i = 0; i < toks.length; ) {
    let hit = 0;
    let key = "";
    for (let n = Math.min(MAX_ALIAS_WORDS, toks.length - i); n >= 1; n--) {
      const e = lookupAlias(toks.slice(i, i + n).join(" ")) ?? (n === 1 ? lookupDemonym(toks[i]) : undefined);
      if (e && (n > 1 || isCap(toks[i]))) {
        hit = n;
        key = e.key;
        break;
      }
    }
    if (hit) {
      parts.push(key);
      i += hit;
      changed = true;
    } else {
      parts.push(toks[i]);
      i++;
    }
  }
  if (!changed) return null;
  return slug(parts.filter((p, k) => !(k === 0 && fold(p) === "the")).join(" "));
}

export function parseName(raw: string, kind?: EntityKind): ParsedName {
  const cleaned = raw.trim().replace(/\s+/g, " ");
  const alias = lookupAlias(cleaned);
  if (alias) return { kind: alias.kind, bare: alias.name, first: null, surname: alias.key, orgKey: alias.key };
  const words = tokenize(cleaned).map((t) => t.norm);
  const looksOrg = kind === "org" || kind === "place" || words.some((w) => ORG_WORDS.has(w)) ||
    (kind !== "person" && !!aliasKeyOf(cleaned));
  if (looksOrg) {
    const key = aliasKeyOf(cleaned) ?? slug(cleaned.replace(/^the\s+/i, ""));
    return { kind: kind && kind !== "person" ? kind : "org", bare: cleaned.replace(/^the\s+/i, ""), first: null, surname: key, orgKey: key };
  }
  const bare = stripTitles(cleaned);
  if (!bare) return { kind: kind ?? "person", bare: "", first: null, surname: "", orgKey: null };
  const parts = bare.split(/\s+/).filter(Boolean)
    .map((p) => p.replace(/[^\p{L}\p{N}'\-.]/gu, ""))
    .filter((p) => p && !NAME_SUFFIXES.has(slug(p).replace(/-/g, "")));
  const written = parts.filter((p) => !/^\p{L}\.?$/u.test(p)); // drop middle initials
  // "Omar bin Said al-Rashid" is called by "Omar", "Said" and "Rashid"
  const called = callingWords(written);
  const named = givenNameFirst(called);
  const surname = slug(named[named.length - 1] ?? bare);
  const first = named.length >= 2 ? slug(named[0]) : null;
  return { kind: kind ?? "person", bare, first, surname, orgKey: null, ...(named !== called ? { surnameFirst: true } : {}) };
}

interface PersonInfo {
  firsts: Map<string, number>;
  display: Map<string, number>;
}

/** Resolves names to story-wide keys. Build once per story from every name the claims carry. */
export class StoryEntities {
  private people = new Map<string, PersonInfo>();
  private orgs = new Map<string, Map<string, number>>();
  private cache = new Map<string, ParsedName>();
  /** per article: folded mention text -> canonical entity name */
  private mentions = new Map<string, Map<string, { name: string; kind: EntityKind }>>();
  /**
   * a name's letters -> its reading from a form written surname first: another outlet's "Park Min
   * Ho" (read given name first) is the same person, and so is "Park Min" cut at the hyphen, unless
   * two people's names are cut to it (null)
   */
  private surnameFirst = new Map<string, ParsedName | null>();

  addArticleEntities(articleId: string, entities: Entity[] | undefined): void {
    if (!entities?.length) return;
    const m = new Map<string, { name: string; kind: EntityKind }>();
    for (const e of entities) {
      m.set(fold(e.name), { name: e.name, kind: e.kind });
      m.set("#" + e.id, { name: e.name, kind: e.kind });
      for (const men of e.mentions) if (men.via !== "pronoun") m.set(fold(men.text), { name: e.name, kind: e.kind });
      this.add(e.name, e.kind);
    }
    this.mentions.set(articleId, m);
  }

  /** the canonical name an article's entity list gives a mention, if any */
  private resolveLocal(articleId: string | undefined, ref: string | EntityRef): { name: string; kind?: EntityKind } {
    const name = typeof ref === "string" ? ref : ref.name;
    const kind = typeof ref === "string" ? undefined : ref.kind;
    const local = articleId ? this.mentions.get(articleId) : undefined;
    if (local) {
      const byId = typeof ref !== "string" && ref.id ? local.get("#" + ref.id) : undefined;
      const hit = byId ?? local.get(fold(name));
      if (hit) return hit;
    }
    return { name, kind };
  }

  private parse(name: string, kind?: EntityKind): ParsedName {
    const k = (kind ?? "") + "\u0000" + name;
    let p = this.cache.get(k);
    if (!p) {
      p = parseName(name, kind);
      this.cache.set(k, p);
    }
    return p;
  }

  add(name: string | null | undefined, kind?: EntityKind, articleId?: string): void {
    if (!name || !name.trim()) return;
    const r = this.resolveLocal(articleId, { name, kind });
    const p = this.parse(r.name, r.kind);
    if (p.orgKey) {
      const d = this.orgs.get(p.orgKey) ?? new Map<string, number>();
      d.set(p.bare, (d.get(p.bare) ?? 0) + 1);
      this.orgs.set(p.orgKey, d);
      return;
    }
    if (!p.surname) return;
    if (p.surnameFirst) {
      this.surnameFirst.set(nameLetters(p.bare), p);
      const cut = nameLetters(p.bare.replace(/-\p{L}+$/u, ""));
      const other = this.surnameFirst.get(cut);
      this.surnameFirst.set(cut, other === undefined || other?.bare === p.bare ? p : null);
    }
    const info = this.people.get(p.surname) ?? { firsts: new Map(), display: new Map() };
    if (p.first) info.firsts.set(p.first, (info.firsts.get(p.first) ?? 0) + 1);
    info.display.set(p.bare, (info.display.get(p.bare) ?? 0) + 1);
    this.people.set(p.surname, info);
  }

  addRef(ref: EntityRef | null | undefined, articleId?: string): void {
    if (ref) this.add(ref.name, ref.kind, articleId);
  }

  /** Story-wide key of a name, or null when there is none. */
  key(ref: string | EntityRef | null | undefined, articleId?: string): string | null {
    if (!ref) return null;
    const r = this.resolveLocal(articleId, ref);
    if (!r.name || !r.name.trim()) return null;
    const parsed = this.parse(r.name, r.kind);
    if (parsed.orgKey) return parsed.orgKey;
    if (!parsed.surname) return null;
    const p = (parsed.first && this.surnameFirst.get(nameLetters(parsed.bare))) || parsed;
    const info = this.people.get(p.surname);
    if (!info || info.firsts.size <= 1) return p.surname;
    const first = p.first ?? [...info.firsts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    return `${p.surname}-${first}`;
  }

  /** Every word of every person's name in the story (lower-case): not evidence of which event a date is. */
  nameWords(): Set<string> {
    const out = new Set<string>();
    for (const info of this.people.values()) {
      for (const n of info.display.keys()) for (const w of tokenize(n)) out.add(w.norm);
    }
    return out;
  }

  /**
   * Keys of the story's people and organisations named in a free text, in order of first mention
   * ("Alice Doe announced ..." -> ["doe"]). A capitalised word counts when it is a known
   * surname; a run of capitalised words when it is a known organisation.
   */
  keysInText(text: string | null | undefined, articleId?: string): string[] {
    if (!text) return [];
    const toks = tokenize(text.replace(/[\u2019']s\b/g, ""));
    const out: string[] = [];
    const push = (k: string | null) => {
      if (k && !out.includes(k)) out.push(k);
    };
    for (let i = 0; i < toks.length; i++) {
      if (!/^\p{Lu}/u.test(toks[i].text)) continue;
      let j = i;
      while (j + 1 < toks.length && /^\p{Lu}/u.test(toks[j + 1].text)) j++;
      const run = toks.slice(i, j + 1);
      const orgKey = slug(run.map((t) => t.text).join(" "));
      if (run.length > 1 && this.orgs.has(orgKey)) push(orgKey);
      else {
        for (const t of run) {
          const s = slug(t.text);
          if (this.people.has(s)) push(this.key(t.text, articleId));
        }
      }
      i = j;
    }
    return out;
  }

  /** Display name for a key: the longest, most frequent written form. */
  display(key: string): string {
    const [surname, first] = splitPersonKey(key, this.people);
    const info = this.people.get(surname);
    if (info) {
      const forms = [...info.display.entries()].filter(([n]) => !first || this.parse(n, "person").first === first);
      forms.sort((a, b) => b[0].split(" ").length - a[0].split(" ").length || b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      if (forms.length) return forms[0][0];
    }
    const org = this.orgs.get(key);
    if (org) return [...org.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0][0];
    return key;
  }
}

function splitPersonKey(key: string, people: Map<string, PersonInfo>): [string, string | null] {
  if (people.has(key)) return [key, null];
  const i = key.lastIndexOf("-");
  // keys are surname or surname-first; surnames may themselves contain dashes
  for (let j = i; j > 0; j = key.lastIndexOf("-", j - 1)) {
    const s = key.slice(0, j);
    if (people.has(s)) return [s, key.slice(j + 1)];
  }
  return [key, null];
}
