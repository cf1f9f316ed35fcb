import type { StoryCharts } from "@/lib/data/get-story-charts";
import type { CellStatus } from "@/lib/data/comparison-model";
import { heatmapPaths, layoutHeatmap, truncate } from "./heatmap-geometry";

const FILL: Record<CellStatus, string> = {
  agrees: "fill-emerald-600",
  minor: "fill-amber-400",
  conflicts: "fill-rose-600",
  sole: "fill-sky-500",
  absent: "fill-stone-100",
};
const GLYPH_STROKE: Record<CellStatus, string> = {
  agrees: "stroke-white",
  minor: "stroke-stone-900",
  conflicts: "stroke-white",
  sole: "stroke-white",
  absent: "stroke-stone-400",
};
const GAP = 2;
const STATUS_ORDER: CellStatus[] = ["agrees", "minor", "conflicts", "sole", "absent"];

export const HEATMAP_MAX_ROWS = 60;
/** the most contested columns drawn; the matrix has them all */
export const HEATMAP_MAX_COLS = 40;

export function AgreementHeatmap({ storyId, charts }: { storyId: string; charts: StoryCharts }) {
  // few groups: bigger squares, easier to read and to hover
  const cellSize = charts.groups.length <= 30 ? 22 : 16;
  const layout = layoutHeatmap({
    rows: charts.sources.map((s) => truncate(s.label, 24)),
    cols: charts.groups.map((g) => g.label),
    values: charts.cells,
    cell: cellSize,
    gap: GAP,
    maxRows: HEATMAP_MAX_ROWS,
    maxCols: HEATMAP_MAX_COLS,
  });
  const paths = heatmapPaths(layout.cells);
  const gridTop = layout.rowLabels[0] ? layout.rowLabels[0].y - cellSize / 2 : 0;
  const gridLeft = layout.cells[0]?.x ?? 0;
  if (!charts.groups.length) {
    return <p className="text-sm text-stone-600">No claim is reported by two or more outlets yet, so there is nothing to compare.</p>;
  }
  const counts = (i: number) => {
    const c: Record<CellStatus, number> = { agrees: 0, minor: 0, conflicts: 0, sole: 0, absent: 0 };
    for (const v of charts.cells[i] ?? []) c[v]++;
    return c;
  };
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Agreement heatmap, scrollable">
        <svg viewBox={`0 0 ${layout.width} ${layout.height}`} width={layout.width} height={layout.height} role="group" aria-labelledby="heatmap-title heatmap-desc" className="font-sans">
          <title id="heatmap-title">Agreement heatmap: outlets by claim group</title>
          <desc id="heatmap-desc">
            {`Each row is an outlet, each column a claim group reported by two or more outlets, most contested first, labelled along the top; each column opens the comparison it summarises. Cells: coloured alone where the outlet agrees, ≈ minor variant, ✕ conflicts, ● only source, – not reported. The table after the chart gives each outlet's counts.`}
          </desc>
          <g className="fill-stone-600 text-[10px] [&_a:hover]:fill-indigo-700">
            {layout.colLabels.map((t) => (
              <a key={t.col} href={`/stories/${storyId}/groups/${charts.groups[t.col].id}`}>
                <text x={t.x} y={t.y} transform={`rotate(-60 ${t.x} ${t.y})`}>
                  <title>{charts.groups[t.col].label}</title>
                  {t.text}
                </text>
              </a>
            ))}
          </g>
          <g textAnchor="end" className="fill-stone-700 text-[11px]">
            {layout.rowLabels.map((l) => (
              <text key={l.row} x={l.x} y={l.y + 4}>{l.text}</text>
            ))}
          </g>
          <defs>
            {/* the white gaps between cells, painted over the runs of one value that span them */}
            <pattern id="heatmap-gaps" patternUnits="userSpaceOnUse" x={gridLeft} y={gridTop} width={cellSize + GAP} height={cellSize + GAP}>
              <path d={`M${cellSize} 0h${GAP}v${cellSize + GAP}h-${GAP}z`} className="fill-white" />
            </pattern>
          </defs>
          <g className="pointer-events-none" strokeWidth={1.6} strokeLinecap="round">
            {STATUS_ORDER.filter((v) => paths.has(v)).map((v) => (
              <path key={v} d={paths.get(v)!.squares} className={FILL[v]} />
            ))}
            <rect x={gridLeft} y={gridTop} width={layout.width - gridLeft} height={layout.height - gridTop} fill="url(#heatmap-gaps)" />
            {STATUS_ORDER.filter((v) => paths.get(v)?.marks).map((v) => (
              <path key={v} d={paths.get(v)!.marks} className={`fill-none ${GLYPH_STROKE[v]}`} strokeWidth={v === "sole" ? 4 : undefined} />
            ))}
          </g>
          {/* each column, over its cells, opens the comparison too (its label is the link keyboards reach) */}
          {layout.colLabels.map((t) => (
            <a key={t.col} href={`/stories/${storyId}/groups/${charts.groups[t.col].id}`} tabIndex={-1} aria-hidden>
              <rect x={t.x - cellSize / 2} y={gridTop} width={cellSize} height={layout.height - gridTop} className="fill-transparent hover:fill-indigo-600/15" />
            </a>
          ))}
        </svg>
      </div>
      {layout.hiddenCols > 0 || layout.hiddenRows > 0 ? (
        <p className="text-xs text-stone-500">
          Showing the {layout.shownCols} most contested of {charts.groups.length} compared groups
          {layout.hiddenRows > 0 ? ` and the first ${layout.shownRows} of ${charts.sources.length} outlets` : ""}; the matrix has them all.
        </p>
      ) : null}
      <details className="rounded-md border border-stone-200 bg-stone-50 px-3 py-2 text-sm">
        <summary className="cursor-pointer font-medium text-stone-700">Heatmap as a table</summary>
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label="Heatmap table, scrollable">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Per outlet: how many compared claim groups it agrees with, varies on, conflicts on, or does not report</caption>
            <thead className="text-xs uppercase tracking-wide text-stone-600">
              <tr>
                <th scope="col" className="py-1 pr-4 font-medium">Outlet</th>
                <th scope="col" className="py-1 pr-4 font-medium">✓ Agrees</th>
                <th scope="col" className="py-1 pr-4 font-medium">≈ Minor</th>
                <th scope="col" className="py-1 pr-4 font-medium">✕ Conflicts</th>
                <th scope="col" className="py-1 pr-4 font-medium">– Not reported</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {charts.sources.map((s, i) => {
                const c = counts(i);
                return (
                  <tr key={s.key}>
                    <th scope="row" className="py-1 pr-4 font-normal text-stone-900">{s.label}</th>
                    <td className="py-1 pr-4 tabular-nums">{c.agrees}</td>
                    <td className="py-1 pr-4 tabular-nums">{c.minor}</td>
                    <td className="py-1 pr-4 tabular-nums">{c.conflicts}</td>
                    <td className="py-1 pr-4 tabular-nums">{c.absent}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
