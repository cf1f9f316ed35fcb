// Readings, consensus and discrepancies of one slot group (role, action, date, number).
// Distinct normalised readings are partitioned into compatibility classes: the most specific
// readings anchor the classes, vaguer ones join the single class they fit (or stay neutral).

import type { ClaimKind } from "../analysis/types";
import type { StoryContext } from "./context";
import type { SlotReading } from "./slots";
import { isContentWord } from "./normalize";
import { claimRef, type ClaimGroup, type Discrepancy, type DiscrepancyKind, type Reading, type Severity } from "./types";

export interface GroupResult {
  group: ClaimGroup;
  discrepancies: Discrepancy[];
  /** articles whose reading departs from the consensus */
  departures: Set<string>;
  /** the normalised reading the key was derived from (for tie-breaking duplicate keys) */
  anchor: string;
}

export interface SlotMember<R extends SlotReading> {
  articleId: string;
  claimId: string;
  reading: R;
}

export interface SlotGroupDraft<R extends SlotReading> {
  kind: ClaimKind;
  key: string;
  label: string;
  /** what the group is about, for summaries: "the title of Jane Doe" */
  subject: string;
  members: SlotMember<R>[];
  compatible(a: R, b: R): boolean;
  conflictKind: DiscrepancyKind;
  severity(a: R, b: R): Severity;
  /** the words of a and of b that differ (as written) */
  diff?(a: R, b: R): [string[], string[]];
}

interface Distinct<R extends SlotReading> {
  rep: R;
  normalized: string;
  texts: Map<string, number>;
  articleIds: Set<string>;
  refs: string[];
  members: SlotMember<R>[];
}

export function defaultDiff(a: SlotReading, b: SlotReading): [string[], string[]] {
  const an = new Set(a.toks.map((t) => t.norm));
  const bn = new Set(b.toks.map((t) => t.norm));
  const pick = (x: SlotReading, other: Set<string>) => {
    const all = x.toks.filter((t) => !other.has(t.norm));
    const content = all.filter((t) => isContentWord(t.norm));
    return (content.length ? content : all).map((t) => t.text);
  };
  return [pick(a, bn), pick(b, an)];
}

const sortIds = (s: Iterable<string>) => [...s].sort();

