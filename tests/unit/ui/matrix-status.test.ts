import { test } from "node:test";
import assert from "node:assert/strict";
import {
  articleStatuses, cellSnippet, cellStatus, divergence, formatNormalizedDate, rowLevel, shapeRows,
  type GroupDiscrepancy, type GroupInput, type Source,
} from "../../../lib/data/comparison-model";

const src = (key: string, ...articleIds: string[]): Source => ({ key, label: key.toUpperCase(), outletId: key, articleIds });
const SOURCES = [src("a", "A1"), src("b", "B1"), src("c", "C1", "C2"), src("d", "D1")];

function disc(kind: string, severity: string, sides: [string[], string[]][]): GroupDiscrepancy {
  return {
    id: `${kind}-${severity}`, kind, severity, status: "open", summary: "",
    differing: sides.map(([articleIds, words]) => ({ articleIds, words })),
    articleIds: sides.flatMap(([ids]) => ids),
  };
}

// members: [article, normalised reading, the claim's own words (default: the reading in capitals)]
function group(over: Omit<Partial<GroupInput>, "members"> & { members: [string, string, string?][] }): GroupInput {
  const members = over.members.map(([articleId, reading, text], i) => ({ articleId, claimKey: `k${i}`, reading, text: text ?? reading.toUpperCase() }));
  const readings = [...new Set(members.map((m) => m.reading))].map((n) => ({
    text: n.toUpperCase(), normalized: n, articleIds: members.filter((m) => m.reading === n).map((m) => m.articleId),
  }));
  const { members: _pairs, ...rest } = over;
  return { id: "g", kind: "quote", key: "g", label: "G", consensus: "X", readings, discrepancies: [], ...rest, members };
}

const cases: { name: string; g: GroupInput; want: Record<string, string> }[] = [
  {
    name: "no discrepancy: every reporting source agrees, others absent",
    g: group({ members: [["A1", "x"], ["B1", "x"]] }),
    want: { a: "agrees", b: "agrees", c: "absent", d: "absent" },
  },
  {
    name: "major wording conflict: the non-consensus side conflicts",
    g: group({ members: [["A1", "x"], ["B1", "x"], ["C1", "y"]], discrepancies: [disc("quote_wording", "major", [[["A1", "B1"], ["unshakable"]], [["C1"], ["unbreakable"]]])] }),
    want: { a: "agrees", b: "agrees", c: "conflicts", d: "absent" },
  },
  {
    name: "minor wording conflict: minor variant",
    g: group({ members: [["A1", "x"], ["B1", "x"], ["D1", "y"]], discrepancies: [disc("quote_wording", "minor", [[["A1", "B1"], ["on"]], [["D1"], ["in"]]])] }),
    want: { a: "agrees", b: "agrees", c: "absent", d: "minor" },
  },
  {
    name: "no consensus: every side is set against the others",
    g: group({ consensus: null, members: [["A1", "x"], ["B1", "y"]], discrepancies: [disc("date_conflict", "major", [[["A1"], ["3"]], [["B1"], ["4"]]])] }),
    want: { a: "conflicts", b: "conflicts", c: "absent", d: "absent" },
  },
  {
    name: "an outlet with two articles takes the worse status",
    g: group({ members: [["A1", "x"], ["B1", "x"], ["C1", "x"], ["C2", "y"]], discrepancies: [disc("role_conflict", "major", [[["A1", "B1", "C1"], ["president"]], [["C2"], ["mayor"]]])] }),
    want: { a: "agrees", b: "agrees", c: "conflicts", d: "absent" },
  },
  {
    name: "a neutral source (on no side) agrees",
    g: group({ members: [["A1", "x"], ["B1", "x"], ["C1", "y"], ["D1", "z"]], discrepancies: [disc("quote_wording", "major", [[["A1", "B1"], ["a"]], [["C1"], ["b"]]])] }),
    want: { a: "agrees", b: "agrees", c: "conflicts", d: "agrees" },
  },
  {
    name: "single source: only source",
    g: group({ members: [["B1", "x"]], discrepancies: [disc("single_source", "info", [])] }),
    want: { a: "absent", b: "sole", c: "absent", d: "absent" },
  },
  {
    name: "internal inconsistency makes the article conflict",
    g: group({ members: [["A1", "x"], ["A1", "y"], ["B1", "x"]], discrepancies: [disc("internal_inconsistency", "major", [[["A1"], ["x"]], [["A1"], ["y"]]])] }),
    want: { a: "conflicts", b: "agrees", c: "absent", d: "absent" },
  },
];

for (const c of cases) {
  test(`cell status: ${c.name}`, () => {
    const statuses = articleStatuses(c.g);
    const count = new Set(c.g.members.map((m) => SOURCES.find((s) => s.articleIds.includes(m.articleId))!.key)).size;
    const got = Object.fromEntries(SOURCES.map((s) => [s.key, cellStatus(c.g, s, statuses, count)]));
    assert.deepEqual(got, c.want);
  });
}

