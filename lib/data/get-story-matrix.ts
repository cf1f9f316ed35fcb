import "server-only";
import { z } from "zod";
import { loadStoryComparison } from "./load-story-comparison";
import { isNoteKind } from "../compare/types";
import { CLAIM_KINDS, cellSnippet, shapeRows, type CellSnippet, type CellStatus, type ClaimKindName, type RowLevel } from "./comparison-model";

export const MATRIX_PAGE_SIZE = 50;

export const MatrixQuery = z.object({
  kind: z.enum(CLAIM_KINDS as [ClaimKindName, ...ClaimKindName[]]).optional().catch(undefined),
  diff: z.enum(["1"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
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
  cells: MatrixCell[];
}

export interface StoryMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** rows after filtering, before pagination */
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /** groups per kind and per level, before filtering */
  kindCounts: Record<string, number>;
  levelCounts: Record<RowLevel, number>;
  query: { kind: ClaimKindName | null; diff: boolean };
}

const SEVERITY_RANK: Record<string, number> = { major: 0, minor: 1, info: 2 };

/**
 * The comparison matrix of a story: claim groups (rows, most contested first)
 * by sources (columns), one page at a time. "Differences only" keeps groups
 * with a major or minor discrepancy.
 */
export async function getStoryMatrix(storyId: string, rawQuery: Record<string, string | string[] | undefined> = {}): Promise<StoryMatrix> {
  const q = MatrixQuery.parse(Object.fromEntries(Object.entries(rawQuery).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const { sources, groups } = await loadStoryComparison(storyId);
  const all = shapeRows(groups, sources);
  const kindCounts: Record<string, number> = {};
  const levelCounts: Record<RowLevel, number> = { major: 0, minor: 0, agreement: 0, single: 0 };
  for (const r of all) {
    kindCounts[r.group.kind] = (kindCounts[r.group.kind] ?? 0) + 1;
    levelCounts[r.level]++;
  }
  const filtered = all.filter((r) => (!q.kind || r.group.kind === q.kind) && (!q.diff || r.level === "major" || r.level === "minor"));
  const pageCount = Math.max(1, Math.ceil(filtered.length / MATRIX_PAGE_SIZE));
  const page = Math.min(q.page ?? 1, pageCount);
  const slice = filtered.slice((page - 1) * MATRIX_PAGE_SIZE, page * MATRIX_PAGE_SIZE);
  return {
    columns: sources.map((s) => ({ key: s.key, label: s.label, outletId: s.outletId, articleIds: s.articleIds })),
    rows: slice.map((r) => {
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
        cells: sources.map((s, i) => ({
          status: r.cells[i],
          snippet: r.cells[i] === "absent" ? null : cellSnippet(r.group, s.articleIds),
          selfContradiction: s.articleIds.some((id) => r.statuses.get(id)?.selfContradiction),
        })),
      };
    }),
    total: filtered.length,
    page,
    pageCount,
    pageSize: MATRIX_PAGE_SIZE,
    kindCounts,
    levelCounts,
    query: { kind: q.kind ?? null, diff: !!q.diff },
  };
}
