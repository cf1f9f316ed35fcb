// Batch and incremental clustering on made-up reports: one event's reports together, other
// events apart, the same words months apart apart unless the later text names the event's day,
// headline-only pages with the one story their title names, off-topic pages alone, every input in
// exactly one cluster, and the incremental result close to the batch one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { adjustedRandIndex, clusterBatch, clusterIncremental, type ClusterInput, type StoryCluster } from "../../../lib/cluster";
import { FOLLOW_UP, OFF_TOPIC, SECOND_GROUNDING, STORIES, STUB, STUB_ELSEWHERE, STUB_TWO_STORIES, UNDATED_FOLLOW_UP, weeksLater } from "./fixtures";

const ALL = STORIES.map((s) => s.input);
const ferry = (k: number) => STORIES.filter((s) => s.story === "ferry")[k].input;
const modes = { batch: clusterBatch, incremental: clusterIncremental };

/** Groups as sorted id lists, sorted: comparable whatever the order of clusters and members. */
const groups = (clusters: StoryCluster[]) => clusters.map((c) => [...c.articles].sort()).sort((a, b) => a[0].localeCompare(b[0]));

const CASES: { name: string; inputs: ClusterInput[]; expected: string[][] }[] = [
  {
    name: "three events reported by three outlets each, interleaved",
    inputs: ALL,
    expected: [
      ["bridge-0", "bridge-1", "bridge-2"],
      ["ferry-0", "ferry-1", "ferry-2"],
      ["vaccine-0", "vaccine-1", "vaccine-2"],
    ],
  },
  {
    name: "a headline-only page naming one story joins it",
    inputs: [ferry(0), STUB, ferry(1)],
    expected: [["ferry-0", "ferry-1", "stub"]],
  },
  {
    name: "a headline-only page arriving before its story still joins it",
    inputs: [STUB, ferry(0), ferry(1)],
    expected: [["ferry-0", "ferry-1", "stub"]],
  },
  {
    name: "a headline-only page naming no story stays alone",
    inputs: [ferry(0), STUB_ELSEWHERE, ferry(1)],
    expected: [["ferry-0", "ferry-1"], ["stub-elsewhere"]],
  },
  {
    name: "a headline-only page naming two stories stays alone",
    inputs: [...ALL, STUB_TWO_STORIES],
    expected: [
      ["bridge-0", "bridge-1", "bridge-2"],
      ["ferry-0", "ferry-1", "ferry-2"],
      ["stub-two"],
      ["vaccine-0", "vaccine-1", "vaccine-2"],
    ],
  },
  {
    name: "a headline-only page of the story's words half a year later stays alone",
    inputs: [ferry(0), weeksLater(STUB, 26), ferry(1)],
    expected: [["ferry-0", "ferry-1"], ["stub+26w"]],
  },
  {
    name: "a follow-up months later that names the event's day joins it",
    inputs: [ferry(0), ferry(1), ferry(2), FOLLOW_UP],
    expected: [["ferry-0", "ferry-1", "ferry-2", "follow-up"]],
  },
  {
    name: "the same follow-up naming no day stays apart",
    inputs: [ferry(0), ferry(1), ferry(2), UNDATED_FOLLOW_UP],
    expected: [["ferry-0", "ferry-1", "ferry-2"], ["follow-up-undated"]],
  },
  {
    name: "an off-topic page stays alone",
    inputs: [ferry(0), OFF_TOPIC, ferry(1)],
    expected: [["ferry-0", "ferry-1"], ["off-topic"]],
  },
  {
    name: "the same report a week later is still the story",
    inputs: [ferry(0), weeksLater(ferry(1), 1)],
    expected: [["ferry-0", "ferry-1+1w"]],
  },
  {
    name: "the same words half a year later are another event",
    inputs: [ferry(0), weeksLater(ferry(1), 26)],
    expected: [["ferry-0"], ["ferry-1+26w"]],
  },
  {
    name: "a related report months after the story is another event",
    inputs: [ferry(0), ferry(1), ferry(2), weeksLater(SECOND_GROUNDING, 16)],
    expected: [["ferry-0", "ferry-1", "ferry-2"], ["ferry-again+16w"]],
  },
  {
    name: "a missing date costs nothing",
    inputs: [ferry(0), { ...ferry(1), publishedAt: null }],
    expected: [["ferry-0", "ferry-1"]],
  },
  {
    name: "different events on the same day stay apart",
    inputs: [ferry(0), { ...STORIES[1].input, publishedAt: ferry(0).publishedAt }],
    expected: [["ferry-0"], ["vaccine-0"]],
  },
  { name: "one article", inputs: [ferry(0)], expected: [["ferry-0"]] },
  { name: "no articles", inputs: [], expected: [] },
];

