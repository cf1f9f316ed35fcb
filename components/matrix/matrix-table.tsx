"use client";

import Link from "next/link";
import { KIND_SINGULAR, LEVEL_LABEL, LEVEL_TONE, Pill, REVIEW_STATUS_LABEL } from "@/components/story/labels";

/**
 * The matrix table, rendered from compact rows. A server component's markup travels twice, as HTML
 * and again as the RSC payload inlined in the page; from a client component only its props do, so a
 * page of 600 cells ships its cells once as markup and once as these short tuples.
 */

/** [status (index into the page's statuses), the outlet's words, the article they are from, further readings, the value they resolve to, 1 when the outlet contradicts itself] */
export type CompactCell = [status: number, text?: string | null, articleId?: string | null, more?: number | null, resolved?: string | null, selfContradiction?: 1 | null];

export interface CompactRow {
  groupId: string;
  label: string;
  level: string;
  kind: string;
  outletCount: number;
  /** the review status of the row's discrepancy, when it is no longer open */
  review: string | null;
  cells: CompactCell[];
}

export interface CompactColumn {
  key: string;
  label: string;
  href: string;
  title: string;
  /** "3 articles", "outlet unknown" */
  notes: string[];
}

// Cell and row-header styles set once on the table; each cell carries only data-status, its glyph (<i>) and its words.
const TABLE_STYLES = [
  "[&_td]:min-w-[9.5rem] [&_td]:max-w-[12rem] [&_td]:border-b [&_td]:border-stone-100 [&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_td]:text-stone-800",
  "[&_td>i]:float-left [&_td>i]:mr-1.5 [&_td>i]:w-4 [&_td>i]:text-center [&_td>i]:font-semibold [&_td>i]:not-italic",
  "[&_td>span]:line-clamp-3 [&_td>span]:text-[13px] [&_td>span]:leading-snug [&_td>small]:text-xs",
  "[&_td>b]:mt-1 [&_td>b]:block [&_td>b]:text-xs [&_td>b]:font-medium [&_td>b]:text-rose-800",
  "[&_td[data-status=agrees]>i]:text-emerald-700 [&_td[data-status=sole]>i]:text-sky-700 [&_td[data-status=absent]>i]:text-stone-400",
  "[&_td[data-status=minor]]:bg-amber-50 [&_td[data-status=minor]]:text-amber-900 [&_td[data-status=minor]>i]:text-amber-700",
  "[&_td[data-status=conflicts]]:bg-rose-50 [&_td[data-status=conflicts]]:text-rose-900 [&_td[data-status=conflicts]>i]:text-rose-700",
  "[&_tbody_th]:sticky [&_tbody_th]:left-0 [&_tbody_th]:z-10 [&_tbody_th]:min-w-[18rem] [&_tbody_th]:max-w-[22rem] [&_tbody_th]:border-b [&_tbody_th]:border-r [&_tbody_th]:border-stone-200 [&_tbody_th]:bg-white [&_tbody_th]:px-3 [&_tbody_th]:py-2 [&_tbody_th]:text-left [&_tbody_th]:font-normal [&_tr:hover>th]:bg-stone-50",
  "[&_tbody_th>a]:font-medium [&_tbody_th>a]:leading-snug [&_tbody_th>a]:text-stone-900 [&_tbody_th>a:hover]:text-indigo-700 [&_tbody_th>a:hover]:underline",
  "[&_tbody_th>div]:mt-1 [&_tbody_th>div]:flex [&_tbody_th>div]:flex-wrap [&_tbody_th>div]:items-center [&_tbody_th>div]:gap-1.5 [&_tbody_th>div]:text-xs [&_tbody_th>div]:text-stone-500",
].join(" ");

export function MatrixTable({ storyId, columns, rows, statuses }: {
  storyId: string;
  columns: CompactColumn[];
  rows: CompactRow[];
  /** per status index: its glyph and its words */
  statuses: { status: string; glyph: string; label: string }[];
}) {
  return (
    <table className={`border-separate border-spacing-0 text-left text-sm ${TABLE_STYLES}`}>
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
              <Link href={c.href} className="line-clamp-2 hover:underline" title={c.title}>
                {c.label}
              </Link>
              {c.notes.map((n) => <span key={n} className="block font-normal text-stone-500">{n}</span>)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.groupId} data-group={r.groupId} className="align-top">
            <th scope="row">
              <Link href={`/stories/${storyId}/groups/${r.groupId}`}>{r.label}</Link>
              <div>
                <Pill tone={LEVEL_TONE[r.level]}>{LEVEL_LABEL[r.level]}</Pill>
                <span>{KIND_SINGULAR[r.kind] ?? r.kind}</span>
                <span aria-hidden>·</span>
                <span>{r.outletCount} {r.outletCount === 1 ? "outlet" : "outlets"}</span>
                {r.review ? (
                  <>
                    <span aria-hidden>·</span>
                    <span>{REVIEW_STATUS_LABEL[r.review] ?? r.review}</span>
                  </>
                ) : null}
              </div>
            </th>
            {r.cells.map(([status, text, articleId, more, resolved, selfContradiction], i) => {
              const s = statuses[status];
              return (
                <td key={i} data-status={s.status}>
                  <i role="img" aria-label={s.label}>{s.glyph}</i>
                  {/* only the outlet's own words inside data-quote-of; the count of further readings beside them */}
                  {text && articleId ? <span data-quote-of={articleId} title={resolved ?? undefined}>{text}</span> : null}
                  {more ? <small> (+{more})</small> : null}
                  {selfContradiction ? <b>contradicts itself</b> : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
