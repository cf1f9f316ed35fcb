import Link from "next/link";
import { notFound } from "next/navigation";
import { getArticle } from "@/lib/data/get-article";
import { isAppError } from "@/lib/data/errors";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatLocalDate, PUBLISHED_SOURCE_LABEL } from "@/lib/format";

export const dynamic = "force-dynamic";

async function load(id: string) {
  try {
    return await getArticle(id);
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
}

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const a = await load((await params).id);
  const text = a.body ?? a.rawInput;
  return (
    <>
      <PageHeader title={a.title ?? a.sourceName ?? "Untitled article"} eyebrow={<Link href={`/stories/${a.story.id}`} className="hover:underline">{a.story.title}</Link>} />
      <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
        <article className="rounded-lg border border-stone-200 bg-white p-6 leading-relaxed">
          {text.split(/\n\s*\n/).map((p, i) => (
            <p key={i} className="mb-4 whitespace-pre-line last:mb-0">{p}</p>
          ))}
        </article>
        <aside className="space-y-4 text-sm">
          <dl className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
            <div><dt className="text-xs uppercase tracking-wide text-stone-500">Outlet</dt><dd className="font-medium">{a.outlet?.name ?? "Unknown"}</dd></div>
            <div>
              <dt className="text-xs uppercase tracking-wide text-stone-500">Published</dt>
              <dd>{formatLocalDate(a.publishedLocal) ?? "Unknown"}{a.publishedSource ? <span className="block text-xs text-stone-500">{PUBLISHED_SOURCE_LABEL[a.publishedSource] ?? a.publishedSource}{a.publishedText ? `: “${a.publishedText}”` : ""}</span> : null}</dd>
            </div>
            <div><dt className="text-xs uppercase tracking-wide text-stone-500">Status</dt><dd><StatusBadge status={a.status} />{a.error ? <p className="mt-1 text-rose-700">{a.error}</p> : null}</dd></div>
            <div><dt className="text-xs uppercase tracking-wide text-stone-500">Input</dt><dd>{a.inputType}{a.sourceName ? ` · ${a.sourceName}` : ""}</dd></div>
            <div><dt className="text-xs uppercase tracking-wide text-stone-500">Claims</dt><dd className="tabular-nums">{a.claims.length}</dd></div>
          </dl>
        </aside>
      </div>
    </>
  );
}
