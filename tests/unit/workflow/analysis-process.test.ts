// Analysis in a child process: the same result as in-process analysis, and an article that takes
// longer than the limit is stopped and reported, with the next article analysed by a fresh child.
import { test } from "node:test";
import assert from "node:assert/strict";

process.env.PARALLAX_ANALYSIS_TIMEOUT_MS = "1500";
const { analyzeInProcess, AnalysisTimeout } = await import("../../../lib/jobs/analysis-process");
const { analyzeArticle } = await import("../../../lib/analysis/pipeline");

const BODY = "The council met on Monday and voted 7 to 2 to approve a $3 million budget, Mayor Ann Torres said.";

test("the child process gives the same claims as analysing in place", async () => {
  const inChild = await analyzeInProcess(BODY, "2025-05-04", null);
  const inPlace = analyzeArticle({ body: BODY, publishedAt: "2025-05-04" });
  assert.deepEqual(inChild.claims, inPlace.claims);
  assert.ok(inChild.claims.length > 0);
});

test("an article over the time limit is stopped and reported; the next one still goes through", async () => {
  const huge = Array.from({ length: 4000 }, (_, i) => `The council of Harbourton met on Monday ${i} and voted ${i % 7} to ${i % 5}, Mayor Ann Torres said. "We will keep the ferries running," she said.`).join("\n\n");
  await assert.rejects(analyzeInProcess(huge, "2025-05-04", null), (e: unknown) => e instanceof AnalysisTimeout && /longer than 2 s|longer than 1 s/.test((e as Error).message));
  const after = await analyzeInProcess(BODY, "2025-05-04", null);
  assert.ok(after.claims.length > 0);
});
