// The heatmap drawn as a few paths: one square per cell in its value's path, a glyph for every value but agreement.
import { test } from "node:test";
import assert from "node:assert/strict";
import { heatmapPaths, layoutHeatmap } from "../../../components/charts/heatmap-geometry";

const squares = (d: string) => d.match(/M[^M]*z/g) ?? [];

test("heatmap paths: each cell in the path of its value, neighbours of one value in a row as one rectangle", () => {
  const values = [["agrees", "conflicts", "absent"], ["minor", "agrees", "sole"]];
  const layout = layoutHeatmap({ rows: ["A", "B"], cols: ["x", "y", "z"], values, cell: 10, gap: 2, labelWidth: 100, headerHeight: 50 });
  const paths = heatmapPaths(layout.cells);
  assert.deepEqual([...paths.keys()].sort(), ["absent", "agrees", "conflicts", "minor", "sole"]);
  assert.deepEqual(squares(paths.get("agrees")!.squares), ["M100 50h10v10h-10z", "M112 62h10v10h-10z"]);
  assert.deepEqual(squares(paths.get("conflicts")!.squares), ["M112 50h10v10h-10z"]);
  const total = [...paths.values()].reduce((n, p) => n + squares(p.squares).length, 0);
  assert.equal(total, layout.cells.length, "no two neighbours share a value here: one rectangle each");

  const runs = heatmapPaths(layoutHeatmap({ rows: ["A", "B"], cols: ["x", "y", "z"], values: [["agrees", "agrees", "conflicts"], ["agrees", "minor", "minor"]], cell: 10, gap: 2, labelWidth: 100, headerHeight: 50 }).cells);
  // two cells and the gap between them; a run never continues into the next row
  assert.deepEqual(squares(runs.get("agrees")!.squares), ["M100 50h22v10h-22z", "M100 62h10v10h-10z"]);
  assert.deepEqual(squares(runs.get("minor")!.squares), ["M112 62h22v10h-22z"]);
  // each cell of a run keeps its own glyph
  assert.equal(runs.get("minor")!.marks, "M114 65.5h6m-6 3h6M126 65.5h6m-6 3h6");
});

test("heatmap paths: agreement is its colour alone; the other values carry a glyph centred in the cell", () => {
  const layout = layoutHeatmap({ rows: ["A"], cols: ["x", "y", "z", "w"], values: [["agrees", "conflicts", "minor", "absent"]], cell: 10, gap: 0, labelWidth: 0, headerHeight: 0 });
  const paths = heatmapPaths(layout.cells);
  assert.equal(paths.get("agrees")!.marks, "");
  // ✕ from (cx-3, cy-3) for the cell at x 10..20, y 0..10
  assert.equal(paths.get("conflicts")!.marks, "M12 2l6 6m0-6l-6 6");
  assert.equal(paths.get("minor")!.marks, "M22 3.5h6m-6 3h6");
  assert.equal(paths.get("absent")!.marks, "M32.5 5h5");
});

test("heatmap paths: no cells, no paths", () => {
  assert.equal(heatmapPaths([]).size, 0);
  const capped = layoutHeatmap({ rows: ["A", "B"], cols: ["x"], values: [["agrees"], ["minor"]], maxRows: 1 });
  assert.equal(heatmapPaths(capped.cells).has("minor"), false, "a row beyond the cap is not drawn");
});
