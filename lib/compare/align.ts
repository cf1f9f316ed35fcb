// Blocking and grouping of role, action, date and number claims. Every claim is keyed once by
// what it is about (person, actor + action class, event, counted thing), so the cost grows with
// the number of claims, not with the number of pairs of claims.

import type { ActionClaim, DateClaim, NumberClaim, RoleClaim } from "../analysis/types";
import type { SlotGroupDraft, SlotMember } from "./analyze";
import type { StoryContext } from "./context";
import { EVENT_STOPWORDS } from "./lexicons/words";
import { fold, isContentWord, stem, tokenize } from "./normalize";
import {
  type ActionReading, actionClass, actionFromClaim, actionsCompatible, countsKey, dateFromClaim, type DateReading,
  datesCompatible, defaultDiffFor, numberFromClaim, type NumberReading, numbersCompatible, placesCompatible,
  roleFromClaim, type RoleReading, rolesCompatible,
} from "./slots";

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

export function groupRoles(items: Located<RoleClaim>[], ctx: StoryContext): SlotGroupDraft<RoleReading>[] {
  const by = new Map<string, SlotMember<RoleReading>[]>();
  for (const { articleId, claim } of items) {
    const person = ctx.entities.key(claim.role.person, articleId);
    if (!person) continue;
    push(by, person, { articleId, claimId: claim.id, reading: roleFromClaim(claim, ctx) });
  }
  return [...by.entries()].map(([person, members]) => {
    const name = ctx.entities.display(person);
    return {
      kind: "role", key: `role:${person}`, label: `${name}'s title (role)`, subject: `the title of ${name}`, members,
      compatible: rolesCompatible, conflictKind: "role_conflict", severity: () => "major",
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
  return [...by.entries()].map(([key, g]) => {
    const who = g.actor ? ctx.entities.display(g.actor) : "Someone";
    return {
      kind: "action", key, label: `${who} ${g.cls} (action)`, subject: `what ${who} would ${g.cls}, and where`,
      members: g.members, compatible: actionsCompatible, conflictKind: "detail_conflict",
      severity: (a, b) => (placesCompatible(a.place, b.place) ? "minor" : "major"),
      diff: (a, b) => {
        if (!placesCompatible(a.place, b.place)) return defaultDiffFor(a.placeText, b.placeText);
        return defaultDiffFor(a.objectText, b.objectText);
      },
    };
  });
}

// ---------- dates: by event (by date when the event is unknown) ----------

function eventWords(event: string, names: Set<string>): string[] {
  const all = tokenize(event).map((t) => t.norm).filter((w) => isContentWord(w) && !EVENT_STOPWORDS.has(w));
  const noNames = all.filter((w) => !names.has(w));
  return [...new Set((noNames.length ? noNames : all).map(stem))].sort();
}

function sameEvent(a: string[], b: string[]): boolean {
  const bs = new Set(b);
  const shared = a.filter((w) => bs.has(w)).length;
  const small = Math.min(a.length, b.length);
  return small > 0 && shared >= Math.min(2, small) && shared / small >= 0.6;
}

export function groupDates(items: Located<DateClaim>[], ctx: StoryContext): SlotGroupDraft<DateReading>[] {
  const names = ctx.entities.nameWords();
  const forms = new Map<string, { words: string[]; items: { articleId: string; claim: DateClaim }[]; texts: Map<string, number> }>();
  const undated = new Map<string, SlotMember<DateReading>[]>();
  for (const it of items) {
    const ev = it.claim.date.event;
    const words = ev ? eventWords(ev, names) : [];
    if (!words.length) {
      const r = dateFromClaim(it.claim);
      push(undated, r.normalized, { articleId: it.articleId, claimId: it.claim.id, reading: r });
      continue;
    }
    const k = words.join(" ");
    const f = forms.get(k) ?? { words, items: [] as { articleId: string; claim: DateClaim }[], texts: new Map<string, number>() };
    f.items.push(it);
    f.texts.set(ev!, (f.texts.get(ev!) ?? 0) + 1);
    forms.set(k, f);
  }
  // union-find over distinct event forms, candidates through an inverted word index
  const list = [...forms.values()];
  const parent = list.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  const index = new Map<string, number[]>();
  list.forEach((f, i) => {
    const seen = new Set<number>();
    for (const w of f.words) {
      for (const j of index.get(w) ?? []) {
        if (seen.has(j)) continue;
        seen.add(j);
        if (find(i) !== find(j) && sameEvent(f.words, list[j].words)) parent[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
      }
      push(index, w, i);
    }
  });
  const comps = new Map<number, typeof list>();
  list.forEach((f, i) => push(comps, find(i), f));
  const drafts: SlotGroupDraft<DateReading>[] = [];
  const common = {
    kind: "date" as const, compatible: datesCompatible, conflictKind: "date_conflict" as const,
    severity: (a: DateReading, b: DateReading) => (a.unanchored || b.unanchored ? "minor" as const : "major" as const),
  };
  for (const fs of comps.values()) {
    const anchor = [...fs].sort((a, b) => b.items.length - a.items.length || (a.words.join(" ") < b.words.join(" ") ? -1 : 1))[0];
    const eventText = [...anchor.texts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    drafts.push({
      ...common,
      key: `date:${anchor.words.slice(0, 8).join("-")}`,
      label: `date of ${eventText}`,
      subject: `the date of ${eventText}`,
      members: fs.flatMap((f) => f.items.map((it) => ({ articleId: it.articleId, claimId: it.claim.id, reading: dateFromClaim(it.claim) }))),
    });
  }
  for (const [d, members] of undated) {
    drafts.push({ ...common, key: `date:@${d}`, label: `date ${members[0].reading.text}`, subject: `the date ${d}`, members });
  }
  return drafts;
}

// ---------- numbers: by what they count, then by order of magnitude ----------

export function groupNumbers(items: Located<NumberClaim>[], _ctx: StoryContext): SlotGroupDraft<NumberReading>[] {
  const by = new Map<string, { counts: Map<string, number>; members: SlotMember<NumberReading>[] }>();
  for (const { articleId, claim } of items) {
    const ck = countsKey(claim.number.counts) ?? `_${claim.number.unit ? "-" + fold(claim.number.unit).replace(/[^a-z0-9]+/g, "") : ""}`;
    const g = by.get(ck) ?? { counts: new Map<string, number>(), members: [] as SlotMember<NumberReading>[] };
    const ct = claim.number.counts ?? claim.number.unit ?? "an unnamed quantity";
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
        const t = claim.number.counts ?? claim.number.unit ?? countsText;
        texts.set(t, (texts.get(t) ?? 0) + 1);
      }
      const clusterText = [...texts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
      const freq = new Map<number, number>();
      for (const m of members) freq.set(m.reading.value, (freq.get(m.reading.value) ?? 0) + 1);
      const anchorValue = [...freq.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
      const mag = anchorValue === 0 ? 0 : Math.floor(Math.log10(Math.abs(anchorValue)));
      drafts.push({
        kind: "number", key: `number:${ck}:e${mag}`, label: `number of ${clusterText}`, subject: `the number of ${clusterText}`,
        members, compatible: numbersCompatible, conflictKind: "number_conflict", severity: () => "major",
      });
    }
  }
  return drafts;
}
