import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getOutlet } from "@/lib/data/get-outlet";
import { isAppError } from "@/lib/data/errors";
import { PageHeader } from "@/components/ui/page-header";
import { Stat } from "@/components/ui/stat";
import { StatusBadge } from "@/components/ui/status-badge";
import { KindBadge } from "@/components/claim/kind-badge";
import { ClaimList } from "@/components/outlet/claim-list";
import { formatLocalDate } from "@/lib/format";
import { KIND_PLURAL } from "@/lib/ui/claim-details";
import { CLAIM_KINDS, type ClaimKind } from "@/lib/analysis/types";

export const dynamic = "force-dynamic";

async function load(id: string) {
  try {
    return await getOutlet(id);
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  try {
    return { title: (await getOutlet((await params).id)).name };
  } catch {
    return { title: "Outlet" };
  }
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

export default async function OutletPage({ params }: { params: Promise<{ id: string }> }) {
  const o = await load((await params).id);
  const compared = o.stories.reduce((n, s) => n + (s.divergence?.compared ?? 0), 0);
  const departures = o.stories.reduce((n, s) => n + (s.divergence?.departures.length ?? 0), 0);
  const single = o.stories.reduce((n, s) => n + (s.divergence?.singleSource.length ?? 0), 0);
  return (
    <>
      <PageHeader title={o.name} eyebrow={<Link href="/outlets" className="hover:underline">Outlets</Link>}>
        {o.domain ? <span className="font-mono text-sm">{o.domain}</span> : null}
      </PageHeader>
      <dl className="mb-8 grid grid-cols-2 gap-3 sm:grid-cols-5">
        <Stat label="Stories" value={o.stories.length} />
        <Stat label="Articles" value={o.articleCount} />
        <Stat label="Claims" value={o.claimCount} />
        <Stat label="Divergence" value={compared ? pct(departures / compared) : "—"} />
        <Stat label="Single-source" value={single} />
      </dl>
      {o.stories.length === 0 ? <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">This outlet has no articles yet.</p> : null}
      <div className="space-y-10">
        {o.stories.map((s) => {
          const d = s.divergence;
          const kinds = CLAIM_KINDS.filter((k) => s.claims[k]?.length);
          return (
            <section key={s.id} aria-labelledby={`story-${s.id}`} className="space-y-4">
              <h2 id={`story-${s.id}`} className="text-lg font-semibold tracking-tight">
                <Link href={`/stories/${s.id}`} className="hover:underline">{s.title}</Link>
              </h2>
              <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
                <div className="rounded-lg border border-stone-200 bg-white">
                  <h3 className="border-b border-stone-200 px-4 py-2.5 text-sm font-semibold">Articles</h3>
                  <table className="w-full text-sm">
                    <thead className="sr-only"><tr><th>Title</th><th>Published</th><th>Status</th><th>Claims</th></tr></thead>
                    <tbody className="divide-y divide-stone-100">
                      {s.articles.map((a) => (
                        <tr key={a.id}>
                          <td className="px-4 py-2.5"><Link href={`/articles/${a.id}`} className="font-medium text-indigo-700 hover:underline">{a.title ?? a.sourceName ?? "Untitled"}</Link></td>
                          <td className="whitespace-nowrap px-2 py-2.5 text-stone-600">{formatLocalDate(a.publishedLocal) ?? "Undated"}</td>
                          <td className="px-2 py-2.5"><StatusBadge status={a.status} /></td>
                          <td className="px-4 py-2.5 text-right tabular-nums text-stone-700">{a.claimCount}<span className="sr-only"> claims</span></td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <div className="rounded-lg border border-stone-200 bg-white p-4">
                  <h3 className="text-sm font-semibold">Divergence from consensus</h3>
                  {d && d.compared ? (
                    <>
                      <p className="mt-2 flex items-baseline gap-3">
                        <span className="text-3xl font-semibold tabular-nums">{pct(d.divergence)}</span>
                        <span className="text-sm text-stone-600">
                          departs in {d.departures.length} of {d.compared} groups shared with other outlets{d.undecided ? ` (${d.undecided} without a majority reading)` : ""}
                        </span>
                      </p>
                      <div className="mt-2 h-2 overflow-hidden rounded-full bg-stone-100" aria-hidden>
                        <div className="h-2 rounded-full bg-rose-500" style={{ width: pct(d.divergence) }} />
                      </div>
                      {d.departures.length ? (
                        <ul className="mt-3 divide-y divide-stone-100 text-sm">
                          {d.departures.map((x) => (
                            <li key={x.id} className="py-2">
                              <div className="flex items-start gap-2">
                                <KindBadge kind={x.kind as ClaimKind} />
                                <Link href={`/stories/${s.id}/groups/${x.id}`} className="font-medium text-indigo-700 hover:underline">{x.label}</Link>
                              </div>
                              <p className="mt-1 text-stone-700"><span className="text-stone-600">This outlet:</span> {x.reading}</p>
                              <p className="text-stone-700"><span className="text-stone-600">Consensus:</span> {x.consensus}</p>
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <p className="mt-3 text-sm text-stone-600">Its readings match the consensus wherever another outlet reports the same claim.</p>
                      )}
                    </>
                  ) : (
                    <p className="mt-2 text-sm text-stone-600">No claim of this outlet is reported by another outlet in this story, so there is nothing to compare.</p>
                  )}
                </div>
              </div>
              {d?.singleSource.length ? (
                <div className="rounded-lg border border-stone-200 bg-white p-4">
                  <h3 className="text-sm font-semibold">Only this outlet reports <span className="font-normal text-stone-600">({d.singleSource.length})</span></h3>
                  <ul className="mt-2 grid gap-x-6 gap-y-1.5 text-sm sm:grid-cols-2">
                    {d.singleSource.map((g) => (
                      <li key={g.id} className="flex items-start gap-2">
                        <KindBadge kind={g.kind as ClaimKind} />
                        <Link href={`/stories/${s.id}/groups/${g.id}`} className="text-stone-800 hover:text-indigo-700 hover:underline">{g.label}</Link>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <div className="rounded-lg border border-stone-200 bg-white p-4">
                <h3 className="text-sm font-semibold">Claims by kind</h3>
                {kinds.length ? (
                  <div className="mt-2 grid gap-x-6 gap-y-4 md:grid-cols-2 xl:grid-cols-3">
                    {kinds.map((k) => (
                      <div key={k}>
                        <h4 className="flex items-center gap-2 border-b border-stone-200 pb-1.5 text-sm font-medium">
                          <KindBadge kind={k} /> <span className="sr-only">{KIND_PLURAL[k]}</span>
                          <span className="ml-auto tabular-nums text-stone-600">{s.claims[k]!.length}</span>
                        </h4>
                        <ClaimList claims={s.claims[k]!} />
                      </div>
                    ))}
                  </div>
                ) : (
                  <p className="mt-2 text-sm text-stone-600">No claims extracted yet.</p>
                )}
              </div>
            </section>
          );
        })}
      </div>
    </>
  );
}
