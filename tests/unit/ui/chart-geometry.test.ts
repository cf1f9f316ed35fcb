import { test } from "node:test";
import assert from "node:assert/strict";
import { layoutHeatmap, truncate } from "../../../components/charts/heatmap-geometry";
import { layoutDivergence, sortDivergence } from "../../../components/charts/divergence-geometry";
import { dayScale, dayTicks, layoutTimeline, parseDaySpan, placeMarkLabels, splitByWindow } from "../../../components/timeline/timeline-geometry";

const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

test("heatmap: cells on a regular grid right of the labels, below the header", () => {
  const l = layoutHeatmap({ rows: ["A", "B"], cols: ["g1", "g2", "g3"], values: [["agrees", "minor", "absent"], ["conflicts", "agrees", "agrees"]], cell: 10, gap: 2, labelWidth: 100, headerHeight: 20 });
  assert.equal(l.cells.length, 6);
  assert.deepEqual(l.cells[0], { row: 0, col: 0, x: 100, y: 20, size: 10, value: "agrees" });
  assert.deepEqual([l.cells[5].x, l.cells[5].y], [124, 32]);
  assert.equal(l.width, 100 + 3 * 12 - 2 + 10);
  assert.equal(l.height, 20 + 2 * 12 - 2);
  assert.deepEqual(l.rowLabels.map((r) => [r.x, r.y]), [[92, 25], [92, 37]]);
  assert.deepEqual(l.colLabels.map((t) => t.text), ["g1", "g2", "g3"]);
});

test("heatmap: column labels are cut to what the slanted header holds", () => {
  const long = "A claim group label far longer than any header could hold";
  const l = layoutHeatmap({ rows: ["A"], cols: [long, "short"], values: [["agrees", "agrees"]], headerHeight: 120 });
  assert.ok(l.colLabels[0].text.length <= 20 && l.colLabels[0].text.endsWith("…"), l.colLabels[0].text);
  assert.equal(l.colLabels[1].text, "short");
});

test("heatmap: caps rows and columns and reports what it hides", () => {
  const rows = Array.from({ length: 70 }, (_, i) => `o${i}`);
  const cols = Array.from({ length: 200 }, (_, i) => `g${i}`);
  const values = rows.map(() => cols.map(() => "agrees"));
  const l = layoutHeatmap({ rows, cols, values, maxRows: 60, maxCols: 60 });
  assert.equal(l.cells.length, 3600);
  assert.deepEqual([l.shownRows, l.hiddenRows, l.shownCols, l.hiddenCols], [60, 10, 60, 140]);
  assert.equal(l.colLabels.length, 60);
});

test("divergence: bar length is the share of compared groups, split conflicting / minor", () => {
  const l = layoutDivergence([{ label: "A", compared: 10, major: 2, minor: 3 }, { label: "B", compared: 4, major: 0, minor: 0 }], { width: 500, labelWidth: 100, valueWidth: 100, barHeight: 10, gap: 5, top: 20 });
  assert.equal(l.plotWidth, 300);
  const [a, b] = l.bars;
  assert.equal(a.share, 0.5);
  assert.equal(a.majorWidth, 60);
  assert.equal(a.minorWidth, 90);
  assert.equal(a.valueText, "50% (5 of 10)");
  assert.equal(a.valueX, 100 + 150 + 6);
  assert.deepEqual([a.y, b.y], [20, 35]);
  assert.equal(b.majorWidth + b.minorWidth, 0);
  assert.deepEqual(l.ticks.map((t) => t.x), [100, 175, 250, 325, 400]);
});

test("divergence: most divergent first, nothing-compared last", () => {
  const sorted = sortDivergence([
    { label: "none", compared: 0, major: 0, minor: 0 },
    { label: "low", compared: 10, major: 1, minor: 0 },
    { label: "high", compared: 4, major: 2, minor: 0 },
  ]);
  assert.deepEqual(sorted.map((s) => s.label), ["high", "low", "none"]);
});

test("timeline: normalised dates parse into day spans", () => {
  assert.deepEqual(parseDaySpan("2025-05-03"), { start: day("2025-05-03"), end: day("2025-05-03") });
  assert.deepEqual(parseDaySpan("2025-02"), { start: day("2025-02-01"), end: day("2025-02-28") });
  assert.deepEqual(parseDaySpan("2024-12"), { start: day("2024-12-01"), end: day("2024-12-31") });
  assert.deepEqual(parseDaySpan("1914"), { start: day("1914-01-01"), end: day("1914-12-31") });
  assert.deepEqual(parseDaySpan("1846-01-01..1848-12-31"), { start: day("1846-01-01"), end: day("1848-12-31") });
});

