// Public entry of the comparison layer: align the claims of a story's articles, collate quote
// variants, find discrepancies, and summarise each outlet. Pure: no I/O, deterministic.

import type { ActionClaim, ClaimKind, DateClaim, NumberClaim, QuoteClaim, RoleClaim } from "../analysis/types";
import { analyzeSlotGroup, type GroupResult } from "./analyze";
import { groupActions, groupDates, groupNumbers, groupRoles, type Located } from "./align";
import { buildContext } from "./context";
import { analyzeQuoteGroup, groupQuotes } from "./quotes";
import { findEvidenceConflicts } from "./evidence";
import { findAttributionConflicts } from "./who-said";
import { oneItemPerFact } from "./one-fact";
import type { Comparison, Discrepancy, OutletSummary, StoryArticleInput } from "./types";

export type {
  ClaimGroup, ClaimRef, Comparison, DifferingWords, Discrepancy, DiscrepancyKind, DiscrepancyReading, GroupMember,
  OutletSummary, Reading, Severity, StoryArticleInput, VariantColumn, VariantTable,
} from "./types";
export { claimRef, parseClaimRef } from "./types";
export type { CopySpan, SharedCopy, SharedCopyPair } from "./shared-copy";
export { formatComparison } from "./format-table";

/**
 * Discrepancies at or above this confidence are shown and queued for review; the rest stay
 * reachable as low-confidence candidates. Calibrated on hand-judged real stories (docs/quality.md).
 */
export const CONFIDENCE_THRESHOLD = 0.6;
/** A finder that does not weigh its own evidence yields a candidate, never a shown discrepancy. */
const UNWEIGHED_CONFIDENCE = 0.2;

const KIND_ORDER: Record<ClaimKind, number> = { quote: 0, role: 1, action: 2, date: 3, number: 4 };
const SEVERITY_ORDER = { major: 0, minor: 1, info: 2 } as const;

export function compareStory(articles: StoryArticleInput[]): Comparison {
  const ctx = buildContext(articles);
  const quotes: { articleId: string; claim: QuoteClaim }[] = [];
  const roles: Located<RoleClaim>[] = [];
  const actions: Located<ActionClaim>[] = [];
  const dates: Located<DateClaim>[] = [];
  const numbers: Located<NumberClaim>[] = [];
  for (const a of articles) {
    for (const c of a.claims) {
      switch (c.kind) {
        case "quote": quotes.push({ articleId: a.id, claim: c }); break;
        case "role": roles.push({ articleId: a.id, claim: c }); break;
        case "action": actions.push({ articleId: a.id, claim: c }); break;
        case "date": dates.push({ articleId: a.id, claim: c }); break;
        case "number": numbers.push({ articleId: a.id, claim: c }); break;
      }
    }
  }

  const results: GroupResult[] = [
    ...groupQuotes(quotes, ctx).map((segs) => analyzeQuoteGroup(segs, ctx)),
    ...groupRoles(roles, ctx).map((d) => analyzeSlotGroup(d, ctx)),
    ...groupActions(actions, ctx).map((d) => analyzeSlotGroup(d, ctx)),
    ...groupDates(dates, ctx).map((d) => analyzeSlotGroup(d, ctx)),
    ...groupNumbers(numbers, ctx).map((d) => analyzeSlotGroup(d, ctx)),
    ...findEvidenceConflicts(articles, ctx),
    ...findAttributionConflicts(articles, ctx),
  ];

  // keys are derived from content; the rare collision is resolved by the anchor reading, not by order
  results.sort((a, b) => cmp(a.group.key, b.group.key) || cmp(a.anchor, b.anchor) ||
    cmp(JSON.stringify(a.group.members), JSON.stringify(b.group.members)));
  const seen = new Map<string, number>();
  for (const r of results) {
    const n = (seen.get(r.group.key) ?? 0) + 1;
    seen.set(r.group.key, n);
    if (n > 1) r.group.key = `${r.group.key}~${n}`;
  }

  const discrepancies: Discrepancy[] = [];
  const outletOf = (id: string) => ctx.outletOf.get(id) ?? id;
  const perOutlet = new Map<string, { groups: number; compared: number; departures: number; single: string[] }>();
  for (const a of articles) if (!perOutlet.has(a.outlet)) perOutlet.set(a.outlet, { groups: 0, compared: 0, departures: 0, single: [] });

  for (const r of results) {
    const g = r.group;
    // readings name every article a group stands on, members only those with a claim of their own
    const outletCount = new Set([...g.members.map((m) => m.articleId), ...g.readings.flatMap((x) => x.articleIds)].map(outletOf)).size;
    for (const d of r.discrepancies) {
      // one outlet cannot disagree with another: only its self-contradiction counts
      if (outletCount < 2 && d.kind !== "internal_inconsistency") continue;
      const { keySuffix, confidence, ...rest } = d;
      const out: Discrepancy = { ...rest, confidence: confidence ?? UNWEIGHED_CONFIDENCE, groupKey: g.key, key: `${g.key}::${d.kind}${keySuffix ?? ""}` };
      discrepancies.push(out);
    }
    const outlets = [...new Set(g.members.map((m) => outletOf(m.articleId)))].sort();
    g.departures = [...r.departures].sort();
    const departed = new Set([...r.departures].map(outletOf));
    for (const o of outlets) {
      const s = perOutlet.get(o) ?? { groups: 0, compared: 0, departures: 0, single: [] };
      s.groups++;
      if (outlets.length > 1) {
        s.compared++;
        if (departed.has(o)) s.departures++;
      } else s.single.push(g.key);
      perOutlet.set(o, s);
    }
    if (outlets.length === 1) {
      discrepancies.push({
        key: `${g.key}::single_source`,
        groupKey: g.key,
        kind: "single_source",
        severity: "info",
        summary: `Only ${outlets[0]} reports: ${g.label}`,
        readings: g.readings.map((x) => ({ text: x.text, articleIds: x.articleIds, claimIds: x.claimIds })),
        differing: [],
        confidence: 1,
      });
    }
  }

  const labels = new Map(results.map((r) => [r.group.key, r.group.label]));
  const items = oneItemPerFact(discrepancies, (key) => labels.get(key) ?? key);
  discrepancies.length = 0;
  discrepancies.push(...items);

  // agreement among reprints of one text is one source's: each reading counts its independent sources
  for (const r of results) for (const x of r.group.readings) x.independentSources = ctx.independent(x.articleIds);
  for (const d of discrepancies) for (const x of d.readings) x.independentSources = ctx.independent(x.articleIds);

  const groups = results.map((r) => r.group)
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || cmp(a.key, b.key));
  discrepancies.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    b.confidence - a.confidence || cmp(a.key, b.key));
  const outlets: OutletSummary[] = [...perOutlet.entries()]
    .map(([outlet, s]) => ({
      outlet,
      articleIds: articles.filter((a) => a.outlet === outlet).map((a) => a.id).sort(),
      groups: s.groups,
      compared: s.compared,
      departures: s.departures,
      divergence: s.compared ? s.departures / s.compared : 0,
      singleSource: s.single.sort(),
    }))
    .sort((a, b) => cmp(a.outlet, b.outlet));
  return { groups, discrepancies, outlets, sharedCopy: ctx.sharedCopy };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether a discrepancy is shown and queued (coverage notes are always shown as notes). */
export function isShown(d: Pick<Discrepancy, "severity" | "confidence">): boolean {
  return d.severity === "info" || d.confidence >= CONFIDENCE_THRESHOLD;
}
