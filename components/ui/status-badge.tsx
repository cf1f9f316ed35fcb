const STYLES: Record<string, string> = {
  done: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  failed: "bg-rose-50 text-rose-800 ring-rose-200",
  queued: "bg-stone-100 text-stone-700 ring-stone-200",
  analysing: "bg-amber-50 text-amber-800 ring-amber-200",
};

const LABELS: Record<string, string> = { done: "Analysed", failed: "Failed", queued: "Queued", analysing: "Analysing" };

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[status] ?? STYLES.queued}`}>
      {LABELS[status] ?? status}
    </span>
  );
}
