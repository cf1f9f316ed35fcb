import type { ReviewHistoryEvent } from "@/lib/data/get-discrepancy-for-review";
import { STATUS_LABEL, type ReviewStatus } from "@/lib/data/review-transitions";

/** Events the analysis records by itself, with no person behind them. */
const SYSTEM_ACTIONS = new Set(["resolved_by_data", "reopened_by_data", "evidence_changed"]);

const label = (s: string | null) => (s ? (STATUS_LABEL[s as ReviewStatus] ?? s) : "—");

function describe(e: ReviewHistoryEvent): string {
  switch (e.action) {
    case "flagged":
      return "flagged this for review";
    case "status":
      return e.fromValue === e.toValue
        ? `gave the verdict again on the changed evidence: ${label(e.toValue)}`
        : `moved it from ${label(e.fromValue)} to ${label(e.toValue)}`;
    case "assigned":
      return e.toValue ? `assigned it to ${e.toValue}${e.fromValue ? ` (was ${e.fromValue})` : ""}` : `unassigned it${e.fromValue ? ` (was ${e.fromValue})` : ""}`;
    case "note":
      return "added a note";
    case "resolved_by_data":
      return `The analysis resolved it (${label(e.fromValue)} → ${label(e.toValue)})`;
    case "reopened_by_data":
      return `The analysis reopened it (${label(e.fromValue)} → ${label(e.toValue)})`;
    case "evidence_changed":
      return "The analysis changed the evidence since the review";
    default:
      return e.action;
  }
}

const fmt = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** The append-only history of a discrepancy, oldest first. */
export function ReviewHistory({ events }: { events: ReviewHistoryEvent[] }) {
  if (!events.length) return <p className="text-sm text-stone-500">No review activity yet.</p>;
  return (
    <ol className="relative space-y-4 border-l border-stone-200 pl-5">
      {events.map((e) => (
        <li key={e.id} className="text-sm">
          <span aria-hidden className="absolute -left-1.5 mt-1.5 h-3 w-3 rounded-full border-2 border-white bg-indigo-400" />
          <p className="text-stone-800">
            {SYSTEM_ACTIONS.has(e.action) ? null : <span className="font-medium">{e.actor?.name ?? "Someone"} </span>}
            {describe(e)}
          </p>
          {e.note ? <p className="mt-1 whitespace-pre-wrap rounded-md bg-stone-50 px-3 py-2 text-stone-700">{e.note}</p> : null}
          <p className="mt-0.5 text-xs text-stone-500"><time dateTime={e.createdAt.toISOString()}>{fmt.format(e.createdAt)} UTC</time></p>
        </li>
      ))}
    </ol>
  );
}