test("row level: major, minor, agreement, single", () => {
  assert.equal(rowLevel(cases[1].g, 3), "major");
  assert.equal(rowLevel(cases[2].g, 3), "minor");
  assert.equal(rowLevel(cases[0].g, 2), "agreement");
  assert.equal(rowLevel(cases[6].g, 1), "single");
  // one outlet contradicting itself is still a major problem
  assert.equal(rowLevel(group({ members: [["A1", "x"], ["A1", "y"]], discrepancies: [disc("internal_inconsistency", "major", [[["A1"], []], [["A1"], []]])] }), 1), "major");
});

test("rows: most contested first, single-source last", () => {
  const rows = shapeRows([
    { ...cases[6].g, id: "single", label: "a" },
    { ...cases[0].g, id: "agree", label: "b" },
    { ...cases[2].g, id: "minor", label: "c" },
    { ...cases[1].g, id: "major", label: "d" },
  ], SOURCES);
  assert.deepEqual(rows.map((r) => r.group.id), ["major", "minor", "agree", "single"]);
  assert.deepEqual(rows[0].cells, ["agrees", "agrees", "conflicts", "absent"]);
});

test("divergence: departures over compared groups; single-source groups are not compared", () => {
  const rows = shapeRows([cases[1].g, { ...cases[2].g, id: "g2" }, { ...cases[6].g, id: "g3" }, { ...cases[3].g, id: "g4" }], SOURCES);
  const d = Object.fromEntries(divergence(rows, SOURCES).map((x) => [x.source.key, x]));
  assert.deepEqual([d.a.compared, d.a.major, d.a.minor], [3, 0, 0]);
  // b: compared in g1, g2 and g4 (no consensus there: a conflict, not a departure); the single-source g3 does not count
  assert.deepEqual([d.b.compared, d.b.major, d.b.minor], [3, 0, 0]);
  assert.deepEqual([d.c.compared, d.c.major, d.c.share], [1, 1, 1]);
  assert.deepEqual([d.d.compared, d.d.minor, d.d.share], [1, 1, 1]);
});

test("snippet: a quote shows the differing words of the source's side, as its own article wrote them", () => {
  const g = group({
    members: [["A1", "x", "our bond is Unshakable, she said"], ["B1", "x", "our bond is unshakable"], ["C1", "y", "our bond is  unbreakable!"]],
    discrepancies: [disc("quote_wording", "major", [[["A1", "B1"], ["unshakable"]], [["C1"], ["unbreakable"]]])],
  });
  assert.deepEqual(cellSnippet(g, ["C1"]), { text: "…unbreakable…", articleId: "C1", more: 0, resolved: null });
  assert.equal(cellSnippet(g, ["A1"])?.text, "…Unshakable…");
  assert.equal(cellSnippet(g, ["D1"]), null);
});

test("snippet: side words the source's article does not hold fall back to its own claim words", () => {
  const g = group({
    members: [["A1", "x", "the first words of a long quote that goes on"], ["C1", "y", "other words"]],
    discrepancies: [disc("quote_wording", "major", [[["A1"], ["absent"]], [["C1"], ["words"]]])],
  });
  assert.equal(cellSnippet(g, ["A1"])?.text, "the first words of a long…");
});

test("snippet: slot kinds show the departing reading, else the consensus, in the source's words", () => {
  const g = group({
    kind: "role", consensus: "PRESIDENT",
    members: [["A1", "president", "President"], ["B1", "president", "president"], ["C1", "mayor", "the city Mayor"], ["C1", "president"]],
    discrepancies: [disc("role_conflict", "major", [[["A1", "B1", "C1"], ["president"]], [["C1"], ["mayor"]]])],
  });
  assert.deepEqual(cellSnippet(g, ["C1"]), { text: "the city Mayor", articleId: "C1", more: 1, resolved: null });
  assert.equal(cellSnippet(g, ["B1"])?.text, "president");
});

test("snippet: an article that contradicts itself shows its departing reading", () => {
  const g = group({
    kind: "role", consensus: "PRESIDENT",
    members: [["A1", "president"], ["B1", "president"], ["B1", "mayor", "the city mayor"]],
    discrepancies: [disc("internal_inconsistency", "major", [[["B1"], ["president"]], [["B1"], ["mayor"]]])],
  });
  assert.equal(cellSnippet(g, ["B1"])?.text, "the city mayor");
  assert.equal(cellSnippet(g, ["A1"])?.text, "PRESIDENT");
});

test("snippet: dates show the words written, with the day they resolve to", () => {
  const g = group({ kind: "date", consensus: "Saturday", members: [["A1", "2025-05-03", "on Saturday"]] });
  assert.deepEqual(cellSnippet(g, ["A1"]), { text: "on Saturday", articleId: "A1", more: 0, resolved: "3 May 2025" });
});

test("normalised dates format for display", () => {
  assert.equal(formatNormalizedDate("2025-05-03"), "3 May 2025");
  assert.equal(formatNormalizedDate("2025-05"), "May 2025");
  assert.equal(formatNormalizedDate("1914"), "1914");
  assert.equal(formatNormalizedDate("1846-01-01..1848-12-31"), "1846–1848");
  assert.equal(formatNormalizedDate("2025-04-16..2025-04-18"), "16 Apr 2025 – 18 Apr 2025");
});
