import type { Metadata } from "next";
import Link from "next/link";
import { searchClaims, SEARCH_RESULT_CAP } from "@/lib/data/search-claims";
import { listOutlets } from "@/lib/data/list-outlets";
import { PageHeader } from "@/components/ui/page-header";
import { KindBadge } from "@/components/claim/kind-badge";
import { Highlighted } from "@/components/search/highlighted";
import { excerptAround } from "@/lib/ui/highlight";
import { KIND_LABEL } from "@/lib/ui/claim-details";
import { CLAIM_KINDS } from "@/lib/analysis/types";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Search claims" };

const MATCHED: Record<string, string> = { speaker: "speaker", words: "words", outlet: "outlet" };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const q = one(sp.q).slice(0, 200);
  const kind = one(sp.kind);
  const outlet = one(sp.outlet);
  const [result, outlets] = await Promise.all([searchClaims({ q, kind, outlet }), listOutlets()]);
  const asked = result.terms.length > 0 || result.kind !== null || result.outletId !== null;
  const outletName = outlets.find((o) => o.id === result.outletId)?.name;

  return (
    <>
      <PageHeader title="Search claims">Find quotes, dates, roles, actions and numbers across every imported article, by speaker, words or outlet.</PageHeader>
      <form role="search" action="/search" method="get" className="mb-6 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-[minmax(0,1fr)_10rem_12rem_auto] sm:items-end">
        <div>
          <label htmlFor="search-q" className="mb-1 block text-xs font-medium uppercase tracking-wide text-stone-600">Speaker, words or outlet</label>
          <input id="search-q" name="q" type="search" defaultValue={q} placeholder='A name, a word, or "an exact phrase"' className="w-full rounded-md border border-stone-300 px-3 py-2 text-sm placeholder:text-stone-500 focus:border-indigo-600" />
        </div>
        <div>
          <label htmlFor="search-kind" className="mb-1 block text-xs font-medium uppercase tracking-wide text-stone-600">Kind</label>
          <select id="search-kind" name="kind" defaultValue={result.kind ?? ""} className="w-full rounded-md border border-stone-300 bg-white px-2 py-2 text-sm">
            <option value="">All kinds</option>
            {CLAIM_KINDS.map((k) => <option key={k} value={k}>{KIND_LABEL[k]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="search-outlet" className="mb-1 block text-xs font-medium uppercase tracking-wide text-stone-600">Outlet</label>
          <select id="search-outlet" name="outlet" defaultValue={result.outletId ?? ""} className="w-full rounded-md border border-stone-300 bg-white px-2 py-2 text-sm">
            <option value="">All outlets</option>
            {outlets.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-700">Search</button>
      </form>

      {!asked ? (
        <div className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center">
          <p className="font-medium text-stone-900">Search every claim in every story</p>
          <p className="mx-auto mt-1 max-w-lg text-sm text-stone-600">
            Type a speaker&apos;s name to see everything attributed to them, a word or a quoted phrase to find who said or reported it, or pick a kind and an outlet to browse.
          </p>
        </div>
      ) : result.hits.length === 0 ? (
        <div role="status" className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center">
          <p className="font-medium text-stone-900">
            No claims match{result.terms.length ? <> “{result.terms.join(" ")}”</> : null}
            {result.kind ? ` among ${KIND_LABEL[result.kind].toLowerCase()} claims` : ""}
            {outletName ? ` from ${outletName}` : ""}.
          </p>
          <p className="mt-1 text-sm text-stone-600">
            Every word must appear in the claim, its sentence, its speaker or its outlet. Try fewer words
            {result.kind || result.outletId ? <>, or <Link href={`/search?q=${encodeURIComponent(q)}`} className="font-medium text-indigo-700 underline">search all kinds and outlets</Link></> : null}.
          </p>
        </div>
      ) : (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" role="status" className="mb-3 text-sm text-stone-700">
            {result.capped || result.totalIsLowerBound ? (
              <>Showing the first <strong>{SEARCH_RESULT_CAP}</strong> of {result.totalIsLowerBound ? "more than " : ""}<strong>{result.total}</strong> matching claims. Add words or a filter to narrow down.</>
            ) : (
              <><strong>{result.total}</strong> matching claim{result.total === 1 ? "" : "s"}</>
            )}
          </h2>
          <ol className="divide-y divide-stone-100 overflow-hidden rounded-lg border border-stone-200 bg-white">
            {result.hits.map((h) => (
              <li key={h.id} className="relative px-4 py-3 hover:bg-stone-50">
                <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-stone-600">
                  <KindBadge kind={h.kind} />
                  {h.who ? <span className="font-medium text-stone-800"><Highlighted text={h.who} terms={result.terms} /></span> : null}
                  <span aria-hidden>·</span>
                  <span>{h.outlet ? <Highlighted text={h.outlet.name} terms={result.terms} /> : "Unknown outlet"}</span>
                  <span aria-hidden>·</span>
                  <span className="truncate">{h.story.title}</span>
                  {h.matchedIn.length ? <span className="ml-auto">matched in {h.matchedIn.map((m) => MATCHED[m]).join(", ")}</span> : null}
                </div>
                <Link href={`/articles/${h.article.id}#claim-${h.key}`} className="mt-1 block font-medium text-stone-900 after:absolute after:inset-0 hover:text-indigo-700">
                  <Highlighted text={excerptAround(h.text, result.terms, 160)} terms={result.terms} />
                </Link>
                {h.sentence && h.sentence !== h.text ? (
                  <p className="mt-1 text-sm text-stone-600"><Highlighted text={excerptAround(h.sentence, result.terms, 140)} terms={result.terms} /></p>
                ) : null}
                <p className="mt-1 truncate text-xs text-stone-600">in {h.article.title ?? h.article.sourceName ?? "an untitled article"}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
