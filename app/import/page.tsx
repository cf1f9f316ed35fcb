import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { listImportStatus, listStoriesForImport } from "@/lib/data/list-stories-for-import";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { ImportForm } from "@/components/import/import-form";
import { RetryButton } from "@/components/import/retry-button";

export const metadata: Metadata = { title: "Import articles" };
export const dynamic = "force-dynamic";

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ story?: string | string[] }> }) {
  const user = await getCurrentUser();
  const raw = (await searchParams).story;
  const requested = Array.isArray(raw) ? raw[0] : raw;
  const stories = await listStoriesForImport(user);
  const selected = stories.find((s) => s.id === requested)?.id ?? null;
  const mayImport = can(user?.role, "article.add");
  const statusStory = selected ?? null;
  const statuses = statusStory ? await listImportStatus(user, statusStory) : [];

  return (
    <>
      <PageHeader title="Import articles" eyebrow={<Link href="/" className="hover:underline">Stories</Link>}>
        Add outlets&apos; articles to a story: paste them, upload files, or give a URL for the server to fetch. After the import the
        story is analysed again.
      </PageHeader>
      {!user ? (
        <div className="rounded-lg border border-amber-200 bg-amber-50 p-5 text-sm text-amber-900">
          <Link href={`/sign-in?next=${encodeURIComponent(`/import${selected ? `?story=${selected}` : ""}`)}`} className="font-medium underline">Sign in</Link>{" "}
          as a reviewer or editor to import articles.
        </div>
      ) : !mayImport ? (
        <div role="note" className="rounded-lg border border-amber-200 bg-amber-50 p-5 text-sm text-amber-900">
          You are signed in as a {user.role}. Reviewers and editors import articles; editors create stories.
        </div>
      ) : (
        <ImportForm stories={stories} selected={selected} canCreate={can(user.role, "story.create")} />
      )}
      {statusStory && statuses.length ? (
        <section aria-labelledby="status-heading" className="mt-10">
          <h2 id="status-heading" className="mb-3 text-lg font-semibold">Articles in this story</h2>
          <ul className="divide-y divide-stone-100 overflow-hidden rounded-lg border border-stone-200 bg-white text-sm">
            {statuses.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-3 px-4 py-2">
                <StatusBadge status={a.status} />
                <Link href={`/articles/${a.id}`} className="text-indigo-700 hover:underline">{a.title ?? a.sourceName ?? "Untitled article"}</Link>
                <span className="text-stone-500">{a.outlet?.name ?? ""}</span>
                {a.error ? <span className="text-rose-700">{a.error}</span> : null}
                {a.status === "failed" && can(user?.role, "article.retry") ? <RetryButton articleId={a.id} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
