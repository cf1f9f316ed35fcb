import { highlightParts } from "@/lib/ui/highlight";

/** Text with the search terms wrapped in <mark>. */
export function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlightParts(text, terms).map((p, i) =>
        p.match ? <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-stone-950">{p.text}</mark> : <span key={i}>{p.text}</span>,
      )}
    </>
  );
}
