// Figures whose scope differs are not one fact told two ways: a count over every day up to a date
// against a count of that day, and a poll's margin of error, which each sample of a poll has its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compareStory, isShown } from "../../../lib/compare/index";
import { isMarginOfError } from "../../../lib/compare/evidence/mentions";
import { storyOf } from "./story-helpers";

const WHEN = "2021-06-05T12:00:00";
const conflicts = (a: string, b: string) => compareStory(storyOf([["Outlet A", a], ["Outlet B", b]], WHEN)).discrepancies
  .filter((d) => d.kind === "number_conflict" && d.severity !== "info" && isShown(d)).map((d) => d.summary);

test("a count up to or from a date does not dispute a count of the day itself", () => {
  const day = (n: string) => `${n} towns held referendums on June 4 under the new county charter, the commission said.`;
  const cases: [string, string, string, number][] = [
    ["on or before a date vs on that date", `${"Nine"} towns held referendums on or before June 4 under the new county charter, the commission said.`, day("Six"), 0],
    ["to date vs one day", "Nine towns have held referendums to date under the new county charter, the commission said.", day("Six"), 0],
    ["up to and including vs one day", "Nine towns held referendums up to and including June 4 under the new county charter, the commission said.", day("Six"), 0],
    ["one day in both, different counts", day("Nine"), day("Six"), 1],
    ["a span in both, different counts", "Nine towns held referendums on or before June 4 under the new county charter, the commission said.",
      "Six towns held referendums on or before June 4 under the new county charter, the commission said.", 1],
    ["through a weekday vs one day", "Nine towns have held referendums through Friday under the new county charter, the commission said.", day("Six"), 0],
    ["through a month day vs one day", "Nine towns have held referendums through June 4 under the new county charter, the commission said.", day("Six"), 0],
    ["up until last weekday vs one day", "Nine towns held referendums up until last Friday under the new county charter, the commission said.", day("Six"), 0],
    ["'through' a place is no span", "Nine towns held referendums on June 4 through the new county charter, the commission said.", day("Six"), 1],
    ["through a weekday in both, different counts", "Nine towns have held referendums through Friday under the new county charter, the commission said.",
      "Six towns have held referendums through Friday under the new county charter, the commission said.", 1],
    ["'up to date' is no span", "Nine towns held referendums on June 4 under the new county charter, the up to date commission register said.", day("Six"), 1],
  ];
  for (const [name, a, b, n] of cases) assert.equal(conflicts(a, b).length, n, `${name}: ${conflicts(a, b).join("\n")}`);
});

test("a poll's margin of error is read as such only right around the figure", () => {
  const at = (sentence: string, figure: string) => {
    const i = sentence.indexOf(figure);
    return isMarginOfError(sentence, i, i + figure.length);
  };
  const cases: [string, string, boolean][] = [
    ["The margin of error is plus or minus 3.5 percentage points.", "3.5 percentage points", true],
    ["The margin of sampling error among those voters was plus or minus four percentage points.", "four percentage points", true],
    ["The survey has a 4-point margin of error.", "4", true],
    ["The poll's error margin is 3 points.", "3 points", true],
    ["The mayor leads 48 percent to 45 percent, within the margin of error.", "48 percent", false],
    ["The mayor leads 48 percent to 45 percent, within the margin of error.", "45 percent", false],
    ["The margin of error is 3 points, and the mayor leads by 5 points.", "5 points", false],
    ["The lead shrank by 3.5 percentage points in a month.", "3.5 percentage points", false],
  ];
  for (const [sentence, figure, want] of cases) assert.equal(at(sentence, figure), want, `${figure} in: ${sentence}`);
});

test("two outlets' margins of error of one poll are not disputed; other figures of the poll still are", () => {
  const cases: [string, string, string, number][] = [
    ["margins of two samples", "The survey of 900 residents of the valley has a margin of error of plus or minus 3.5 percentage points.",
      "The survey of residents of the valley has a margin of error of plus or minus 4.5 percentage points.", 0],
    ["a lead that shrank by different amounts", "The mayor's lead in the survey of residents of the valley shrank by 3.5 percentage points.",
      "The mayor's lead in the survey of residents of the valley shrank by 4.5 percentage points.", 1],
  ];
  for (const [name, a, b, n] of cases) assert.equal(conflicts(a, b).length, n, `${name}: ${conflicts(a, b).join("\n")}`);
});

test("shares of two named wholes are two figures; shares of one whole, or of an unnamed one, are compared", () => {
  const cases: [string, string, string, number][] = [
    ["of two groups", "A survey released on Monday found that 28 percent of likely voters in the valley backed the harbor toll.",
      "A survey released on Monday found that 31 percent of shop owners in the valley backed the harbor toll.", 0],
    ["of one group", "A survey released on Monday found that 28 percent of likely voters in the valley backed the harbor toll.",
      "A survey released on Monday found that 31 percent of voters in the valley backed the harbor toll.", 1],
    ["one whole unnamed", "A survey released on Monday found that 28 percent of likely voters in the valley backed the harbor toll.",
      "A survey released on Monday found that 31 percent in the valley backed the harbor toll.", 1],
  ];
  for (const [name, a, b, n] of cases) assert.equal(conflicts(a, b).length, n, `${name}: ${conflicts(a, b).join("\n")}`);
});

test("a figure a clause only supposes ('whether she would get 60 percent') states no value", async () => {
  const { isSupposed } = await import("../../../lib/compare/evidence/mentions");
  const at = (sentence: string, figure: string) => isSupposed(sentence, sentence.indexOf(figure));
  const cases: [string, string, boolean][] = [
    ["It is not a question of whether the mayor would get 60 percent of the vote.", "60 percent", true],
    ["Aides asked if the bridge could cost $5 million more.", "$5 million", true],
    ["If the levy passes, the district might hire 40 teachers.", "40 teachers", false],
    ["The mayor got 60 percent of the vote, and whether she would run again was unclear.", "60 percent", false],
    ["Officials would not say whether 12 people were hurt.", "12 people", false],
    ["The district could hire 40 teachers.", "40 teachers", false],
  ];
  for (const [sentence, figure, want] of cases) assert.equal(at(sentence, figure), want, `${figure} in: ${sentence}`);
  const stated = "The mayor won 45 percent of the vote in the valley on Tuesday, the county clerk said.";
  const pairs: [string, string, number][] = [
    ["supposed vs stated", "The question on Tuesday was whether the mayor would win 60 percent of the vote in the valley, the county clerk said.", 0],
    ["stated vs stated", "The mayor won 60 percent of the vote in the valley on Tuesday, the county clerk said.", 1],
  ];
  for (const [name, a, n] of pairs) assert.equal(conflicts(a, stated).length, n, `${name}: ${conflicts(a, stated).join("\n")}`);
});
