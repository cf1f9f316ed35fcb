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
import { copyArticleDetail } from "@/lib/ui/copy-groups";
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

/** Articles per page of the story's list: a 200-article story's list is otherwise as heavy as its matrix. */
const ARTICLE_PAGE_SIZE = 25;
const PAGER_LINK = "rounded-md border border-stone-300 bg-white px-3 py-1 hover:bg-stone-50";
// cell styles set once on the table rather than on each of its rows
const ARTICLE_TABLE_STYLES = [
  "[&_th]:px-4 [&_th]:py-2 [&_th]:font-medium [&_td]:px-4 [&_td]:py-3 [&_tr]:align-top",
  "[&_td:first-child]:font-medium [&_td:first-child]:text-stone-900 [&_td:first-child>span]:text-stone-500 [&_td:first-child>a:hover]:underline",
  "[&_td:nth-child(2)>a]:text-indigo-700 [&_td:nth-child(2)>a:hover]:underline [&_td:nth-child(3)]:whitespace-nowrap [&_td:nth-child(3)]:text-stone-600 [&_td:nth-child(4)]:tabular-nums",
].join(" ");

function articlePage(search: Search, count: number) {
  const raw = Number(Array.isArray(search.articles) ? search.articles[0] : search.articles);
  const pageCount = Math.max(1, Math.ceil(count / ARTICLE_PAGE_SIZE));
  const page = Number.isInteger(raw) && raw >= 1 ? Math.min(raw, pageCount) : 1;
  return { page, pageCount, from: (page - 1) * ARTICLE_PAGE_SIZE, to: page * ARTICLE_PAGE_SIZE };
}

/** The same view of the story with another page of its article list. */
function articlesHref(storyId: string, search: Search, page: number): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(search)) if (k !== "articles" && typeof v === "string") p.set(k, v);
  if (page > 1) p.set("articles", String(page));
  const q = p.toString();
  return `/stories/${storyId}${q ? `?${q}` : ""}#articles-heading`;
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
        <StoryTimeline storyId={storyId} timeline={timeline} page={Number(Array.isArray(search.events) ? search.events[0] : search.events) || 1} />
      </section>
    );
  }
  if (view === "charts") {
    const charts = await getStoryCharts(storyId);
    return (
      <div id="charts" className="grid scroll-mt-4 grid-cols-1 gap-6">
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
  const articles = articlePage(search, story.articles.length);
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
                  <span key={a.id}>
                    {i ? ", " : ""}
                    <Link href={`/articles/${a.id}`} className="text-indigo-700 hover:underline">{a.label}</Link>
                    {copyArticleDetail(a, g.articles) ? <span className="text-stone-500"> ({copyArticleDetail(a, g.articles)})</span> : null}
                  </span>
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
      <section aria-labelledby="articles-heading" className="space-y-3">
        <h2 id="articles-heading" className="text-lg font-semibold">Articles</h2>
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className={`w-full text-left text-sm ${ARTICLE_TABLE_STYLES}`}>
            <thead className="bg-stone-50 text-xs uppercase tracking-wide text-stone-500">
              <tr>
                <th scope="col">Outlet</th>
                <th scope="col">Title</th>
                <th scope="col">Published</th>
                <th scope="col">Claims</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {story.articles.slice(articles.from, articles.to).map((a) => (
                <tr key={a.id}>
                  <td>{a.outlet ? <Link href={`/outlets/${a.outlet.id}`}>{a.outlet.name}</Link> : <span>Unknown outlet</span>}</td>
                  <td><Link href={`/articles/${a.id}`}>{a.title ?? "Untitled article"}</Link></td>
                  <td>{formatLocalDate(a.publishedLocal) ?? "—"}</td>
                  <td>{a.claimCount}</td>
                  <td>
                    <StatusBadge status={a.status} />
                    {a.error ? <p className="mt-1 max-w-xs text-xs text-rose-700">{a.error}</p> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {articles.pageCount > 1 ? (
          <nav aria-label="Article pages" className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
            {articles.page > 1 ? <Link rel="prev" href={articlesHref(story.id, search, articles.page - 1)} className={PAGER_LINK}>← Previous</Link> : null}
            <p className="tabular-nums">
              Articles <span className="font-medium text-stone-900">{articles.from + 1}–{Math.min(articles.to, story.articles.length)}</span> of{" "}
              <span className="font-medium text-stone-900">{story.articles.length}</span>
            </p>
            {articles.page < articles.pageCount ? <Link rel="next" href={articlesHref(story.id, search, articles.page + 1)} className={PAGER_LINK}>Next →</Link> : null}
          </nav>
        ) : null}
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
