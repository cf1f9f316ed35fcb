// An outlet's excerpt of a quote ("… ", several fragments) gives the same words as the fuller
// quote, not a different wording; a word changed inside a fragment still is one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compareStory, isShown } from "../../../lib/compare/index";
import { storyOf } from "./story-helpers";

const WHEN = "2021-06-05T12:00:00";
const shown = (a: string, b: string) => compareStory(storyOf([["Outlet A", a], ["Outlet B", b]], WHEN)).discrepancies
  .filter((d) => d.kind === "quote_wording" && isShown(d)).map((d) => d.summary);

const GOVERNOR = "Governor Ruth Palmer spoke at the depot on Monday. ";

test("an excerpt's fragments found in the fuller quote are no change of wording", () => {
  const excerpt = GOVERNOR + "\"We will fix the roads of this state … we will fix the schools of this state,\" Palmer said.";
  const cases: [string, string, string, number][] = [
    ["fragments with a sentence between", GOVERNOR + "\"We will fix the roads of this state … We will fix the schools of this state,\" Palmer said.",
      GOVERNOR + "\"We will fix the roads of this state, and I promise you that we will fix the bridges of this state. But we will fix the schools of this state, all the schools of this state,\" Palmer said.", 0],
    ["fragments with a clause between", excerpt,
      GOVERNOR + "\"We will fix the roads of this state, I promise you, and then we will fix the schools of this state,\" Palmer said.", 0],
    ["a word changed in a fragment", excerpt,
      GOVERNOR + "\"We will fix the roads of this state, I promise you, and then we will fix the prisons of this state,\" Palmer said.", 1],
  ];
  for (const [name, a, b, n] of cases) assert.equal(shown(a, b).length, n, `${name}: ${shown(a, b).join("\n")}`);
});
