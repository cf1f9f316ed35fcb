// Average-link agglomeration over a sparse similarity graph: pairs without an edge count as
// similarity 0, so the graph only needs the pairs that blocking found. Merges the two clusters of
// highest average pairwise similarity until none reaches the threshold.

import { MaxHeap } from "./heap";

export interface Edge {
  a: number;
  b: number;
  sim: number;
}

interface Node {
  members: number[];
  /** summed similarity to each neighbouring cluster */
  links: Map<number, number>;
  version: number;
  alive: boolean;
}

interface Candidate {
  avg: number;
  a: number;
  b: number;
  va: number;
  vb: number;
}

/** Clusters of items 0..n-1, each a list of item indices in ascending order. */
export function averageLink(n: number, edges: Edge[], threshold: number): number[][] {
  const nodes: Node[] = Array.from({ length: n }, (_, i) => ({ members: [i], links: new Map(), version: 0, alive: true }));
  for (const { a, b, sim } of edges) {
    nodes[a].links.set(b, (nodes[a].links.get(b) ?? 0) + sim);
    nodes[b].links.set(a, (nodes[b].links.get(a) ?? 0) + sim);
  }
  // ties go to the pair with the lower indices, so the result does not depend on heap internals
  const heap = new MaxHeap<Candidate>((x, y) => x.avg > y.avg || (x.avg === y.avg && (x.a < y.a || (x.a === y.a && x.b < y.b))));
  const offer = (a: number, b: number, sum: number) => {
    const avg = sum / (nodes[a].members.length * nodes[b].members.length);
    if (avg >= threshold) heap.push({ avg, a: Math.min(a, b), b: Math.max(a, b), va: nodes[Math.min(a, b)].version, vb: nodes[Math.max(a, b)].version });
  };
  nodes.forEach((node, a) => node.links.forEach((sum, b) => a < b && offer(a, b, sum)));

  for (let c = heap.pop(); c; c = heap.pop()) {
    const [x, y] = [nodes[c.a], nodes[c.b]];
    if (!x.alive || !y.alive || x.version !== c.va || y.version !== c.vb) continue;
    // y is folded into x
    y.alive = false;
    x.members = mergeSorted(x.members, y.members);
    x.version++;
    x.links.delete(c.b);
    y.links.delete(c.a);
    for (const [k, sum] of y.links) x.links.set(k, (x.links.get(k) ?? 0) + sum);
    for (const [k, sum] of x.links) {
      const other = nodes[k].links;
      other.delete(c.b);
      other.set(c.a, sum);
      offer(c.a, k, sum);
    }
  }
  return nodes.filter((node) => node.alive).map((node) => node.members);
}

function mergeSorted(xs: number[], ys: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < xs.length || j < ys.length) out.push(j >= ys.length || (i < xs.length && xs[i] < ys[j]) ? xs[i++] : ys[j++]);
  return out;
}
