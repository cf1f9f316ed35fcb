import "server-only";
import { db } from "../db";
import { AppError } from "./errors";
import { readEvidence, readGroupData } from "./stored-json";
import { groupInputs, sourcesOf } from "./load-story-comparison";
import {
  articleStatuses, cellStatus, normToken, readingDisplay, sourcesReporting, type CellStatus, type GroupInput,
} from "./comparison-model";

export interface GroupClaim {
  articleId: string;
  claimKey: string;
  outlet: { label: string; outletId: string | null };
  articleTitle: string | null;
  /** the claim's own words and the sentence they stand in; `at` is where the words start in the sentence, -1 when not found */
  text: string;
  sentence: string;
  at: number;
}

export interface GroupReading {
  text: string;
  display: string;
  normalized: string;
  isConsensus: boolean;
  status: CellStatus;
  outlets: string[];
  /** independent sources among them (reprints of one text count once); null when not known */
  independent: number | null;
  claims: GroupClaim[];
}

export interface GroupWitness {
  articleId: string;
  label: string;
  status: CellStatus;
  /** the side of the wording discrepancy (0 = the consensus side) or null */
  side: number | null;
}

export interface GroupVariantColumn {
  /** token per witness, in witness order; null = no word here */
  tokens: (string | null)[];
  /** per witness: its partial quote does not reach this column */
  outside: boolean[];
  varies: boolean;
  /** the consensus side's word here (normalised), to tell which tokens depart */
  main: string | null;
}

export interface GroupDiscrepancyView {
  id: string;
  kind: string;
  severity: string;
  status: string;
  summary: string;
  stale: boolean;
  changedSinceReview: boolean;
  sides: { outlets: string[]; words: string[] }[];
}

export interface GroupDetail {
  story: { id: string; title: string };
  id: string;
  kind: string;
  key: string;
  label: string;
  consensus: string | null;
  outletCount: number;
  readings: GroupReading[];
  /** per source of the story: its status in this group */
  outlets: { key: string; label: string; outletId: string | null; status: CellStatus }[];
  variants: { witnesses: GroupWitness[]; columns: GroupVariantColumn[] } | null;
  discrepancies: GroupDiscrepancyView[];
}

