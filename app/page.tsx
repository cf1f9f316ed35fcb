import Link from "next/link";
import { listStories } from "@/lib/data/list-stories";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const stories = await listStories();
  return (
    <>
      <PageHeader title="Stories">
        Each story gathers several outlets&apos; articles about one event, with their claims aligned side by side.
      </PageHeader>
      {stories.length === 0 ? (
        <div className="rounded-lg border border-dashed border-stone-300 bg-white p-10 text-center text-stone-600">
          No stories yet. <Link href="/import" className="font-medium text-indigo-700 underline">Import articles</Link> to start one.
        </div>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {stories.map((s) => (
            <li key={s.id}>
              <Link
                href={`/stories/${s.id}`}
                className="block h-full rounded-lg border border-stone-200 bg-white p-5 shadow-sm transition hover:border-indigo-300 hover:shadow"
              >
                <h2 className="text-lg font-semibold leading-snug text-stone-900">{s.title}</h2>
                {s.description ? <p className="mt-1 line-clamp-2 text-sm text-stone-600">{s.description}</p> : null}
                <dl className="mt-4 flex flex-wrap gap-x-5 gap-y-1 text-sm text-stone-600">
                  <div><dt className="inline">Articles </dt><dd className="inline font-semibold tabular-nums text-stone-900">{s.articleCount}</dd></div>
                  <div><dt className="inline">Outlets </dt><dd className="inline font-semibold tabular-nums text-stone-900">{s.outletCount}</dd></div>
                  <div><dt className="inline">Claims </dt><dd className="inline font-semibold tabular-nums text-stone-900">{s.claimCount}</dd></div>
                  <div><dt className="inline">Open discrepancies </dt><dd className="inline font-semibold tabular-nums text-stone-900">{s.openDiscrepancies}</dd></div>
                </dl>
                <p className="mt-3 text-xs text-stone-500">Updated {formatDate(s.updatedAt)}</p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
