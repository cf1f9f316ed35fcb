// Public types of story clustering: plain data in, plain data out.

/** One article to cluster; `id` is the caller's key (a path, a URL, a database id). */
export interface ClusterInput {
  id: string;
  title: string | null;
  body: string;
  /** ISO 8601 date or date-time; null when unknown */
  publishedAt: string | null;
}

export interface StoryCluster {
  /** stable within one result: "c1", "c2", ... in order of each cluster's first input */
  id: string;
  /** the title of the cluster's most central article */
  title: string;
  /** member ids in input order */
  articles: string[];
}

export interface ClusterOptions {
  /** average similarity (times the time factor) a merge, or an incremental join, needs */
  threshold: number;
  /** cosine the closest pair across two clusters (or an article and its nearest member) needs for a merge */
  nearest: number;
  /** two clusters of two or more (batch) merge only when their average similarity is at least this share of the lower average within either */
  cohesion: number;
  /** days after which the time factor has halved the similarity of two articles */
  halfLifeDays: number;
  /** cosine between a lone page's title and a story's titles (times the time factor) that places the page in that story */
  titleMatch: number;
  /** how many of an article's heaviest terms are indexed for finding candidates */
  blockingTerms: number;
}
