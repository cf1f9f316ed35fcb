// `npm run bench`: every speed and memory figure in one run. Each bench
// prints its own lines; targets are printed beside the figures, not asserted.
import { runExtractionBench } from "./extraction";
import { runCompareBench } from "./compare";
import { runStoryPageBench } from "./story-page";
import { runClusterBench } from "./cluster";
import { runIngestBench } from "./ingest";
import { runLoadBench } from "./load";

const only = process.argv[2];
const benches: [string, () => Promise<void>][] = [
  ["extraction", runExtractionBench],
  ["compare", runCompareBench],
  ["story-page", runStoryPageBench],
  ["cluster", runClusterBench],
  ["ingest", runIngestBench],
  ["load", runLoadBench],
];
// builds and serves the app for several minutes: only when asked for by name
const onlyByName = new Set(["load"]);
for (const [name, run] of benches) {
  if (only && only !== name) continue;
  console.log(`\n── ${name} ──`);
  if (!only && onlyByName.has(name)) {
    console.log(`skipped in a full run (builds and serves the app, ~5 min): npm run bench -- ${name}`);
    continue;
  }
  await run();
}
