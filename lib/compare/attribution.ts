// Whatever is shown as an outlet's words must be that outlet's own text. These helpers find a run
// of words as an article wrote it and tell one side of a discrepancy naming, beside the quoted
// words, only the outlets that wrote exactly those words.

import { escapeRegExp, isContentWord, type Tok, tokenize } from "../analysis/text";

/** Where a side's words are checked: each article's outlet and, when known, its body. */
export interface AttributionContext {
  outletOf: Map<string, string>;
  bodyOf: Map<string, string>;
}

/** What one article on a side wrote: one stretch, or several cut apart (shown joined by " … "). */
export interface SideText {
  articleId: string;
  stretches: string[];
}

export const GAP = " … ";

/**
 * The stretch of `text` that spells the words of `words` in order, with whatever punctuation and
 * spacing the text has between them, exactly as written there; null when the text lacks them.
 * "the border" is found as "the  border" in "to the  border," and returned as written.
 */
export function asWritten(words: string, text: string): string | null {
  const toks = tokenize(words);
  if (!toks.length) return null;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${toks.map((t) => escapeRegExp(t.text)).join("[^\\p{L}\\p{N}]+")}(?![\\p{L}\\p{N}])`, "iu");
  return pattern.exec(text)?.[0] ?? null;
}

/** Every stretch stands in the article's body (an article whose body is not known is taken at its word). */
export function writtenBy(stretches: string[], articleId: string, ctx: AttributionContext): boolean {
  const body = ctx.bodyOf.get(articleId);
  return body === undefined || stretches.every((s) => body.includes(s));
}

/** The wording most articles of a side hold exactly, with those articles (a tie goes to the first given). */
export function bestWording(parts: SideText[], ctx: AttributionContext): { stretches: string[]; ids: string[] } | null {
  let best: { stretches: string[]; ids: string[] } | null = null;
  for (const stretches of new Map(parts.map((p) => [p.stretches.join(GAP), p.stretches])).values()) {
    const ids = parts.filter((p) => writtenBy(stretches, p.articleId, ctx)).map((p) => p.articleId);
    if (ids.length && (!best || ids.length > best.ids.length)) best = { stretches, ids };
  }
  return best;
}

export function quoted(stretches: string[]): string {
  return stretches.some((s) => s !== "") ? `"${stretches.join(GAP)}"` : "(without these words)";
}

/**
 * One side of a discrepancy for a summary: `"words" (Outlet A, Outlet B)` with the wording most of
 * the side wrote, naming the outlets whose articles hold exactly those words; the side's other
 * outlets gave the same reading in words of their own and are named after "also". When no article
 * holds its own words (an extraction that rebuilt them), the outlets are named and nothing quoted.
 */
export function describeSide(parts: SideText[], ctx: AttributionContext): string {
  const outletsOf = (ids: Iterable<string>) => [...new Set([...ids].map((id) => ctx.outletOf.get(id) ?? id))];
  const all = outletsOf(parts.map((p) => p.articleId));
  const best = bestWording(parts, ctx);
  if (!best) return `${all.join(", ")} (each in its own words)`;
  const named = outletsOf(best.ids);
  const others = all.filter((o) => !named.includes(o));
  return `${quoted(best.stretches)} (${named.join(", ")}${others.length ? `; also ${others.join(", ")} in their own words` : ""})`;
}

/**
 * The picked words of `text` as written, adjacent ones kept together: picking "former" and
 * "acting" from "former and acting chair" gives ["former", "acting"], never "former acting".
 */
export function pickedStretches(text: string, pick: (norm: string) => boolean): string[] {
  const toks = tokenize(text);
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) out.push(asWritten(run.join(" "), text) ?? run.join(" "));
    run = [];
  };
  for (const t of toks) {
    if (pick(t.norm)) run.push(t.text);
    else flush();
  }
  flush();
  return out;
}

/**
 * The words of `own` that `other` lacks, content words only when there are any, as they stand in
 * `text` (the written reading `own` was taken from).
 */
export function differingWords(text: string, own: Tok[], other: Tok[]): string[] {
  const mine = new Set(own.map((t) => t.norm));
  const absent = new Set(other.map((t) => t.norm));
  const content = own.some((t) => !absent.has(t.norm) && isContentWord(t.norm));
  return pickedStretches(text, (n) => mine.has(n) && !absent.has(n) && (!content || isContentWord(n)));
}
