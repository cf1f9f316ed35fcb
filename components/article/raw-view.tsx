import type { Segment } from "@/lib/ingest/types";

/** The raw input line by line; lines body extraction removed are struck through with the reason. */
export function RawView({ segments, rawInput }: { segments: Segment[] | null; rawInput: string }) {
  if (!segments?.length) {
    return (
      <>
        <p className="mb-3 text-sm text-stone-600">No line-by-line record of the extraction is stored for this article; this is the input as given.</p>
        <pre className="overflow-x-auto whitespace-pre-wrap font-mono text-sm text-stone-800">{rawInput}</pre>
      </>
    );
  }
  const removed = segments.filter((s) => !s.kept).length;
  return (
    <>
      <p className="mb-4 text-sm text-stone-600">
        {segments.length} lines · {segments.length - removed} kept · <span className="font-medium text-stone-800">{removed} removed</span> by body extraction
      </p>
      <ol className="space-y-1.5 text-[15px] leading-relaxed">
        {segments.map((s, i) =>
          s.kept ? (
            <li key={i} className="border-l-2 border-transparent pl-3 text-stone-900">{s.text}</li>
          ) : (
            <li key={i} className="flex items-baseline gap-2 border-l-2 border-stone-300 bg-stone-50 py-0.5 pl-3" data-removed="">
              <span className="shrink-0 rounded bg-stone-200 px-1.5 py-px text-[11px] font-medium uppercase tracking-wide text-stone-700">
                <span className="sr-only">Removed: </span>{s.reason ?? "removed"}
              </span>
              <del className="text-stone-600 decoration-stone-500">{s.text}</del>
            </li>
          ),
        )}
      </ol>
    </>
  );
}
