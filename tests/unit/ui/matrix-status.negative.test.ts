import { test } from "node:test";
import assert from "node:assert/strict";
import { articleStatuses, cellSnippet, cellStatus, divergence, formatNormalizedDate, normToken, shapeRows, type GroupInput, type Source } from "../../../lib/data/comparison-model";

const base: GroupInput = { id: "g", kind: "quote", key: "g", label: "G", consensus: "x", readings: [], members: [], discrepancies: [] };
const A: Source = { key: "a", label: "A", outletId: "a", articleIds: ["A1"] };

test("a group without members has no statuses and every cell is absent", () => {
  const s = articleStatuses(base);
  assert.equal(s.size, 0);
  assert.equal(cellStatus(base, A, s, 0), "absent");
  assert.equal(cellSnippet(base, ["A1"]), null);
});

test("a discrepancy naming an article that is not a member does not invent a cell", () => {
  const g: GroupInput = {
    ...base,
    members: [{ articleId: "A1", claimKey: "q1", reading: "x", text: "x" }],
    discrepancies: [{ id: "d", kind: "quote_wording", severity: "major", status: "open", summary: "", articleIds: ["Z9"], differing: [{ articleIds: ["A1"], words: [] }, { articleIds: ["Z9"], words: ["w"] }] }],
  };
  const s = articleStatuses(g);
  assert.deepEqual([...s.keys()], ["A1"]);
  assert.equal(s.get("A1")!.status, "agrees");
});

test("single-source and info discrepancies never mark a conflict", () => {
  const g: GroupInput = {
    ...base,
    members: [{ articleId: "A1", claimKey: "q1", reading: "x", text: "x" }],
    discrepancies: [{ id: "d", kind: "single_source", severity: "info", status: "open", summary: "", articleIds: ["A1"], differing: [{ articleIds: ["A1"], words: ["x"] }] }],
  };
  assert.equal(cellStatus(g, A, articleStatuses(g), 1), "sole");
});

test("dismissed or not, a discrepancy's severity drives the cell; an unknown severity is minor", () => {
  const g: GroupInput = {
    ...base,
    members: [{ articleId: "A1", claimKey: "q1", reading: "x", text: "x" }, { articleId: "B1", claimKey: "q1", reading: "y", text: "y" }],
    discrepancies: [{ id: "d", kind: "number_conflict", severity: "weird", status: "dismissed", summary: "", articleIds: [], differing: [{ articleIds: ["B1"], words: [] }, { articleIds: ["A1"], words: [] }] }],
  };
  assert.equal(articleStatuses(g).get("A1")!.status, "minor");
  assert.equal(articleStatuses(g).get("B1")!.status, "agrees");
});

test("divergence of a source that reports nothing is 0 of 0, not NaN", () => {
  const rows = shapeRows([], [A]);
  assert.deepEqual(divergence(rows, [A]).map((d) => [d.compared, d.share]), [[0, 0]]);
});

test("malformed normalised dates are not formatted", () => {
  for (const bad of ["", "May 3", "2025-13", "2025-00-10", "2025-05-40", "2025-05-03..", "x..y", "20250503"]) {
    assert.equal(formatNormalizedDate(bad), null, bad);
  }
});

test("tokens compare without case and punctuation; empty tokens are null", () => {
  assert.equal(normToken("Unbreakable,"), "unbreakable");
  assert.equal(normToken("it’s"), "its");
  assert.equal(normToken("—"), null);
  assert.equal(normToken(null), null);
});
