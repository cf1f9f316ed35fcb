import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { listDiscrepanciesForReview } from "@/lib/data/list-discrepancies-for-review";
import { REVIEW_STATUSES, STATUS_LABEL, type ReviewStatus } from "@/lib/data/review-transitions";
import { BulkReview } from "@/components/review/bulk-review";
import { BULK_FORM } from "@/components/review/bulk-form-id";
import { PageHeader } from "@/components/ui/page-header";
import { FilterSelect } from "@/components/ui/filter-select";
import { ChangedSinceReview, ReviewStatusBadge, SeverityLabel, kindLabel } from "@/components/review/review-badges";
import { formatDate, shorten } from "@/lib/format";

export const metadata: Metadata = { title: "Review" };
export const dynamic = "force-dynamic";

const one = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().max(200).optional().catch(undefined));
const Filters = z.object({ status: one, kind: one, severity: one, outlet: one, assignee: one, story: one, confidence: one });

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await getCurrentUser();
  const filters = Filters.parse(await searchParams);
  const queue = await listDiscrepanciesForReview(user, filters);
  const active = Object.values(filters).some(Boolean);
  const mayReview = can(user?.role, "discrepancy.status");
  return (
    <>
      <PageHeader title="Review">
        Discrepancies across stories, found by the analysis or flagged by reviewers.{" "}
        {can(user?.role, "discrepancy.flag") ? (
          <Link href="/review/flag" className="font-medium text-indigo-700 hover:underline">Flag a claim</Link>
        ) : null}
      </PageHeader>
      <form method="get" className="mb-6 grid grid-cols-2 gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-8" aria-label="Filters">
        <FilterSelect
          name="status"
          label="Status"
          value={filters.status}
          anyLabel="Open or in review"
          options={[...queue.options.statuses.map((s) => ({ value: s, label: STATUS_LABEL[s as ReviewStatus] ?? s })), { value: "all", label: "Any status" }]}
        />
        <FilterSelect name="kind" label="Kind" value={filters.kind} options={queue.options.kinds.map((k) => ({ value: k, label: kindLabel(k) }))} />
        <FilterSelect name="severity" label="Severity" value={filters.severity} options={queue.options.severities.map((s) => ({ value: s, label: s }))} />
        <FilterSelect
          name="confidence"
          label="Confidence"
          value={filters.confidence}
          anyLabel="Calibrated"
          options={[{ value: "low", label: "Low-confidence candidates" }]}
        />
        <FilterSelect name="outlet" label="Outlet" value={filters.outlet} options={queue.options.outlets.map((o) => ({ value: o.id, label: o.name }))} />
        <FilterSelect
          name="assignee"
          label="Assignee"
          value={filters.assignee}
          anyLabel="Anyone"
          options={[
            ...(user ? [{ value: "me", label: "Me" }] : []),
            { value: "none", label: "Nobody" },
            ...queue.options.assignees.map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
        <FilterSelect
          name="story"
          label="Story"
          value={filters.story}
          options={queue.options.stories.map((st) => ({ value: st.id, label: st.title.length > 40 ? `${st.title.slice(0, 38)}…` : st.title }))}
        />
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded-md bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800">Filter</button>
          {active ? <Link href="/review" className="px-1 py-1.5 text-sm text-stone-600 hover:underline">Clear</Link> : null}
        </div>
      </form>
      <p className="mb-2 text-sm text-stone-600" aria-live="polite">
        {queue.total} discrepanc{queue.total === 1 ? "y" : "ies"}
        {queue.total > queue.rows.length ? `, the ${queue.rows.length} most serious shown` : ""}
      </p>
      {queue.rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-stone-300 bg-white p-10 text-center text-stone-600">Nothing matches these filters.</div>
      ) : (
        <>
        {mayReview ? <BulkReview statuses={REVIEW_STATUSES.filter((s) => s !== "resolved")} people={queue.options.assignees} /> : null}
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-50 text-xs uppercase tracking-wide text-stone-500">
              <tr>
                {mayReview ? <th scope="col" className="w-8 px-3 py-2"><span className="sr-only">Select</span></th> : null}
                <th scope="col" className="px-4 py-2 font-medium">Discrepancy</th>
                <th scope="col" className="px-4 py-2 font-medium">Status</th>
                <th scope="col" className="px-4 py-2 font-medium">Outlets</th>
                <th scope="col" className="px-4 py-2 font-medium">Assignee</th>
                <th scope="col" className="px-4 py-2 font-medium">Updated</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {queue.rows.map((d) => (
                <tr key={d.id} className="align-top">
                  {mayReview ? (
                    <td className="px-3 py-3">
                      <input type="checkbox" name="ids" value={d.id} form={BULK_FORM} aria-label={`Select: ${d.summary}`} />
                    </td>
                  ) : null}
                  <td className="px-4 py-3">
                    <div className="flex items-center gap-2 text-xs text-stone-500">
                      <SeverityLabel severity={d.severity} />
                      {d.kind !== "reviewer_flag" ? <span>{kindLabel(d.kind)}</span> : null}
                      {d.origin === "reviewer" ? <span className="rounded bg-violet-50 px-1.5 text-violet-800">reviewer flag</span> : null}
                      {d.stale ? <span className="rounded bg-stone-100 px-1.5">no longer found</span> : null}
                      {d.changedSinceReview ? <ChangedSinceReview /> : null}
                    </div>
                    <Link href={`/review/${d.id}`} className="mt-0.5 block font-medium text-indigo-700 hover:underline">{d.summary}</Link>
                    <span className="text-xs text-stone-500">{d.story.title}</span>
                  </td>
                  <td className="px-4 py-3"><ReviewStatusBadge status={d.status} /></td>
                  <td className="px-4 py-3 text-stone-600">{d.outlets.map((o) => shorten(o, 32)).join(", ") || "—"}</td>
                  <td className="px-4 py-3 text-stone-600">{d.assignee?.name ?? "—"}</td>
                  <td className="whitespace-nowrap px-4 py-3 text-stone-600">{formatDate(d.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        </>
      )}
    </>
  );
}
