// Blocking and grouping of role, action, date and number claims. Every claim is keyed once by
// what it is about (person, actor + action class, event, counted thing), so the cost grows with
// the number of claims, not with the number of pairs of claims.

import type { ActionClaim, DateClaim, NumberClaim, RoleClaim } from "../analysis/types";
import type { SlotGroupDraft, SlotMember } from "./analyze";
import type { StoryContext } from "./context";
import { EVENT_HEADS, REPORTING_WORDS } from "../analysis/lexicons/events";
import { EVENT_STOPWORDS } from "../analysis/lexicons/comparison";
import { fold, isContentWord, pastTense, plural, possessive, stem, tokenize } from "../analysis/text";
import {
  type ActionReading, actionClass, actionFromClaim, actionsCompatible, actionsContradict, countedClass, countsKey, dateFromClaim, type DateReading,
  datesCompatible, defaultDiffFor, numberFromClaim, type NumberReading, numbersCompatible, placesCompatible,
  roleConflictConfidence, roleFromClaim, type RoleReading, rolesCompatible, unitKey,
} from "./slots";
import { CASUALTY_CLASSES } from "../analysis/lexicons/counts";

export interface Located<C> {
  articleId: string;
  claim: C;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

// ---------- roles: by person ----------

const PLACE_CONFLICT_CONFIDENCE = 0.75;

/** Where a place phrase puts the act: "to/into/toward" a destination, or "in/at/on/inside" a location. */
export function placeRelation(text: string | null): "destination" | "location" | null {
  const p = /^\s*(\w+)/.exec(fold(text ?? ""))?.[1] ?? "";
  if (/^(to|into|toward|towards|onto)$/.test(p)) return "destination";
  if (/^(in|at|on|inside|within)$/.test(p)) return "location";
  return null;
}

export function groupRoles(items: Located<RoleClaim>[], ctx: StoryContext): SlotGroupDraft<RoleReading>[] {
  const by = new Map<string, SlotMember<RoleReading>[]>();
  for (const { articleId, claim } of items) {
    const person = ctx.entities.key(claim.role.person, articleId);
    if (!person) continue;
    push(by, person, { articleId, claimId: claim.id, reading: roleFromClaim(claim, ctx) });
  }
  return [...by.entries()].map(([person, all]) => {
    // an article that calls someone a former holder and then addresses them by the title
    // ("former governor Ann Hale ... Governor Hale") keeps a courtesy, and claims the office once
    const former = all.filter((m) => m.reading.qualifier === "former");
    const courtesy = (m: SlotMember<RoleReading>) =>
      m.reading.address && former.some((f) => f.articleId === m.articleId && (!f.reading.office || f.reading.office === m.reading.office));
    const members = all.filter((m) => !courtesy(m));
    const name = ctx.entities.display(person);
    return {
      kind: "role", key: `role:${person}`, label: `${possessive(name)} title`, subject: `the title of ${name}`, members,
      compatible: rolesCompatible, conflictKind: "role_conflict", severity: () => "major", confidence: roleConflictConfidence,
    };
  });
}

// ---------- actions: by actor + action class ----------

export function groupActions(items: Located<ActionClaim>[], ctx: StoryContext): SlotGroupDraft<ActionReading>[] {
  const by = new Map<string, { actor: string | null; cls: string; members: SlotMember<ActionReading>[] }>();
  for (const { articleId, claim } of items) {
    const actor = ctx.entities.key(claim.action.actor, articleId);
    const cls = actionClass(claim.action.action, claim.action.verb);
    const reading = actionFromClaim(claim, ctx);
    const key = actor ? `action:${actor}:${cls}` : `action:_:${cls}:${reading.object?.head ?? "_"}`;
    const g = by.get(key) ?? { actor, cls, members: [] };
    g.members.push({ articleId, claimId: claim.id, reading });
    by.set(key, g);
  }
  const drafts: SlotGroupDraft<ActionReading>[] = [];
  for (const [key, g] of by) {
    const who = g.actor ? ctx.entities.display(g.actor) : null;
    const did = pastTense(g.cls.replace(/-/g, " ").split(" ")[0]);
    for (const part of splitByObject(g.members)) {
      const k = part.head ? `${key}:${part.head}` : key;
      const what = part.head ? `: the ${part.head}` : "";
      const label = who ? `What ${who} ${did}${what}` : `Who ${did}${what}`;
      drafts.push({
        kind: "action", key: k, label, subject: who ? `what ${who} ${did}${what}, and where` : `who ${did}${what}, and where`,
        members: part.members, compatible: actionsCompatible, contradicts: actionsContradict, conflictKind: "detail_conflict",
        severity: (a, b) => (placesCompatible(a.place, b.place) ? "minor" : "major"),
        // a named actor's act said to go to two different places is a clear conflict; differing objects
        // are mostly wording, and "over Latvia" against "near Minsk" are two relations, not two answers
        confidence: (a, b) => (g.actor && a.place && b.place && !placesCompatible(a.place, b.place) &&
          placeRelation(a.placeText) !== null && placeRelation(a.placeText) === placeRelation(b.placeText)
          ? PLACE_CONFLICT_CONFIDENCE : 0.3),
        diff: (a, b) => {
          if (!placesCompatible(a.place, b.place)) return defaultDiffFor(a.placeText, b.placeText);
          return defaultDiffFor(a.objectText, b.objectText);
        },
      });
    }
  }
  return drafts;
}

/**
 * One actor's claims of one action about clearly different objects are different claims
 * ("rejected the verdict" vs "rejected the loan of engineers"): specific objects are
 * linked by object identity (shared head noun, or one's head among the other's words). The part
 * most articles tell keeps the group's key, with the claims whose object is unknown or generic
 * ("the proposal", "it"); every other part is keyed by its head noun.
 */
function splitByObject(members: SlotMember<ActionReading>[]): { head: string | null; members: SlotMember<ActionReading>[] }[] {
  const specific = members.filter((m) => m.reading.object?.head && !m.reading.object.generic);
  const heads = [...new Set(specific.map((m) => m.reading.object!.head!))].sort();
  if (heads.length < 2) return [{ head: null, members }];
  const parent = new Map(heads.map((h) => [h, h]));
  const find = (h: string): string => {
    while (parent.get(h) !== h) h = parent.get(h)!;
    return h;
  };
  for (const m of specific) {
    const o = m.reading.object!;
    for (const w of o.words) {
      if (!parent.has(w)) continue;
      const [a, b] = [find(o.head!), find(w)];
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const parts = new Map<string, SlotMember<ActionReading>[]>();
  for (const m of specific) push(parts, find(m.reading.object!.head!), m);
  if (parts.size < 2) return [{ head: null, members }];
  const articles = (ms: SlotMember<ActionReading>[]) => new Set(ms.map((m) => m.articleId)).size;
  // a part's name: the head most of its articles use
  const nameOf = (ms: SlotMember<ActionReading>[]) => {
    const by = new Map<string, Set<string>>();
    for (const m of ms) (by.get(m.reading.object!.head!) ?? by.set(m.reading.object!.head!, new Set()).get(m.reading.object!.head!)!).add(m.articleId);
    return [...by.entries()].sort((a, b) => b[1].size - a[1].size || cmpStr(a[0], b[0]))[0][0];
  };
  const ranked = [...parts.values()].map((ms) => ({ ms, name: nameOf(ms) }))
    .sort((a, b) => articles(b.ms) - articles(a.ms) || b.ms.length - a.ms.length || cmpStr(a.name, b.name));
  const partOf = new Map<SlotMember<ActionReading>, number>();
  ranked.forEach((p, i) => p.ms.forEach((m) => partOf.set(m, i)));
  return ranked.map((p, i) => ({ head: i === 0 ? null : p.name, members: members.filter((m) => (partOf.get(m) ?? 0) === i) }));
}

// ---------- dates: by event signature and by resolved date ----------
//
// A date claim's signature: the story's people named in its event (the first is the actor),
// the event's content words (names, verbs of saying and filler left out) and its event heads
// ("call", "attack", "vote"). Claims are linked through blocking keys only, never all pairs:
//   A. similar event words (inverted word index), unless both name actors and share none;
//   B. the same resolved date and a shared actor or event head ("Doe spoke Saturday" ~
//      "On Saturday, Doe said she hoped ...");
//   C. the same actor and the same event head on any date: one event, so differing days are a
//      date conflict. Skipped when one article itself dates that actor's event twice
//      differently: then the article tells of two events, not of one misdated.
// Keys come from the signature token most articles of the group share (event heads, then
// event words, then people), so a new article that joins a group keeps its key.

interface DateItem {
  articleId: string;
  claim: DateClaim;
  reading: DateReading;
  words: string[];
  ents: string[];
  heads: string[];
}

function eventWords(event: string, names: Set<string>, ents: string[]): string[] {
  const all = tokenize(event).map((t) => t.norm)
    .filter((w) => isContentWord(w) && !EVENT_STOPWORDS.has(w) && !REPORTING_WORDS.has(w));
  const entWords = new Set(ents.flatMap((k) => k.split("-")));
  const noNames = all.filter((w) => !names.has(w) && !entWords.has(w));
  return [...new Set((noNames.length ? noNames : all).map(stem))].sort();
}

function eventHeads(event: string): string[] {
  const out = new Set<string>();
  for (const t of tokenize(event)) {
    const h = EVENT_HEADS.get(t.norm);
    if (h) out.add(h);
  }
  return [...out].sort();
}

function sameEvent(a: string[], b: string[]): boolean {
  const bs = new Set(b);
  const shared = a.filter((w) => bs.has(w)).length;
  const small = Math.min(a.length, b.length);
  return small > 0 && shared >= Math.min(2, small) && shared / small >= 0.6;
}

const disjoint = (a: string[], b: string[]) => a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));

export function groupDates(items: Located<DateClaim>[], ctx: StoryContext): SlotGroupDraft<DateReading>[] {
  const names = ctx.nameWords;
  const dated: DateItem[] = [];
  const undated = new Map<string, SlotMember<DateReading>[]>();
  for (const it of items) {
    const ev = it.claim.date.event;
    const reading = dateFromClaim(it.claim);
    const ents = ev ? ctx.entities.keysInText(ev, it.articleId) : [];
    const words = ev ? eventWords(ev, names, ents) : [];
    const heads = ev ? eventHeads(ev) : [];
    if (!words.length && !ents.length) {
      push(undated, reading.normalized, { articleId: it.articleId, claimId: it.claim.id, reading });
      continue;
    }
    dated.push({ articleId: it.articleId, claim: it.claim, reading, words, ents, heads });
  }

  // a canonical order, so that the (guarded) unions below do not depend on the order of articles
  dated.sort((a, b) => cmpStr(a.reading.normalized, b.reading.normalized) || cmpStr(a.claim.date.event ?? "", b.claim.date.event ?? "") ||
    cmpStr(a.articleId, b.articleId) || cmpStr(a.claim.id, b.claim.id));
  const parent = dated.map((_, i) => i);
  const byArticle = dated.map((d, i) => new Map([[d.articleId, [i]]]));
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  // one article dating two different events differently tells of two events: never merge them
  const twoEvents = (x: DateItem, y: DateItem) => !datesCompatible(x.reading, y.reading) && !sameEvent(x.words, y.words);
  const union = (a: number, b: number) => {
    let ra = find(a);
    let rb = find(b);
    if (ra === rb) return;
    if (ra > rb) [ra, rb] = [rb, ra];
    const A = byArticle[ra];
    const B = byArticle[rb];
    for (const [art, ys] of B) {
      const xs = A.get(art);
      if (xs && xs.some((x) => ys.some((y) => twoEvents(dated[x], dated[y])))) return;
    }
    for (const [art, ys] of B) A.set(art, [...(A.get(art) ?? []), ...ys]);
    byArticle[rb] = new Map();
    parent[rb] = ra;
  };

  // A. distinct event-word forms (with their actors), candidates through an inverted word index
  const forms = new Map<string, { words: string[]; ents: string[]; items: number[] }>();
  dated.forEach((d, i) => {
    if (!d.words.length) return;
    const k = d.words.join(" ") + "|" + [...d.ents].sort().join(" ");
    const f = forms.get(k) ?? { words: d.words, ents: [...d.ents].sort(), items: [] };
    f.items.push(i);
    forms.set(k, f);
  });
  const flist = [...forms.values()];
  const index = new Map<string, number[]>();
  flist.forEach((f, i) => {
    for (let k = 1; k < f.items.length; k++) union(f.items[0], f.items[k]);
    const seen = new Set<number>();
    for (const w of f.words) {
      for (const j of index.get(w) ?? []) {
        if (seen.has(j)) continue;
        seen.add(j);
        const g = flist[j];
        if (find(f.items[0]) !== find(g.items[0]) && !disjoint(f.ents, g.ents) && sameEvent(f.words, g.words)) union(f.items[0], g.items[0]);
      }
      push(index, w, i);
    }
  });

  // B. same resolved date and a shared actor or event head
  const blocks = new Map<string, number[]>();
  dated.forEach((d, i) => {
    for (const e of d.ents) push(blocks, `${d.reading.normalized}|e:${e}`, i);
    for (const h of d.heads) push(blocks, `${d.reading.normalized}|h:${h}`, i);
  });
  for (const list of blocks.values()) for (let k = 1; k < list.length; k++) union(list[0], list[k]);

  // C. same actor, same event head, any date (one event told with different days)
  const strong = new Map<string, number[]>();
  dated.forEach((d, i) => {
    if (d.ents.length) for (const h of d.heads) push(strong, `${d.ents[0]}|${h}`, i);
  });
  for (const list of strong.values()) {
    if (new Set(list.map((i) => dated[i].articleId)).size < 2) continue;
    const perArticle = new Map<string, DateReading[]>();
    for (const i of list) push(perArticle, dated[i].articleId, dated[i].reading);
    const twoEvents = [...perArticle.values()].some((rs) => rs.some((r) => rs.some((o) => !datesCompatible(r, o))));
    if (twoEvents) continue;
    for (let k = 1; k < list.length; k++) union(list[0], list[k]);
  }

  const comps = new Map<number, DateItem[]>();
  dated.forEach((d, i) => push(comps, find(i), d));
  const drafts: SlotGroupDraft<DateReading>[] = [];
  const common = {
    kind: "date" as const, compatible: datesCompatible, conflictKind: "date_conflict" as const,
    severity: (a: DateReading, b: DateReading) => (a.unanchored || b.unanchored ? "minor" as const : "major" as const),
  };
  const byCount = <T,>(m: Map<T, number>, cmpKey: (a: T, b: T) => number) =>
    [...m.entries()].sort((a, b) => b[1] - a[1] || cmpKey(a[0], b[0]))[0][0];
  const alpha = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const keyed: { draft: SlotGroupDraft<DateReading>; modal: string }[] = [];
  for (const ms of comps.values()) {
    // the signature tokens most articles share (up to 3): heads first, then event words, then people
    const support = new Map<string, Set<string>>();
    const rank = new Map<string, number>();
    for (const d of ms) {
      const toks: [string[], number][] = [[d.heads, 0], [d.words, 1], [d.ents, 2]];
      for (const [ts, r] of toks) {
        for (const t of ts) {
          (support.get(t) ?? support.set(t, new Set()).get(t)!).add(d.articleId);
          rank.set(t, Math.min(rank.get(t) ?? 9, r));
        }
      }
    }
    const ranked = [...support.entries()]
      .sort((a, b) => b[1].size - a[1].size || rank.get(a[0])! - rank.get(b[0])! || alpha(a[0], b[0]));
    const top = ranked.filter(([, s]) => s.size === ranked[0][1].size).slice(0, 3).map(([t]) => t);
    const dates = new Map<string, number>();
    for (const d of ms) dates.set(d.reading.normalized, (dates.get(d.reading.normalized) ?? 0) + 1);
    const modal = byCount(dates, alpha);
    const texts = new Map<string, number>();
    for (const d of ms) texts.set(d.claim.date.event!, (texts.get(d.claim.date.event!) ?? 0) + 1);
    const eventText = byCount(texts, (a, b) => a.length - b.length || alpha(a, b));
    // people alone do not name an event: their group is also keyed by its date
    const peopleOnly = top.every((t) => rank.get(t) === 2);
    keyed.push({
      modal,
      draft: {
        ...common,
        key: `date:${top.map(slugKey).join("-")}${peopleOnly ? `@${modal}` : ""}`,
        label: `When: ${eventText}`,
        subject: `the date of ${eventText}`,
        members: ms.map((d) => ({ articleId: d.articleId, claimId: d.claim.id, reading: d.reading })),
      },
    });
  }
  // two groups under one signature: the modal date tells them apart
  const seen = new Map<string, number>();
  for (const { draft } of keyed) seen.set(draft.key, (seen.get(draft.key) ?? 0) + 1);
  for (const { draft, modal } of keyed) {
    if (seen.get(draft.key)! > 1 && !draft.key.includes("@")) draft.key = `${draft.key}@${modal}`;
    drafts.push(draft);
  }
  for (const [d, members] of undated) {
    drafts.push({ ...common, key: `date:@${d}`, label: `When: ${members[0].reading.text}`, subject: `the date ${d}`, members });
  }
  return drafts;
}

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const slugKey = (s: string) => s.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");

// ---------- numbers: by what they count, then by order of magnitude ----------

/** What a number counts, in words, for labels: the counted noun, else its class ("killing 14" -> deaths). */
function countText(c: NumberClaim, cls: string | null): string {
  if (c.number.counts && !(cls && CASUALTY_CLASSES.has(cls) && countsKey(c.number.counts) !== cls)) return c.number.counts;
  return cls ?? c.number.unit ?? "an unnamed quantity";
}

export function groupNumbers(items: Located<NumberClaim>[], _ctx: StoryContext): SlotGroupDraft<NumberReading>[] {
  const by = new Map<string, { counts: Map<string, number>; members: SlotMember<NumberReading>[] }>();
  for (const { articleId, claim } of items) {
    const cls = countedClass(claim);
    const unit = unitKey(claim.number.unit);
    const ck = cls ?? `_${unit ? "-" + unit.replace(/[^a-z0-9]+/g, "") : ""}`;
    const g = by.get(ck) ?? { counts: new Map<string, number>(), members: [] as SlotMember<NumberReading>[] };
    const ct = countText(claim, cls);
    g.counts.set(ct, (g.counts.get(ct) ?? 0) + 1);
    g.members.push({ articleId, claimId: claim.id, reading: numberFromClaim(claim) });
    by.set(ck, g);
  }
  const drafts: SlotGroupDraft<NumberReading>[] = [];
  const byRef = new Map(items.map((it) => [`${it.articleId}#${it.claim.id}`, it.claim]));
  for (const [ck, g] of by) {
    // figures more than 3x apart are different figures, not a disagreement
    const sorted = [...g.members].sort((a, b) => a.reading.value - b.reading.value);
    const clusters: SlotMember<NumberReading>[][] = [];
    for (const m of sorted) {
      const last = clusters[clusters.length - 1];
      const prev = last?.[last.length - 1];
      if (prev && Math.abs(m.reading.value) <= Math.max(1, Math.abs(prev.reading.value)) * 3) last.push(m);
      else clusters.push([m]);
    }
    const countsText = [...g.counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    for (const members of clusters) {
      const texts = new Map<string, number>();
      for (const m of members) {
        const claim = byRef.get(`${m.articleId}#${m.claimId}`)!;
        const t = countText(claim, countedClass(claim)) ?? countsText;
        texts.set(t, (texts.get(t) ?? 0) + 1);
      }
      const clusterText = [...texts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
      const freq = new Map<number, number>();
      for (const m of members) freq.set(m.reading.value, (freq.get(m.reading.value) ?? 0) + 1);
      const anchorValue = [...freq.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
      const mag = anchorValue === 0 ? 0 : Math.floor(Math.log10(Math.abs(anchorValue)));
      drafts.push({
        kind: "number", key: `number:${ck}:e${mag}`, label: `How many ${plural(clusterText)}`, subject: `the number of ${clusterText}`,
        members, compatible: numbersCompatible, conflictKind: "number_conflict", severity: () => "major",
      });
    }
  }
  return drafts;
}
