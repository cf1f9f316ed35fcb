// The cluster command's library side: inputs are ingested as by `analyze`, failures become
// per-path errors, every readable input lands in exactly one cluster, the summary lists them all.
import { test } from "node:test";
import assert from "node:assert/strict";
import { clusterInputs, formatClusters } from "../../../cli/cluster";
import { OFF_TOPIC, STORIES } from "./fixtures";

const asText = (title: string, body: string) => `${title}\n\n${body}\n`;
const INPUTS = [
  ...STORIES.map((s) => ({ path: `in/${s.input.id}.txt`, content: asText(s.input.title ?? "Report", s.input.body) })),
  { path: "in/off-topic.txt", content: asText(OFF_TOPIC.title!, OFF_TOPIC.body) },
  { path: "in/empty.txt", content: "   " },
];

for (const incremental of [false, true]) {
  test(`cluster command (${incremental ? "incremental" : "batch"}): paths as given, one cluster each, errors per path`, () => {
    const { output, errors } = clusterInputs(INPUTS, { incremental });
    assert.deepEqual(errors.map((e) => e.path), ["in/empty.txt"]);
    const paths = output.clusters.flatMap((c) => c.articles);
    assert.deepEqual([...paths].sort(), INPUTS.slice(0, -1).map((i) => i.path).sort());
    assert.deepEqual(
      output.clusters.map((c) => c.articles.length),
      [3, 3, 3, 1],
      "three stories and the off-topic page alone",
    );
    assert.deepEqual(output.clusters.map((c) => c.id), ["c1", "c2", "c3", "c4"]);
  });
}

test("the summary names every cluster and lists singletons apart", () => {
  const text = formatClusters(clusterInputs(INPUTS, { incremental: false }).output);
  assert.match(text, /^4 clusters \(3 stories of 2 or more articles, 1 alone\)/);
  assert.match(text, /c1: .+ \(3 articles\)\n {2}in\/ferry-0\.txt/);
  assert.match(text, /alone:\n {2}c4: in\/off-topic\.txt {2}\(.+\)$/);
});
