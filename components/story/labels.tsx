// Display names shared by the comparison pages.
export const KIND_LABEL: Record<string, string> = {
  quote: "Quotes",
  role: "Titles & roles",
  action: "Actions",
  date: "Dates",
  number: "Numbers",
};

export const KIND_SINGULAR: Record<string, string> = {
  quote: "Quote",
  role: "Title",
  action: "Action",
  date: "Date",
  number: "Number",
};

export const DISCREPANCY_LABEL: Record<string, string> = {
  quote_wording: "Quote wording",
  role_conflict: "Title or role conflict",
  detail_conflict: "Detail conflict",
  date_conflict: "Date mismatch",
  number_conflict: "Number mismatch",
  internal_inconsistency: "Internal inconsistency",
  single_source: "Single source",
  figure_update: "Figure updated",
};

export const REVIEW_STATUS_LABEL: Record<string, string> = {
  open: "Open",
  in_review: "In review",
  confirmed: "Confirmed",
  dismissed: "Dismissed",
  resolved: "Resolved",
};

export const LEVEL_LABEL: Record<string, string> = {
  major: "Major discrepancy",
  minor: "Minor variant",
  agreement: "Outlets agree",
  single: "Single source",
};

export const LEVEL_TONE: Record<string, string> = {
  major: "bg-rose-50 text-rose-800 ring-rose-200",
  minor: "bg-amber-50 text-amber-900 ring-amber-200",
  agreement: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  single: "bg-stone-100 text-stone-700 ring-stone-200",
};

export const SEVERITY_TONE: Record<string, string> = {
  major: "bg-rose-50 text-rose-800 ring-rose-200",
  minor: "bg-amber-50 text-amber-900 ring-amber-200",
  info: "bg-stone-100 text-stone-700 ring-stone-200",
};

export function Pill({ tone, children }: { tone: string; children: React.ReactNode }) {
  return <span className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tone}`}>{children}</span>;
}
