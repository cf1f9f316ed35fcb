import type { StoryCharts } from "@/lib/data/get-story-charts";
import { layoutDivergence, sortDivergence } from "./divergence-geometry";
import { truncate } from "./heatmap-geometry";

const r1 = (n: number) => Math.round(n * 10) / 10;

export function DivergenceChart({ charts }: { charts: StoryCharts }) {
  const items = sortDivergence(charts.divergence);
  const layout = layoutDivergence(items);
  type Bar = (typeof layout.bars)[number];
  // one rectangle per bar with a width, rounded to a tenth of a pixel
  const bars = (span: (b: Bar) => [number, number]) =>
    layout.bars.map((b) => {
      const [x, w] = span(b).map(r1);
      return w > 0 ? `M${x} ${r1(b.y)}h${w}v${r1(b.height)}h-${w}z` : "";
    }).join("");
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto">
        <svg viewBox={`0 0 ${layout.width} ${layout.height}`} width="100%" role="img" aria-labelledby="divergence-title divergence-desc" className="min-w-[560px] max-w-3xl font-sans">
          <title id="divergence-title">Divergence from consensus by outlet</title>
          <desc id="divergence-desc">
            {items.map((b) => `${b.label}: ${b.compared ? `${Math.round((b.share) * 100)}% of ${b.compared} compared claim groups (${b.major} conflicting, ${b.minor} minor)` : "nothing compared"}`).join("; ")}
          </desc>
          {layout.ticks.map((t) => (
            <g key={t.value}>
              <line x1={t.x} x2={t.x} y1={layout.axisY} y2={layout.height - 6} className="stroke-stone-200" />
              <text x={t.x} y={layout.axisY - 4} textAnchor="middle" className="fill-stone-500 text-[10px]">{t.text}</text>
            </g>
          ))}
          {/* the bars as three paths (background, conflicting, minor) and the labels in two groups: few nodes for many outlets */}
          <path d={bars((b) => [b.x, layout.plotWidth])} className="fill-stone-100" />
          <path d={bars((b) => [b.x, b.majorWidth])} className="fill-rose-600" />
          <path d={bars((b) => [b.x + b.majorWidth, b.minorWidth])} className="fill-amber-400" />
          <g textAnchor="end" className="fill-stone-800 text-[12px]">
            {layout.bars.map((b) => (
              <text key={b.index} x={b.x - 8} y={r1(b.y + b.height / 2 + 4)}>
                <title>{b.label}</title>
                {truncate(b.label, 26)}
              </text>
            ))}
          </g>
          <g className="fill-stone-700 text-[11px] tabular-nums">
            {layout.bars.map((b) => (
              <text key={b.index} x={r1(b.valueX)} y={r1(b.y + b.height / 2 + 4)}>{b.valueText}</text>
            ))}
          </g>
        </svg>
      </div>
      <ul className="flex flex-wrap gap-4 text-xs text-stone-600" aria-label="Chart legend">
        <li className="flex items-center gap-1.5"><span aria-hidden className="inline-block h-3 w-3 rounded-sm bg-rose-600" />✕ conflicting reading</li>
        <li className="flex items-center gap-1.5"><span aria-hidden className="inline-block h-3 w-3 rounded-sm bg-amber-400" />≈ minor variant</li>
        <li className="flex items-center gap-1.5"><span aria-hidden className="inline-block h-3 w-3 rounded-sm border border-stone-300 bg-stone-100" />rest of the compared groups</li>
      </ul>
      <details className="rounded-md border border-stone-200 bg-stone-50 px-3 py-2 text-sm">
        <summary className="cursor-pointer font-medium text-stone-700">Divergence as a table</summary>
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label="Divergence table, scrollable">
          <table className="w-full text-left text-sm">
            <thead className="text-xs uppercase tracking-wide text-stone-600">
              <tr>
                <th scope="col" className="py-1 pr-4 font-medium">Outlet</th>
                <th scope="col" className="py-1 pr-4 font-medium">Compared groups</th>
                <th scope="col" className="py-1 pr-4 font-medium">✕ Conflicting</th>
                <th scope="col" className="py-1 pr-4 font-medium">≈ Minor</th>
                <th scope="col" className="py-1 pr-4 font-medium">Divergence</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {items.map((d) => (
                <tr key={d.key}>
                  <th scope="row" className="py-1 pr-4 font-normal text-stone-900">{d.label}</th>
                  <td className="py-1 pr-4 tabular-nums">{d.compared}</td>
                  <td className="py-1 pr-4 tabular-nums">{d.major}</td>
                  <td className="py-1 pr-4 tabular-nums">{d.minor}</td>
                  <td className="py-1 pr-4 tabular-nums">{d.compared ? `${Math.round(d.share * 100)}%` : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
