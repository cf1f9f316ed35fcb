// Splits text into matching and non-matching parts for search results. Pure.

export interface TextPart {
  text: string;
  match: boolean;
}

/** Search terms of a query: words of two or more characters, quoted phrases kept whole, at most 8. */
export function queryTerms(q: string | null | undefined): string[] {
  if (!q) return [];
  const out: string[] = [];
  const re = /"([^"]+)"|“([^”]+)”|(\S+)/g;
  for (let m = re.exec(q); m; m = re.exec(q)) {
    const t = (m[1] ?? m[2] ?? m[3]).trim().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    if (t.length >= 2 && !out.some((o) => o.toLowerCase() === t.toLowerCase())) out.push(t);
  }
  return out.slice(0, 8);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Marks every case-insensitive occurrence of any term; longer terms win where they overlap. */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const usable = [...terms].filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
  if (!text) return [];
  if (!usable.length) return [{ text, match: false }];
  const re = new RegExp(usable.map(escape).join("|"), "giu");
  const out: TextPart[] = [];
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (m.index > at) out.push({ text: text.slice(at, m.index), match: false });
    out.push({ text: m[0], match: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), match: false });
  return out;
}

/** A window of the text around the first match, with ellipses where cut. */
export function excerptAround(text: string, terms: readonly string[], radius = 110): string {
  if (text.length <= radius * 2) return text;
  const lower = text.toLowerCase();
  const hits = terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0);
  const at = hits.length ? Math.min(...hits) : 0;
  let from = Math.max(0, at - radius);
  let to = Math.min(text.length, at + radius);
  if (from > 0) {
    const sp = text.indexOf(" ", from);
    if (sp > 0 && sp < at) from = sp + 1;
  }
  if (to < text.length) {
    const sp = text.lastIndexOf(" ", to);
    if (sp > at) to = sp;
  }
  return `${from > 0 ? "…" : ""}${text.slice(from, to)}${to < text.length ? "…" : ""}`;
}
