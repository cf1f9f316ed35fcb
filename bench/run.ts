// `npm run bench`: every speed and memory figure in one run. Each bench
// prints its own lines; targets are printed beside the figures, not asserted.
import { runExtractionBench } from "./extraction";
import { runCompareBench } from "./compare";
import { runStoryPageBench } from "./story-page";
import { runClusterBench } from "./cluster";

const only = process.argv[2];
const benches: [string, () => Promise<void>][] = [
  ["extraction", runExtractionBench],
  ["compare", runCompareBench],
  ["story-page", runStoryPageBench],
  ["cluster", runClusterBench],
];
for (const [name, run] of benches) {
  if (only && only !== name) continue;
  console.log(`\n── ${name} ──`);
  await run();
}
