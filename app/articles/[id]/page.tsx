import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getArticle, type ArticleDetail } from "@/lib/data/get-article";
import { isAppError } from "@/lib/data/errors";
import { PageHeader } from "@/components/ui/page-header";
import { ClaimBody } from "@/components/article/claim-body";
import { ClaimReader, type ReaderClaim } from "@/components/article/claim-reader";
import { RawView } from "@/components/article/raw-view";
import { ArticleMeta } from "@/components/article/article-meta";
import { ArticleEditor } from "@/components/article/article-editor";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { claimDetails, claimHeadline, describeClaim, KIND_CUE, KIND_PLURAL } from "@/lib/ui/claim-details";
import { CLAIM_KINDS, type Claim } from "@/lib/analysis/types";
import "@/components/article/claims.css";

export const dynamic = "force-dynamic";

async function load(id: string) {
  try {
    return await getArticle(id);
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  try {
    const a = await getArticle((await params).id);
    return { title: a.title ?? "Untitled article" };
  } catch {
    return { title: "Article" };
  }
}

function readerClaims(a: ArticleDetail, mayFlag: boolean): Record<string, ReaderClaim> {
  const out: Record<string, ReaderClaim> = {};
  for (const c of a.claims) {
    const claim = { ...c.claim, kind: c.kind, text: c.text } as Claim;
    out[c.key] = {
      key: c.key,
      kind: c.kind,
      kindLabel: c.kind,
      cue: KIND_CUE[c.kind],
      headline: claimHeadline(claim),
      text: c.text,
      details: claimDetails(claim),
      groups: c.groups.map((g) => ({
        id: g.id,
        label: g.label,
        href: `/stories/${a.story.id}/groups/${g.id}`,
        consensus: g.consensus,
        departs: g.departs,
        readingCount: g.readingCount,
        articleCount: g.articleCount,
      })),
      // a claim compared with others is flagged with its group, a claim on its own by itself
      flagHref: mayFlag ? `/review/flag?story=${a.story.id}&target=${c.groups[0] ? `group:${c.groups[0].id}` : `claim:${c.id}`}` : null,
    };
  }
  return out;
}

function ViewSwitch({ id, raw }: { id: string; raw: boolean }) {
  const base = "rounded-md px-3 py-1.5 text-sm font-medium";
  const on = `${base} bg-white text-stone-900 shadow-sm ring-1 ring-stone-200`;
  const off = `${base} text-stone-600 hover:text-stone-900`;
  return (
    <nav aria-label="Article view" className="inline-flex rounded-lg bg-stone-100 p-1">
      <Link href={`/articles/${id}`} aria-current={raw ? undefined : "page"} className={raw ? off : on}>Claims</Link>
      <Link href={`/articles/${id}?view=raw`} aria-current={raw ? "page" : undefined} className={raw ? on : off}>Raw input</Link>
    </nav>
  );
}

export default async function ArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ view?: string }> }) {
  const a = await load((await params).id);
  const raw = (await searchParams).view === "raw";
  const role = (await getCurrentUser())?.role;
  const mayEdit = can(role, "article.edit");
  const kinds = CLAIM_KINDS.map((kind) => ({ kind, label: KIND_PLURAL[kind], cue: KIND_CUE[kind], count: a.claims.filter((c) => c.kind === kind).length }));
  const byKey = new Map(a.claims.map((c) => [c.key, c]));
  return (
    <>
      <PageHeader
        title={a.title ?? "Untitled article"}
        eyebrow={<Link href={`/stories/${a.story.id}`} className="hover:underline">{a.story.title}</Link>}
      >
        <span className="text-sm">
          {a.outlet ? <Link href={`/outlets/${a.outlet.id}`} className="font-medium text-stone-800 hover:underline">{a.outlet.name}</Link> : <span>Unknown outlet</span>}
        </span>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-8">
        <section aria-label={raw ? "Raw input" : "Article text"} className="min-w-0 rounded-lg border border-stone-200 bg-white">
          <div className="flex flex-wrap items-center justify-between gap-3 border-b border-stone-200 px-5 py-3">
            <ViewSwitch id={a.id} raw={raw} />
            <p className="text-xs text-stone-600">{raw ? "Struck-through lines were removed as boilerplate." : `${a.claims.length} claims highlighted in the cleaned text.`}</p>
          </div>
          <div className="px-5 py-5 sm:px-7 sm:py-6">
            {raw ? (
              <RawView segments={a.segments} rawInput={a.rawInput} />
            ) : a.body ? (
              <ClaimReader claims={readerClaims(a, can(role, "discrepancy.flag"))} kinds={kinds}>
                <div className="max-w-[70ch] text-[17px] leading-[1.85] text-stone-900">
                  <ClaimBody body={a.body} claims={a.claims.map((c) => ({ key: c.key, kind: c.kind, start: c.start, end: c.end }))} />
                </div>
              </ClaimReader>
            ) : (
              <div className="space-y-3">
                <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
                  {a.status === "failed" ? "No text could be extracted from this article." : "This article has not been analysed yet."} The input as given is shown under <Link href={`/articles/${a.id}?view=raw`} className="font-medium underline">Raw input</Link>.
                </p>
              </div>
            )}
          </div>
          {!raw && a.body ? (
            <div hidden>
              {[...byKey.values()].map((c) => (
                <span key={c.key} id={`claim-desc-${c.key}`}>{describeClaim({ ...c.claim, kind: c.kind, text: c.text } as Claim)}</span>
              ))}
            </div>
          ) : null}
        </section>
        <aside className="space-y-4 lg:sticky lg:top-4 lg:self-start">
          <ArticleMeta
            outlet={a.outlet}
            sourceName={a.sourceName}
            url={a.url}
            publishedLocal={a.publishedLocal}
            publishedSource={a.publishedSource}
            publishedText={a.publishedText}
            status={a.status}
            error={a.error}
            inputType={a.inputType}
            story={a.story}
            kinds={kinds}
            total={a.claims.length}
          />
          {mayEdit ? <ArticleEditor id={a.id} outlet={a.outlet?.name ?? null} title={a.title} publishedAt={a.publishedLocal} /> : null}
        </aside>
      </div>
    </>
  );
}
