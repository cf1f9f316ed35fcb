// Incremental clustering, as a live inbox would run it: articles arrive one at a time, IDF is what
// the articles so far give, and each article joins the existing cluster of highest score (the
// batch's average-link score: average similarity to the members times the time factor of the gap
// to the cluster's date span, with a close enough nearest member) or starts a new one.

import { KeyIndex } from "./blocking";
import { labelClusters } from "./label";
import { DEFAULT_OPTIONS, NEAREST_FACTOR, prepare, type Prepared } from "./similarity";
import { dayOf, spanGap, timeFactor, unionSpan, type Span } from "./time";
import { cosine, DocumentFrequencies, topTerms, weightVector, type Vector } from "./weights";
import type { ClusterInput, ClusterOptions, StoryCluster } from "./types";

/** A member's vector is re-weighted once the collection has grown by this factor since it was weighted. */
const REWEIGHT_GROWTH = 1.25;

export class IncrementalClusterer {
  private readonly opts: ClusterOptions;
  private readonly df = new DocumentFrequencies();
  private readonly index = new KeyIndex();
  private readonly items: { prepared: Prepared; vector: Vector; weightedAt: number; cluster: number }[] = [];
  private readonly clusters: { members: number[]; span: Span | null }[] = [];

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
      let best = this.opts.threshold;
      const seen = new Set<number>();
      for (const j of this.index.candidates(keys)) {
        const c = this.items[j].cluster;
        if (seen.has(c)) continue;
        seen.add(c);
        const { members, span } = this.clusters[c];
        const sims = members.map((m) => cosine(vector, this.vectorOf(m)));
        if (Math.max(...sims) < NEAREST_FACTOR * this.opts.threshold) continue;
        const avg = sims.reduce((s, x) => s + x, 0) / sims.length;
        const score = avg * timeFactor(spanGap(span, day), this.opts.halfLifeDays);
        if (score >= best) [best, cluster] = [score, c];
      }
      this.index.add(item, keys);
    }
    if (cluster < 0) {
      cluster = this.clusters.length;
      this.clusters.push({ members: [], span: null });
    }
    this.clusters[cluster].members.push(item);
    this.clusters[cluster].span = unionSpan(this.clusters[cluster].span, day);
    this.items.push({ prepared, vector, weightedAt: this.df.size, cluster });
    return cluster;
  }

  /** Clusters of the articles added so far, as input indices in arrival order. */
  groups(): number[][] {
    return this.clusters.map((c) => [...c.members]);
  }

  /** Cosine similarity of two added articles under the current weights. */
  similarity(i: number, j: number): number {
    return cosine(this.vectorOf(i), this.vectorOf(j));
  }

  private vectorOf(i: number): Vector {
    const item = this.items[i];
    if (this.df.size > item.weightedAt * REWEIGHT_GROWTH) {
      item.vector = weightVector(item.prepared.terms, this.df);
      item.weightedAt = this.df.size;
    }
    return item.vector;
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
  return labelClusters(inputs, groups, (i, group) =>
    group.reduce((s, j) => s + (j === i ? 0 : clusterer.similarity(arrival.get(i)!, arrival.get(j)!)), 0),
  );
}
