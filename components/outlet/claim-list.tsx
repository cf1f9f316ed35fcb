import Link from "next/link";
import type { OutletClaimRow } from "@/lib/data/get-outlet";
import { claimHeadline } from "@/lib/ui/claim-details";
import type { Claim } from "@/lib/analysis/types";

const SHOWN = 4;

function Item({ c }: { c: OutletClaimRow }) {
  const headline = claimHeadline({ ...c.claim, kind: c.kind, text: c.text } as Claim).replace(/^[A-Za-z]+ · /, "");
  return (
    <li className="py-2">
      <Link href={`/articles/${c.articleId}#claim-${c.key}`} className="group block">
        <span className="block text-xs font-medium text-stone-600">{headline || "—"}</span>
        <span className="line-clamp-2 text-sm text-stone-900 group-hover:text-indigo-700 group-hover:underline">{c.text}</span>
      </Link>
    </li>
  );
}

/** A capped list of claims with the rest behind "Show n more" (no script needed). */
export function ClaimList({ claims }: { claims: OutletClaimRow[] }) {
  const head = claims.slice(0, SHOWN);
  const rest = claims.slice(SHOWN);
  return (
    <>
      <ul className="divide-y divide-stone-100">{head.map((c) => <Item key={`${c.articleId}${c.key}`} c={c} />)}</ul>
      {rest.length ? (
        <details className="group/more">
          <summary className="cursor-pointer py-1.5 text-sm font-medium text-indigo-700 hover:underline">
            <span className="group-open/more:hidden">Show {rest.length} more</span>
            <span className="hidden group-open/more:inline">Show fewer</span>
          </summary>
          <ul className="divide-y divide-stone-100 border-t border-stone-100">{rest.map((c) => <Item key={`${c.articleId}${c.key}`} c={c} />)}</ul>
        </details>
      ) : null}
    </>
  );
}
