// Average-link agglomeration over a sparse similarity graph: pairs without an edge count as
// similarity 0, so the graph only needs the pairs that blocking found. Merges the two clusters of
// highest average pairwise similarity (already time-weighted, see similarity.ts) until none reaches
// the threshold. Two clusters whose closest pair of members is below `nearest` are never merged.

import { MaxHeap } from "./heap";

export interface Edge {
  a: number;
  b: number;
  sim: number;
}

/** Summed and strongest similarity between two clusters' members. */
interface Link {
  sum: number;
  max: number;
}

interface Node {
  members: number[];
  links: Map<number, Link>;
  version: number;
  alive: boolean;
}

interface Candidate {
  score: number;
  a: number;
  b: number;
  va: number;
  vb: number;
}

/** Clusters of items 0..n-1, each a list of item indices in ascending order. */
export function averageLink(n: number, edges: Edge[], threshold: number, nearest: number): number[][] {
  const nodes: Node[] = Array.from({ length: n }, (_, i) => ({ members: [i], links: new Map(), version: 0, alive: true }));
  for (const { a, b, sim } of edges) {
    nodes[a].links.set(b, { sum: sim, max: sim });
    nodes[b].links.set(a, { sum: sim, max: sim });
  }
  // ties go to the pair with the lower indices, so the result does not depend on heap internals
  const heap = new MaxHeap<Candidate>((x, y) => x.score > y.score || (x.score === y.score && (x.a < y.a || (x.a === y.a && x.b < y.b))));
  const offer = (a: number, b: number, { sum, max }: Link) => {
    if (max < nearest) return;
    const score = sum / (nodes[a].members.length * nodes[b].members.length);
    if (score >= threshold) heap.push({ score, a: Math.min(a, b), b: Math.max(a, b), va: nodes[Math.min(a, b)].version, vb: nodes[Math.max(a, b)].version });
  };
  nodes.forEach((node, a) => node.links.forEach((link, b) => a < b && offer(a, b, link)));

  for (let c = heap.pop(); c; c = heap.pop()) {
    const [x, y] = [nodes[c.a], nodes[c.b]];
    if (!x.alive || !y.alive || x.version !== c.va || y.version !== c.vb) continue;
    // y is folded into x
    y.alive = false;
    x.members = mergeSorted(x.members, y.members);
    x.version++;
    x.links.delete(c.b);
    y.links.delete(c.a);
    for (const [k, l] of y.links) {
      const old = x.links.get(k);
      x.links.set(k, old ? { sum: old.sum + l.sum, max: Math.max(old.max, l.max) } : l);
    }
    for (const [k, l] of x.links) {
      const other = nodes[k].links;
      other.delete(c.b);
      other.set(c.a, l);
      offer(c.a, k, l);
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
