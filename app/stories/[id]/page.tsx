import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { notFound } from "next/navigation";
import { getStory } from "@/lib/data/get-story";
import { isAppError } from "@/lib/data/errors";
import { PageHeader } from "@/components/ui/page-header";
import { Stat } from "@/components/ui/stat";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDate, formatLocalDate } from "@/lib/format";
import { AddArticlesLink } from "@/components/import/add-articles-link";
import { ExportLinks } from "@/components/export-links";
import { getStoryMatrix } from "@/lib/data/get-story-matrix";
import { getStoryTimeline } from "@/lib/data/get-story-timeline";
import { getStoryCharts } from "@/lib/data/get-story-charts";
import { ComparisonMatrix } from "@/components/matrix/comparison-matrix";
import { StoryTimeline } from "@/components/timeline/story-timeline";
import { AgreementHeatmap } from "@/components/charts/agreement-heatmap";
import { DivergenceChart } from "@/components/charts/divergence-chart";
import { StoryTabs, type StoryView } from "@/components/story/story-tabs";
import { AnalysisProgress } from "@/components/story/analysis-progress";

export const dynamic = "force-dynamic";

type Search = Record<string, string | string[] | undefined>;

async function load<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
}

function viewOf(search: Search): StoryView {
  const v = Array.isArray(search.view) ? search.view[0] : search.view;
  return v === "timeline" || v === "charts" ? v : "matrix";
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const story = await load(async () => getStory((await params).id));
  return { title: story.title };
}

async function ViewSection({ storyId, view, search }: { storyId: string; view: StoryView; search: Search }) {
  if (view === "timeline") {
    const timeline = await getStoryTimeline(storyId);
    return (
      <section id="timeline" aria-labelledby="timeline-heading" className="scroll-mt-4">
        <h2 id="timeline-heading" className="sr-only">Timeline</h2>
        <StoryTimeline storyId={storyId} timeline={timeline} />
      </section>
    );
  }
  if (view === "charts") {
    const charts = await getStoryCharts(storyId);
    return (
      <div id="charts" className="grid scroll-mt-4 gap-6">
        <section aria-labelledby="heatmap-heading" className="rounded-lg border border-stone-200 bg-white p-5">
          <h2 id="heatmap-heading" className="text-base font-semibold text-stone-900">Agreement by outlet and claim</h2>
          <p className="mb-4 mt-1 text-sm text-stone-600">Claims reported by two or more outlets, most contested on the left.</p>
          <AgreementHeatmap storyId={storyId} charts={charts} />
        </section>
        <section aria-labelledby="divergence-heading" className="rounded-lg border border-stone-200 bg-white p-5">
          <h2 id="divergence-heading" className="text-base font-semibold text-stone-900">How often each outlet departs from the consensus</h2>
          <p className="mb-4 mt-1 text-sm text-stone-600">Share of the claims an outlet shares with others where its reading differs from the majority reading.</p>
          <DivergenceChart charts={charts} />
        </section>
      </div>
    );
  }
  const [matrix, user] = await Promise.all([getStoryMatrix(storyId, search), getCurrentUser()]);
  return (
    <section id="matrix" aria-labelledby="matrix-heading" className="scroll-mt-4">
      <h2 id="matrix-heading" className="sr-only">Comparison matrix</h2>
      <ComparisonMatrix storyId={storyId} matrix={matrix} mayFlag={can(user?.role, "discrepancy.flag")} />
    </section>
  );
}

