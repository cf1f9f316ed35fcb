// An outlet's excerpt of a quote ("… ", several fragments) and a speaker's restart that another
// outlet left out are the same words, not a different wording; a word changed inside either still is.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compareStory, isShown } from "../../../lib/compare/index";
import { sameFunctionWord, withoutRestarts } from "../../../lib/compare/quotes";
import { storyOf } from "./story-helpers";

const WHEN = "2021-06-05T12:00:00";
const shown = (a: string, b: string) => compareStory(storyOf([["Outlet A", a], ["Outlet B", b]], WHEN)).discrepancies
  .filter((d) => d.kind === "quote_wording" && isShown(d)).map((d) => d.summary);

const GOVERNOR = "Governor Ruth Palmer spoke at the depot on Monday. ";
const MAYOR = "Mayor Ana Reyes spoke to reporters on Monday. ";

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

test("a speaker's restart one outlet leaves out is no change of wording", () => {
  const once = MAYOR + "\"Frankly, if the board wins the levy vote, nothing will be left for the schools, folks,\" Reyes said.";
  const cases: [string, string, string, number][] = [
    ["restart left out", MAYOR + "\"Frankly, if the board wins, if the board wins the levy vote, nothing will be left for the schools, folks,\" Reyes said.", once, 0],
    ["a restart with another word in it", MAYOR + "\"Frankly, if the board wins, if the council wins the levy vote, nothing will be left for the schools, folks,\" Reyes said.", once, 1],
    ["no restart, a word changed", MAYOR + "\"Frankly, if the council wins the levy vote, nothing will be left for the schools, folks,\" Reyes said.", once, 1],
  ];
  for (const [name, a, b, n] of cases) assert.equal(shown(a, b).length, n, `${name}: ${shown(a, b).join("\n")}`);
});

test("withoutRestarts keeps one copy of a run of two or more words said twice in a row", () => {
  const cases: [string, string][] = [
    ["if she wins if she wins the seat", "if she wins the seat"],
    ["we will we will win", "we will win"],
    ["it is very very good", "it is very very good"],
    ["no no no", "no no no"],
    ["the board and the board members", "the board and the board members"],
    ["she said that that was fine", "she said that that was fine"],
  ];
  for (const [text, want] of cases) {
    const toks = text.split(" ").map((norm) => ({ norm }));
    assert.equal(withoutRestarts(toks).map((t) => t.norm).join(" "), want, text);
  }
});

test("two forms of one function word ('although'/'though') are no change of wording; another word is", () => {
  const quote = (w: string) => `Senator Dana Whitlock spoke at a county fair on Tuesday. "${w} the harbor folks, maybe they can fix the old pier this year, I don't know," Whitlock said.`;
  const cases: [string, string, string, number][] = [
    ["although / though", "Although", "Though", 0],
    ["toward / towards", "Toward", "Towards", 0],
    ["because / though", "Because", "Though", 1],
  ];
  for (const [name, a, b, n] of cases) assert.equal(shown(quote(a), quote(b)).length, n, `${name}: ${shown(quote(a), quote(b)).join("\n")}`);
  assert.equal(sameFunctionWord("amongst", "among"), true);
  assert.equal(sameFunctionWord("while", "until"), false);
  assert.equal(sameFunctionWord("constructor", "constructor"), false);
});
