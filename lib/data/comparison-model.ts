// Pure shaping of a story's stored comparison for the comparison pages: the
// status of each outlet in each claim group (agrees / minor variant /
// conflicts / not reported), the order of groups by how contested they are,
// and each outlet's departures from consensus. No I/O: the data-layer modules
// load rows and hand them here, and unit tests call these functions directly.

import { isNoteKind } from "../compare/types";
import { asWritten, GAP } from "../compare/attribution";

export type CellStatus = "agrees" | "minor" | "conflicts" | "sole" | "absent";
export type RowLevel = "major" | "minor" | "agreement" | "single";
export type ClaimKindName = "quote" | "role" | "action" | "date" | "number";

export const CLAIM_KINDS: ClaimKindName[] = ["quote", "role", "action", "date", "number"];

/** Discrepancy kinds that set one outlet's reading against another's. */
const CONFLICT_KINDS = new Set(["quote_wording", "role_conflict", "detail_conflict", "date_conflict", "number_conflict"]);

export interface StoredReading {
  text: string;
  normalized: string;
  articleIds: string[];
  /** distinct sources among the articles: reprints of one text count once (absent on older rows) */
  independentSources?: number;
}

export interface StoredSide {
  articleIds: string[];
  words: string[];
}

export interface GroupDiscrepancy {
  id: string;
  kind: string;
  severity: string;
  status: string;
  summary: string;
  /** sides as stored by the comparison: the first is the consensus side when the group has a consensus */
  differing: StoredSide[];
  /** for internal inconsistencies: the articles that contradict themselves */
  articleIds: string[];
}

export interface GroupMemberRef {
  articleId: string;
  claimKey: string;
  /** normalised reading (matches one StoredReading.normalized) */
  reading: string;
  /** the claim's own words, as its article wrote them */
  text: string;
}

export interface GroupInput {
  id: string;
  kind: string;
  key: string;
  label: string;
  consensus: string | null;
  readings: StoredReading[];
  members: GroupMemberRef[];
  discrepancies: GroupDiscrepancy[];
}

/** One column of the matrix: an outlet, or an article whose outlet is unknown. */
export interface Source {
  key: string;
  label: string;
  outletId: string | null;
  articleIds: string[];
}

export interface ArticleStatus {
  status: Exclude<CellStatus, "absent" | "sole">;
  /** the article contradicts itself within this group */
  selfContradiction: boolean;
}

const STATUS_RANK: Record<CellStatus, number> = { conflicts: 4, minor: 3, agrees: 2, sole: 1, absent: 0 };
const LEVEL_RANK: Record<RowLevel, number> = { major: 0, minor: 1, agreement: 2, single: 3 };
const KIND_RANK: Record<string, number> = { quote: 0, role: 1, action: 2, date: 3, number: 4 };

export const STATUS_LABEL: Record<CellStatus, string> = {
  agrees: "agrees",
  minor: "minor variant",
  conflicts: "conflicts",
  sole: "only source",
  absent: "not reported",
};

export const STATUS_GLYPH: Record<CellStatus, string> = {
  agrees: "✓",
  minor: "≈",
  conflicts: "✕",
  sole: "●",
  absent: "–",
};

export function worseStatus(a: CellStatus, b: CellStatus): CellStatus {
  return STATUS_RANK[a] >= STATUS_RANK[b] ? a : b;
}

/** Live discrepancies that set outlets against each other. */
export function conflictsOf(g: GroupInput): GroupDiscrepancy[] {
  return g.discrepancies.filter((d) => CONFLICT_KINDS.has(d.kind));
}

/**
 * Status of each article that reports the group. An article on the consensus
 * side (or on no side: it quotes none of the varying words, or gives a vaguer
 * compatible reading) agrees; an article on another side is a minor variant or
 * conflicts, by the discrepancy's severity. Without a consensus every side is
 * set against the others. An article that contradicts itself conflicts.
 */
export function articleStatuses(g: GroupInput): Map<string, ArticleStatus> {
  const out = new Map<string, ArticleStatus>();
  for (const m of g.members) out.set(m.articleId, { status: "agrees", selfContradiction: false });
  const raise = (id: string, status: ArticleStatus["status"]) => {
    const cur = out.get(id);
    if (!cur) return;
    if (STATUS_RANK[status] > STATUS_RANK[cur.status]) cur.status = status;
  };
  for (const d of conflictsOf(g)) {
    const level = d.severity === "major" ? "conflicts" : "minor";
    d.differing.forEach((side, i) => {
      if (i === 0 && g.consensus !== null) return;
      for (const id of side.articleIds) raise(id, level);
    });
  }
  for (const d of g.discrepancies) {
    if (d.kind !== "internal_inconsistency") continue;
    for (const id of d.articleIds) {
      raise(id, "conflicts");
      const cur = out.get(id);
      if (cur) cur.selfContradiction = true;
    }
  }
  return out;
}

