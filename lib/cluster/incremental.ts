// Incremental clustering, as a live inbox would run it: articles arrive one at a time, IDF is what
// the articles so far give, and each article joins the existing cluster of highest score (the
// batch's average-link score: average time-weighted similarity to the members, with a close enough
// nearest member) or starts a new one. Lone pages join the story their title names when the
// clusters are read (titles.ts), so a headline-only page that arrives before its story's reports
// still finds it.

import { KeyIndex } from "./blocking";
import { labelClusters } from "./label";
import { DEFAULT_OPTIONS, prepare, similarity, type Prepared } from "./similarity";
import { DaySums } from "./day-sums";
import { dayOf } from "./time";
import { attachByTitle } from "./titles";
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
  sums: DaySums;
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
    const { days } = prepared;
    const item = this.items.length;
    let cluster = -1;
    if (!prepared.stub) {
      const keys = topTerms(vector, this.opts.blockingTerms);
      // the nearest member is searched among the members sharing a key: the others share no identifying word
      const nearest = new Map<number, number>();
      for (const j of this.index.candidates(keys)) {
        const c = this.items[j].cluster;
        this.refresh(c);
        const other = this.items[j];
        nearest.set(c, Math.max(nearest.get(c) ?? 0, similarity(vector, days, other.vector, other.prepared.days, this.opts.halfLifeDays)));
      }
      let best = 0;
      for (const [c, max] of nearest) {
        if (max < this.opts.nearest) continue;
        const { members, sums } = this.clusters[c];
        const score = sums.similarity(vector, days, this.opts.halfLifeDays) / members.length;
        if (score >= this.opts.threshold && (cluster < 0 || score > best)) [best, cluster] = [score, c];
      }
      this.index.add(item, keys);
    }
    if (cluster < 0) {
      cluster = this.clusters.length;
      this.clusters.push({ members: [], sums: new DaySums(), weightedAt: this.df.size });
    }
    const target = this.clusters[cluster];
    target.members.push(item);
    target.sums.add(vector, days);
    this.items.push({ prepared, vector, cluster });
    return cluster;
  }

  /** Clusters of the articles added so far, as arrival indices in arrival order; lone pages placed by their titles. */
  groups(): number[][] {
    const groups = this.clusters.map((c) => [...c.members]);
    return attachByTitle(groups, this.items.map((item) => item.prepared), this.df, this.opts);
  }

  /** An added article's summed similarity to the other members of its cluster, under the current weights. */
  centrality(i: number): number {
    const item = this.items[i];
    this.refresh(item.cluster, 1);
    return this.clusters[item.cluster].sums.cosine(item.vector) - cosine(item.vector, item.vector);
  }

  private refresh(c: number, growth = REWEIGHT_GROWTH): void {
    const cluster = this.clusters[c];
    if (this.df.size <= cluster.weightedAt * growth) return;
    cluster.sums = new DaySums();
    for (const m of cluster.members) {
      const item = this.items[m];
      item.vector = weightVector(item.prepared.terms, this.df);
      cluster.sums.add(item.vector, item.prepared.days);
    }
    cluster.weightedAt = this.df.size;
  }
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
