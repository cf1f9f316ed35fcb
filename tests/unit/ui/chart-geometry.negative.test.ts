import { test } from "node:test";
import assert from "node:assert/strict";
import { layoutHeatmap } from "../../../components/charts/heatmap-geometry";
import { layoutDivergence, shareOf } from "../../../components/charts/divergence-geometry";
import { layoutTimeline, parseDaySpan, splitByWindow } from "../../../components/timeline/timeline-geometry";

test("heatmap: empty input has no cells and no negative size", () => {
  const l = layoutHeatmap({ rows: [], cols: [], values: [] });
  assert.equal(l.cells.length, 0);
  assert.ok(l.width >= 0 && l.height >= 0);
});

test("heatmap: ragged rows skip missing values instead of inventing them", () => {
  const l = layoutHeatmap({ rows: ["a", "b"], cols: ["x", "y"], values: [["agrees"]] });
  assert.equal(l.cells.length, 1);
});

test("heatmap: a non-positive cell size is refused", () => {
  assert.throws(() => layoutHeatmap({ rows: ["a"], cols: ["x"], values: [["agrees"]], cell: 0 }), RangeError);
});

test("divergence: nothing compared is 0, not NaN; impossible counts are clamped to 100%", () => {
  assert.equal(shareOf({ label: "x", compared: 0, major: 0, minor: 0 }), 0);
  assert.equal(shareOf({ label: "x", compared: 2, major: 3, minor: 1 }), 1);
  const l = layoutDivergence([{ label: "x", compared: 0, major: 0, minor: 0 }]);
  assert.equal(l.bars[0].valueText, "not compared");
  assert.ok(Number.isFinite(l.bars[0].majorWidth) && l.bars[0].majorWidth === 0);
});

test("divergence: no outlets still gives a drawable chart", () => {
  const l = layoutDivergence([]);
  assert.equal(l.bars.length, 0);
  assert.ok(l.height > 0);
});

test("timeline: strings that are not dates do not parse", () => {
  for (const bad of ["", "Saturday", "2025-13-01", "2025-02-30", "2025-05-03..2025-05-01", "1..2..3", "25-05-03"]) {
    assert.equal(parseDaySpan(bad), null, bad);
  }
});

test("timeline: no events gives no scale and no lanes", () => {
  const l = layoutTimeline([]);
  assert.equal(l.scale, null);
  assert.deepEqual(l.lanes, []);
});

test("timeline: without a publication date nothing recent is pushed to the background", () => {
  const events = [{ id: "a", spans: [parseDaySpan("2025-05-03")!] }, { id: "b", spans: [parseDaySpan("2025-05-04")!] }];
  const { near, background } = splitByWindow(events, null);
  assert.equal(near.length, 2);
  assert.equal(background.length, 0);
  assert.deepEqual(splitByWindow([], null), { near: [], background: [] });
});
