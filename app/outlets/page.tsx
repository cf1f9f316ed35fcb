import type { Metadata } from "next";
import Link from "next/link";
import { listOutlets } from "@/lib/data/list-outlets";
import { PageHeader } from "@/components/ui/page-header";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Outlets" };

export default async function OutletsPage() {
  const outlets = await listOutlets();
  return (
    <>
      <PageHeader title="Outlets">The publications whose articles have been imported, with what they contributed.</PageHeader>
      {outlets.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">No outlets yet. Outlets appear when articles are imported.</p>
      ) : (
        <div className="overflow-hidden rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-sm">
            <thead className="bg-stone-50 text-left text-xs uppercase tracking-wide text-stone-600">
              <tr>
                <th scope="col" className="px-4 py-2.5 font-medium">Outlet</th>
                <th scope="col" className="px-4 py-2.5 text-right font-medium">Stories</th>
                <th scope="col" className="px-4 py-2.5 text-right font-medium">Articles</th>
                <th scope="col" className="px-4 py-2.5 text-right font-medium">Claims</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {outlets.map((o) => (
                <tr key={o.id}>
                  <td className="px-4 py-2.5">
                    <Link href={`/outlets/${o.id}`} className="font-medium text-indigo-700 hover:underline">{o.name}</Link>
                    {o.domain ? <span className="ml-2 font-mono text-xs text-stone-600">{o.domain}</span> : null}
                  </td>
                  <td className="px-4 py-2.5 text-right tabular-nums">{o.storyCount}</td>
                  <td className="px-4 py-2.5 text-right tabular-nums">{o.articleCount}</td>
                  <td className="px-4 py-2.5 text-right tabular-nums">{o.claimCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
