// What must NOT become a date claim: durations, times alone, decades, phone-like
// numbers, counts, modal "may", datelines; and relative dates without a reference.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysisContext } from "../../../lib/analysis/pipeline";
import { extractDates } from "../../../lib/analysis/dates";

const SUNDAY = new Date(Date.UTC(2025, 4, 4, 10, 39));
const dates = (text: string, ref: Date | null = SUNDAY) =>
  extractDates(analysisContext(text, ref, ref ? "published" : "none"));

const NONE: string[] = [
  "The army held the port for six months.",
  "Violence has claimed many lives in the past two decades.",
  "The talks lasted two decades without result.",
  "Inflation has eased over the past year.",
  "The shelter has been full in recent months.",
  "The rescue took three days.",
  "Crews worked for 48 hours straight.",
  "The meeting starts at 10:39.",
  "Doors open at 6 p.m. sharp.",
  "Music from the 1990s filled the hall.",
  "Call +91-555-0100123 for details.",
  "The office number is 555-123-4567.",
  "They may 2 or 3 times reconsider.",
  "Officials may decide to march on the capital.",
  "The unit deployed 2000 troops.",
  "Around 1,914 people signed the petition.",
  "Prices rose 12% within a week of the announcement.",
  "He was sentenced to 15 years in prison.",
  // weekday abbreviations standing alone are other words
  "Light from the sun warmed the valley floor.",
  "The comet circles the sun, then drifts away.",
  "The Sun rose over the hills at dawn.",
  "My cousins wed in a small chapel and sat down to dinner.",
  // a day's word in capitals without a number is a name or a heading
  "Ana Roe told USA TODAY that the plan was dead.",
  "Fans of FRIDAY NIGHT LIVE queued for tickets.",
  // round the clock, prehistory, and moments counted in hours or minutes from an event
  "The helpline answers calls 24/7.",
  "The glacier retreated about 9,000 years ago.",
  "The cave was painted 20,000 years ago.",
  "The ferry docked about three hours later.",
  "The lift stalled about 20 minutes after opening.",
  "The team made some last minute changes to the plan.",
];

for (const text of NONE) {
  test(`no date in "${text}"`, () => {
    const got = dates(text);
    assert.deepEqual(got.map((d) => d.date.phrase), []);
  });
}

test("a dateline line is not a date claim", () => {
  const text = "Published Date: 08:15 | 12 Mar 2024\nThe minister resigned on Friday after a long dispute.";
  const got = dates(text);
  assert.deepEqual(got.map((d) => d.date.phrase), ["on Friday"]);
});

test("an 'Updated:' dateline with day-month-year is skipped", () => {
  const text = "News Desk | Updated: 14-03-2024 17:20 IST | Created: 14-03-2024 17:20 IST\n\nThe court ruled on the appeal yesterday.";
  const got = dates(text);
  assert.deepEqual(got.map((d) => d.date.phrase), ["yesterday"]);
});

test("without a reference, relative dates are skipped and absolute ones kept", () => {
  const text = "The ceasefire began on Saturday. It followed the accord of June 3, 2019, and the war of 1914. Prices rose last month.";
  const got = dates(text, null);
  assert.deepEqual(got.map((d) => d.date.phrase).sort(), ["1914", "June 3, 2019"].sort());
  for (const d of got) assert.equal(d.date.reference, "none");
});

test("without a reference, a month-day with no year is skipped", () => {
  assert.deepEqual(dates("The vote was held on April 16.", null), []);
});

test("without a reference, an anchored relative after an absolute date still resolves", () => {
  const got = dates("The accord was signed on June 3, 2019. Fighting resumed two days later.", null);
  const later = got.find((d) => d.date.phrase === "two days later");
  assert.equal(later?.date.date, "2019-06-05");
  assert.equal(later?.date.reference, "event");
});

test("a bare weekday never resolves to a future day", () => {
  // reference Sunday: "Monday" means the Monday before, not tomorrow
  const got = dates("The union voted Monday to strike.");
  assert.equal(got[0].date.date, "2025-04-28");
});

// the same words as above where they do name a date
const STILL: Array<[string, string, string]> = [
  ["Light from the sun reached the garden on Friday.", "on Friday", "2025-05-02"],
  ["The board met on Tue, March 8, 2022 in the old hall.", "on Tue, March 8, 2022", "2022-03-08"],
  ["The fort was built 300 years ago.", "300 years ago", "1725-01-01"],
  ["The talks ended two days later than planned, on Tuesday.", "on Tuesday", "2025-04-29"],
];

for (const [text, phrase, date] of STILL) {
  test(`still a date: "${phrase}" in "${text}"`, () => {
    const got = dates(text).find((d) => d.date.phrase === phrase);
    assert.equal(got?.date.date, date);
  });
}
