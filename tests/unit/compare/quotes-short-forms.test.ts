// A quote sentence of a few words ("I don't know") recurs in many of a speaker's passages: it joins
// the one passage that contains it and never bridges two, so unrelated quotes are not compared.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compareStory } from "../../../lib/compare/index";
import { storyOf } from "./story-helpers";

const WHEN = "2021-06-05T12:00:00";
const INTRO = "Senator Dana Whitlock spoke at a county fair on Tuesday. ";
const A = INTRO + "\"Although the harbor folks, maybe they can fix it … I don't know,\" Whitlock said.";
const B = INTRO + "\"Although the harbor folks, maybe they can fix it, I don't know,\" Whitlock said.";

/** The articles (by outlet) of the quote group that holds the given outlet's quote. */
function groupedWith(texts: [string, string][], outlet: string): string[] {
  const story = storyOf(texts, WHEN);
  const id = story.find((a) => a.outlet === outlet)!.id;
  const g = compareStory(story).groups.find((x) => x.kind === "quote" && x.readings.some((r) => r.articleIds.includes(id)))!;
  const ids = new Set(g.readings.flatMap((r) => r.articleIds));
  return story.filter((a) => ids.has(a.id)).map((a) => a.outlet);
}

test("short quote sentences join the passage that contains them and bridge no two", () => {
  const cases: [string, string, string[]][] = [
    ["a stock phrase opening another quote", INTRO + "\"I don't know where the ferry went,\" Whitlock said, before turning to taxes.", ["Outlet C"]],
    ["the same passage told on", INTRO + "\"Maybe they can fix it, I don't know where the ferry went,\" Whitlock said, before turning to taxes.", ["Outlet A", "Outlet B", "Outlet C"]],
    ["the short phrase alone", INTRO + "\"I don't know,\" Whitlock said, before turning to taxes.", ["Outlet A", "Outlet B", "Outlet C"]],
  ];
  for (const [name, c, want] of cases) {
    assert.deepEqual(groupedWith([["Outlet A", A], ["Outlet B", B], ["Outlet C", c]], "Outlet C"), want, name);
  }
});