export default async function StoryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const { id } = await params;
  const search = await searchParams;
  const view = viewOf(search);
  const story = await load(() => getStory(id));
  const span = story.dateSpan
    ? `${formatDate(story.dateSpan.from)}${story.dateSpan.to.getTime() - story.dateSpan.from.getTime() > 86400000 ? ` – ${formatDate(story.dateSpan.to)}` : ""}`
    : "no dates";
  return (
    <>
      <PageHeader title={story.title} eyebrow={<Link href="/" className="hover:underline">Stories</Link>}>
        {story.description}
      </PageHeader>
      <div className="-mt-2 mb-6 flex flex-wrap items-center justify-between gap-3">
        <AddArticlesLink storyId={story.id} />
        <ExportLinks storyId={story.id} />
      </div>
      {search.removed ? <p role="status" className="mb-6 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">The article was removed and the story compared again.</p> : null}
      <AnalysisProgress storyId={story.id} />
      {story.comparisonError ? (
        <p role="alert" className="mb-6 rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          {story.comparisonError} The discrepancies below may be out of date; the comparison runs again with the next
          import or when the server restarts.
        </p>
      ) : null}
      <dl className="mb-8 grid grid-cols-2 gap-3 sm:grid-cols-5">
        <Stat label="Articles" value={story.articles.length} />
        <Stat label="Outlets" value={story.outletCount} />
        <Stat label="Claims" value={story.claimCount} />
        <Stat label="Open discrepancies" value={story.openDiscrepancies} />
        <Stat label="Published" value={<span className="text-base">{span}</span>} />
      </dl>
      {story.sharedCopy.length ? (
        <section aria-labelledby="copy-heading" className="mb-8 rounded-lg border border-stone-200 bg-white p-4 text-sm">
          <h2 id="copy-heading" className="font-semibold text-stone-900">Same copy</h2>
          <p className="mt-1 text-stone-600">These articles ran one text (wire copy or reprints); where they agree, they count as one independent source.</p>
          <ul className="mt-2 space-y-1">
            {story.sharedCopy.map((g) => (
              <li key={g.articles.map((a) => a.id).join()}>
                {g.articles.map((a, i) => (
                  <span key={a.id}>{i ? ", " : ""}<Link href={`/articles/${a.id}`} className="text-indigo-700 hover:underline">{a.label}</Link></span>
                ))}
                <span className="text-stone-500"> · at least {Math.round(g.share * 100)}% of their text in common</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="mb-10 space-y-5">
        <StoryTabs storyId={story.id} current={view} />
        <ViewSection storyId={story.id} view={view} search={search} />
      </div>
      <section aria-labelledby="articles-heading">
        <h2 id="articles-heading" className="mb-3 text-lg font-semibold">Articles</h2>
        <div className="overflow-hidden rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-50 text-xs uppercase tracking-wide text-stone-500">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">Outlet</th>
                <th scope="col" className="px-4 py-2 font-medium">Title</th>
                <th scope="col" className="px-4 py-2 font-medium">Published</th>
                <th scope="col" className="px-4 py-2 font-medium">Claims</th>
                <th scope="col" className="px-4 py-2 font-medium">Status</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {story.articles.map((a) => (
                <tr key={a.id} className="align-top">
                  <td className="px-4 py-3 font-medium text-stone-900">
                    {a.outlet ? <Link href={`/outlets/${a.outlet.id}`} className="hover:underline">{a.outlet.name}</Link> : <span className="text-stone-500">Unknown outlet</span>}
                  </td>
                  <td className="px-4 py-3">
                    <Link href={`/articles/${a.id}`} className="text-indigo-700 hover:underline">{a.title ?? "Untitled article"}</Link>
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 text-stone-600">{formatLocalDate(a.publishedLocal) ?? "—"}</td>
                  <td className="px-4 py-3 tabular-nums">{a.claimCount}</td>
                  <td className="px-4 py-3">
                    <StatusBadge status={a.status} />
                    {a.error ? <p className="mt-1 max-w-xs text-xs text-rose-700">{a.error}</p> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {story.history.length ? (
        <section aria-labelledby="history-heading" className="mt-8">
          <h2 id="history-heading" className="mb-3 text-lg font-semibold">Changes to the articles</h2>
          <ul className="space-y-1.5 text-sm text-stone-700">
            {story.history.map((e) => (
              <li key={e.id}>
                <span className="text-stone-500">{formatDate(e.at)}</span> · <span className="font-medium">{e.actor ?? "Someone"}</span>{" "}
                {STORY_EVENT_LABEL[e.action] ?? e.action} {e.note}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

const STORY_EVENT_LABEL: Record<string, string> = { article_edited: "corrected", article_removed: "removed" };
