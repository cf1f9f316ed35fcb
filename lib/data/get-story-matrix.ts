import "server-only";
import { z } from "zod";
import { loadStoryComparison } from "./load-story-comparison";
import { cachedStoryPart } from "./page-cache";
import { isNoteKind } from "../compare/types";
import { CLAIM_KINDS, cellSnippet, shapeRows, type CellSnippet, type CellStatus, type ClaimKindName, type RowLevel, type ShapedRow, type Source } from "./comparison-model";

/** claim groups (rows) per page: the first view renders 25 of them (300 cells at 12 outlets), the pager the rest */
export const MATRIX_PAGE_SIZE = 25;
/** outlets (columns) per page: a 40-outlet story in pages of 12 keeps a page's cells, and its HTML, in bounds */
export const MATRIX_OUTLET_PAGE_SIZE = 12;

export const MatrixQuery = z.object({
  kind: z.enum(CLAIM_KINDS as [ClaimKindName, ...ClaimKindName[]]).optional().catch(undefined),
  diff: z.enum(["1"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
  outlets: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type MatrixQuery = z.infer<typeof MatrixQuery>;

export interface MatrixColumn {
  key: string;
  label: string;
  outletId: string | null;
  /** the article to open when the column has one */
  articleIds: string[];
}

export interface MatrixCell {
  status: CellStatus;
  snippet: CellSnippet | null;
  selfContradiction: boolean;
}

export interface MatrixRow {
  groupId: string;
  kind: string;
  label: string;
  level: RowLevel;
  outletCount: number;
  /** the open-or-in-review conflict with the highest severity, if any */
  discrepancy: { kind: string; severity: string; status: string } | null;
  /** one per column of this page */
  cells: MatrixCell[];
}

export interface StoryMatrix {
  /** this page's columns */
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** rows after filtering, before pagination */
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /** columns over all outlet pages, and this page's place among them */
  outlets: { total: number; page: number; pageCount: number; pageSize: number };
  /** groups per kind and per level, before filtering */
  kindCounts: Record<string, number>;
  levelCounts: Record<RowLevel, number>;
  query: { kind: ClaimKindName | null; diff: boolean };
}

const SEVERITY_RANK: Record<string, number> = { major: 0, minor: 1, info: 2 };

export interface ComparisonRows {
  sources: Source[];
  rows: ShapedRow[];
}

/** Every claim group of the story as a matrix row, most contested first: shared by the matrix and the charts, kept until the story changes. */
export function getComparisonRows(storyId: string): Promise<ComparisonRows> {
  return cachedStoryPart(storyId, "rows", async () => {
    const { sources, groups } = await loadStoryComparison(storyId);
    return { sources, rows: shapeRows(groups, sources) };
  });
}

function pageOf(requested: number | undefined, count: number, size: number) {
  const pageCount = Math.max(1, Math.ceil(count / size));
  const page = Math.min(requested ?? 1, pageCount);
  return { page, pageCount, from: (page - 1) * size, to: page * size };
}

/**
 * The comparison matrix of a story: claim groups (rows, most contested first)
 * by sources (columns), one page of rows and one page of outlets at a time.
 * "Differences only" keeps groups with a major or minor discrepancy.
 */
export function getStoryMatrix(storyId: string, rawQuery: Record<string, string | string[] | undefined> = {}): Promise<StoryMatrix> {
  const q = MatrixQuery.parse(Object.fromEntries(Object.entries(rawQuery).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  // a page's cell snippets cost tens of milliseconds: each page asked for is kept too
  return cachedStoryPart(storyId, `matrix ${q.kind ?? ""} ${q.diff ?? ""} ${q.page ?? 1} ${q.outlets ?? 1}`, () => matrixPage(storyId, q));
}

async function matrixPage(storyId: string, q: MatrixQuery): Promise<StoryMatrix> {
  const { sources, rows: all } = await getComparisonRows(storyId);
  const kindCounts: Record<string, number> = {};
  const levelCounts: Record<RowLevel, number> = { major: 0, minor: 0, agreement: 0, single: 0 };
  for (const r of all) {
    kindCounts[r.group.kind] = (kindCounts[r.group.kind] ?? 0) + 1;
    levelCounts[r.level]++;
  }
  const filtered = all.filter((r) => (!q.kind || r.group.kind === q.kind) && (!q.diff || r.level === "major" || r.level === "minor"));
  const rows = pageOf(q.page, filtered.length, MATRIX_PAGE_SIZE);
  const cols = pageOf(q.outlets, sources.length, MATRIX_OUTLET_PAGE_SIZE);
  const shown = sources.slice(cols.from, cols.to);
  return {
    columns: shown.map((s) => ({ key: s.key, label: s.label, outletId: s.outletId, articleIds: s.articleIds })),
    rows: filtered.slice(rows.from, rows.to).map((r) => {
      const d = r.group.discrepancies
        .filter((x) => !isNoteKind(x.kind))
        .sort((a, b) => (SEVERITY_RANK[a.severity] ?? 9) - (SEVERITY_RANK[b.severity] ?? 9))[0];
      return {
        groupId: r.group.id,
        kind: r.group.kind,
        label: r.group.label,
        level: r.level,
        outletCount: r.sourceCount,
        discrepancy: d ? { kind: d.kind, severity: d.severity, status: d.status } : null,
        cells: shown.map((s, i) => {
          const status = r.cells[cols.from + i];
          return {
            status,
            snippet: status === "absent" ? null : cellSnippet(r.group, s.articleIds),
            selfContradiction: s.articleIds.some((id) => r.statuses.get(id)?.selfContradiction),
          };
        }),
      };
    }),
    total: filtered.length,
    page: rows.page,
    pageCount: rows.pageCount,
    pageSize: MATRIX_PAGE_SIZE,
    outlets: { total: sources.length, page: cols.page, pageCount: cols.pageCount, pageSize: MATRIX_OUTLET_PAGE_SIZE },
    kindCounts,
    levelCounts,
    query: { kind: q.kind ?? null, diff: !!q.diff },
  };
}
