// Naming clusters: the title of the most central member, and ids in order of first member.

import type { StoryCluster } from "./types";

/** How many body words stand in for a missing title. */
const FALLBACK_WORDS = 10;

export interface Member {
  id: string;
  title: string | null;
  body: string;
}

/**
 * Clusters as the API returns them. `groups` hold input indices; `centrality(i)` scores a member
 * (its summed similarity to the other members); the titled member of highest score names the
 * cluster, ties to the earlier input.
 */
export function labelClusters(members: readonly Member[], groups: number[][], centrality: (i: number) => number): StoryCluster[] {
  const sorted = groups.map((g) => [...g].sort((x, y) => x - y)).sort((x, y) => x[0] - y[0]);
  return sorted.map((group, k) => {
    let best = group[0];
    let bestScore = -Infinity;
    for (const i of group) {
      const score = members[i].title ? centrality(i) : -1;
      if (score > bestScore) [best, bestScore] = [i, score];
    }
    return { id: `c${k + 1}`, title: titleOf(members[best]), articles: group.map((i) => members[i].id) };
  });
}

function titleOf(m: Member): string {
  const title = m.title?.trim();
  if (title) return title;
  const words = m.body.trim().split(/\s+/);
  return words.slice(0, FALLBACK_WORDS).join(" ") + (words.length > FALLBACK_WORDS ? " …" : "");
}
