// Pure geometry of the divergence bar chart: one horizontal bar per source,
// its length the share of compared claim groups where the source departs from
// the consensus, split into conflicting (major) and minor departures.

export interface DivergenceItem {
  label: string;
  compared: number;
  major: number;
  minor: number;
}

export interface DivergenceBar {
  index: number;
  label: string;
  y: number;
  height: number;
  x: number;
  /** width of the conflicting part, then of the minor part, from x */
  majorWidth: number;
  minorWidth: number;
  share: number;
  /** "40% (2 of 5)" or "not compared" */
  valueText: string;
  valueX: number;
  compared: number;
}

export interface DivergenceLayout {
  width: number;
  height: number;
  plotX: number;
  plotWidth: number;
  bars: DivergenceBar[];
  ticks: { value: number; x: number; text: string }[];
  axisY: number;
}

export interface DivergenceOptions {
  width?: number;
  labelWidth?: number;
  valueWidth?: number;
  barHeight?: number;
  gap?: number;
  top?: number;
}

export function shareOf(item: DivergenceItem): number {
  if (item.compared <= 0) return 0;
  return Math.min(1, Math.max(0, (item.major + item.minor) / item.compared));
}

/** Sorted most divergent first; sources with nothing compared go last. */
export function sortDivergence<T extends DivergenceItem>(items: T[]): T[] {
  return [...items].sort((a, b) =>
    (b.compared > 0 ? 1 : 0) - (a.compared > 0 ? 1 : 0) || shareOf(b) - shareOf(a) || b.compared - a.compared ||
    (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

export function layoutDivergence(items: DivergenceItem[], opts: DivergenceOptions = {}): DivergenceLayout {
  const width = opts.width ?? 720;
  const labelWidth = opts.labelWidth ?? 180;
  const valueWidth = opts.valueWidth ?? 110;
  const barHeight = opts.barHeight ?? 18;
  const gap = opts.gap ?? 8;
  const top = opts.top ?? 24;
  const plotX = labelWidth;
  const plotWidth = Math.max(10, width - labelWidth - valueWidth);
  const bars = items.map((item, index) => {
    const share = shareOf(item);
    const total = share * plotWidth;
    const parts = item.major + item.minor;
    const majorWidth = parts ? total * (item.major / parts) : 0;
    const pct = Math.round(share * 100);
    return {
      index,
      label: item.label,
      y: top + index * (barHeight + gap),
      height: barHeight,
      x: plotX,
      majorWidth,
      minorWidth: total - majorWidth,
      share,
      valueText: item.compared > 0 ? `${pct}% (${parts} of ${item.compared})` : "not compared",
      valueX: plotX + total + 6,
      compared: item.compared,
    };
  });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((v) => ({ value: v, x: plotX + v * plotWidth, text: `${v * 100}%` }));
  const height = top + items.length * (barHeight + gap) - (items.length ? gap : 0) + 8;
  return { width, height: Math.max(height, top + 8), plotX, plotWidth, bars, ticks, axisY: top - 6 };
}
