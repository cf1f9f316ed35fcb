import { STATUS_GLYPH, STATUS_LABEL, type CellStatus } from "@/lib/data/comparison-model";

// One status, always as glyph + words (or an aria-label), never as colour alone.
export const STATUS_TONE: Record<CellStatus, string> = {
  agrees: "bg-white text-stone-800",
  minor: "bg-amber-50 text-amber-900",
  conflicts: "bg-rose-50 text-rose-900",
  sole: "bg-white text-stone-800",
  absent: "bg-white text-stone-500",
};

export const GLYPH_TONE: Record<CellStatus, string> = {
  agrees: "text-emerald-700",
  minor: "text-amber-700",
  conflicts: "text-rose-700",
  sole: "text-sky-700",
  absent: "text-stone-400",
};

export function StatusGlyph({ status, className = "" }: { status: CellStatus; className?: string }) {
  return (
    <span role="img" aria-label={STATUS_LABEL[status]} title={STATUS_LABEL[status]} className={`inline-block w-4 shrink-0 text-center font-semibold ${GLYPH_TONE[status]} ${className}`}>
      {STATUS_GLYPH[status]}
    </span>
  );
}

const LEGEND: CellStatus[] = ["agrees", "minor", "conflicts", "sole", "absent"];

export function StatusLegend() {
  return (
    <ul aria-label="Legend" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-stone-600">
      {LEGEND.map((s) => (
        <li key={s} className="flex items-center gap-1.5">
          <span aria-hidden className={`inline-flex h-5 w-5 items-center justify-center rounded border border-stone-200 font-semibold ${STATUS_TONE[s]} ${GLYPH_TONE[s]}`}>
            {STATUS_GLYPH[s]}
          </span>
          {STATUS_LABEL[s]}
        </li>
      ))}
    </ul>
  );
}
