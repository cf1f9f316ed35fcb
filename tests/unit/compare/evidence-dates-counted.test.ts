// Dates on evidence (lib/compare/evidence): a date counted from another date the text gives is as
// exact as that date, and a date in a sentence that quotes someone is the date of those words, so
// two outlets that quote them and date them differently disagree.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../../../lib/analysis/pipeline";
import type { DateSlots } from "../../../lib/analysis/types";
import { mentionsOf } from "../../../lib/compare/evidence/mentions";
import { dateInterval, spansMeet } from "../../../lib/compare/evidence/values";
import { compareStory } from "../../../lib/compare/index";
import type { StoryArticleInput } from "../../../lib/compare/types";
import { storyOf } from "./story-helpers";

const d = (date: string, granularity: DateSlots["granularity"], reference: DateSlots["reference"], phrase = ""): DateSlots =>
  ({ date, granularity, phrase, event: null, reference });

test("dates: counted from a date the text gives, a date is not widened", () => {
  const cases: [string, DateSlots, DateSlots, boolean][] = [
    ["'a year later' from 2013 (2014) is 2014", d("2014-01-01", "year", "event"), d("2014-01-01", "year", "none"), true],
    ["'a day earlier' from Saturday is Friday", d("2025-05-02", "day", "event"), d("2025-05-02", "day", "published"), true],
    ["'a year later' from 2013 (2014) may meet a year counted from today", d("2014-01-01", "year", "event"), d("2015-01-01", "year", "published"), true],
    // negatives
    ["'a year later' from 2014 (2015) is not 2014", d("2015-01-01", "year", "event"), d("2014-01-01", "year", "none"), false],
    ["'six months later' from March (September) is not August", d("2019-09-01", "month", "event"), d("2019-08-01", "month", "none", "August"), false],
  ];
  for (const [name, a, b, ok] of cases) assert.equal(spansMeet(dateInterval(a), dateInterval(b)), ok, name);
});

const PUBLISHED = "2021-03-01T12:00:00";

const dateContext = (s: string) => {
  const m = mentionsOf(s, analyzeArticle({ body: s, publishedAt: PUBLISHED }).claims).find((x) => x.type === "date");
  return m ? [...m.context.keys()] : [];
};

test("mentions: the words a date's sentence quotes are words of that date", () => {
  const cases: [string, string, boolean][] = [
    ["\"The orchard is the heart of this valley and always will be,\" the mayor said in 2016.", "orchard", true],
    ["In 2016, the mayor told reporters, \"The orchard is the heart of this valley and always will be.\"", "orchard", true],
    // negatives: words beyond the window and not quoted stay out
    ["In 2016 the mayor opened a festival that celebrates the long history of apple growing and the orchard farmers of the valley.", "orchard", false],
    ["The mayor said in 2016 that the festival would return.", "orchard", false],
  ];
  for (const [s, word, has] of cases) assert.equal(dateContext(s).includes(word), has, s);
});

const story = (texts: [string, string][]) => storyOf(texts, PUBLISHED);

const dateConflicts = (s: StoryArticleInput[]) =>
  compareStory(s).discrepancies.filter((x) => x.kind === "date_conflict" && x.key.startsWith("evidence:") && x.confidence >= 0.6);

test("evidence: one quote dated to two years by two outlets is a date conflict", () => {
  const s = story([
    ["Alpha", "\"The orchard is the heart of this valley and always will be,\" the mayor said in 2016."],
    ["Beta", "The mayor took office in 2014. Two years later, speaking at a harvest fair in the town square, she said, \"The orchard is the heart of this valley and always will be.\""],
    ["Gamma", "The mayor took office in 2014. Three years later, speaking at a harvest fair in the town square, she said, \"The orchard is the heart of this valley and always will be.\""],
  ]);
  const got = dateConflicts(s);
  assert.equal(got.length, 1);
  const words = got[0].differing.map((x) => x.words.join(" ")).sort();
  assert.deepEqual(words, ["2016 Two years later", "Three years later"].sort());
});

test("evidence: one quote dated alike, or two quotes, are no date conflict", () => {
  const agree = story([
    ["Alpha", "\"The orchard is the heart of this valley and always will be,\" the mayor said in 2016."],
    ["Beta", "The mayor took office in 2014. Two years later, speaking at a harvest fair in the town square, she said, \"The orchard is the heart of this valley and always will be.\""],
  ]);
  assert.deepEqual(dateConflicts(agree).map((x) => x.summary), []);
  const twoQuotes = story([
    ["Alpha", "\"The orchard is the heart of this valley and always will be,\" the mayor said in 2016."],
    ["Beta", "\"Our roads need repair before the winter comes,\" the mayor said in 2018."],
  ]);
  assert.deepEqual(dateConflicts(twoQuotes).map((x) => x.summary), []);
});
