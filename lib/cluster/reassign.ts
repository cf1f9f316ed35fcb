// After agglomeration, a local-search pass: an article moves to another cluster when it fits that
// cluster's centroid better than the centroid of its own cluster without it (the reassignment step
// of k-means, leave-one-out). Average-link fixes an article's cluster at its first merge; by the end
// another cluster, of the same storyline, may have grown into one it fits better.
//
// The fit is the cosine with the centroid under the time-weighted similarity: the article's summed
// similarity to the members over the norm of their summed vector, sqrt(sum of all member pairs'
// similarities). That is the average similarity relative to how alike the members are among
// themselves, so a storyline of months, whose members are loosely alike, is not at a disadvantage
// against a tight story of one week. The average similarity alone is the merges' own criterion:
// reassigning by it moves nothing at the defaults and worsens the result where it moves
// (docs/clustering.md). A move also needs what a merge needs: the target's average similarity at the
// threshold and a member at the nearest.

import { DaySums } from "./day-sums";
import type { Vector } from "./weights";
import type { ClusterOptions } from "./types";

export interface Placed {
  vector: Vector;
  days: readonly number[];
  /** stubs are compared by no body similarity and never move */
  stub: boolean;
}

export interface Neighbour {
  item: number;
  sim: number;
}

/**
 * Each pass visits every article once; a move shifts two centroids a little, so later passes move
 * fewer. The cap bounds the cost should two clusters trade an article back and forth.
 */
export const MAX_PASSES = 5;

interface Cluster {
  sums: DaySums;
  size: number;
  /** the members it started with: read only to compute norm2, which is done before its first change */
  initial: readonly number[];
  /**
   * summed similarity over all ordered member pairs, each member with itself included: the squared
   * norm of the summed vector. Computed when first needed: as many dot products as member pairs,
   * spent only on the clusters that a move could involve.
   */
  norm2?: number;
}

/**
 * Groups (item indices) after reassignment, in the order given, empty ones dropped. `neighbours[i]`
 * are the items compared with item i and their similarity: the candidates for its nearest member.
 */
export function reassign(groups: number[][], items: readonly Placed[], neighbours: readonly (readonly Neighbour[])[], opts: Pick<ClusterOptions, "threshold" | "nearest" | "halfLifeDays">): number[][] {
  const clusterOf = new Int32Array(items.length);
  const sim = (i: number, c: Cluster) => c.sums.similarity(items[i].vector, items[i].days, opts.halfLifeDays);
  const clusters: Cluster[] = groups.map((group, k) => {
    const sums = new DaySums();
    for (const i of group) {
      clusterOf[i] = k;
      sums.add(items[i].vector, items[i].days);
    }
    return { sums, size: group.length, initial: group };
  });
  const norm2 = (c: Cluster) => (c.norm2 ??= c.initial.reduce((sum, i) => sum + sim(i, c), 0));

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let moved = false;
    for (let i = 0; i < items.length; i++) {
      const own = clusters[clusterOf[i]];
      if (items[i].stub || own.size < 2) continue;
      // the clusters of its neighbours whose closest member to it is close enough for a merge
      const nearest = new Map<number, number>();
      for (const { item, sim: s } of neighbours[i]) {
        const k = clusterOf[item];
        if (k !== clusterOf[i] && s >= opts.nearest) nearest.set(k, Math.max(nearest.get(k) ?? 0, s));
      }
      if (nearest.size === 0) continue;
      // its own cluster without it: the summed similarity to the others and that cluster's norm
      const ownSum = sim(i, own) - 1;
      let [best, target, targetSum] = [ownSum / Math.sqrt(norm2(own) - 2 * ownSum - 1), -1, 0];
      for (const k of [...nearest.keys()].sort((x, y) => x - y)) {
        const sum = sim(i, clusters[k]);
        if (sum / clusters[k].size < opts.threshold) continue;
        const fit = sum / Math.sqrt(norm2(clusters[k]));
        if (fit > best) [best, target, targetSum] = [fit, k, sum];
      }
      if (target < 0) continue;
      const to = clusters[target];
      own.norm2 = norm2(own) - 2 * ownSum - 1;
      to.norm2 = norm2(to) + 2 * targetSum + 1;
      own.sums.remove(items[i].vector, items[i].days);
      to.sums.add(items[i].vector, items[i].days);
      own.size--;
      to.size++;
      clusterOf[i] = target;
      moved = true;
    }
    if (!moved) break;
  }
  const out: number[][] = groups.map(() => []);
  for (let i = 0; i < items.length; i++) out[clusterOf[i]].push(i);
  return out.filter((group) => group.length > 0);
}
