// Multi-word names that differ in their last word (lib/compare/evidence/names.ts): which runs are
// read, which last words can both be right, and when one article's name is a lone variant.
import { test } from "node:test";
import assert from "node:assert/strict";
import { lastWordsAgree, loneVariant, nameRuns } from "../../../lib/compare/evidence/names";
import { compareStory, isShown } from "../../../lib/compare/index";
import type { StoryArticleInput } from "../../../lib/compare/types";
import { storyOf } from "./story-helpers";

test("name runs: three to five capitalised words, the last apart; titles, places, digits and openers are not names", () => {
  const cases: [string, [string, string][]][] = [
    ["The refit gave the ferry's Harbor Light Lens, its own lamp, a new mount.", [["harbor light", "lens"]]],
    ["Harbor Light Array also lights the quay.", [["harbor light", "array"]]],
    ["The Open Rivers Trust Fund paid for it.", [["open rivers trust", "fund"]]],
    // a leading article or preposition in capitals is not part of the name
    ["In Harbor Light Array trials the ferry docked sooner.", [["harbor light", "array"]]],
    // negatives
    ["Chief Cabinet Secretary Ann Lee spoke.", []],
    ["Officials in New York City Hall declined.", []],
    ["The Harbor Light 2 device is new.", []],
    ["JUST WATCHED Harbor Light", []],
    ["The Harbor Light is bright.", []],
    ["It launched on Monday Morning Harbor.", []],
  ];
  for (const [sentence, want] of cases) {
    assert.deepEqual(nameRuns(sentence).map((r) => [r.stem, r.last]), want, sentence);
  }
});

test("name runs: the offsets of a run opened by a capitalised preposition are those of the name after it", () => {
  const [run] = nameRuns("For Harbor Light Array, it is a first.");
  assert.equal(run.text, "Harbor Light Array");
  assert.equal("For Harbor Light Array, it is a first.".slice(run.at, run.end), "Harbor Light Array");
});

test("last words of one name that can both be right", () => {
  const cases: [string, string, boolean][] = [
    ["lens", "array", false],
    ["array", "prism", false],
    ["lens", "lens", true],
    ["beacon", "beacons", true],
    ["theater", "theatre", true],
    ["foundation", "trust", true],
    ["systems", "labs", true],
    ["ann", "ann-marie", true],
  ];
  for (const [a, b, want] of cases) assert.equal(lastWordsAgree(a, b), want, `${a} / ${b}`);
});

test("a lone variant: one article alone, against at least two articles of other outlets", () => {
  const s = (articleId: string, outlet: string, last: string) => ({ articleId, outlet, last });
  const stated = [s("a1", "one.com", "lens"), s("a1", "one.com", "array"), s("a2", "two.com", "array"), s("a3", "three.com", "array")];
  assert.equal(loneVariant(s("a1", "one.com", "lens"), "array", stated), true);
  // the majority form is not a lone variant of the other
  assert.equal(loneVariant(s("a2", "two.com", "array"), "lens", stated), false);
  // one other outlet against one: two names, not one misgiven
  assert.equal(loneVariant(s("a1", "one.com", "lens"), "array", stated.slice(0, 3)), false);
  // two articles give it: not a slip of one
  assert.equal(loneVariant(s("a1", "one.com", "lens"), "array", [...stated, s("a4", "four.com", "lens")]), false);
  // the other outlets must be other outlets: a second article of the same outlet does not count
  assert.equal(loneVariant(s("a1", "one.com", "lens"), "array", [s("a1", "one.com", "lens"), s("a5", "one.com", "array"), s("a2", "two.com", "array")]), false);
});

const story = (texts: [string, string][]) => storyOf(texts, "2019-03-04T12:00:00");
const nameFlags = (s: StoryArticleInput[]) =>
  compareStory(s).discrepancies.filter((x) => x.kind === "detail_conflict" && x.key.startsWith("evidence:") && isShown(x));

test("evidence: one outlet misnames a fitting the others all name alike", () => {
  const flags = nameFlags(story([
    ["one.com", "The refit gives the ferry its Harbor Light Lens, a bank of lamps for night crossings.\nThe yard finished the refit in March."],
    ["two.com", "The refit gives the ferry its Harbor Light Array, a bank of lamps for night crossings.\nBookings have been slow."],
    ["three.com", "The Harbor Light Array, a bank of lamps for night crossings, is now fitted to the ferry in the refit."],
    ["four.com", "Crews get the Harbor Light Array, a bank of lamps for crossings, with the new refit."],
  ]));
  assert.equal(flags.length, 1);
  assert.match(flags[0].summary, /Harbor Light Lens/);
  assert.match(flags[0].summary, /Harbor Light Array/);
});

test("evidence: no flag for a designator worded loosely, for an even split, or for one other outlet", () => {
  const base = (variant: string, others: string[]) => story([
    ["one.com", `The refit gives the ferry its Harbor Light ${variant}, a bank of lamps for night crossings.`],
    ...others.map((last, i): [string, string] => [`o${i}.com`, `The refit gives the ferry its Harbor Light ${last}, a bank of lamps for night crossings.`]),
  ]);
  assert.deepEqual(nameFlags(base("Systems", ["Labs", "Labs", "Labs"])), []);
  assert.deepEqual(nameFlags(base("Lens", ["Lens", "Array", "Array"])), []);
  assert.deepEqual(nameFlags(base("Lens", ["Array"])), []);
  // the same sentences with a lone variant are flagged: the negatives above fail for their reason only
  assert.equal(nameFlags(base("Lens", ["Array", "Array", "Array"])).length, 1);
});
