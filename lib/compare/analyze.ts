// Readings, consensus and discrepancies of one slot group (role, action, date, number).
// Distinct normalised readings are partitioned into compatibility classes: the most specific
// readings anchor the classes, vaguer ones join the single class they fit (or stay neutral).

import type { ClaimKind } from "../analysis/types";
import type { StoryContext } from "./context";
import type { SlotReading } from "./slots";
import { hash } from "../analysis/text";
import { bestWording, describeSide, differingWords, quoted } from "./attribution";
import { claimRef, type ClaimGroup, type Discrepancy, type DiscrepancyKind, type Reading, type Severity } from "./types";

/** A discrepancy before its key is set: the key is `${groupKey}::${kind}${keySuffix ?? ""}`. */
export interface DraftDiscrepancy extends Omit<Discrepancy, "confidence"> {
  keySuffix?: string;
  /** set by the finder when it weighs its own evidence; otherwise compareStory weighs it */
  confidence?: number;
}

export interface GroupResult {
  group: ClaimGroup;
  discrepancies: DraftDiscrepancy[];
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
  /**
   * Whether two readings contradict each other on their own, so that one article giving both
   * contradicts itself. Default: both not vague and not compatible.
   */
  contradicts?(a: R, b: R): boolean;
  conflictKind: DiscrepancyKind;
  severity(a: R, b: R): Severity;
  /** confidence in [0, 1] that two conflicting readings are a real discrepancy; unweighed when absent */
  confidence?(a: R, b: R): number;
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
  return [differingWords(a.text, a.toks, b.toks), differingWords(b.text, b.toks, a.toks)];
}

const sortIds = (s: Iterable<string>) => [...s].sort();

/** What each article of a class wrote, the class's most common wording first. */
function sideTexts<R extends SlotReading>(cl: Distinct<R>[], first: string) {
  return cl.flatMap((d) => d.members.map((m) => ({ articleId: m.articleId, stretches: [m.reading.text] })))
    .sort((a, b) => Number(b.stretches[0] === first) - Number(a.stretches[0] === first));
}

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
  // the majority is of independent sources: reprints of one text are one voice
  const classSources = (cl: Distinct<R>[]) => ctx.independent(classArticles(cl));
  classes.sort((a, b) => classSources(b) - classSources(a) || classArticles(b).size - classArticles(a).size ||
    (a[0].normalized < b[0].normalized ? -1 : 1));
  const sizes = classes.map(classSources);
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
  const diff = draft.diff ?? defaultDiff;
  const discrepancies: DraftDiscrepancy[] = [];
  const departures = new Set<string>();

  // the first pair of readings of two classes that actually conflict: the words shown, the severity
  const clash = (x: Distinct<R>[], y: Distinct<R>[]): [Distinct<R>, Distinct<R>] => {
    for (const a of x) for (const b of y) if (!draft.compatible(a.rep, b.rep)) return [a, b];
    return [x[0], y[0]];
  };

  if (classes.length >= 2) {
    const main = classes[0];
    if (strict) for (const cl of classes.slice(1)) for (const id of classArticles(cl)) departures.add(id);
    let severity: Severity = "minor";
    let confidence: number | undefined;
    for (const cl of classes.slice(1)) {
      const [a, b] = clash(main, cl);
      if (draft.severity(a.rep, b.rep) === "major") severity = "major";
      if (draft.confidence) confidence = Math.max(confidence ?? 0, draft.confidence(a.rep, b.rep));
    }
    const differing = classes.map((cl, i) => {
      const [a, b] = clash(cl, i === 0 ? classes[1] : main);
      const words = diff(repOf(a), repOf(b))[0];
      return { articleIds: sortIds(classArticles(cl)), words };
    });
    discrepancies.push({
      key: "", groupKey: "", kind: draft.conflictKind, severity, ...(confidence !== undefined ? { confidence } : {}),
      summary: `${capital(draft.subject)}: ` + classes.map((cl) => describeSide(sideTexts(cl, textOf(cl[0])), ctx)).join(" vs "),
      readings: classes.flatMap((cl) => cl.map((d) => ({ text: textOf(d), articleIds: sortIds(d.articleIds), claimIds: d.refs }))),
      differing,
    });
  }
  // one fact, one item. A conflict that only an article contradicting itself makes (remove it and
  // no two sides are left) is that article's inconsistency; otherwise the self-contradiction of an
  // article standing on two sides of the outlets' conflict is said in the conflict
  const inner = internalInconsistencies(draft, ctx);
  const cross = discrepancies[0];
  if (cross && inner.length) {
    const selfContradicting = new Set(inner.map((d) => d.differing[0]?.articleIds[0]).filter((id): id is string => id !== undefined));
    const others = cross.differing.filter((side) => side.articleIds.some((id) => !selfContradicting.has(id)));
    if (others.length < 2) discrepancies.length = 0;
    else {
      for (const d of inner.splice(0)) {
        const id = d.differing[0].articleIds[0];
        if (cross.differing.filter((side) => side.articleIds.includes(id)).length < 2) inner.push(d);
        else {
          cross.summary += `; ${ctx.outletOf.get(id) ?? id} gives both`;
          if (d.confidence !== undefined) cross.confidence = Math.max(cross.confidence ?? 0, d.confidence);
          cross.severity = "major";
        }
      }
    }
  }
  discrepancies.push(...inner);

  const group: ClaimGroup = { key: draft.key, kind: draft.kind, label: draft.label, members, readings, consensus };
  return { group, discrepancies, departures, anchor };
}

