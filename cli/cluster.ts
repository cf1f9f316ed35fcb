// `cluster`: groups the inputs into stories (lib/cluster) and prints the groups, as JSON or a summary.
import { clusterBatch, clusterIncremental, type ClusterOptions, type StoryCluster } from "../lib/cluster";
import { analyzeInputs } from "./analyze";
import type { LoadedInput, PathError } from "./inputs";

export interface ClusterOutput {
  clusters: StoryCluster[];
}

/** Ingests the inputs (failures become errors) and clusters the readable ones; `tuning` overrides the defaults. */
export function clusterInputs(
  inputs: LoadedInput[],
  options: { incremental: boolean; tuning?: Partial<ClusterOptions> },
): { output: ClusterOutput; errors: PathError[] } {
  const { articles, errors } = analyzeInputs(inputs, { compare: false });
  const docs = articles.map((a) => ({ id: a.source, title: a.title, body: a.body, publishedAt: a.publishedAt }));
  const clusters = options.incremental ? clusterIncremental(docs, options.tuning) : clusterBatch(docs, options.tuning);
  return { output: { clusters }, errors };
}

/** One block per cluster: its title and size, then its articles; singletons are listed together at the end. */
export function formatClusters(output: ClusterOutput): string {
  const groups = output.clusters.filter((c) => c.articles.length > 1);
  const singles = output.clusters.filter((c) => c.articles.length === 1);
  const lines = [`${output.clusters.length} clusters (${groups.length} stories of 2 or more articles, ${singles.length} alone)`];
  for (const c of groups) {
    lines.push("", `${c.id}: ${c.title} (${c.articles.length} articles)`, ...c.articles.map((a) => `  ${a}`));
  }
  if (singles.length > 0) {
    lines.push("", "alone:", ...singles.map((c) => `  ${c.id}: ${c.articles[0]}  (${c.title})`));
  }
  return lines.join("\n");
}

/** The command: clusters, prints, reports failures on stderr; returns the exit code. */
export function runCluster(inputs: LoadedInput[], pathErrors: PathError[], flags: { json: boolean; incremental: boolean }): number {
  const { output, errors: ingestErrors } = clusterInputs(inputs, { incremental: flags.incremental });
  const errors = [...pathErrors, ...ingestErrors];
  for (const e of errors) process.stderr.write(`parallax: ${e.path}: ${e.message}\n`);
  if (flags.json) process.stdout.write(JSON.stringify(output, null, 2) + "\n");
  else if (output.clusters.length > 0) process.stdout.write(formatClusters(output) + "\n");
  if (output.clusters.length === 0 && errors.length === 0) process.stderr.write("parallax: no input files found\n");
  return errors.length > 0 || output.clusters.length === 0 ? 1 : 0;
}