for (const [mode, cluster] of Object.entries(modes)) {
  for (const c of CASES) {
    test(`${mode}: ${c.name}`, () => {
      assert.deepEqual(groups(cluster(c.inputs)), c.expected);
    });
  }

  test(`${mode}: every input is in exactly one cluster`, () => {
    const inputs = [...ALL, STUB, OFF_TOPIC, weeksLater(ferry(0), 20), SECOND_GROUNDING];
    const ids = cluster(inputs).flatMap((c) => c.articles);
    assert.deepEqual([...ids].sort(), inputs.map((i) => i.id).sort());
  });

  test(`${mode}: ids follow the first article, members keep input order, the title is a member's`, () => {
    const clusters = cluster([STUB_ELSEWHERE, ...ALL]);
    assert.deepEqual(clusters.map((c) => c.id), ["c1", "c2", "c3", "c4"]);
    assert.deepEqual(clusters.map((c) => c.articles[0]), ["stub-elsewhere", "ferry-0", "vaccine-0", "bridge-0"]);
    assert.deepEqual(clusters[1].articles, ["ferry-0", "ferry-1", "ferry-2"]);
    assert.equal(clusters[1].title, "Ferry runs aground off Tarvik Island", "the only titled member names the cluster");
    assert.equal(clusters[2].title, "New measles vaccine approved");
  });

  test(`${mode}: a page placed by its title does not name the cluster`, () => {
    const clusters = cluster([STUB, ...ALL]);
    assert.deepEqual(clusters[0].articles, ["stub", "ferry-0", "ferry-1", "ferry-2"]);
    assert.equal(clusters[0].title, "Ferry runs aground off Tarvik Island");
  });

  test(`${mode}: an untitled article is named by its first words`, () => {
    const [c] = cluster([{ ...ferry(1), title: null }]);
    assert.equal(c.title, "Coastguard crews rescued 212 passengers from a ferry that hit …");
  });
}

test("batch: the grouping does not depend on input order", () => {
  const reversed = [...ALL, STUB, OFF_TOPIC].reverse();
  assert.deepEqual(groups(clusterBatch(reversed)), groups(clusterBatch([...ALL, STUB, OFF_TOPIC])));
});

test("incremental is close to batch on the fixture", () => {
  const inputs = [...ALL, STUB, OFF_TOPIC, SECOND_GROUNDING];
  const label = (clusters: StoryCluster[]) => {
    const of = new Map(clusters.flatMap((c) => c.articles.map((a) => [a, c.id] as const)));
    return inputs.map((i) => of.get(i.id)!);
  };
  assert.ok(adjustedRandIndex(label(clusterBatch(inputs)), label(clusterIncremental(inputs))) >= 0.9);
});

test("a higher threshold never merges more", () => {
  const inputs = [...ALL, SECOND_GROUNDING];
  assert.ok(clusterBatch(inputs, { threshold: 0.5 }).length >= clusterBatch(inputs).length);
  assert.equal(clusterBatch(inputs, { threshold: 1.01 }).length, inputs.length, "nothing reaches a threshold above 1");
});
