import "server-only";
import { loadStoryComparison } from "./load-story-comparison";
import { divergence, shapeRows, type CellStatus } from "./comparison-model";

export interface StoryCharts {
  sources: { key: string; label: string; outletId: string | null }[];
  /** claim groups reported by two or more sources, most contested first */
  groups: { id: string; label: string; kind: string }[];
  /** cells[source][group] */
  cells: CellStatus[][];
  divergence: { key: string; label: string; compared: number; major: number; minor: number; share: number }[];
}

/** Data for the agreement heatmap (sources × compared groups) and the divergence chart. */
export async function getStoryCharts(storyId: string): Promise<StoryCharts> {
  const { sources, groups } = await loadStoryComparison(storyId);
  const rows = shapeRows(groups, sources);
  const compared = rows.filter((r) => r.sourceCount >= 2);
  return {
    sources: sources.map((s) => ({ key: s.key, label: s.label, outletId: s.outletId })),
    groups: compared.map((r) => ({ id: r.group.id, label: r.group.label, kind: r.group.kind })),
    cells: sources.map((_, i) => compared.map((r) => r.cells[i])),
    divergence: divergence(rows, sources).map((d) => ({
      key: d.source.key, label: d.source.label, compared: d.compared, major: d.major, minor: d.minor, share: d.share,
    })),
  };
}
