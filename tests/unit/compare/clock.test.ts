// Zoned clock times (lib/compare/evidence/clock.ts): read in minutes of the UTC day, with the local
// reading a sentence gives; two outlets giving one local time placed differently in UTC disagree.
import { test } from "node:test";
import assert from "node:assert/strict";
import { clockCompatible, clockTimes } from "../../../lib/compare/evidence/clock";
import { compareStory, isShown } from "../../../lib/compare/index";
import { storyOf } from "./story-helpers";

test("clock times: zoned readings in minutes of the UTC day, with the local reading", () => {
  const table: [string, [string, [number, number], number | null][]][] = [
    ["The ferry left at 9:14 a.m. PST and docked at 5:21 p.m. PST.", [["9:14 a.m. PST", [1034, 1034], 554], ["5:21 p.m. PST", [81, 81], 1041]]],
    ["The ferry left at 9:14 a.m. (0114 GMT) on Tuesday.", [["0114 GMT", [74, 74], 554]]],
    ["The bell rang at 5:48 a.m. local time (2048 GMT).", [["2048 GMT", [1248, 1248], 348]]],
    ["The council meets at 3 p.m. ET on Friday.", [["3 p.m. ET", [1140, 1200], 900]]],
    ["Trading halted at 06:41 UTC.", [["06:41 UTC", [401, 401], 401]]],
    ["The show airs at 9pm BST.", [["9pm BST", [1200, 1200], 1260]]],
    // a.m. and p.m. in capitals, as many outlets write them
    ["The show airs at 9 PM BST.", [["9 PM BST", [1200, 1200], 1260]]],
    ["The ferry left at 9:14 A.M. (0114 GMT) and docked at 5:21 P.M. PST.", [["0114 GMT", [74, 74], 554], ["5:21 P.M. PST", [81, 81], 1041]]],
    // no clock time: a bare number, an hour past 23, 13 p.m., a zone that names several, a count
    ["About 5 GMT staff were hired.", []],
    ["It was 25:10 UTC by the broken clock.", []],
    ["He left at 13 p.m. PST.", []],
    ["The blast came at 10:15 a.m. IST.", []],
    ["She had 20 CT scans in a year.", []],
  ];
  for (const [sentence, want] of table) {
    assert.deepEqual(clockTimes(sentence).map((t) => [t.text, t.utc, t.local]), want, sentence);
  }
});

test("clock times: compatible within ten minutes around the clock; a zone without its season spans an hour", () => {
  const table: [[number, number], [number, number], boolean][] = [
    [[74, 74], [1034, 1034], false],
    [[1435, 1435], [3, 3], true],
    [[733, 733], [740, 740], true],
    [[733, 733], [750, 750], false],
    [[1140, 1200], [1190, 1190], true],
    [[1140, 1200], [1230, 1230], false],
    [[1380, 60], [30, 30], true],
  ];
  for (const [a, b, want] of table) {
    assert.equal(clockCompatible(a, b), want, `${a} / ${b}`);
    assert.equal(clockCompatible(b, a), want, `${b} / ${a}`);
  }
});

const story = (texts: [string, string][]) => storyOf(texts, "2019-03-05T12:00:00");

const timeConflicts = (texts: [string, string][]) =>
  compareStory(story(texts)).discrepancies.filter((d) => d.summary.startsWith("What time it happened") && isShown(d)).map((d) => d.summary);

test("evidence: one local time placed at two UTC times is a conflict; other times are other moments", () => {
  const cases: { name: string; texts: [string, string][]; conflict: boolean }[] = [
    {
      name: "the same local departure time converted wrongly",
      texts: [
        ["Alpha", "The ferry departed Dover at 9:14 a.m. (0114 GMT) for Calais but turned back over the Channel."],
        ["Beta", "After leaving Dover at 9:14 a.m. PST, the ferry returned to port at 5:21 p.m. PST."],
      ],
      conflict: true,
    },
    {
      name: "one moment in two zones",
      texts: [
        ["Alpha", "The ferry departed Dover at 9:14 a.m. (1714 GMT) for Calais but turned back over the Channel."],
        ["Beta", "After leaving Dover at 9:14 a.m. PST, the ferry returned to port at 5:21 p.m. PST."],
      ],
      conflict: false,
    },
    {
      name: "two local times are two moments, even of one ferry",
      texts: [
        ["Alpha", "The ferry departed Dover at 8:05 a.m. PST for Calais but turned back over the Channel."],
        ["Beta", "After leaving Dover at 9:14 a.m. PST, the ferry returned to port at 5:21 p.m. PST."],
      ],
      conflict: false,
    },
  ];
  for (const c of cases) assert.equal(timeConflicts(c.texts).length, c.conflict ? 1 : 0, `${c.name}: ${timeConflicts(c.texts).join("\n")}`);
});
