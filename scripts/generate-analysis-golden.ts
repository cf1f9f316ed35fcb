// (Re)generates tests/fixtures/analysis/sample-story.claims.json, the golden
// claims of the sample story, and prints what changed so the new output can
// be reviewed before it is committed:   npx tsx scripts/generate-analysis-golden.ts
import fs from "node:fs";
import { GOLDEN, sampleStoryClaims } from "../tests/helpers/analysis-golden";

const next = sampleStoryClaims();
const previous: Record<string, string[]> = fs.existsSync(GOLDEN) ? JSON.parse(fs.readFileSync(GOLDEN, "utf8")) : {};
for (const [file, lines] of Object.entries(next)) {
  const before = new Set(previous[file] ?? []);
  const after = new Set(lines);
  for (const l of previous[file] ?? []) if (!after.has(l)) console.log(`- ${file}: ${l}`);
  for (const l of lines) if (!before.has(l)) console.log(`+ ${file}: ${l}`);
}
fs.writeFileSync(GOLDEN, JSON.stringify(next, null, 2) + "\n");
console.log(`wrote ${GOLDEN}`);
