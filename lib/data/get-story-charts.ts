import "server-only";
import { getComparisonRows } from "./get-story-matrix";
import { cachedStoryPart } from "./page-cache";
import { divergence, type CellStatus } from "./comparison-model";

export interface StoryCharts {
  sources: { key: string; label: string; outletId: string | null }[];
  /** claim groups reported by two or more sources, most contested first */
  groups: { id: string; label: string; kind: string }[];
  /** cells[source][group] */
  cells: CellStatus[][];
  divergence: { key: string; label: string; compared: number; major: number; minor: number; share: number }[];
}

/** Data for the agreement heatmap (sources × compared groups) and the divergence chart, kept until the story changes. */
export function getStoryCharts(storyId: string): Promise<StoryCharts> {
  return cachedStoryPart(storyId, "charts", () => chartsOf(storyId));
}

async function chartsOf(storyId: string): Promise<StoryCharts> {
  const { sources, rows } = await getComparisonRows(storyId);
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
