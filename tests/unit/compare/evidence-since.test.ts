// A date after "since" starts a period running to the present (lib/compare/evidence/mentions.ts):
// it is compared only with other such dates, never with the date of an event.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compareStory } from "../../../lib/compare/index";
import type { StoryArticleInput } from "../../../lib/compare/types";
import { dateDimensions, storyOf } from "./story-helpers";

const PUBLISHED = "2019-12-20T12:00:00";

const dates = (s: string) => dateDimensions(s, PUBLISHED);

test("mentions: a date right after 'since' is the start of a period; other dates are not", () => {
  const cases: [string, string[]][] = [
    ["Inspectors visited the mine about 12 times since October, officials said.", ["date:month:since"]],
    ["The plant has been closed ever since 2015.", ["date:year:since"]],
    ["The barge was impounded in November at the dock.", ["date:month"]],
    ["The plant closed in 2015 and has been empty since.", ["date:year"]],
    ["Since the vote, prices have risen.", []],
  ];
  for (const [s, want] of cases) assert.deepEqual(dates(s), want, s);
});

const story = (texts: [string, string][]) => storyOf(texts, PUBLISHED);

const dateConflicts = (s: StoryArticleInput[]) =>
  compareStory(s).discrepancies.filter((x) => x.kind === "date_conflict" && x.key.startsWith("evidence:"));

test("evidence: the start of a period is no date of an event told in like words", () => {
  const s = story([
    ["Alpha", "Border guards have stopped trucks smuggling cigarettes over the mountain pass 12 times since October."],
    ["Beta", "Border guards stopped a truck smuggling cigarettes over the mountain pass in November."],
  ]);
  assert.deepEqual(dateConflicts(s).map((d) => d.summary), []);
});

test("evidence: two starts of one period still disagree", () => {
  const s = story([
    ["Alpha", "Border guards have stopped trucks smuggling cigarettes over the mountain pass 12 times since October."],
    ["Beta", "Border guards have stopped trucks smuggling cigarettes over the mountain pass 12 times since August."],
  ]);
  assert.equal(dateConflicts(s).length, 1);
});
