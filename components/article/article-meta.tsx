import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatLocalDate, PUBLISHED_SOURCE_LABEL } from "@/lib/format";
import type { ClaimKind } from "@/lib/analysis/types";

const INPUT_LABEL: Record<string, string> = { text: "Plain text", html: "HTML page", json: "JSON (news-please)" };

export interface MetaKindCount {
  kind: ClaimKind;
  label: string;
  cue: string;
  count: number;
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[5.5rem_1fr] gap-3 py-2.5 first:pt-0 last:pb-0">
      <dt className="text-xs font-medium uppercase tracking-wide text-stone-600">{label}</dt>
      <dd className="min-w-0 text-stone-900">{children}</dd>
    </div>
  );
}

export function ArticleMeta(props: {
  outlet: { id: string; name: string } | null;
  sourceName: string | null;
  url: string | null;
  publishedLocal: string | null;
  publishedSource: string | null;
  publishedText: string | null;
  status: string;
  error: string | null;
  inputType: string;
  story: { id: string; title: string };
  kinds: MetaKindCount[];
  total: number;
}) {
  const max = Math.max(1, ...props.kinds.map((k) => k.count));
  return (
    <section aria-labelledby="meta-heading" className="rounded-lg border border-stone-200 bg-white p-4 text-sm">
      <h2 id="meta-heading" className="sr-only">About this article</h2>
      <dl className="divide-y divide-stone-100">
        <Row label="Outlet">
          {props.outlet ? (
            <Link href={`/outlets/${props.outlet.id}`} className="font-medium text-indigo-700 underline-offset-2 hover:underline">{props.outlet.name}</Link>
          ) : (
            <span className="text-stone-600">Unknown outlet</span>
          )}
          {props.url ? <a href={props.url} className="mt-0.5 block truncate text-xs text-stone-600 hover:underline" rel="noreferrer noopener">{props.url}</a> : null}
        </Row>
        <Row label="Published">
          {formatLocalDate(props.publishedLocal) ?? <span className="text-stone-600">Unknown</span>}
          {props.publishedSource ? (
            <span className="mt-0.5 block text-xs text-stone-600">
              {PUBLISHED_SOURCE_LABEL[props.publishedSource] ?? props.publishedSource}
              {props.publishedText ? <>: <q>{props.publishedText}</q></> : null}
            </span>
          ) : null}
        </Row>
        <Row label="Status">
          <StatusBadge status={props.status} />
          {props.error ? <p role="note" className={`mt-1.5 rounded px-2 py-1.5 ${props.status === "failed" ? "bg-rose-50 text-rose-800" : "bg-amber-50 text-amber-900"}`}>{props.error}</p> : null}
        </Row>
        <Row label="Input">
          {INPUT_LABEL[props.inputType] ?? props.inputType}
          {props.sourceName ? <span className="mt-0.5 block truncate font-mono text-xs text-stone-600">{props.sourceName}</span> : null}
        </Row>
        <Row label="Story">
          <Link href={`/stories/${props.story.id}`} className="text-indigo-700 underline-offset-2 hover:underline">{props.story.title}</Link>
        </Row>
        <Row label="Claims">
          <span className="font-medium tabular-nums">{props.total}</span>
          <ul className="mt-2 space-y-1" aria-label="Claims by kind">
            {props.kinds.map((k) => (
              <li key={k.kind} className="grid grid-cols-[4.5rem_1fr_1.75rem] items-center gap-2 text-xs">
                <span className="flex items-center gap-1.5 text-stone-700"><span className="claim-swatch !min-w-5 !h-4 !text-[10px]" data-kind={k.kind} aria-hidden>{k.cue}</span>{k.label}</span>
                <span className="h-1.5 rounded-full bg-stone-100" aria-hidden><span className="block h-1.5 rounded-full bg-stone-400" style={{ width: `${(k.count / max) * 100}%` }} /></span>
                <span className="text-right tabular-nums text-stone-800">{k.count}</span>
              </li>
            ))}
          </ul>
        </Row>
      </dl>
    </section>
  );
}
