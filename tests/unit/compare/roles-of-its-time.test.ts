// A title placed at the time of the events told ("under President X") is the one other outlets
// now call former; a title given as current still disputes "former".
import { test } from "node:test";
import assert from "node:assert/strict";
import { compareStory, isShown } from "../../../lib/compare/index";
import { storyOf } from "./story-helpers";

const roleConflicts = (a: string, b: string) => compareStory(storyOf([["Outlet A", a], ["Outlet B", b]], "2022-03-10T12:00:00")).discrepancies
  .filter((d) => d.kind === "role_conflict" && isShown(d)).map((d) => d.summary);

test("a title held at the time told does not dispute 'former'", () => {
  const former = "Former Governor Ann Vargas spoke at the harbor rally on Monday about the ferry fares.";
  const cases: [string, string, number][] = [
    ["The ferry fares were set by rules passed under Governor Ann Vargas, the harbor board said on Monday.", former, 0],
    ["The ferry fares were cut during Governor Ann Vargas's second term, the harbor board said on Monday.", former, 0],
    ["The ferry fares were cut by then-Governor Ann Vargas, the harbor board said on Monday.", former, 0],
    ["The ferry fares were cut by then Governor Ann Vargas, the harbor board said on Monday.", former, 0],
    ["Governor Ann Vargas spoke at the harbor rally on Monday about the ferry fares.", former, 1],
    // "then" of a sequence, not of the time told
    ["The harbor board met on Monday, and then Governor Ann Vargas spoke about the ferry fares.", former, 1],
    ["The harbor board met on Monday. Then Governor Ann Vargas spoke about the ferry fares.", former, 1],
    // "former" in a title of its time still says what the office is now
    ["The ferry fares were set by rules passed under former Governor Ann Vargas, the harbor board said on Monday.", "Governor Ann Vargas spoke at the harbor rally on Monday about the ferry fares.", 1],
    ["The ferry fares were cut during former Governor Ann Vargas's second term, the harbor board said on Monday.", former, 0],
    ["Acting Governor Ann Vargas spoke at the harbor rally on Monday about the ferry fares.", "The ferry fares were set by rules passed under Governor Ann Vargas, the harbor board said on Monday.", 1],
  ];
  for (const [a, b, n] of cases) assert.equal(roleConflicts(a, b).length, n, `${a}\n${roleConflicts(a, b).join("\n")}`);
});

const roleItems = (a: string, b: string) => compareStory(storyOf([["Outlet A", a], ["Outlet B", b]], "2022-03-10T12:00:00")).discrepancies
  .filter((d) => (d.kind === "role_conflict" || d.kind === "internal_inconsistency") && isShown(d)).map((d) => d.summary);

test("an article that calls someone former and then addresses them by the title keeps a courtesy", () => {
  const former = "Former Governor Ann Vargas spoke at the harbor rally on Monday about the ferry fares.";
  const cases: [string, string, number][] = [
    ["Former Governor Ann Vargas spoke at the harbor rally on Monday. The board thanked Governor Vargas for the ferry fares.", former, 0],
    ["Retired General Tunde Okafor spoke at the harbor rally on Monday. The board thanked General Okafor for the ferry fares.", "Retired General Tunde Okafor spoke at the harbor rally on Monday about the ferry fares.", 0],
    // without "former" in the same article the title states the office as it is now
    ["The harbor board heard Governor Vargas speak at the rally on Monday about the ferry fares.", former, 1],
    // the full name states the office too, in the same article as "former"
    ["Former Governor Ann Vargas spoke at the harbor rally on Monday. Later, Governor Ann Vargas thanked the board for the ferry fares.", former, 1],
  ];
  for (const [a, b, n] of cases) assert.equal(roleItems(a, b).length, n, `${a}\n${roleItems(a, b).join("\n")}`);
});
