import { test } from "node:test";
import assert from "node:assert/strict";
import { nestSegments, paragraphRanges, segmentBody, type ClaimSpan, type SegmentNode } from "../../../lib/ui/claim-segments";

const span = (key: string, start: number, end: number, kind = "quote"): ClaimSpan => ({ key, kind, start, end });
const shape = (body: string, spans: ClaimSpan[]) =>
  segmentBody(body, spans).segments.map((s) => [s.text, s.claims.join("+")]);

/** Renders nodes as bracketed text: [key:...] for claim pieces, * marks the first piece. */
function show(nodes: SegmentNode[]): string {
  return nodes.map((n) => (n.type === "text" ? n.text : `[${n.key}${n.first ? "*" : ""}:${show(n.children)}]`)).join("");
}
const tree = (body: string, spans: ClaimSpan[]) => nestSegments(segmentBody(body, spans).segments).map(show);

const CASES: { name: string; body: string; spans: ClaimSpan[]; segments: [string, string][]; tree: string[] }[] = [
  { name: "no claims", body: "one two", spans: [], segments: [["one two", ""]], tree: ["one two"] },
  {
    name: "one claim in the middle",
    body: "aa bb cc",
    spans: [span("q1", 3, 5)],
    segments: [["aa ", ""], ["bb", "q1"], [" cc", ""]],
    tree: ["aa [q1*:bb] cc"],
  },
  {
    name: "nested: a date inside a quote",
    body: "He said on May 2 it was fine.",
    spans: [span("d1", 11, 16, "date"), span("q1", 8, 28)],
    segments: [["He said ", ""], ["on ", "q1"], ["May 2", "q1+d1"], [" it was fine", "q1"], [".", ""]],
    tree: ["He said [q1*:on [d1*:May 2] it was fine]."],
  },
  {
    name: "adjacent claims stay separate",
    body: "abcdef",
    spans: [span("a", 0, 3), span("b", 3, 6)],
    segments: [["abc", "a"], ["def", "b"]],
    tree: ["[a*:abc][b*:def]"],
  },
  {
    name: "crossing claims split the later one",
    body: "0123456789",
    spans: [span("a", 0, 6), span("b", 4, 10)],
    segments: [["0123", "a"], ["45", "a+b"], ["6789", "b"]],
    tree: ["[a*:0123[b*:45]][b:6789]"],
  },
  {
    name: "identical spans nest by key",
    body: "xyz",
    spans: [span("r1", 0, 3, "role"), span("a1", 0, 3, "action")],
    segments: [["xyz", "a1+r1"]],
    tree: ["[a1*:[r1*:xyz]]"],
  },
  {
    name: "same start: longer is outer",
    body: "Mr Big runs",
    spans: [span("r1", 0, 6, "role"), span("a1", 0, 11, "action")],
    segments: [["Mr Big", "a1+r1"], [" runs", "a1"]],
    tree: ["[a1*:[r1*:Mr Big] runs]"],
  },
  {
    name: "a claim across a paragraph break is split per paragraph",
    body: "one two\n\nthree four",
    spans: [span("q1", 4, 14)],
    segments: [["one ", ""], ["two", "q1"], ["three", "q1"], [" four", ""]],
    tree: ["one [q1*:two]", "[q1:three] four"],
  },
  {
    name: "claim covering a whole paragraph",
    body: "alpha\n\nbeta",
    spans: [span("n1", 0, 5, "number")],
    segments: [["alpha", "n1"], ["beta", ""]],
    tree: ["[n1*:alpha]", "beta"],
  },
];

for (const c of CASES) {
  test(`segments: ${c.name}`, () => {
    assert.deepEqual(shape(c.body, c.spans), c.segments);
    assert.deepEqual(tree(c.body, c.spans), c.tree);
  });
}

test("segments cover every character of every paragraph exactly once", () => {
  const body = "The minister said on Friday that 300 troops would go.\n\nA second paragraph.";
  const { segments } = segmentBody(body, [span("q1", 4, 40), span("d1", 21, 27, "date"), span("n1", 33, 45, "number"), span("a1", 0, 52, "action")]);
  for (const p of paragraphRanges(body)) {
    const inside = segments.filter((s) => s.start >= p.start && s.end <= p.end);
    assert.equal(inside.map((s) => s.text).join(""), body.slice(p.start, p.end));
    for (let i = 1; i < inside.length; i++) assert.equal(inside[i].start, inside[i - 1].end);
  }
});

test("the last piece of a split claim is marked last", () => {
  const nodes = nestSegments(segmentBody("0123456789", [span("a", 0, 6), span("b", 4, 10)]).segments)[0];
  const flat: { key: string; first: boolean; last: boolean }[] = [];
  const walk = (ns: SegmentNode[]) => ns.forEach((n) => { if (n.type === "claim") { flat.push({ key: n.key, first: n.first, last: n.last }); walk(n.children); } });
  walk(nodes);
  assert.deepEqual(flat, [
    { key: "a", first: true, last: true },
    { key: "b", first: true, last: false },
    { key: "b", first: false, last: true },
  ]);
});

test("paragraph ranges skip blank-line separators", () => {
  assert.deepEqual(paragraphRanges("a\n\nb\n \n\nc"), [{ start: 0, end: 1 }, { start: 3, end: 4 }, { start: 8, end: 9 }]);
  assert.deepEqual(paragraphRanges(""), []);
  assert.deepEqual(paragraphRanges("single\nline break"), [{ start: 0, end: 17 }]);
});
