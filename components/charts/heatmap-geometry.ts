// Pure geometry of the agreement heatmap: sources (rows) by claim groups
// (columns), one square per cell. No React; unit-tested.

export interface HeatmapInput<S extends string> {
  rows: string[];
  cols: string[];
  /** values[row][col] */
  values: S[][];
  cell?: number;
  gap?: number;
  labelWidth?: number;
  headerHeight?: number;
  /** cap on rows and columns drawn (the rest are counted, not drawn) */
  maxRows?: number;
  maxCols?: number;
}

export interface HeatmapCell<S extends string> {
  row: number;
  col: number;
  x: number;
  y: number;
  size: number;
  value: S;
}

export interface HeatmapLayout<S extends string> {
  width: number;
  height: number;
  cells: HeatmapCell<S>[];
  rowLabels: { row: number; text: string; x: number; y: number }[];
  /** every column's label along the top, written upwards from (x, y) */
  colLabels: { col: number; text: string; x: number; y: number }[];
  shownRows: number;
  shownCols: number;
  hiddenRows: number;
  hiddenCols: number;
}

export function layoutHeatmap<S extends string>(input: HeatmapInput<S>): HeatmapLayout<S> {
  const cell = input.cell ?? 16;
  const gap = input.gap ?? 2;
  const labelWidth = input.labelWidth ?? 160;
  const headerHeight = input.headerHeight ?? 130;
  if (cell <= 0 || gap < 0) throw new RangeError("cell must be positive and gap non-negative");
  const shownRows = Math.min(input.rows.length, input.maxRows ?? Infinity);
  const shownCols = Math.min(input.cols.length, input.maxCols ?? Infinity);
  const pitch = cell + gap;
  const cells: HeatmapCell<S>[] = [];
  for (let r = 0; r < shownRows; r++) {
    const row = input.values[r] ?? [];
    for (let c = 0; c < shownCols; c++) {
      if (row[c] === undefined) continue;
      cells.push({ row: r, col: c, x: labelWidth + c * pitch, y: headerHeight + r * pitch, size: cell, value: row[c] });
    }
  }
  // slanted labels need room: their length is capped so they fit the header
  const labelChars = Math.max(4, Math.floor((headerHeight - 10) / 5.5));
  const colLabels = input.cols.slice(0, shownCols).map((text, c) => ({
    col: c, text: truncate(text, labelChars), x: labelWidth + c * pitch + cell / 2, y: headerHeight - 6,
  }));
  return {
    // the last slanted label reaches right of the grid by about half the header's height
    width: labelWidth + Math.max(0, shownCols * pitch - gap) + (shownCols ? Math.round(headerHeight / 2) : 0),
    height: headerHeight + Math.max(0, shownRows * pitch - gap),
    cells,
    rowLabels: input.rows.slice(0, shownRows).map((text, r) => ({ row: r, text, x: labelWidth - 8, y: headerHeight + r * pitch + cell / 2 })),
    colLabels,
    shownRows,
    shownCols,
    hiddenRows: input.rows.length - shownRows,
    hiddenCols: input.cols.length - shownCols,
  };
}

/** Shorten a label to at most `max` characters, ending with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (max < 2) return text.slice(0, Math.max(0, max));
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Per status: its cells' squares as one path (a run of neighbours in a row as one rectangle), and their glyphs as one stroked path. */
export interface HeatmapPaths {
  squares: string;
  marks: string;
}

// glyphs drawn as strokes around a cell's centre: ✕ conflicts, ≈ minor variant, – not reported, ● only source (a round-capped dot); agreement is the colour alone
const MARK: Record<string, ((cx: number, cy: number) => string) | undefined> = {
  conflicts: (cx, cy) => `M${cx - 3} ${cy - 3}l6 6m0-6l-6 6`,
  minor: (cx, cy) => `M${cx - 3} ${cy - 1.5}h6m-6 3h6`,
  absent: (cx, cy) => `M${cx - 2.5} ${cy}h5`,
  sole: (cx, cy) => `M${cx} ${cy}h0`,
};

/**
 * The cells grouped by value into a few paths: a 40 × 40 heatmap is then ten elements, not 1,600
 * links each with a rectangle, a title and a glyph. Neighbours of one value in a row make one
 * rectangle that spans the gaps between them; the chart paints the gaps over it (a pattern).
 * Cells must come row by row, left to right, as layoutHeatmap gives them.
 */
export function heatmapPaths<S extends string>(cells: HeatmapCell<S>[]): Map<S, HeatmapPaths> {
  const out = new Map<S, HeatmapPaths>();
  for (let i = 0; i < cells.length; ) {
    const c = cells[i];
    let j = i + 1;
    while (j < cells.length && cells[j].row === c.row && cells[j].col === cells[j - 1].col + 1 && cells[j].value === c.value) j++;
    const width = cells[j - 1].x + cells[j - 1].size - c.x;
    const p = out.get(c.value) ?? { squares: "", marks: "" };
    p.squares += `M${c.x} ${c.y}h${width}v${c.size}h-${width}z`;
    const mark = MARK[c.value];
    if (mark) for (let k = i; k < j; k++) p.marks += mark(cells[k].x + cells[k].size / 2, cells[k].y + cells[k].size / 2);
    out.set(c.value, p);
    i = j;
  }
  return out;
}
