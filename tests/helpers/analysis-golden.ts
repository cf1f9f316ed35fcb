// The sample story's claims in a compact, reviewable form: one line a claim.
// Shared by the golden test and scripts/generate-analysis-golden.ts.
import fs from "node:fs";
import path from "node:path";
import { ingest } from "../../lib/ingest";
import { analyzeStory } from "../../lib/analysis/pipeline";
import type { Claim } from "../../lib/analysis/types";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const GOLDEN = path.join(ROOT, "tests", "fixtures", "analysis", "sample-story.claims.json");
const SAMPLE = path.join(ROOT, "prisma", "seed", "sample-story");

function line(c: Claim): string {
  const at = `${c.start}-${c.end} "${c.text.length > 80 ? `${c.text.slice(0, 77)}...` : c.text}"`;
  switch (c.kind) {
    case "quote":
      return `quote ${at} speaker=${c.quote.speaker?.name ?? "-"} cue=${c.quote.cue ?? "-"} ${c.quote.direct ? "direct" : "partial"}${c.quote.recounted ? ` recounted via ${c.quote.via?.name ?? "-"}` : ""}`;
    case "date":
      return `date ${at} ${c.date.date}${c.date.end ? `..${c.date.end}` : ""} ${c.date.granularity} ref=${c.date.reference} event=${c.date.event ?? "-"}`;
    case "role":
      return `role ${at} person=${c.role.person.name} title=${c.role.title} qualifier=${c.role.qualifier ?? "-"}`;
    case "action":
      return `action ${at} actor=${c.action.actor ?? "-"} action=${c.action.action} object=${c.action.object ?? "-"} target=${c.action.target ?? "-"} place=${c.action.place ?? "-"}`;
    case "number":
      return `number ${at} value=${c.number.value}${c.number.max !== undefined ? `..${c.number.max}` : ""} unit=${c.number.unit ?? "-"} qualifier=${c.number.qualifier ?? "-"} counts=${c.number.counts ?? "-"}`;
  }
}

export function sampleStoryClaims(): Record<string, string[]> {
  const files = fs.readdirSync(SAMPLE).filter((f) => f.endsWith(".txt")).sort();
  const ingested = files.map((f) => ingest({ content: fs.readFileSync(path.join(SAMPLE, f), "utf8"), source: f }));
  const analyses = analyzeStory(ingested.map((a) => ({ body: a.body, publishedAt: a.publishedAt })));
  return Object.fromEntries(files.map((f, i) => [f, analyses[i].claims.map(line)]));
}
