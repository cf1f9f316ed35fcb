import "server-only";
import { db } from "../db";
import { whenUnlocked } from "./when-unlocked";
import type { Prisma } from "../../generated/prisma/client";
import { compareInProcess } from "../jobs/analysis-process";
import { DiscrepancyEvidence, GroupData, readClaim, readEntities, readEvidence, StoredSharedCopy, toJsonColumn } from "./stored-json";
import { describeChange, evidenceChange } from "./evidence-change";
import { appendReviewEvent } from "./review-events";

/** How summaries name an article whose outlet is unknown: by its title, shortened. */
function sourceLabel(title: string | null, fallback: string): string {
  if (!title) return fallback;
  return `“${title.length > 48 ? `${title.slice(0, 47).trimEnd()}…` : title}”`;
}

/** Statuses a reviewer is still working on; data may close these. */
const ACTIVE = ["open", "in_review"];
/** Statuses where a reviewer has seen the evidence: a change to it is recorded. */
const REVIEWED = ["in_review", "confirmed", "dismissed"];
const UNNAMED = "an untitled article";

/**
 * Recomputes a story's claim groups and discrepancies from its stored claims
 * and stores them, matched to earlier ones by stable key: review status,
 * assignee and history stay attached. A discrepancy that no longer holds is
 * marked stale and resolved by data, never deleted.
 */