export function sourcesReporting(g: GroupInput, sourceOf: Map<string, string>): Set<string> {
  return new Set(g.members.map((m) => sourceOf.get(m.articleId) ?? m.articleId));
}

/** How contested a group is: a major discrepancy, a minor one, agreement among several outlets, or one outlet alone. */
export function rowLevel(g: GroupInput, sourceCount: number): RowLevel {
  if (sourceCount < 2) {
    return g.discrepancies.some((d) => d.kind === "internal_inconsistency") ? "major" : "single";
  }
  const live = g.discrepancies.filter((d) => !isNoteKind(d.kind));
  if (live.some((d) => d.severity === "major")) return "major";
  if (live.some((d) => d.severity === "minor")) return "minor";
  return "agreement";
}

/** The cell of one source (outlet) in one group: the worst status among its articles. */
export function cellStatus(g: GroupInput, source: Source, statuses: Map<string, ArticleStatus>, sourceCount: number): CellStatus {
  let s: CellStatus = "absent";
  for (const id of source.articleIds) {
    const a = statuses.get(id);
    if (a) s = worseStatus(s, a.status);
  }
  if (s === "agrees" && sourceCount < 2) return "sole";
  return s;
}

/** The first n words of a text, cut where its own spacing is (so the shown words stay as written). */
function firstWords(text: string, n: number): string {
  const t = text.trim();
  const m = new RegExp(`^(?:\\S+\\s+){${n}}`).exec(t);
  return m ? `${m[0].trimEnd()}…` : t;
}

/** A reading's display text; date readings print their normalised date. */
export function readingDisplay(kind: string, r: StoredReading): string {
  if (kind === "date") return formatNormalizedDate(r.normalized) ?? r.text;
  return r.text;
}

/** What a matrix cell shows: one article's own words, a few of them, and how many other readings the source gives. */
export interface CellSnippet {
  text: string;
  articleId: string;
  /** other readings the same source gives in this group */
  more: number;
  /** for dates: the day the words resolve to */
  resolved: string | null;
}

/**
 * A few of the source's own words for its cell. For a quote with a wording conflict: the differing
 * words of its side as its article wrote them. For other kinds: the source's reading that departs
 * from the consensus when it gives one, else the consensus reading when it gives that, else its
 * most common one, in the words of the source's own claim.
 */
export function cellSnippet(g: GroupInput, articleIds: string[], maxWords = 6): CellSnippet | null {
  const ids = new Set(articleIds);
  const mine = g.members.filter((m) => ids.has(m.articleId));
  if (!mine.length) return null;
  const sides = conflictsOf(g).flatMap((d) => d.differing.map((side, i) => ({ side, main: i === 0 && g.consensus !== null })));
  // the source's sides, departing ones first
  const own = sides.filter((x) => x.side.articleIds.some((id) => ids.has(id))).sort((a, b) => Number(a.main) - Number(b.main));
  if (g.kind === "quote") {
    for (const { side } of own) {
      for (const m of mine) {
        if (!side.articleIds.includes(m.articleId)) continue;
        const found = side.words.map((w) => asWritten(w, m.text)).filter((w): w is string => w !== null);
        if (found.length) return { text: `…${firstWords(found.join(GAP), maxWords).replace(/…$/, "")}…`, articleId: m.articleId, more: 0, resolved: null };
      }
    }
  }
  const byNorm = new Map(g.readings.map((r) => [r.normalized, r]));
  const readings = [...new Set(mine.map((m) => m.reading))].map((n) => byNorm.get(n)).filter((r): r is StoredReading => !!r);
  if (!readings.length) return null;
  readings.sort((a, b) => b.articleIds.length - a.articleIds.length || (a.normalized < b.normalized ? -1 : 1));
  let pick: StoredReading | undefined;
  const departing = own.find((x) => !x.main);
  if (departing) {
    const want = departing.side.words.map((w) => w.toLowerCase());
    pick = readings.find((r) => want.every((w) => r.text.toLowerCase().includes(w))) ??
      readings.find((r) => g.consensus === null || r.text !== g.consensus);
  }
  // an article that contradicts itself shows the reading that departs from the others'
  if (!pick && g.discrepancies.some((d) => d.kind === "internal_inconsistency" && d.articleIds.some((id) => ids.has(id)))) {
    pick = readings.find((r) => g.consensus !== null && r.text !== g.consensus);
  }
  pick ??= readings.find((r) => r.text === g.consensus) ?? readings[0];
  const m = mine.find((x) => x.reading === pick.normalized)!;
  return {
    text: firstWords(m.text, maxWords),
    articleId: m.articleId,
    more: readings.length - 1,
    resolved: g.kind === "date" ? formatNormalizedDate(pick.normalized) : null,
  };
}

