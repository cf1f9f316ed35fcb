import Link from "next/link";
import { notFound } from "next/navigation";
import { getStory } from "@/lib/data/get-story";
import { isAppError } from "@/lib/data/errors";
import { PageHeader } from "@/components/ui/page-header";
import { Stat } from "@/components/ui/stat";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDate, formatLocalDate } from "@/lib/format";

export const dynamic = "force-dynamic";

async function load(id: string) {
  try {
    return await getStory(id);
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
}

export default async function StoryPage({ params }: { params: Promise<{ id: string }> }) {
  const story = await load((await params).id);
  const span = story.dateSpan
    ? `${formatDate(story.dateSpan.from)}${story.dateSpan.to.getTime() - story.dateSpan.from.getTime() > 86400000 ? ` – ${formatDate(story.dateSpan.to)}` : ""}`
    : "no dates";
  return (
    <>
      <PageHeader title={story.title} eyebrow={<Link href="/" className="hover:underline">Stories</Link>}>
        {story.description}
      </PageHeader>
      <dl className="mb-8 grid grid-cols-2 gap-3 sm:grid-cols-5">
        <Stat label="Articles" value={story.articles.length} />
        <Stat label="Outlets" value={story.outletCount} />
        <Stat label="Claims" value={story.claimCount} />
        <Stat label="Open discrepancies" value={story.openDiscrepancies} />
        <Stat label="Published" value={<span className="text-base">{span}</span>} />
      </dl>
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
                    <Link href={`/articles/${a.id}`} className="text-indigo-700 hover:underline">{a.title ?? a.sourceName ?? "Untitled article"}</Link>
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
    </>
  );
}
