// Human-readable details of a claim, per kind, for cards, tooltips and
// screen-reader descriptions. Pure.
import type { Claim, ClaimKind } from "../analysis/types";
import { MONTHS } from "../analysis/lexicons/calendar";

export const KIND_LABEL: Record<ClaimKind, string> = {
  quote: "Quote",
  date: "Date",
  role: "Role",
  action: "Action",
  number: "Number",
};

export const KIND_PLURAL: Record<ClaimKind, string> = {
  quote: "Quotes",
  date: "Dates",
  role: "Roles",
  action: "Actions",
  number: "Numbers",
};

/** A short text cue shown with each highlight, so kinds never rely on colour alone. */
export const KIND_CUE: Record<ClaimKind, string> = {
  quote: "❝",
  date: "◷",
  role: "◆",
  action: "→",
  number: "#",
};

export interface DetailRow {
  label: string;
  value: string;
}

const MONTH_NAMES = MONTHS.map((m) => m[0].toUpperCase() + m.slice(1));

/** "2024-11-20" at day, month or year granularity: "20 November 2024", "November 2024", "2024". */
export function formatClaimDate(iso: string | undefined | null, granularity?: string): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTH_NAMES[+m[2] - 1];
  if (!month) return iso;
  if (granularity === "year") return m[1];
  if (granularity === "month") return `${month} ${m[1]}`;
  return `${+m[3]} ${month} ${m[1]}`;
}

function formatNumber(n: number | undefined | null): string | null {
  if (n === undefined || n === null || !Number.isFinite(n)) return null;
  return n.toLocaleString("en-US");
}

function rows(pairs: [string, string | null | undefined | false][]): DetailRow[] {
  return pairs.filter((p): p is [string, string] => typeof p[1] === "string" && p[1].trim() !== "").map(([label, value]) => ({ label, value }));
}

/** The labelled slots of a claim; tolerant of missing slot objects (old or partial data). */
export function claimDetails(claim: Partial<Claim> & { kind: ClaimKind }): DetailRow[] {
  switch (claim.kind) {
    case "quote": {
      const q = (claim as Extract<Claim, { kind: "quote" }>).quote;
      if (!q) return [];
      return rows([
        ["Speaker", q.speaker?.name ?? "Unattributed"],
        ["Cue", q.cue],
        ["Form", q.direct ? "Direct quote" : "Partial quote"],
        ["Recounted by", q.recounted ? (q.via?.name ?? "someone else") : null],
      ]);
    }
    case "date": {
      const d = (claim as Extract<Claim, { kind: "date" }>).date;
      if (!d) return [];
      const start = formatClaimDate(d.date, d.granularity === "range" ? "day" : d.granularity);
      const end = d.end ? formatClaimDate(d.end, "day") : null;
      return rows([
        ["Date", end ? `${start} – ${end}` : start],
        ["Event", d.event],
        ["Written as", d.phrase],
        ["Resolved against", d.reference !== "none" ? `the ${d.reference} date` : null],
      ]);
    }
    case "role": {
      const r = (claim as Extract<Claim, { kind: "role" }>).role;
      if (!r) return [];
      return rows([
        ["Person", r.person?.name],
        ["Title", r.title],
        ["Qualifier", r.qualifier],
      ]);
    }
    case "action": {
      const a = (claim as Extract<Claim, { kind: "action" }>).action;
      if (!a) return [];
      return rows([
        ["Actor", a.actor ?? "Unstated"],
        ["Action", a.verb && a.action && a.verb.toLowerCase() !== a.action ? `${a.action} (“${a.verb}”)` : a.action],
        ["Object", a.object],
        ["Target", a.target],
        ["Place", a.place],
      ]);
    }
    case "number": {
      const n = (claim as Extract<Claim, { kind: "number" }>).number;
      if (!n) return [];
      const value = formatNumber(n.value);
      const max = formatNumber(n.max);
      return rows([
        ["Value", value === null ? null : `${max ? `${value}–${max}` : value}${n.unit ? ` ${n.unit}` : ""}`],
        ["Qualifier", n.qualifier],
        ["Counts", n.counts],
      ]);
    }
    default:
      return [];
  }
}

/** One line for lists and screen readers: "Quote by X", "Date: 20 November 2024", ... */
export function claimHeadline(claim: Partial<Claim> & { kind: ClaimKind }): string {
  const d = claimDetails(claim);
  const get = (label: string) => d.find((r) => r.label === label)?.value;
  switch (claim.kind) {
    case "quote":
      return `Quote · ${get("Speaker") ?? "Unattributed"}`;
    case "date":
      return `Date · ${get("Date") ?? claim.text ?? ""}`;
    case "role":
      return `Role · ${[get("Person"), get("Title")].filter(Boolean).join(", ")}`;
    case "action":
      return `Action · ${[get("Actor"), (claim as Extract<Claim, { kind: "action" }>).action?.action].filter(Boolean).join(" ")}`;
    case "number":
      return `Number · ${[get("Qualifier"), get("Value"), get("Counts")].filter(Boolean).join(" ")}`;
    default:
      return String((claim as { kind: string }).kind);
  }
}

export function describeClaim(claim: Partial<Claim> & { kind: ClaimKind }): string {
  return [claimHeadline(claim), ...claimDetails(claim).map((r) => `${r.label}: ${r.value}`)].join(". ");
}
