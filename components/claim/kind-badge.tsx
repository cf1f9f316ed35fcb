import type { ClaimKind } from "@/lib/analysis/types";
import { KIND_CUE, KIND_LABEL } from "@/lib/ui/claim-details";

const STYLE: Record<ClaimKind, string> = {
  quote: "bg-sky-50 text-sky-800 ring-sky-200",
  date: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  role: "bg-amber-50 text-amber-800 ring-amber-200",
  action: "bg-violet-50 text-violet-800 ring-violet-200",
  number: "bg-rose-50 text-rose-800 ring-rose-200",
};

/** The kind of a claim as a small labelled badge (cue + word, never colour alone). */
export function KindBadge({ kind }: { kind: ClaimKind }) {
  return (
    <span className={`inline-flex shrink-0 items-center gap-1 rounded px-1.5 py-0.5 text-[11px] font-semibold uppercase tracking-wide ring-1 ring-inset ${STYLE[kind] ?? STYLE.action}`}>
      <span aria-hidden>{KIND_CUE[kind]}</span>
      {KIND_LABEL[kind] ?? kind}
    </span>
  );
}
