// Story clustering: groups articles that report the same event. Pure: no I/O, no framework.

export type { ClusterInput, ClusterOptions, StoryCluster } from "./types";
export { clusterBatch } from "./batch";
export { clusterIncremental, IncrementalClusterer } from "./incremental";
export { DEFAULT_OPTIONS, MIN_BODY_WORDS } from "./similarity";
export { adjustedRandIndex, bCubed } from "./metrics";
