// A month's name that is someone's surname is no date; the month itself still is.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysisContext } from "../../../lib/analysis/pipeline";
import { extractDates } from "../../../lib/analysis/dates";

const SUNDAY = new Date(Date.UTC(2025, 4, 4, 10, 39));
const phrases = (text: string) => extractDates(analysisContext(text, SUNDAY, "published")).map((d) => d.date.phrase);

const CASES: Array<[string, string[]]> = [
  ["Ana May said the plan was dead.", []],
  ["Former minister Ellen May, 61, spoke first.", []],
  ["Ray June told the court he was innocent.", []],
  ["Ben August met Tom April in the capital.", []],
  ["Ana May won the vote. May said she was pleased.", []],
  // dates stay dates, next to a name or not
  ["The plant reopened in May.", ["May"]],
  ["The plant reopens in early May.", ["early May"]],
  ["Ana May said the plant reopened on May 5.", ["May 5"]],
  ["The vote is set for June 12.", ["June 12"]],
  ["Ana met voters in May 2019.", ["May 2019"]],
];

for (const [text, want] of CASES) {
  test(`dates in "${text}"`, () => assert.deepEqual(phrases(text), want));
}

test("no date span masks the age after a month-word surname", () => {
  const ctx = analysisContext("Former minister Ellen May, 61, spoke first.", SUNDAY, "published");
  assert.deepEqual(ctx.dates.masks, []);
});
