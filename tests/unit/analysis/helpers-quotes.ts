// Shared helpers for the analysis tests: run parse -> entities -> quotes/roles on one text.
import { analysisContext } from "../../../lib/analysis/pipeline";
import { extractQuotes } from "../../../lib/analysis/quotes";
import { extractRoles } from "../../../lib/analysis/roles";
import type { AnalysisContext } from "../../../lib/analysis/types";

export function ctxOf(text: string): AnalysisContext {
  return analysisContext(text, null, "none");
}

export function quotesOf(text: string) {
  const ctx = ctxOf(text);
  return extractQuotes(ctx).map((q) => ({
    quote: q.quote.quote,
    speaker: q.quote.speaker?.name ?? null,
    cue: q.quote.cue,
    direct: q.quote.direct,
    via: q.quote.via?.name ?? null,
    start: q.start,
    end: q.end,
    text: q.text,
  }));
}

export function rolesOf(text: string) {
  return extractRoles(ctxOf(text)).map((r) => ({ person: r.role.person.name, title: r.role.title, qualifier: r.role.qualifier }));
}
