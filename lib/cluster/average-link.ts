// Average-link agglomeration over a sparse similarity graph: the graph only needs the pairs that
// blocking found, and clusters no edge connects are never merged. Merges the two clusters of highest
// average pairwise similarity (already time-weighted, see similarity.ts) until none reaches the
// threshold. Two clusters whose closest pair of members is below `nearest` are never merged.
// Two clusters of two or more articles each are two established stories: they merge only when they
// are alike across in proportion to how alike they are within (`cohesion`), so that the vocabulary of a country, a company
// or a storyline that two stories share does not glue them together by a low but broad average.
//
// Once a compared pair links two clusters closely enough to merge them (`nearest`), their average is
// over all their member pairs, also those blocking did not compare (`pairSim` computes them):
// counting those as 0 would make a member that shares the story's words but not its ten heaviest
// ones (a short report, a different angle) look far from the cluster it belongs to, and would make
// the result depend on the blocking keys. The incremental mode scores against all members of a
// candidate cluster too. Links by a weak pair alone (a shared common name) are not completed: they
// cannot lead to a merge, and completing them would cost comparisons that grow faster than the input.

import { MaxHeap } from "./heap";

export interface Edge {
  a: number;
  b: number;
  sim: number;
}

/** Summed and strongest similarity between two clusters' members; complete when over all their pairs. */
interface Link {
  sum: number;
  max: number;
  complete: boolean;
}

const NO_LINK: Link = { sum: 0, max: 0, complete: false };

interface Node {
  members: number[];
  /** summed similarity of the member pairs inside the cluster */
  inner: number;
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

export interface MergeLimits {
  /** the average similarity across two clusters that a merge needs */
  threshold: number;
  /** the similarity of their closest pair that a merge needs */
  nearest: number;
  /** two clusters of two or more merge only when their average across is at least this share of the lower average within */
  cohesion: number;
}

/** Clusters of items 0..n-1, each a list of item indices in ascending order. */
export function averageLink(n: number, edges: Edge[], limits: MergeLimits, pairSim: (a: number, b: number) => number): number[][] {
  const { threshold, nearest, cohesion } = limits;
  const nodes: Node[] = Array.from({ length: n }, (_, i) => ({ members: [i], inner: 0, links: new Map(), version: 0, alive: true }));
  const innerMean = (node: Node) => node.inner / ((node.members.length * (node.members.length - 1)) / 2);
  for (const { a, b, sim } of edges) {
    nodes[a].links.set(b, { sum: sim, max: sim, complete: true });
    nodes[b].links.set(a, { sum: sim, max: sim, complete: true });
  }
  // ties go to the pair with the lower indices, so the result does not depend on heap internals
  const heap = new MaxHeap<Candidate>((x, y) => x.score > y.score || (x.score === y.score && (x.a < y.a || (x.a === y.a && x.b < y.b))));
  // the link of two clusters over all their member pairs
  const exact = (xs: number[], ys: number[]): Link => {
    let [sum, max] = [0, 0];
    for (const a of xs) for (const b of ys) {
      const sim = pairSim(a, b);
      sum += sim;
      max = Math.max(max, sim);
    }
    return { sum, max, complete: true };
  };
  const offer = (a: number, b: number, { sum, max }: Link) => {
    if (max < nearest) return;
    const [x, y] = [nodes[a], nodes[b]];
    const score = sum / (x.members.length * y.members.length);
    if (x.members.length > 1 && y.members.length > 1 && score < cohesion * Math.min(innerMean(x), innerMean(y))) return;
    if (score >= threshold) heap.push({ score, a: Math.min(a, b), b: Math.max(a, b), va: nodes[Math.min(a, b)].version, vb: nodes[Math.max(a, b)].version });
  };
  nodes.forEach((node, a) => node.links.forEach((link, b) => a < b && offer(a, b, link)));

  for (let c = heap.pop(); c; c = heap.pop()) {
    const [x, y] = [nodes[c.a], nodes[c.b]];
    if (!x.alive || !y.alive || x.version !== c.va || y.version !== c.vb) continue;
    // y is folded into x
    y.alive = false;
    x.version++;
    x.inner += y.inner + x.links.get(c.b)!.sum;
    x.links.delete(c.b);
    y.links.delete(c.a);
    x.members = mergeSorted(x.members, y.members);
    for (const k of new Set([...x.links.keys(), ...y.links.keys()])) {
      const [lx, ly] = [x.links.get(k) ?? NO_LINK, y.links.get(k) ?? NO_LINK];
      const link = { sum: lx.sum + ly.sum, max: Math.max(lx.max, ly.max), complete: lx.complete && ly.complete };
      x.links.set(k, link.max >= nearest && !link.complete ? exact(x.members, nodes[k].members) : link);
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
