// What must NOT become a number claim: years, dates, times, ordinals, phone
// numbers, list enumerations, numbered names, scores, pronoun "one".
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysisContext } from "../../../lib/analysis/pipeline";
import { extractNumbers } from "../../../lib/analysis/numbers";

const REF = new Date(Date.UTC(2025, 4, 4, 12));
const numbers = (text: string) =>
  extractNumbers(analysisContext(text, REF, "published")).map((n) => n.text);

const NONE: string[] = [
  "The canal opened in 1914.",
  "The war (1846-1848) changed the map.",
  "She served from 2019 to 2021.",
  "The vote was held on April 16.",
  "The summit ended on 04 May 2025.",
  "The meeting starts at 10:39.",
  "The meeting starts at 6 p.m.",
  "He finished 16th in the race.",
  "Call +91-555-0100123 for details.",
  "Phone: +91-555-0100123, +91-5550199876, 14, 15",
  "Dial 555-123-4567 today.",
  "COVID-19 spread quickly.",
  "Section 230 shields platforms.",
  "They won 3-2 at home.",
  "Help is available 24/7.",
  "This is a complex one.",
  "She was one of them.",
  "The 2020 election was close.",
];

for (const text of NONE) {
  test(`no number in "${text}"`, () => {
    assert.deepEqual(numbers(text), []);
  });
}

test("list enumerations and lone numbers on a line are skipped", () => {
  const text = "Summary:\n  1. The council approved the budget.\n  2. The mayor resigned.\n3\nTrending story headline";
  assert.deepEqual(numbers(text), []);
});

test("a year next to a count keeps only the count", () => {
  assert.deepEqual(numbers("In 2024, 2,000 troops left."), ["2,000 troops"]);
});
