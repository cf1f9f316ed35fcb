// Titles and offices attached to people: premodifiers ("former U.S. President X"),
// appositions ("X, a professor of government at Y,"; "the Chilean president, X")
// and descriptions that name a known person. The attachments are found while
// resolving entities (entities.ts) and turned into role claims here. A title
// inside quotation marks is the quoted speaker's word, not the outlet's, so it
// makes no role claim.
import type { AnalysisContext, RoleClaim } from "./types";
import { sentenceAt } from "./nlp";
import { titleSlots } from "./role-title";

export function extractRoles(ctx: AnalysisContext): RoleClaim[] {
  const doc = ctx.doc;
  const byId = new Map(ctx.entities.map((e) => [e.id, e]));
  const out: RoleClaim[] = [];
  const seen = new Set<string>();
  const quoted = ctx.quoteSegments;
  for (const a of ctx.titles) {
    const e = byId.get(a.entityId);
    if (!e) continue;
    if (quoted.some((q) => a.start >= q.start && a.end <= q.end)) continue;
    // one claim per person, title and qualifier: repeated premodifiers add nothing
    const key = `${e.id}|${a.title.toLowerCase()}|${a.qualifier ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const s = sentenceAt(doc, a.start);
    out.push({
      id: "",
      kind: "role",
      text: doc.text.slice(a.start, a.end),
      start: a.start,
      end: a.end,
      sentence: s ? s.text : doc.text.slice(a.start, a.end),
      role: { person: { name: e.name, id: e.id, kind: e.kind }, title: a.title, qualifier: a.qualifier, ...titleSlots(a.title, a.qualifier) },
    });
  }
  return out;
}