export async function persistComparison(storyId: string): Promise<void> {
  const articles = await db.article.findMany({
    where: { storyId, status: "done" },
    select: {
      id: true,
      publishedLocal: true,
      outlet: { select: { name: true } },
      title: true,
      body: true,
      claims: { select: { id: true, key: true, slots: true } },
      // the names the analysis resolved, so the comparison reads people as the CLI's does
      mentions: { select: { text: true, start: true, end: true, via: true, entity: { select: { id: true, kind: true, name: true } } } },
    },
  });
  const comparison = await compareInProcess(
    articles.map((a) => ({
      id: a.id,
      outlet: a.outlet?.name ?? sourceLabel(a.title, UNNAMED),
      publishedAt: a.publishedLocal,
      claims: a.claims.flatMap((c) => { const claim = readClaim(c.slots); return claim ? [{ ...claim, id: c.key }] : []; }),
      body: a.body ?? undefined,
      entities: readEntities(a.mentions),
    })),
  );
  const claimIdOf = new Map<string, string>();
  for (const a of articles) for (const c of a.claims) claimIdOf.set(`${a.id}\u0000${c.key}`, c.id);

  await whenUnlocked(() => db.$transaction(async (tx) => {
    // one statement per kind of write where it can be: a large story holds SQLite's write lock briefly
    const oldGroups = await tx.claimGroup.findMany({ where: { storyId }, select: { id: true, key: true, kind: true, label: true, data: true } });
    const oldGroupByKey = new Map(oldGroups.map((g) => [g.key, g]));
    const groupIdByKey = new Map(oldGroups.map((g) => [g.key, g.id]));
    const liveGroupKeys = new Set(comparison.groups.map((g) => g.key));
    await tx.groupMember.deleteMany({ where: { group: { storyId } } });
    const fresh: { storyId: string; key: string; kind: string; label: string; data: string }[] = [];
    for (const g of comparison.groups) {
      const data = toJsonColumn(GroupData, { readings: g.readings, consensus: g.consensus, variants: g.variants ?? null, departures: g.departures ?? [] });
      const old = oldGroupByKey.get(g.key);
      if (!old) fresh.push({ storyId, key: g.key, kind: g.kind, label: g.label, data });
      else if (old.kind !== g.kind || old.label !== g.label || old.data !== data) {
        await tx.claimGroup.update({ where: { id: old.id }, data: { kind: g.kind, label: g.label, data } });
      }
    }
    if (fresh.length) {
      for (const g of await tx.claimGroup.createManyAndReturn({ data: fresh, select: { id: true, key: true } })) groupIdByKey.set(g.key, g.id);
    }
    const members = comparison.groups.flatMap((g) => g.members
      .map((m) => ({ groupId: groupIdByKey.get(g.key)!, claimId: claimIdOf.get(`${m.articleId}\u0000${m.claimId}`), reading: m.reading }))
      .filter((m): m is { groupId: string; claimId: string; reading: string } => m.claimId !== undefined));
    if (members.length) await tx.groupMember.createMany({ data: members });
    const dead = oldGroups.filter((g) => !liveGroupKeys.has(g.key)).map((g) => g.id);
    if (dead.length) await tx.claimGroup.deleteMany({ where: { id: { in: dead } } });

    const oldDiscrepancies = await tx.discrepancy.findMany({
      where: { storyId, origin: "analysis" },
      select: {
        id: true, key: true, status: true, stale: true, kind: true, severity: true, summary: true, confidence: true, evidence: true, groupId: true,
        reviewedEvidence: true, changedSinceReview: true,
      },
    });
    const nameOf = (id: string) => {
      const a = articles.find((x) => x.id === id);
      return a ? a.outlet?.name ?? sourceLabel(a.title, UNNAMED) : "a removed article";
    };
    const oldByKey = new Map(oldDiscrepancies.map((d) => [d.key, d]));
    const liveKeys = new Set<string>();
    const created: Prisma.DiscrepancyCreateManyInput[] = [];
    for (const d of comparison.discrepancies) {
      liveKeys.add(d.key);
      const fields = {
        kind: d.kind,
        severity: d.severity,
        summary: d.summary,
        confidence: d.confidence,
        evidence: toJsonColumn(DiscrepancyEvidence, { readings: d.readings, differing: d.differing, ...(d.alsoGroupKeys?.length ? { alsoGroups: d.alsoGroupKeys } : {}) }),
        groupId: groupIdByKey.get(d.groupKey) ?? null,
        stale: false,
      };
      const old = oldByKey.get(d.key);
      if (!old) {
        created.push({ storyId, key: d.key, ...fields });
      } else if (old.stale && old.status === "resolved") {
        await tx.discrepancy.update({ where: { id: old.id }, data: { ...fields, status: "open" } });
        await tx.reviewEvent.create({
          data: { discrepancyId: old.id, action: "reopened_by_data", fromValue: "resolved", toValue: "open", note: "The analysis finds this discrepancy again." },
        });
      } else if (Object.entries(fields).some(([k, v]) => old[k as keyof typeof old] !== v)) {
        // a verdict, or a review under way, was given on other evidence: say so, and what changed
        const change = REVIEWED.includes(old.status) ? evidenceChange(readEvidence(old.evidence), readEvidence(fields.evidence)) : null;
        const sinceReview = change && old.reviewedEvidence ? evidenceChange(readEvidence(old.reviewedEvidence), readEvidence(fields.evidence)) : change;
        await tx.discrepancy.update({ where: { id: old.id }, data: { ...fields, ...(change ? { changedSinceReview: sinceReview !== null } : {}) } });
        if (change) {
          await appendReviewEvent(tx, {
            discrepancyId: old.id, actorId: null, action: "evidence_changed",
            note: describeChange(change, nameOf),
          });
        }
      }
    }
    if (created.length) await tx.discrepancy.createMany({ data: created });
    for (const old of oldDiscrepancies) {
      if (liveKeys.has(old.key) || old.stale) continue;
      const closes = ACTIVE.includes(old.status);
      await tx.discrepancy.update({ where: { id: old.id }, data: { stale: true, ...(closes ? { status: "resolved" } : {}) } });
      if (closes) {
        await tx.reviewEvent.create({
          data: { discrepancyId: old.id, action: "resolved_by_data", fromValue: old.status, toValue: "resolved", note: "The analysis no longer finds this discrepancy." },
        });
      }
    }
    const sharedCopy = toJsonColumn(StoredSharedCopy, {
      groups: comparison.sharedCopy.groups,
      pairs: comparison.sharedCopy.pairs.map(({ a, b, wordsA, wordsB, shareA, shareB }) => ({ a, b, wordsA, wordsB, shareA, shareB })),
    });
    await tx.story.update({ where: { id: storyId }, data: { analyzedAt: new Date(), sharedCopy } });
  }));
}
