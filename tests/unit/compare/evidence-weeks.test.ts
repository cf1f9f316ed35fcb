// A week read from relative words ("approved last week") is a stretch of days compared with months
// (lib/compare/evidence/mentions.ts dateGrain), and a date dispute is built from its best-aligned
// conflicts first: a weakly aligned third date does not hide it, an equally aligned one tangles it
// (lib/compare/evidence/index.ts components).
import { test } from "node:test";
import assert from "node:assert/strict";
import { compareStory } from "../../../lib/compare/index";
import type { StoryArticleInput } from "../../../lib/compare/types";
import { dateDimensions, storyOf } from "./story-helpers";

// a Friday
const PUBLISHED = "2019-12-20T12:00:00";

const dates = (s: string) => dateDimensions(s, PUBLISHED);

test("mentions: a week or a weekend is compared as a month; longer spans are not compared", () => {
  const cases: [string, string[]][] = [
    ["The council approved the parking levy last week.", ["date:month"]],
    ["Earlier this week the mayor unveiled the plan.", ["date:month"]],
    ["Storms hit the coast over the weekend.", ["date:month"]],
    ["The council approved the parking levy in September.", ["date:month"]],
    ["The council approved the parking levy on Tuesday.", ["date:day"]],
    ["Prices rose earlier this month.", []],
    ["He served as mayor from 2009 to 2011.", []],
  ];
  for (const [s, want] of cases) assert.deepEqual(dates(s), want, s);
});

const story = (texts: [string, string][]) => storyOf(texts, PUBLISHED);

const dateConflicts = (s: StoryArticleInput[]) =>
  compareStory(s).discrepancies.filter((x) => x.kind === "date_conflict" && x.key.startsWith("evidence:"))
    .map((d) => ({ values: d.differing.map((x) => x.words.join("/")).sort().join(" vs "), confidence: d.confidence }));

test("evidence: a week and a month that cannot meet disagree; a week inside the month agrees", () => {
  const ban = (when: string) => `The city council approved the parking levy ${when}, ahead of the winter season.`;
  const apart = dateConflicts(story([["Alpha", ban("last week")], ["Beta", ban("in September")]]));
  assert.deepEqual(apart.map((d) => d.values), ["September vs last week"]);
  assert.deepEqual(dateConflicts(story([["Alpha", ban("last week")], ["Beta", ban("in December")]])), []);
});

/** Two outlets' stories of one event, each published at its own moment. */
function storyPublished(texts: [string, string, string][]): StoryArticleInput[] {
  return texts.flatMap(([outlet, body, publishedAt], i) => storyOf([[outlet, body]], publishedAt).map((a) => ({ ...a, id: `a${i}` })));
}

const dateDisputes = (s: StoryArticleInput[]) =>
  compareStory(s).discrepancies.filter((x) => x.kind === "date_conflict").map((d) => d.differing.map((x) => x.words.join("/")).sort().join(" vs "));

test("evidence: relative weeks of articles published days apart disagree only when they cannot be the same days", () => {
  const levy = (when: string) => `The city council approved the parking levy ${when}, ahead of the winter season.`;
  // [first outlet's words, its publication, second outlet's words, its publication, a dispute expected]
  const cases: [string, string, string, string, boolean][] = [
    // a Friday's "this week" is the following Monday's "last week"
    ["this week", "2019-12-20T12:00:00", "last week", "2019-12-23T12:00:00", false],
    // ... and, at the weekend, the week just ended may be "last week" too
    ["this week", "2019-12-20T12:00:00", "last week", "2019-12-22T12:00:00", false],
    ["this week", "2019-12-20T12:00:00", "last week", "2019-12-21T12:00:00", false],
    // negatives: one Friday's "last week" and "this week"; a week ten days before; a month the week is not in
    ["last week", "2019-12-20T12:00:00", "this week", "2019-12-20T12:00:00", true],
    ["this week", "2019-12-06T12:00:00", "last week", "2019-12-23T12:00:00", true],
    ["in October", "2019-12-13T12:00:00", "last week", "2019-12-22T12:00:00", true],
  ];
  for (const [a, at, b, bt, disputed] of cases) {
    const got = dateDisputes(storyPublished([["Alpha", levy(a), at], ["Beta", levy(b), bt]]));
    assert.equal(got.length > 0, disputed, `${a} (${at}) / ${b} (${bt}): ${JSON.stringify(got)}`);
  }
});

test("evidence: a dispute of two dates is not hidden by a weakly aligned third date, but is by a well-aligned one", () => {
  const strong: [string, string][] = [
    ["Alpha", "Drift nets were banned by the regional fisheries council in a vote held in March, officials said."],
    ["Beta", "Drift nets were banned by the regional fisheries council in a vote held in May, officials said."],
  ];
  // a third outlet's date of another event, sharing a few words with one side
  const weak: [string, string] = ["Gamma", "Officials said the fishing fleet returned to the harbour in July after storms."];
  const rival: [string, string] = ["Gamma", "Drift nets were banned by the regional fisheries council in a vote held in July, officials said."];
  const confidence = (s: StoryArticleInput[]) => dateConflicts(s).find((d) => d.values === "March vs May")?.confidence ?? 0;
  const alone = confidence(story(strong));
  assert.ok(alone >= 0.6, `${alone}`);
  assert.equal(confidence(story([...strong, weak])), alone);
  assert.ok(confidence(story([...strong, rival])) <= alone - 0.25);
});
