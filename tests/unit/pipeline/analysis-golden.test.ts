// Golden claims of the sample story: any change in what the analysis extracts
// shows up here as a reviewable diff. After checking a change by hand,
// regenerate with `npx tsx scripts/generate-analysis-golden.ts`.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { GOLDEN, sampleStoryClaims } from "../../helpers/analysis-golden";

test("the sample story's claims match the reviewed golden file", () => {
  const golden = JSON.parse(fs.readFileSync(GOLDEN, "utf8")) as Record<string, string[]>;
  const actual = sampleStoryClaims();
  assert.deepEqual(Object.keys(actual), Object.keys(golden));
  for (const file of Object.keys(golden)) assert.deepEqual(actual[file], golden[file], `claims of ${file} changed`);
});
