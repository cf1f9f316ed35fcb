// Turns a body and its claim spans into non-overlapping text segments, and
// those segments into a tree the article page renders as nested highlights.
// Pure: no React, no I/O. Offsets are UTF-16 indices into the body.

export interface ClaimSpan {
  key: string;
  kind: string;
  start: number;
  end: number;
}

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** paragraph index (paragraphs are separated by blank lines) */
  paragraph: number;
  /** keys of the claims covering this stretch, outermost first */
  claims: string[];
}

export interface SegmentResult {
  segments: TextSegment[];
  /** spans that cannot be placed (out of range, empty, not integers) */
  dropped: ClaimSpan[];
}

export function isValidSpan(s: ClaimSpan, length: number): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= length && s.start < s.end;
}

/** Outer before inner: earlier start first, then longer, then key for a stable order. */
function compareSpans(a: ClaimSpan, b: ClaimSpan): number {
  return a.start - b.start || b.end - a.end || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Paragraph ranges of a body: runs of text between blank lines. */
export function paragraphRanges(body: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const sep = /\n[ \t]*\n\s*/g;
  let at = 0;
  for (let m = sep.exec(body); m; m = sep.exec(body)) {
    if (m.index > at) out.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  if (at < body.length) out.push({ start: at, end: body.length });
  return out;
}

/**
 * Cuts the body at every claim boundary and paragraph boundary. Each segment
 * lists the claims that cover it, outermost first; blank-line separators
 * between paragraphs are not segments. Invalid spans are returned in `dropped`.
 */
export function segmentBody(body: string, spans: readonly ClaimSpan[]): SegmentResult {
  const dropped: ClaimSpan[] = [];
  const valid: ClaimSpan[] = [];
  const seen = new Set<string>();
  for (const s of spans) {
    if (!isValidSpan(s, body.length) || seen.has(s.key)) dropped.push(s);
    else {
      valid.push(s);
      seen.add(s.key);
    }
  }
  valid.sort(compareSpans);
  const segments: TextSegment[] = [];
  paragraphRanges(body).forEach((p, pi) => {
    const cuts = new Set<number>([p.start, p.end]);
    for (const s of valid) {
      if (s.start > p.start && s.start < p.end) cuts.add(s.start);
      if (s.end > p.start && s.end < p.end) cuts.add(s.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      const claims = valid.filter((s) => s.start <= a && s.end >= b).map((s) => s.key);
      segments.push({ start: a, end: b, text: body.slice(a, b), paragraph: pi, claims });
    }
  });
  return { segments, dropped };
}

export type SegmentNode =
  | { type: "text"; text: string; start: number }
  | {
      type: "claim";
      key: string;
      start: number;
      /** true for the first piece of a claim (it carries the element id) */
      first: boolean;
      /** true for the last piece of a claim */
      last: boolean;
      children: SegmentNode[];
    };

/**
 * Nests segments into claim nodes: a claim that contains another wraps it; a
 * claim that crosses another (or a paragraph break) is split into pieces, only
 * the first of which is marked `first`. Returns one node list per paragraph.
 */
export function nestSegments(segments: readonly TextSegment[]): SegmentNode[][] {
  const byParagraph = new Map<number, TextSegment[]>();
  for (const s of segments) {
    const list = byParagraph.get(s.paragraph) ?? [];
    list.push(s);
    byParagraph.set(s.paragraph, list);
  }
  const lastPiece = new Map<string, number>();
  const firstPiece = new Map<string, number>();
  for (const s of segments) for (const k of s.claims) {
    if (!firstPiece.has(k)) firstPiece.set(k, s.start);
    lastPiece.set(k, s.end);
  }
  const build = (segs: TextSegment[], depth: number): SegmentNode[] => {
    const out: SegmentNode[] = [];
    let i = 0;
    while (i < segs.length) {
      const key = segs[i].claims[depth];
      if (key === undefined) {
        const prev = out[out.length - 1];
        if (prev && prev.type === "text") prev.text += segs[i].text;
        else out.push({ type: "text", text: segs[i].text, start: segs[i].start });
        i++;
        continue;
      }
      let j = i;
      while (j < segs.length && segs[j].claims[depth] === key) j++;
      const run = segs.slice(i, j);
      out.push({
        type: "claim",
        key,
        start: run[0].start,
        first: firstPiece.get(key) === run[0].start,
        last: lastPiece.get(key) === run[run.length - 1].end,
        children: build(run, depth + 1),
      });
      i = j;
    }
    return out;
  };
  return [...byParagraph.keys()].sort((a, b) => a - b).map((p) => build(byParagraph.get(p)!, 0));
}