test("timeline: day scale maps the padded domain onto the plot", () => {
  const s = dayScale([day("2025-05-01"), day("2025-05-11")], [100, 300], 0);
  assert.equal(s.x(day("2025-05-01")), 100);
  assert.equal(s.x(day("2025-05-11")), 300);
  assert.equal(s.x(day("2025-05-06")), 200);
  // one-day domains widen so the mark sits in the middle
  const one = dayScale([day("2025-05-03"), day("2025-05-03")], [0, 70]);
  assert.equal(one.x(day("2025-05-03")), 35);
});

test("timeline: lanes, point marks at mid-day, bars over their days, conflicts kept", () => {
  const l = layoutTimeline([
    { id: "e1", label: "call", marks: [{ key: "2025-04-16", span: parseDaySpan("2025-04-16")!, conflict: false }] },
    { id: "e2", label: "speech", marks: [
      { key: "2025-05-03", span: parseDaySpan("2025-05-03")!, conflict: false },
      { key: "2025-05-04", span: parseDaySpan("2025-05-04")!, conflict: true },
    ] },
    { id: "e3", label: "month", marks: [{ key: "2025-04", span: parseDaySpan("2025-04")!, conflict: false }] },
  ], { width: 800, labelWidth: 200, laneHeight: 20, top: 30 });
  assert.deepEqual(l.lanes.map((x) => x.y), [40, 60, 80]);
  const s = l.scale!;
  const [m1] = l.lanes[0].marks;
  assert.ok(m1.point);
  assert.equal(m1.x, s.x(day("2025-04-16") + 0.5));
  const [a, b] = l.lanes[1].marks;
  assert.ok(b.x > a.x && b.conflict && !a.conflict);
  const [month] = l.lanes[2].marks;
  assert.ok(!month.point);
  assert.equal(month.x, s.x(day("2025-04-01")));
  assert.ok(Math.abs(month.x + month.width - s.x(day("2025-05-01"))) < 1e-9);
  assert.ok(l.lanes.flatMap((x) => x.marks).every((m) => m.x >= l.plotX && m.x + m.width <= l.plotX + l.plotWidth));
  assert.ok(l.ticks.length > 1 && l.ticks.length <= 8);
  assert.ok(l.ticks.every((t, i) => i === 0 || t.x > l.ticks[i - 1].x));
});

test("timeline: ticks are weekly over a month, yearly over decades", () => {
  const month = dayTicks(dayScale([day("2025-04-10"), day("2025-05-05")], [0, 500]));
  assert.ok(month.every((t) => new Date(t.day * 86_400_000).getUTCDay() === 1), "weekly ticks on Mondays");
  const decades = dayTicks(dayScale([day("1846-01-01"), day("1914-12-31")], [0, 500]));
  assert.ok(decades.length >= 2 && decades.length <= 8);
  assert.ok(decades.every((t) => /^\d{4}$/.test(t.text)));
});

test("timeline: history far before the story goes to the background", () => {
  const events = [
    { id: "war", spans: [parseDaySpan("1846-01-01..1848-12-31")!] },
    { id: "call", spans: [parseDaySpan("2025-04-16")!] },
    { id: "speech", spans: [parseDaySpan("2025-05-03")!] },
  ];
  const { near, background } = splitByWindow(events, day("2025-05-04"));
  assert.deepEqual(near.map((e) => e.id), ["call", "speech"]);
  assert.deepEqual(background.map((e) => e.id), ["war"]);
});

test("truncate adds an ellipsis only when needed", () => {
  assert.equal(truncate("short", 10), "short");
  assert.equal(truncate("a longer label here", 10), "a longer…");
});

test("timeline labels: none overlaps another or a mark; crowded ones go below, then away", () => {
  const marks = [{ x: 100, width: 0, point: true }, { x: 130, width: 0, point: true }, { x: 160, width: 0, point: true }, { x: 600, width: 0, point: true }];
  const texts = ["3 May 2025 · Alpha", "4 May 2025 · Beta", "5 May 2025 · Gamma", "9 May 2025 · 2 outlets"];
  const placed = placeMarkLabels(marks, texts, 1000);
  // the first label would cover the second mark: it goes below; the second has no room left; the third fits on its line
  assert.deepEqual(placed.map((p) => p.row), [1, null, 0, 0]);
  assert.deepEqual([placed[3].anchor, placed[3].x], ["start", 609]);
});

test("timeline labels: near the right edge a label goes left of its mark", () => {
  const [p] = placeMarkLabels([{ x: 990, width: 0, point: true }], ["3 May 2025"], 1000);
  assert.deepEqual([p.anchor, p.x, p.row], ["end", 981, 0]);
});
