// Incremental clustering, as a live inbox would run it: articles arrive one at a time, IDF is what
// the articles so far give, and each article joins the existing cluster of highest score (the
// batch's average-link score: average similarity to the members times the time factor of the gap
// to the cluster's date span, with a close enough nearest member) or starts a new one.

import { KeyIndex } from "./blocking";
import { labelClusters } from "./label";
import { DEFAULT_OPTIONS, prepare, type Prepared } from "./similarity";
import { dayOf, spanGap, timeFactor, unionSpan, type Span } from "./time";
import { cosine, DocumentFrequencies, topTerms, weightVector, type Vector } from "./weights";
import type { ClusterInput, ClusterOptions, StoryCluster } from "./types";

/** A cluster's vectors are re-weighted once the collection has grown by this factor since they were weighted. */
const REWEIGHT_GROWTH = 1.25;

interface Item {
  prepared: Prepared;
  vector: Vector;
  cluster: number;
}

interface Cluster {
  members: number[];
  span: Span | null;
  /** sum of the members' vectors: its dot product with a vector, divided by the size, is the average cosine */
  sum: Vector;
  weightedAt: number;
}

export class IncrementalClusterer {
  private readonly opts: ClusterOptions;
  private readonly df = new DocumentFrequencies();
  private readonly index = new KeyIndex();
  private readonly items: Item[] = [];
  private readonly clusters: Cluster[] = [];

  constructor(options: Partial<ClusterOptions> = {}) {
    this.opts = { ...DEFAULT_OPTIONS, ...options };
  }

  /** Adds one article; returns the index of the cluster it joined or started. */
  add(input: ClusterInput): number {
    const prepared = prepare(input);
    this.df.add(prepared.terms.keys());
    const vector = weightVector(prepared.terms, this.df);
    const day: Span | null = prepared.day === null ? null : [prepared.day, prepared.day];
    const item = this.items.length;
    let cluster = -1;
    if (!prepared.stub) {
      const keys = topTerms(vector, this.opts.blockingTerms);
      // the nearest member is searched among the members sharing a key: the others share no identifying word
      const nearest = new Map<number, number>();
      for (const j of this.index.candidates(keys)) {
        const c = this.items[j].cluster;
        this.refresh(c);
        nearest.set(c, Math.max(nearest.get(c) ?? 0, cosine(vector, this.items[j].vector)));
      }
      let best = 0;
      for (const [c, max] of nearest) {
        if (max < this.opts.nearest) continue;
        const { members, span, sum } = this.clusters[c];
        const score = (cosine(vector, sum) / members.length) * timeFactor(spanGap(span, day), this.opts.halfLifeDays);
        if (score >= this.opts.threshold && (cluster < 0 || score > best)) [best, cluster] = [score, c];
      }
      this.index.add(item, keys);
    }
    if (cluster < 0) {
      cluster = this.clusters.length;
      this.clusters.push({ members: [], span: null, sum: new Map(), weightedAt: this.df.size });
    }
    const target = this.clusters[cluster];
    target.members.push(item);
    target.span = unionSpan(target.span, day);
    addInto(target.sum, vector);
    this.items.push({ prepared, vector, cluster });
    return cluster;
  }

  /** Clusters of the articles added so far, as arrival indices in arrival order. */
  groups(): number[][] {
    return this.clusters.map((c) => [...c.members]);
  }

  /** An added article's summed similarity to the other members of its cluster, under the current weights. */
  centrality(i: number): number {
    const item = this.items[i];
    this.refresh(item.cluster, 1);
    return cosine(item.vector, this.clusters[item.cluster].sum) - cosine(item.vector, item.vector);
  }

  private refresh(c: number, growth = REWEIGHT_GROWTH): void {
    const cluster = this.clusters[c];
    if (this.df.size <= cluster.weightedAt * growth) return;
    cluster.sum = new Map();
    for (const m of cluster.members) {
      const item = this.items[m];
      item.vector = weightVector(item.prepared.terms, this.df);
      addInto(cluster.sum, item.vector);
    }
    cluster.weightedAt = this.df.size;
  }
}

function addInto(sum: Vector, v: Vector): void {
  for (const [term, w] of v) sum.set(term, (sum.get(term) ?? 0) + w);
}

/** Feeds the inputs in publication-date order (undated last, otherwise input order) and labels the result. */
export function clusterIncremental(inputs: readonly ClusterInput[], options: Partial<ClusterOptions> = {}): StoryCluster[] {
  const order = inputs
    .map((input, i) => ({ i, day: dayOf(input.publishedAt), at: input.publishedAt ?? "" }))
    .sort((x, y) => (x.day === null ? 1 : 0) - (y.day === null ? 1 : 0) || (x.at < y.at ? -1 : x.at > y.at ? 1 : 0) || x.i - y.i);
  const clusterer = new IncrementalClusterer(options);
  for (const { i } of order) clusterer.add(inputs[i]);
  // arrival positions back to input indices
  const groups = clusterer.groups().map((g) => g.map((k) => order[k].i));
  const arrival = new Map(order.map(({ i }, k) => [i, k]));
  return labelClusters(inputs, groups, (i) => clusterer.centrality(arrival.get(i)!));
}
