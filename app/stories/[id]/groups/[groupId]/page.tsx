import Link from "next/link";
import { notFound } from "next/navigation";
import { getGroup } from "@/lib/data/get-group";
import { cachedStoryPart } from "@/lib/data/page-cache";
import { isAppError } from "@/lib/data/errors";
import { STATUS_LABEL } from "@/lib/data/comparison-model";
import { isNoteKind } from "@/lib/compare/types";
import { PageHeader } from "@/components/ui/page-header";
import { shorten } from "@/lib/format";
import { FlagForm } from "@/components/review/flag-form";
import { ChangedSinceReview } from "@/components/review/review-badges";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { CollationGrid } from "@/components/variants/collation-grid";
import { ReadingsList } from "@/components/variants/readings-list";
import { STATUS_TONE, StatusGlyph, StatusLegend } from "@/components/matrix/status-mark";
import { DISCREPANCY_LABEL, KIND_SINGULAR, Pill, REVIEW_STATUS_LABEL, SEVERITY_TONE } from "@/components/story/labels";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string; groupId: string }>;

async function load(params: Params) {
  const { id, groupId } = await params;
  try {
    // kept until the story changes, like the story page's parts
    return await cachedStoryPart(id, `group ${groupId}`, () => getGroup(id, groupId));
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: { params: Params }) {
  const g = await load(params);
  return { title: g.label };
}

export default async function GroupPage({ params }: { params: Params }) {
  const g = await load(params);
  const mayFlag = can((await getCurrentUser())?.role, "discrepancy.flag");
  const conflicts = g.discrepancies.filter((d) => !d.stale && !isNoteKind(d.kind));
  const other = g.discrepancies.filter((d) => d.stale || isNoteKind(d.kind));
  // described by its outlets, quoted in the words of one of them: never one outlet's words under all their names
  const majority = g.consensus && g.outletCount > 1 ? g.readings.find((r) => r.isConsensus && r.claims.length) : undefined;
  return (
    <>
      <PageHeader
        title={g.label}
        eyebrow={
          <nav aria-label="Breadcrumb" className="flex flex-wrap gap-1.5">
            <Link href="/" className="hover:underline">Stories</Link>
            <span aria-hidden>/</span>
            <Link href={`/stories/${g.story.id}`} className="hover:underline">{g.story.title}</Link>
            <span aria-hidden>/</span>
            <span>{KIND_SINGULAR[g.kind] ?? g.kind}</span>
          </nav>
        }
      >
        {g.outletCount === 1 ? "Reported by one outlet only." : `Reported by ${g.outletCount} outlets.`}
        {majority ? (
          <>
            {" "}{majority.outlets.length} of them agree, for example{" "}
            <span className="font-medium text-stone-900">“<span data-quote-of={majority.claims[0].articleId}>{majority.claims[0].text}</span>”</span>
            {" "}({shorten(majority.claims[0].outlet.label, 40)}).
          </>
        ) : g.outletCount > 1 ? " No reading has a majority." : null}
      </PageHeader>

      <section aria-labelledby="discrepancy-heading" className="mb-8">
        <h2 id="discrepancy-heading" className="sr-only">Discrepancies</h2>
        {conflicts.length ? (
          <ul className="space-y-3">
            {conflicts.map((d) => (
              <li key={d.id} className={`rounded-lg border px-4 py-3 ${d.severity === "major" ? "border-rose-200 bg-rose-50" : "border-amber-200 bg-amber-50"}`}>
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <span className="font-semibold text-stone-900">{DISCREPANCY_LABEL[d.kind] ?? d.kind}</span>
                  <Pill tone={SEVERITY_TONE[d.severity] ?? SEVERITY_TONE.info}>{d.severity === "major" ? "✕ Major" : d.severity === "minor" ? "≈ Minor" : d.severity}</Pill>
                  <Pill tone="bg-white text-stone-700 ring-stone-300">Review: {REVIEW_STATUS_LABEL[d.status] ?? d.status}</Pill>
                  {d.changedSinceReview ? <ChangedSinceReview /> : null}
                </div>
                <p className="mt-1.5 text-sm text-stone-800">{d.summary}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
            {g.outletCount > 1 ? "✓ The outlets that report this agree." : "● Only one outlet reports this, so there is nothing to compare it with."}
          </p>
        )}
      </section>

      <section aria-labelledby="outlets-heading" className="mb-8">
        <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
          <h2 id="outlets-heading" className="text-lg font-semibold">Outlets</h2>
          <StatusLegend />
        </div>
        <ul className="flex flex-wrap gap-2">
          {g.outlets.map((o) => (
            <li key={o.key} className={`flex items-center gap-1.5 rounded-md border border-stone-200 px-2.5 py-1 text-sm ${STATUS_TONE[o.status]}`}>
              <StatusGlyph status={o.status} />
              <span className="font-medium">{o.label}</span>
              <span className="sr-only">: {STATUS_LABEL[o.status]}</span>
            </li>
          ))}
        </ul>
      </section>

      {g.variants ? (
        <section aria-labelledby="variants-heading" className="mb-8">
          <h2 id="variants-heading" className="mb-3 text-lg font-semibold">Wording, word by word</h2>
          <CollationGrid variants={g.variants} />
        </section>
      ) : null}

      <section aria-labelledby="readings-heading" className="mb-8">
        <h2 id="readings-heading" className="mb-3 text-lg font-semibold">
          {g.readings.length === 1 ? "Reading" : `${g.readings.length} readings`} and where they come from
        </h2>
        <ReadingsList group={g} />
      </section>

      {mayFlag ? (
        <section aria-labelledby="flag-heading" className="mb-8 max-w-2xl">
          <h2 id="flag-heading" className="mb-3 text-lg font-semibold">Flag for review</h2>
          <FlagForm storyId={g.story.id} target={`group:${g.id}`} />
        </section>
      ) : null}

      {other.length ? (
        <section aria-labelledby="other-heading" className="mb-8 text-sm text-stone-600">
          <h2 id="other-heading" className="mb-2 font-semibold text-stone-800">Other notes</h2>
          <ul className="list-inside list-disc space-y-1">
            {other.map((d) => (
              <li key={d.id}>
                {DISCREPANCY_LABEL[d.kind] ?? d.kind}{d.stale ? " (no longer found by the analysis)" : ""}: {d.summary} — {REVIEW_STATUS_LABEL[d.status] ?? d.status}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
