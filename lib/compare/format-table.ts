// Fixed-width terminal rendering of a Comparison (for the CLI `compare` command).

import { countIndependent, sourceUnits } from "./shared-copy";
import { isNoteKind, type Comparison } from "./types";

function fit(s: string, w: number): string {
  const one = s.replace(/\s+/g, " ");
  return one.length > w ? one.slice(0, Math.max(0, w - 1)) + "…" : one.padEnd(w);
}

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === cells.length - 1 ? c.replace(/\s+/g, " ") : fit(c, widths[i]))).join("  ").trimEnd();
}

/**
 * Render groups, discrepancies and outlets as fixed-width tables.
 * articleNames maps article ids to short names (e.g. "001 Example Daily"); unknown ids are shown as is.
 */
export function formatComparison(
  comparison: Comparison,
  articleNames: Record<string, string> | Map<string, string> = {},
): string {
  const name = (id: string) => (articleNames instanceof Map ? articleNames.get(id) : articleNames[id]) ?? id;
  const names = (ids: string[]) => ids.map(name).join(", ");
  const out: string[] = [];
  const outletOf = new Map(comparison.outlets.flatMap((o) => o.articleIds.map((id) => [id, o.outlet] as const)));
  const units = sourceUnits([...outletOf].map(([id, outlet]) => ({ id, outlet })), comparison.sharedCopy);
  // only where reprints make the outlets on a side fewer sources than they look
  const sources = (ids: string[]) => {
    const outlets = new Set(ids.map((id) => outletOf.get(id) ?? id)).size;
    const independent = countIndependent(ids, units);
    return independent < outlets ? `  [${outlets} outlets, ${independent} independent]` : "";
  };

  out.push(`CLAIM GROUPS (${comparison.groups.length})`);
  const gw = [7, 44, 8, 28];
  out.push(row(["KIND", "GROUP", "ARTICLES", "CONSENSUS"], gw));
  out.push("-".repeat(100));
  for (const g of comparison.groups) {
    const ids = [...new Set(g.members.map((m) => m.articleId))];
    out.push(row([g.kind, g.label, String(ids.length), g.consensus ?? "(no majority)"], gw));
  }

  out.push("");
  const real = comparison.discrepancies.filter((d) => !isNoteKind(d.kind));
  const single = comparison.discrepancies.filter((d) => isNoteKind(d.kind));
  out.push(`DISCREPANCIES (${real.length})`);
  const dw = [6, 23, 60];
  out.push(row(["SEV", "KIND", "SUMMARY"], dw));
  out.push("-".repeat(100));
  for (const d of real) {
    out.push(row([d.severity, d.kind, d.summary], dw));
    for (const side of d.differing) {
      out.push(row(["", "", `  ${fit(names(side.articleIds), 30)}  ${side.words.length ? side.words.join(" ") : "(none)"}${sources(side.articleIds)}`], dw));
    }
  }

  out.push("");
  out.push(`SINGLE-SOURCE CLAIMS (${single.length})`);
  out.push("-".repeat(100));
  for (const d of single) out.push(row([names(d.readings[0]?.articleIds ?? []), d.summary.replace(/^Only .*? reports: /, "")], [24, 70]));

  out.push("");
  out.push(`SHARED COPY (${comparison.sharedCopy.groups.length} groups of articles that reprint one text)`);
  out.push("-".repeat(100));
  for (const g of comparison.sharedCopy.groups) out.push(names(g));

  out.push("");
  out.push("OUTLETS");
  const ow = [24, 10, 7, 9, 11, 10];
  out.push(row(["OUTLET", "ARTICLES", "GROUPS", "COMPARED", "DEPARTURES", "DIVERGENCE"], ow));
  out.push("-".repeat(100));
  for (const o of comparison.outlets) {
    out.push(row([o.outlet, String(o.articleIds.length), String(o.groups), String(o.compared), String(o.departures),
      `${Math.round(o.divergence * 100)}%`], ow));
  }
  return out.join("\n") + "\n";
}
