import Link from "next/link";
import type { StoryMatrix } from "@/lib/data/get-story-matrix";
import { STATUS_GLYPH, STATUS_LABEL, type CellStatus } from "@/lib/data/comparison-model";
import { KIND_LABEL } from "@/components/story/labels";
import { StatusLegend } from "./status-mark";
import { DiffSwitch } from "./diff-switch";
import { CellMenu } from "./cell-menu";
import { MatrixTable, type CompactCell, type CompactColumn, type CompactRow } from "./matrix-table";

const STATUS_ORDER: CellStatus[] = ["agrees", "minor", "conflicts", "sole", "absent"];
const STATUS_INDEX = new Map(STATUS_ORDER.map((s, i) => [s, i]));
const STATUSES = STATUS_ORDER.map((status) => ({ status, glyph: STATUS_GLYPH[status], label: STATUS_LABEL[status] }));

function compactColumns(matrix: StoryMatrix): CompactColumn[] {
  return matrix.columns.map((c) => ({
    key: c.key,
    label: c.label,
    href: c.outletId ? `/outlets/${c.outletId}` : `/articles/${c.articleIds[0]}`,
    title: c.outletId ? `Outlet: ${c.label}` : `Article (outlet unknown): ${c.label}`,
    notes: [...(c.articleIds.length > 1 ? [`${c.articleIds.length} articles`] : []), ...(c.outletId ? [] : ["outlet unknown"])],
  }));
}

function compactRows(matrix: StoryMatrix): CompactRow[] {
  return matrix.rows.map((r) => ({
    groupId: r.groupId,
    label: r.label,
    level: r.level,
    kind: r.kind,
    outletCount: r.outletCount,
    review: r.discrepancy && r.discrepancy.status !== "open" ? r.discrepancy.status : null,
    cells: r.cells.map((c) => {
      const sn = c.snippet;
      const cell: CompactCell = [STATUS_INDEX.get(c.status)!, sn?.text ?? null, sn?.articleId ?? null, sn?.more || null, sn?.resolved ?? null, c.selfContradiction ? 1 : null];
      // trailing empty fields are left out: each cell is a few bytes of the page
      while (cell.length > 1 && cell[cell.length - 1] === null) cell.pop();
      return cell;
    }),
  }));
}

type Query = { kind?: string | null; diff?: boolean; page?: number; outlets?: number };

export function matrixHref(storyId: string, q: Query): string {
  const p = new URLSearchParams();
  if (q.kind) p.set("kind", q.kind);
  if (q.diff) p.set("diff", "1");
  if (q.page && q.page > 1) p.set("page", String(q.page));
  if (q.outlets && q.outlets > 1) p.set("outlets", String(q.outlets));
  const s = p.toString();
  return `/stories/${storyId}${s ? `?${s}` : ""}#matrix`;
}

function FilterLink({ href, active, children }: { href: string; active: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={active ? "true" : undefined}
      className={`inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm ${
        active ? "border-indigo-600 bg-indigo-600 text-white" : "border-stone-300 bg-white text-stone-700 hover:border-stone-400 hover:bg-stone-50"
      }`}
    >
      {children}
    </Link>
  );
}

export function MatrixFilters({ storyId, matrix }: { storyId: string; matrix: StoryMatrix }) {
  const { kind, diff } = matrix.query;
  // a filter keeps the outlets in view; the rows start again at their first page
  const outlets = matrix.outlets.page;
  const total = Object.values(matrix.kindCounts).reduce((a, b) => a + b, 0);
  const kinds = Object.keys(KIND_LABEL).filter((k) => matrix.kindCounts[k]);
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
      <nav aria-label="Claim kind" className="flex flex-wrap items-center gap-2">
        <FilterLink href={matrixHref(storyId, { diff, outlets })} active={!kind}>
          All <span className="tabular-nums opacity-80">{total}</span>
        </FilterLink>
        {kinds.map((k) => (
          <FilterLink key={k} href={matrixHref(storyId, { kind: k, diff, outlets })} active={kind === k}>
            {KIND_LABEL[k]} <span className="tabular-nums opacity-80">{matrix.kindCounts[k]}</span>
          </FilterLink>
        ))}
      </nav>
      <DiffSwitch href={matrixHref(storyId, { kind, diff: !diff, outlets })} on={diff} />
    </div>
  );
}