export interface ShapedRow {
  group: GroupInput;
  level: RowLevel;
  sourceCount: number;
  cells: CellStatus[];
  statuses: Map<string, ArticleStatus>;
}

/** Most contested first: major, minor, agreement, single-source; then by outlets reporting, kind, label. */
export function compareRows(a: ShapedRow, b: ShapedRow): number {
  return LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
    b.sourceCount - a.sourceCount ||
    (KIND_RANK[a.group.kind] ?? 9) - (KIND_RANK[b.group.kind] ?? 9) ||
    (a.group.label < b.group.label ? -1 : a.group.label > b.group.label ? 1 : 0) ||
    (a.group.id < b.group.id ? -1 : 1);
}

export function shapeRows(groups: GroupInput[], sources: Source[]): ShapedRow[] {
  const sourceOf = new Map<string, string>();
  for (const s of sources) for (const id of s.articleIds) sourceOf.set(id, s.key);
  return groups
    .map((group) => {
      const statuses = articleStatuses(group);
      const sourceCount = sourcesReporting(group, sourceOf).size;
      return {
        group,
        level: rowLevel(group, sourceCount),
        sourceCount,
        statuses,
        cells: sources.map((s) => cellStatus(group, s, statuses, sourceCount)),
      };
    })
    .sort(compareRows);
}

export interface Divergence {
  source: Source;
  /** groups the source reports that at least one other source reports too */
  compared: number;
  /** compared groups with a consensus where the source gives a conflicting reading */
  major: number;
  /** … where it gives a minor variant */
  minor: number;
  /** (major + minor) / compared, 0 when nothing was compared */
  share: number;
}

/** Per source: the share of compared groups where its reading departs from the group's consensus. */
export function divergence(rows: ShapedRow[], sources: Source[]): Divergence[] {
  return sources.map((source, i) => {
    let compared = 0;
    let major = 0;
    let minor = 0;
    for (const r of rows) {
      const c = r.cells[i];
      if (c === "absent" || r.sourceCount < 2) continue;
      compared++;
      if (r.group.consensus === null) continue;
      if (c === "conflicts") major++;
      else if (c === "minor") minor++;
    }
    return { source, compared, major, minor, share: compared ? (major + minor) / compared : 0 };
  });
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2024-11-20" -> "20 Nov 2024", "2024-11" -> "Nov 2024", "1928" -> "1928", "a..b" -> "a – b". */
export function formatNormalizedDate(n: string): string | null {
  const range = n.split("..");
  if (range.length === 2) {
    const [a, b] = range.map((x) => formatNormalizedDate(x));
    if (!a || !b) return null;
    const ya = /^(\d{4})-01-01$/.exec(range[0]);
    const yb = /^(\d{4})-12-31$/.exec(range[1]);
    if (ya && yb) return `${ya[1]}–${yb[1]}`;
    return `${a} – ${b}`;
  }
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(n);
  if (m) return MONTHS[+m[2] - 1] && +m[3] >= 1 && +m[3] <= 31 ? `${+m[3]} ${MONTHS[+m[2] - 1]} ${m[1]}` : null;
  m = /^(\d{4})-(\d{2})$/.exec(n);
  if (m) return MONTHS[+m[2] - 1] ? `${MONTHS[+m[2] - 1]} ${m[1]}` : null;
  m = /^(\d{4})$/.exec(n);
  if (m) return m[1];
  return null;
}

/** A word as compared in a collation: case, apostrophes and punctuation ignored. */
export function normToken(t: string | null | undefined): string | null {
  if (t === null || t === undefined) return null;
  const n = t.toLowerCase().replace(/[’']/g, "").replace(/[^\p{L}\p{N}]+/gu, "");
  return n || null;
}
