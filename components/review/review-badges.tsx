import { STATUS_LABEL, type ReviewStatus } from "@/lib/data/review-transitions";
import { KIND_LABEL } from "@/lib/data/export-format";

const STATUS_STYLE: Record<string, string> = {
  open: "bg-amber-50 text-amber-800 ring-amber-200",
  in_review: "bg-sky-50 text-sky-800 ring-sky-200",
  confirmed: "bg-rose-50 text-rose-800 ring-rose-200",
  dismissed: "bg-stone-100 text-stone-600 ring-stone-200",
  resolved: "bg-emerald-50 text-emerald-800 ring-emerald-200",
};

const SEVERITY_STYLE: Record<string, string> = {
  major: "text-rose-700",
  minor: "text-amber-700",
  info: "text-stone-500",
};

export function ReviewStatusBadge({ status }: { status: string }) {
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STATUS_STYLE[status] ?? STATUS_STYLE.open}`}>
      {STATUS_LABEL[status as ReviewStatus] ?? status}
    </span>
  );
}

export function SeverityLabel({ severity }: { severity: string }) {
  return <span className={`text-xs font-semibold uppercase tracking-wide ${SEVERITY_STYLE[severity] ?? "text-stone-500"}`}>{severity}</span>;
}

export function kindLabel(kind: string): string {
  const l = KIND_LABEL[kind] ?? kind.replace(/_/g, " ");
  return l.charAt(0).toUpperCase() + l.slice(1);
}

/** Re-analysis changed the evidence after the review began or the verdict was given. */
export function ChangedSinceReview() {
  return (
    <span className="inline-flex items-center whitespace-nowrap rounded-full bg-orange-50 px-2 py-0.5 text-xs font-medium text-orange-800 ring-1 ring-inset ring-orange-300">
      Changed since review
    </span>
  );
}