const PAGER_LINK = "rounded-md border border-stone-300 bg-white px-3 py-1 hover:bg-stone-50";

/** Previous / next links around "what is shown of how many", for the rows or the outlets. */
function Pager({ label, shown, prev, next }: { label: string; shown: React.ReactNode; prev: string | null; next: string | null }) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
      {prev ? <Link rel="prev" href={prev} className={PAGER_LINK}>← Previous</Link> : null}
      <p className="tabular-nums">{shown}</p>
      {next ? <Link rel="next" href={next} className={PAGER_LINK}>Next →</Link> : null}
    </nav>
  );
}

const range = (page: number, size: number, total: number) => (total === 0 ? "0" : `${(page - 1) * size + 1}–${Math.min(total, page * size)}`);

function OutletPager({ storyId, matrix }: { storyId: string; matrix: StoryMatrix }) {
  const { page, pageCount, pageSize, total } = matrix.outlets;
  if (pageCount < 2) return null;
  const q = { kind: matrix.query.kind, diff: matrix.query.diff, page: matrix.page };
  return (
    <Pager
      label="Matrix outlets"
      shown={<>Outlets <span className="font-medium text-stone-900">{range(page, pageSize, total)}</span> of <span className="font-medium text-stone-900">{total}</span></>}
      prev={page > 1 ? matrixHref(storyId, { ...q, outlets: page - 1 }) : null}
      next={page < pageCount ? matrixHref(storyId, { ...q, outlets: page + 1 }) : null}
    />
  );
}

function RowPager({ storyId, matrix }: { storyId: string; matrix: StoryMatrix }) {
  const { page, pageCount, pageSize, total } = matrix;
  const q = { kind: matrix.query.kind, diff: matrix.query.diff, outlets: matrix.outlets.page };
  return (
    <Pager
      label="Matrix pages"
      shown={
        <>
          Claim groups <span className="font-medium text-stone-900">{range(page, pageSize, total)}</span> of <span className="font-medium text-stone-900">{total}</span>
          {pageCount > 1 ? ` · page ${page} of ${pageCount}` : null}
        </>
      }
      prev={page > 1 ? matrixHref(storyId, { ...q, page: page - 1 }) : null}
      next={page < pageCount ? matrixHref(storyId, { ...q, page: page + 1 }) : null}
    />
  );
}

export function ComparisonMatrix({ storyId, matrix, mayFlag = false }: { storyId: string; matrix: StoryMatrix; mayFlag?: boolean }) {
  const { columns, rows } = matrix;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <MatrixFilters storyId={storyId} matrix={matrix} />
        <StatusLegend />
      </div>
      <OutletPager storyId={storyId} matrix={matrix} />
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600">
          {matrix.query.diff || matrix.query.kind ? "No claim groups match these filters." : "No claims have been compared yet."}
        </p>
      ) : (
        <CellMenu storyId={storyId} outlets={columns.map((c) => c.label)} mayFlag={mayFlag}>
        <div
          className="relative max-h-[75vh] overflow-auto rounded-lg border border-stone-200 bg-white shadow-sm"
          tabIndex={0}
          role="region"
          aria-label="Comparison matrix, scrollable"
        >
          <MatrixTable storyId={storyId} columns={compactColumns(matrix)} rows={compactRows(matrix)} statuses={STATUSES} />
        </div>
        </CellMenu>
      )}
      <RowPager storyId={storyId} matrix={matrix} />
    </div>
  );
}