/** One claim group of a story with its readings, the claims behind them, the quote collation and its discrepancies. */
export async function getGroup(storyId: string, groupId: string): Promise<GroupDetail> {
  const g = await db.claimGroup.findFirst({
    where: { id: groupId, storyId },
    select: {
      id: true, kind: true, key: true, label: true, data: true,
      story: { select: { id: true, title: true } },
      members: { select: { reading: true, claim: { select: { articleId: true, key: true, text: true, sentence: true, start: true } } } },
      discrepancies: {
        orderBy: [{ stale: "asc" }, { createdAt: "asc" }],
        select: { id: true, groupId: true, kind: true, severity: true, status: true, summary: true, evidence: true, stale: true, changedSinceReview: true },
      },
    },
  });
  if (!g) throw new AppError("not_found", "There is no claim group with this id in this story.");
  // a dispute also told in this group is kept as one item on another group: show it here too
  const toldHere = (await db.discrepancy.findMany({
    where: { storyId, groupId: { not: g.id }, evidence: { contains: JSON.stringify(g.key) } },
    orderBy: [{ stale: "asc" }, { createdAt: "asc" }],
    select: { id: true, groupId: true, kind: true, severity: true, status: true, summary: true, evidence: true, stale: true, changedSinceReview: true },
  })).filter((d) => readEvidence(d.evidence).alsoGroups?.includes(g.key));
  g.discrepancies.push(...toldHere);
  const articles = await db.article.findMany({
    where: { storyId, status: "done" },
    orderBy: [{ publishedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
    select: { id: true, title: true, sourceName: true, outlet: { select: { id: true, name: true } } },
  });
  const sources = sourcesOf(articles);
  const sourceOf = new Map<string, string>();
  const sourceByArticle = new Map<string, (typeof sources)[number]>();
  for (const s of sources) for (const id of s.articleIds) {
    sourceOf.set(id, s.key);
    sourceByArticle.set(id, s);
  }
  const titleOf = new Map(articles.map((a) => [a.id, a.title]));
  const live = g.discrepancies.filter((d) => !d.stale);
  const [input] = groupInputs([{ ...g, members: g.members.map((m) => ({ reading: m.reading, claim: { articleId: m.claim.articleId, key: m.claim.key, text: m.claim.text } })) }], live);
  const statuses = articleStatuses(input);
  const sourceCount = sourcesReporting(input, sourceOf).size;
  // reading status leaves self-contradiction aside: it is the reading, not the article, that is judged
  const sideStatuses = articleStatuses({ ...input, discrepancies: input.discrepancies.filter((d) => d.kind !== "internal_inconsistency") } as GroupInput);
  const labelOf = (id: string) => sourceByArticle.get(id)?.label ?? "Unknown outlet";
  const wording = input.discrepancies.find((d) => d.kind === "quote_wording");

  const readings: GroupReading[] = input.readings.map((r) => {
    const members = g.members.filter((m) => m.reading === r.normalized);
    const onMainSide = wording ? r.articleIds.every((id) => wording.differing[0]?.articleIds.includes(id)) : true;
    const isConsensus = input.consensus !== null && (input.kind === "quote" ? onMainSide : r.text === input.consensus);
    let status: CellStatus = "agrees";
    if (!isConsensus) {
      for (const id of r.articleIds) {
        const s = sideStatuses.get(id)?.status;
        if (s === "conflicts" || (s === "minor" && status !== "conflicts")) status = s;
      }
    }
    if (sourceCount < 2 && status === "agrees") status = "sole";
    return {
      text: r.text,
      display: readingDisplay(input.kind, r),
      normalized: r.normalized,
      isConsensus,
      status,
      outlets: [...new Set(r.articleIds.map(labelOf))],
      independent: r.independentSources ?? null,
      claims: members
        .sort((a, b) => a.claim.articleId.localeCompare(b.claim.articleId) || a.claim.start - b.claim.start)
        .map((m) => {
          const s = sourceByArticle.get(m.claim.articleId);
          return {
            articleId: m.claim.articleId,
            claimKey: m.claim.key,
            outlet: { label: s?.label ?? "Unknown outlet", outletId: s?.outletId ?? null },
            articleTitle: titleOf.get(m.claim.articleId) ?? null,
            text: m.claim.text,
            sentence: m.claim.sentence,
            at: m.claim.sentence.indexOf(m.claim.text),
          };
        }),
    };
  });
  readings.sort((a, b) => Number(b.isConsensus) - Number(a.isConsensus) || b.outlets.length - a.outlets.length);

  let variants: GroupDetail["variants"] = null;
  const stored = readGroupData(g.data).variants;
  if (stored && stored.witnesses.length) {
    const sideOf = (id: string) => {
      if (!wording) return null;
      const i = wording.differing.findIndex((s) => s.articleIds.includes(id));
      return i < 0 ? null : i;
    };
    // consensus side first, then by outlet order in the story
    const order = new Map(articles.map((a, i) => [a.id, i]));
    const witnesses = [...stored.witnesses].sort((a, b) => (sideOf(a) ?? 0.5) - (sideOf(b) ?? 0.5) || (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const mainIds = wording && input.consensus !== null ? new Set(wording.differing[0]?.articleIds ?? []) : null;
    variants = {
      witnesses: witnesses.map((id) => ({ articleId: id, label: labelOf(id), status: statuses.get(id)?.status ?? "agrees", side: sideOf(id) })),
      columns: stored.columns.map((c) => {
        const mainTok = mainIds ? witnesses.map((id) => (mainIds.has(id) ? c.tokens[id] : null)).find((t) => t) ?? null : null;
        return {
          tokens: witnesses.map((id) => c.tokens[id] ?? null),
          outside: witnesses.map((id) => c.outside?.includes(id) ?? false),
          varies: c.varies,
          main: normToken(mainTok),
        };
      }),
    };
  }

  return {
    story: g.story,
    id: g.id,
    kind: g.kind,
    key: g.key,
    label: g.label,
    consensus: input.consensus,
    outletCount: sourceCount,
    readings,
    outlets: sources.map((s) => ({ key: s.key, label: s.label, outletId: s.outletId, status: cellStatus(input, s, statuses, sourceCount) })),
    variants,
    discrepancies: g.discrepancies.map((d) => {
      const ev = readEvidence(d.evidence);
      return {
        id: d.id, kind: d.kind, severity: d.severity, status: d.status, summary: d.summary, stale: d.stale, changedSinceReview: d.changedSinceReview,
        sides: ev.differing.map((s) => ({ outlets: [...new Set(s.articleIds.map(labelOf))], words: s.words })),
      };
    }),
  };
}