/**
 * One article contradicts itself when it gives two readings that conflict on their own (see
 * SlotGroupDraft.contradicts), not merely readings that other articles' readings pull into two
 * classes. One discrepancy per article, listing only that article's claims; its key is derived
 * from the two conflicting readings, never from the article's id.
 */
function internalInconsistencies<R extends SlotReading>(draft: SlotGroupDraft<R>, ctx: StoryContext): DraftDiscrepancy[] {
  const contradicts = draft.contradicts ?? ((a: R, b: R) => !a.vague && !b.vague && !draft.compatible(a, b));
  const byArticle = new Map<string, Map<string, SlotMember<R>[]>>();
  for (const m of draft.members) {
    const own = byArticle.get(m.articleId) ?? byArticle.set(m.articleId, new Map()).get(m.articleId)!;
    (own.get(m.reading.normalized) ?? own.set(m.reading.normalized, []).get(m.reading.normalized)!).push(m);
  }
  const diff = draft.diff ?? defaultDiff;
  const found: { d: DraftDiscrepancy; order: string }[] = [];
  for (const [articleId, own] of byArticle) {
    if (own.size < 2) continue;
    const readings = [...own.values()].sort((a, b) =>
      (a[0].reading.vague ? 1 : 0) - (b[0].reading.vague ? 1 : 0) || b[0].reading.specificity - a[0].reading.specificity ||
      b.length - a.length || cmpStr(a[0].reading.normalized, b[0].reading.normalized));
    let pair: [SlotMember<R>[], SlotMember<R>[]] | null = null;
    for (let i = 0; i < readings.length && !pair; i++) {
      for (let j = i + 1; j < readings.length && !pair; j++) {
        if (contradicts(readings[i][0].reading, readings[j][0].reading)) pair = [readings[i], readings[j]];
      }
    }
    if (!pair) continue;
    const [A, B] = pair;
    // each side: the article's readings that conflict with the other anchor and not with their own
    const sideOf = (anchor: SlotMember<R>[], other: SlotMember<R>[]) => readings
      .filter((ms) => ms === anchor || (contradicts(ms[0].reading, other[0].reading) && !contradicts(ms[0].reading, anchor[0].reading)))
      .flat();
    const sides = [sideOf(A, B), sideOf(B, A)];
    const anchors = [A, B];
    const texts = anchors.map((ms) => commonText(ms));
    const reps = anchors.map((ms, i) => ms.find((m) => m.reading.text === texts[i])!.reading);
    const outlet = ctx.outletOf.get(articleId) ?? articleId;
    const pairKey = anchors.map((ms) => ms[0].reading.normalized).sort().join("\u0000");
    found.push({
      order: `${hash(pairKey)}\u0000${[...own.keys()].sort().join("\u0001")}\u0000${draft.members.filter((m) => m.articleId === articleId).map((m) => m.reading.text).sort().join("\u0001")}\u0000${articleId}`,
      d: {
        key: "", groupKey: "", kind: "internal_inconsistency", severity: "major",
        ...(draft.confidence ? { confidence: draft.confidence(reps[0], reps[1]) } : {}),
        keySuffix: `:${hash(pairKey)}`,
        summary: `${outlet} contradicts itself on ${draft.subject}: ` + sides.map((ms, i) => {
          const own = bestWording(ms.map((m) => ({ articleId, stretches: [m.reading.text] }))
            .sort((x, y) => Number(y.stretches[0] === texts[i]) - Number(x.stretches[0] === texts[i])), ctx);
          return own ? quoted(own.stretches) : "(in other words)";
        }).join(" vs "),
        readings: sides.map((ms, i) => ({
          text: texts[i], articleIds: [articleId], claimIds: [...new Set(ms.map((m) => claimRef(m.articleId, m.claimId)))],
        })),
        differing: sides.map((_, i) => ({ articleIds: [articleId], words: diff(reps[i], reps[1 - i])[0] })),
      },
    });
  }
  // two articles contradicting themselves alike share the pair's hash: the later ones get ~n
  found.sort((a, b) => cmpStr(a.order, b.order));
  const seen = new Map<string, number>();
  for (const { d } of found) {
    const n = (seen.get(d.keySuffix!) ?? 0) + 1;
    seen.set(d.keySuffix!, n);
    if (n > 1) d.keySuffix = `${d.keySuffix}~${n}`;
  }
  return found.map((f) => f.d);
}

function commonText<R extends SlotReading>(ms: SlotMember<R>[]): string {
  const counts = new Map<string, number>();
  for (const m of ms) counts.set(m.reading.text, (counts.get(m.reading.text) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || cmpStr(a[0], b[0]))[0][0];
}

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function capital(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