export function analyzeSlotGroup<R extends SlotReading>(draft: SlotGroupDraft<R>, ctx: StoryContext): GroupResult {
  const map = new Map<string, Distinct<R>>();
  for (const m of draft.members) {
    const d = map.get(m.reading.normalized) ??
      { rep: m.reading, normalized: m.reading.normalized, texts: new Map<string, number>(), articleIds: new Set<string>(), refs: [] as string[], members: [] as SlotMember<R>[] };
    d.texts.set(m.reading.text, (d.texts.get(m.reading.text) ?? 0) + 1);
    d.articleIds.add(m.articleId);
    const ref = claimRef(m.articleId, m.claimId);
    if (!d.refs.includes(ref)) d.refs.push(ref);
    d.members.push(m);
    map.set(d.normalized, d);
  }
  const textOf = (d: Distinct<R>) =>
    [...d.texts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0][0];
  const repOf = (d: Distinct<R>) => d.members.find((m) => m.reading.text === textOf(d))?.reading ?? d.rep;
  const distinct = [...map.values()].sort((a, b) =>
    (a.rep.vague ? 1 : 0) - (b.rep.vague ? 1 : 0) || b.rep.specificity - a.rep.specificity ||
    b.articleIds.size - a.articleIds.size || (a.normalized < b.normalized ? -1 : 1));

  // compatibility classes
  const classes: Distinct<R>[][] = [];
  const neutral: Distinct<R>[] = [];
  for (const d of distinct) {
    if (d.rep.vague) {
      neutral.push(d);
      continue;
    }
    const fits = classes.filter((cl) => cl.every((o) => draft.compatible(d.rep, o.rep)));
    if (fits.length === 0) classes.push([d]);
    else if (fits.length === 1) fits[0].push(d);
    else neutral.push(d);
  }
  const classArticles = (cl: Distinct<R>[]) => new Set(cl.flatMap((d) => [...d.articleIds]));
  classes.sort((a, b) => classArticles(b).size - classArticles(a).size ||
    (a[0].normalized < b[0].normalized ? -1 : 1));
  const sizes = classes.map((c) => classArticles(c).size);
  const strict = classes.length === 1 || (classes.length > 1 && sizes[0] > sizes[1]);
  const consensus = classes.length ? (strict ? textOf(classes[0][0]) : null)
    : distinct.length ? textOf(distinct[0]) : null;

  // anchor for the key: the reading most articles give
  const byCount = [...distinct].sort((a, b) => b.articleIds.size - a.articleIds.size || (a.normalized < b.normalized ? -1 : 1));
  const anchor = byCount[0]?.normalized ?? "";

  const readings: Reading[] = distinct.map((d) => ({
    text: textOf(d), normalized: d.normalized, articleIds: sortIds(d.articleIds), claimIds: d.refs,
  }));
  const members = draft.members.map((m) => ({ articleId: m.articleId, claimId: m.claimId, reading: m.reading.normalized }));
  const outlets = (ids: Iterable<string>) => [...new Set([...ids].map((id) => ctx.outletOf.get(id) ?? id))].join(", ");
  const diff = draft.diff ?? defaultDiff;
  const discrepancies: Discrepancy[] = [];
  const departures = new Set<string>();

  if (classes.length >= 2) {
    const main = classes[0];
    if (strict) for (const cl of classes.slice(1)) for (const id of classArticles(cl)) departures.add(id);
    let severity: Severity = "minor";
    for (const cl of classes.slice(1)) if (draft.severity(main[0].rep, cl[0].rep) === "major") severity = "major";
    const differing = classes.map((cl, i) => {
      const other = i === 0 ? classes[1] : main;
      const words = diff(repOf(cl[0]), repOf(other[0]))[0];
      return { articleIds: sortIds(classArticles(cl)), words };
    });
    discrepancies.push({
      key: "", groupKey: "", kind: draft.conflictKind, severity,
      summary: `${capital(draft.subject)}: ` +
        classes.map((cl) => `"${textOf(cl[0])}" (${outlets(classArticles(cl))})`).join(" vs "),
      readings: classes.flatMap((cl) => cl.map((d) => ({ text: textOf(d), articleIds: sortIds(d.articleIds), claimIds: d.refs }))),
      differing,
    });

    // one article giving readings of two classes contradicts itself
    const inconsistent: string[] = [];
    const allIds = new Set(distinct.flatMap((d) => [...d.articleIds]));
    for (const id of sortIds(allIds)) {
      if (classes.filter((cl) => cl.some((d) => d.articleIds.has(id))).length >= 2) inconsistent.push(id);
    }
    if (inconsistent.length) {
      const inSet = new Set(inconsistent);
      const sides = classes
        .map((cl) => cl.flatMap((d) => d.members.filter((m) => inSet.has(m.articleId))))
        .filter((ms) => ms.length);
      discrepancies.push({
        key: "", groupKey: "", kind: "internal_inconsistency", severity: "major",
        summary: `${outlets(inconsistent)} contradicts itself on ${draft.subject}: ` +
          sides.map((ms) => `"${ms[0].reading.text}"`).join(" vs "),
        readings: sides.map((ms) => ({
          text: ms[0].reading.text,
          articleIds: sortIds(new Set(ms.map((m) => m.articleId))),
          claimIds: ms.map((m) => claimRef(m.articleId, m.claimId)),
        })),
        differing: sides.map((ms, i) => ({
          articleIds: sortIds(new Set(ms.map((m) => m.articleId))),
          words: diff(ms[0].reading, (i === 0 ? sides[1] : sides[0])[0].reading)[0],
        })),
      });
    }
  }

  const group: ClaimGroup = { key: draft.key, kind: draft.kind, label: draft.label, members, readings, consensus };
  return { group, discrepancies, departures, anchor };
}

function capital(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
