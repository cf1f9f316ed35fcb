import Link from "next/link";
import type { StoryMatrix } from "@/lib/data/get-story-matrix";
import { STATUS_GLYPH, STATUS_LABEL } from "@/lib/data/comparison-model";
import { KIND_LABEL, KIND_SINGULAR, LEVEL_LABEL, LEVEL_TONE, Pill, REVIEW_STATUS_LABEL } from "@/components/story/labels";
import { StatusLegend } from "./status-mark";
import { DiffSwitch } from "./diff-switch";
import { CellMenu } from "./cell-menu";

// Cell styles set once on the table; each cell carries only data-status, its glyph (<i>) and its words (<span>).
const CELL_STYLES = [
  "[&_td]:min-w-[9.5rem] [&_td]:max-w-[12rem] [&_td]:border-b [&_td]:border-stone-100 [&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_td]:text-stone-800",
  "[&_td>i]:float-left [&_td>i]:mr-1.5 [&_td>i]:w-4 [&_td>i]:text-center [&_td>i]:font-semibold [&_td>i]:not-italic",
  "[&_td>span]:line-clamp-3 [&_td>span]:text-[13px] [&_td>span]:leading-snug",
  "[&_td>b]:mt-1 [&_td>b]:block [&_td>b]:text-xs [&_td>b]:font-medium [&_td>b]:text-rose-800",
  "[&_td[data-status=agrees]>i]:text-emerald-700 [&_td[data-status=sole]>i]:text-sky-700 [&_td[data-status=absent]>i]:text-stone-400",
  "[&_td[data-status=minor]]:bg-amber-50 [&_td[data-status=minor]]:text-amber-900 [&_td[data-status=minor]>i]:text-amber-700",
  "[&_td[data-status=conflicts]]:bg-rose-50 [&_td[data-status=conflicts]]:text-rose-900 [&_td[data-status=conflicts]>i]:text-rose-700",
].join(" ");

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
          <table className={`border-separate border-spacing-0 text-left text-sm ${CELL_STYLES}`}>
            <caption className="sr-only">
              Claim groups (rows) by outlet (columns). Each cell gives the outlet&apos;s reading and whether it agrees with the other outlets.
            </caption>
            <thead>
              <tr>
                <th scope="col" className="sticky left-0 top-0 z-30 min-w-[18rem] max-w-[22rem] border-b border-r border-stone-200 bg-stone-50 px-3 py-2 text-xs font-medium uppercase tracking-wide text-stone-600">
                  Claim
                </th>
                {columns.map((c) => (
                  <th key={c.key} scope="col" className="sticky top-0 z-20 min-w-[9.5rem] max-w-[12rem] border-b border-stone-200 bg-stone-50 px-3 py-2 align-bottom text-xs font-semibold text-stone-800">
                    <Link
                      href={c.outletId ? `/outlets/${c.outletId}` : `/articles/${c.articleIds[0]}`}
                      className="line-clamp-2 hover:underline"
                      title={c.outletId ? `Outlet: ${c.label}` : `Article (outlet unknown): ${c.label}`}
                    >
                      {c.label}
                    </Link>
                    {c.articleIds.length > 1 ? <span className="block font-normal text-stone-500">{c.articleIds.length} articles</span> : null}
                    {c.outletId ? null : <span className="block font-normal text-stone-500">outlet unknown</span>}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.groupId} data-group={r.groupId} className="group/row align-top">
                  <th scope="row" className="sticky left-0 z-10 min-w-[18rem] max-w-[22rem] border-b border-r border-stone-200 bg-white px-3 py-2 text-left font-normal group-hover/row:bg-stone-50">
                    <Link href={`/stories/${storyId}/groups/${r.groupId}`} className="font-medium leading-snug text-stone-900 hover:text-indigo-700 hover:underline">
                      {r.label}
                    </Link>
                    <div className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-stone-500">
                      <Pill tone={LEVEL_TONE[r.level]}>{LEVEL_LABEL[r.level]}</Pill>
                      <span>{KIND_SINGULAR[r.kind] ?? r.kind}</span>
                      <span aria-hidden>·</span>
                      <span>{r.outletCount} {r.outletCount === 1 ? "outlet" : "outlets"}</span>
                      {r.discrepancy && r.discrepancy.status !== "open" ? (
                        <>
                          <span aria-hidden>·</span>
                          <span>{REVIEW_STATUS_LABEL[r.discrepancy.status] ?? r.discrepancy.status}</span>
                        </>
                      ) : null}
                    </div>
                  </th>
                  {r.cells.map((cell, i) => (
                    // lean markup: 50 rows × 40 outlets is 2,000 cells, so styling lives on the table (CELL_STYLES)
                    <td key={columns[i].key} data-status={cell.status}>
                      <i role="img" aria-label={STATUS_LABEL[cell.status]}>{STATUS_GLYPH[cell.status]}</i>
                      {cell.snippet ? (
                        <span title={cell.snippet.resolved ?? undefined}>
                          <span data-quote-of={cell.snippet.articleId}>{cell.snippet.text}</span>
                          {cell.snippet.more ? ` (+${cell.snippet.more})` : null}
                        </span>
                      ) : null}
                      {cell.selfContradiction ? <b>contradicts itself</b> : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        </CellMenu>
      )}
      <RowPager storyId={storyId} matrix={matrix} />
    </div>
  );
}
