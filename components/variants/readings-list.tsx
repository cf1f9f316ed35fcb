import Link from "next/link";
import type { GroupDetail, GroupClaim } from "@/lib/data/get-group";
import { STATUS_LABEL } from "@/lib/data/comparison-model";
import { shorten } from "@/lib/format";
import { STATUS_TONE, StatusGlyph } from "@/components/matrix/status-mark";

function SentenceInContext({ claim }: { claim: GroupClaim }) {
  if (claim.at < 0) return <>{claim.sentence}</>;
  const before = claim.sentence.slice(0, claim.at);
  const after = claim.sentence.slice(claim.at + claim.text.length);
  return (
    <>
      {before}
      <strong className="font-medium text-stone-950 underline decoration-indigo-300 decoration-2 underline-offset-4">{claim.text}</strong>
      {after}
    </>
  );
}

/** Each reading with the outlets that carry it and the sentences it comes from, linked to the place in the article. */
export function ReadingsList({ group }: { group: GroupDetail }) {
  return (
    <ol className="space-y-4">
      {group.readings.map((r) => {
        const first = r.claims[0];
        return (
        <li key={r.normalized} className="overflow-hidden rounded-lg border border-stone-200 bg-white">
          <div className={`flex flex-wrap items-start justify-between gap-3 px-4 py-3 ${STATUS_TONE[r.status]}`}>
            <div className="min-w-0">
              <p className="flex items-start gap-2 text-base font-medium text-stone-950">
                <StatusGlyph status={r.status} className="mt-0.5" />
                {group.kind === "date" || !first ? <span>{r.display}</span> : <span>“<span data-quote-of={first.articleId}>{first.text}</span>”</span>}
              </p>
              {first && (group.kind === "date" || r.outlets.length > 1) ? (
                <p className="ml-6 text-sm text-stone-600">
                  {group.kind === "date" ? <>as written by {shorten(first.outlet.label, 40)}: “<span data-quote-of={first.articleId}>{first.text}</span>”</> : <>as {shorten(first.outlet.label, 40)} writes it; each outlet&rsquo;s own words below</>}
                </p>
              ) : null}
            </div>
            <p className="text-sm font-medium">
              {r.isConsensus ? "Consensus reading" : STATUS_LABEL[r.status]}
              <span className="font-normal text-stone-600">
                {" "}· {r.outlets.length} {r.outlets.length === 1 ? "outlet" : "outlets"}
                {r.independent !== null && r.independent < r.outlets.length ? `, ${r.independent} independent` : ""}
              </span>
            </p>
          </div>
          <ul className="divide-y divide-stone-100">
            {r.claims.map((c) => (
              <li key={`${c.articleId}-${c.claimKey}`} className="grid gap-1 px-4 py-3 sm:grid-cols-[11rem_1fr_auto] sm:gap-4">
                <div className="text-sm font-semibold text-stone-900">
                  {c.outlet.outletId ? <Link href={`/outlets/${c.outlet.outletId}`} className="hover:underline">{c.outlet.label}</Link> : c.outlet.label}
                </div>
                <blockquote className="text-sm leading-relaxed text-stone-700" data-quote-of={c.articleId}>
                  <SentenceInContext claim={c} />
                </blockquote>
                <Link
                  href={`/articles/${c.articleId}#claim-${c.claimKey}`}
                  className="self-start whitespace-nowrap text-sm font-medium text-indigo-700 hover:underline"
                >
                  Open in article<span className="sr-only"> by {c.outlet.label}</span> <span aria-hidden>→</span>
                </Link>
              </li>
            ))}
          </ul>
        </li>
        );
      })}
    </ol>
  );
}
