// What one story knows across its articles: who is who (entities) and which words name places,
// so that "Canadian" can be read as the place "Canada" when the story names Canada somewhere.

import type { Claim } from "../analysis/types";
import { lookupAlias, lookupDemonym, MAX_ALIAS_WORDS } from "../analysis/lexicons/aliases";
import { OFFICES } from "../analysis/lexicons/titles";
import { StoryEntities } from "./entities";
import type { StoryArticleInput } from "./types";
import { countIndependent, findSharedCopy, sourceUnits, type SharedCopy } from "./shared-copy";
import { type Tok, tokenize } from "../analysis/text";

const OFFICE_WORDS = new Set(OFFICES.flatMap((o) => o.split(" ")));
const DEMONYM_SUFFIXES = ["ian", "ean", "ese", "ish", "an", "n", "i"];

export class PlaceVocabulary {
  private stems = new Map<string, string>();

  /** Register a capitalised word used as a place somewhere in the story. */
  addPlaceWord(norm: string): void {
    if (norm.length < 3 || OFFICE_WORDS.has(norm)) return;
    if (!this.stems.has(norm)) this.stems.set(norm, norm);
    const cut = norm.replace(/[aeiouy]$/, "");
    if (cut !== norm && cut.length >= 3 && !this.stems.has(cut)) this.stems.set(cut, norm);
  }

  addText(text: string | null | undefined): void {
    if (!text) return;
    for (const t of tokenize(text.replace(/[\u2019']s\b/g, ""))) if (/^\p{Lu}/u.test(t.text)) this.addPlaceWord(t.norm);
  }

  /** "canadian"-style adjective -> the place word the story uses, if any. */
  demonymOf(norm: string): string | null {
    for (const suf of DEMONYM_SUFFIXES) {
      if (norm.length > suf.length + 2 && norm.endsWith(suf)) {
        const hit = this.stems.get(norm.slice(0, -suf.length));
        if (hit && hit !== norm) return hit;
      }
    }
    return null;
  }

  /** True when the story uses this (normalised) word as a place somewhere. */
  isPlaceWord(norm: string): boolean {
    return this.stems.get(norm) === norm;
  }

  /**
   * Map tokens to place keys: aliases ("U.S.", "United States" -> us), demonyms ("British" -> uk,
   * "Canadian" -> canada when the story names Canada); other words are kept as they are.
   */
  mapTokens(toks: Tok[]): string[] {
    return this.mapTokensTagged(toks).map((m) => m.key);
  }

  /** mapTokens, telling which keys name places and which token each key starts at. */
  mapTokensTagged(toks: Tok[]): { key: string; place: boolean; at: number }[] {
    const out: { key: string; place: boolean; at: number }[] = [];
    for (let i = 0; i < toks.length; ) {
      let done = false;
      for (let n = Math.min(MAX_ALIAS_WORDS, toks.length - i); n >= 1 && !done; n--) {
        const slice = toks.slice(i, i + n);
        if (!/^\p{Lu}/u.test(slice[0].text)) continue;
        const e = lookupAlias(slice.map((t) => t.text).join(" ")) ?? (n === 1 ? lookupDemonym(slice[0].text) : undefined);
        if (e) {
          out.push({ key: e.key, place: true, at: i });
          i += n;
          done = true;
        }
      }
      if (done) continue;
      const t = toks[i];
      const cap = /^\p{Lu}/u.test(t.text);
      const dem = cap ? this.demonymOf(t.norm) : null;
      out.push({ key: dem ?? t.norm, place: !!dem || (cap && this.isPlaceWord(t.norm)), at: i });
      i++;
    }
    return out;
  }
}

export interface StoryContext {
  entities: StoryEntities;
  places: PlaceVocabulary;
  outletOf: Map<string, string>;
  /** each article's text, where the words shown as an outlet's are checked */
  bodyOf: Map<string, string>;
  /** every word of every person's name in the story (lower-case) */
  nameWords: Set<string>;
  /** articles that reprint one text */
  sharedCopy: SharedCopy;
  /** independent sources among these articles: those that share copy, or an outlet, count once */
  independent(articleIds: Iterable<string>): number;
}

/** Collect every name and place word of the story before any claim is compared. */
export function buildContext(articles: StoryArticleInput[]): StoryContext {
  const entities = new StoryEntities();
  const places = new PlaceVocabulary();
  const outletOf = new Map<string, string>();
  const bodyOf = new Map<string, string>();
  for (const a of articles) {
    outletOf.set(a.id, a.outlet);
    if (a.body !== undefined) bodyOf.set(a.id, a.body);
    entities.addArticleEntities(a.id, a.entities);
    for (const e of a.entities ?? []) if (e.kind === "place") places.addText(e.name);
  }
  for (const a of articles) {
    for (const c of a.claims as Claim[]) {
      switch (c.kind) {
        case "quote":
          entities.addRef(c.quote.speaker, a.id);
          break;
        case "role":
          entities.addRef(c.role.person, a.id);
          places.addText(c.role.title.replace(/^.*?\b(?:of|in|for)\s+/i, ""));
          break;
        case "action":
          entities.add(c.action.actor, undefined, a.id);
          places.addText(c.action.place);
          break;
        default:
          break;
      }
    }
  }
  const sharedCopy = findSharedCopy(articles);
  const units = sourceUnits(articles, sharedCopy);
  return {
    entities, places, outletOf, bodyOf, nameWords: entities.nameWords(),
    sharedCopy, independent: (ids) => countIndependent(ids, units),
  };
}
