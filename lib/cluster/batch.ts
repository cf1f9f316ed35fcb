// Batch clustering: IDF over the whole collection, candidate pairs through the key index, then
// average-link over the candidate graph, refined by moving articles to the cluster they fit better
// (reassign.ts); then lone pages join the story their title names.

import { averageLink, type Edge } from "./average-link";
import { KeyIndex } from "./blocking";
import { labelClusters } from "./label";
import { reassign, type Neighbour } from "./reassign";
import { DEFAULT_OPTIONS, prepare, similarity } from "./similarity";
import { attachByTitle } from "./titles";
import { DocumentFrequencies, topTerms, weightVector, type Vector } from "./weights";
import type { ClusterInput, ClusterOptions, StoryCluster } from "./types";

export function clusterBatch(inputs: readonly ClusterInput[], options: Partial<ClusterOptions> = {}): StoryCluster[] {
  const opts = { ...DEFAULT_OPTIONS, ...options };
  const prepared = inputs.map(prepare);
  const df = new DocumentFrequencies();
  for (const p of prepared) df.add(p.terms.keys());
  const vectors: Vector[] = prepared.map((p) => weightVector(p.terms, df));

  const index = new KeyIndex();
  const edges: Edge[] = [];
  prepared.forEach((p, i) => {
    if (p.stub) return;
    const keys = topTerms(vectors[i], opts.blockingTerms);
    for (const j of index.candidates(keys)) {
      const sim = similarity(vectors[i], p.days, vectors[j], prepared[j].days, opts.halfLifeDays);
      if (sim > 0) edges.push({ a: j, b: i, sim });
    }
    index.add(i, keys);
  });

  const pairSim = (i: number, j: number) => (prepared[i].stub || prepared[j].stub ? 0 : similarity(vectors[i], prepared[i].days, vectors[j], prepared[j].days, opts.halfLifeDays));
  const neighbours: Neighbour[][] = inputs.map(() => []);
  for (const { a, b, sim } of edges) {
    neighbours[a].push({ item: b, sim });
    neighbours[b].push({ item: a, sim });
  }
  const placed = prepared.map((p, i) => ({ vector: vectors[i], days: p.days, stub: p.stub }));
  const groups = attachByTitle(reassign(averageLink(inputs.length, edges, opts, pairSim), placed, neighbours, opts), prepared, df, opts);
  // centrality: each member's summed similarity to the other members of its group
  const groupOf = new Int32Array(inputs.length);
  groups.forEach((g, k) => g.forEach((i) => (groupOf[i] = k)));
  const centrality = new Float64Array(inputs.length);
  for (const { a, b, sim } of edges) {
    if (groupOf[a] !== groupOf[b]) continue;
    centrality[a] += sim;
    centrality[b] += sim;
  }
  return labelClusters(inputs, groups, (i) => centrality[i]);
}
