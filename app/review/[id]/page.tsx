import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { getDiscrepancyForReview } from "@/lib/data/get-discrepancy-for-review";
import { isAppError } from "@/lib/data/errors";
import { PageHeader } from "@/components/ui/page-header";
import { ChangedSinceReview, ReviewStatusBadge, SeverityLabel, kindLabel } from "@/components/review/review-badges";
import { ReviewHistory } from "@/components/review/review-history";
import { AssignControl, NoteControl, StatusControl } from "@/components/review/review-controls";

export const metadata: Metadata = { title: "Discrepancy" };
export const dynamic = "force-dynamic";

async function load(id: string) {
  try {
    return await getDiscrepancyForReview(await getCurrentUser(), id);
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
}

export default async function DiscrepancyPage({ params }: { params: Promise<{ id: string }> }) {
  const d = await load((await params).id);
  const mayChange = d.allowed.status.length > 0 || d.allowed.assign || d.allowed.note;
  return (
    <>
      <PageHeader
        long
        title={d.summary}
        eyebrow={
          <>
            <Link href="/review" className="hover:underline">Review</Link> · <Link href={`/stories/${d.story.id}`} className="hover:underline">{d.story.title}</Link>
          </>
        }
      >
        <span className="flex flex-wrap items-center gap-3 text-sm">
          <ReviewStatusBadge status={d.status} />
          <SeverityLabel severity={d.severity} />
          {d.kind !== "reviewer_flag" ? <span>{kindLabel(d.kind)}</span> : null}
          {d.origin === "reviewer" ? <span className="rounded bg-violet-50 px-1.5 text-violet-800">flagged by a reviewer</span> : <span className="text-stone-500">found by the analysis</span>}
          {d.stale ? <span className="rounded bg-stone-100 px-1.5 text-stone-600">the analysis no longer finds it</span> : null}
          {d.changedSinceReview ? <ChangedSinceReview /> : null}
          <span className="text-stone-500">Assigned to {d.assignee?.name ?? "nobody"}</span>
        </span>
      </PageHeader>
      <div className="grid gap-8 lg:grid-cols-3">
        <div className="space-y-8 lg:col-span-2">
          <section aria-labelledby="evidence-heading">
            <h2 id="evidence-heading" className="mb-3 text-lg font-semibold">Evidence</h2>
            {d.reason ? (
              <p className="mb-3 rounded-md border border-violet-200 bg-violet-50 px-3 py-2 text-sm text-violet-900">
                <span className="font-medium">Reason given: </span>
                {d.reason}
              </p>
            ) : null}
            {d.readings.length ? (
              <ul className="space-y-3">
                {d.readings.map((r, i) => (
                  <li key={i} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
                    {r.wordings.map((w) => (
                      <div key={w.articleIds.join()}>
                        <p className="text-stone-900">&ldquo;<span data-quote-of={w.articleIds.join(" ")}>{w.text}</span>&rdquo;</p>
                        <p className="mt-1 text-sm text-stone-600">
                          {w.articleIds.map((id, j) => {
                            const a = r.articles.find((x) => x.id === id);
                            return (
                              <span key={id}>
                                {j ? ", " : ""}
                                <Link href={`/articles/${id}${w.claimKeys[j] ? `#claim-${w.claimKeys[j]}` : ""}`} className="text-indigo-700 hover:underline">{a?.outlet ?? a?.title ?? "an article"}</Link>
                              </span>
                            );
                          })}
                        </p>
                      </div>
                    ))}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-stone-500">No readings recorded.</p>
            )}
            {d.differing.length ? (
              <div className="mt-3 text-sm text-stone-700">
                <h3 className="font-medium">Words that differ</h3>
                <ul className="mt-1 list-disc pl-5">
                  {d.differing.map((x, i) => (
                    <li key={i}>{x.words.join(" … ")} <span className="text-stone-500">({x.articleIds.length} article{x.articleIds.length === 1 ? "" : "s"})</span></li>
                  ))}
                </ul>
              </div>
            ) : null}
            {d.group ? (
              <p className="mt-4 text-sm">
                <Link href={`/stories/${d.story.id}/groups/${d.group.id}`} className="font-medium text-indigo-700 hover:underline">
                  See the claim group “{d.group.label}” →
                </Link>
              </p>
            ) : null}
          </section>
          <section aria-labelledby="history-heading">
            <h2 id="history-heading" className="mb-3 text-lg font-semibold">History</h2>
            <ReviewHistory events={d.events} />
          </section>
        </div>
        <aside className="space-y-4" aria-label="Review actions">
          {mayChange ? (
            <>
              <StatusControl id={d.id} status={d.status} allowed={d.allowed.status} />
              {d.allowed.assign ? <AssignControl key={d.assignee?.id ?? "nobody"} id={d.id} assigneeId={d.assignee?.id ?? null} people={d.assignees} /> : null}
              {d.allowed.note ? <NoteControl id={d.id} /> : null}
            </>
          ) : (
            <p className="rounded-lg border border-stone-200 bg-white p-4 text-sm text-stone-600">
              Reviewers and editors can change the status, assign and add notes.{" "}
              <Link href={`/sign-in?next=/review/${d.id}`} className="font-medium text-indigo-700 hover:underline">Sign in</Link> with such an account.
            </p>
          )}
        </aside>
      </div>
    </>
  );
}
