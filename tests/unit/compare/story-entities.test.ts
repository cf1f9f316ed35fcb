// Story-wide keys of people's names across outlets: a surname-first name with a hyphenated given
// name, its short forms, its other spellings; and names that must stay apart.
import { test } from "node:test";
import assert from "node:assert/strict";
import { StoryEntities } from "../../../lib/compare/entities";

function keys(names: string[]): string[] {
  const s = new StoryEntities();
  for (const n of names) s.add(n, "person");
  return names.map((n) => s.key({ name: n, kind: "person" })!);
}

// every name of a row is one person across the story's outlets
const SAME: string[][] = [
  ["Park Min-ho", "Mr Park", "Park", "Min-ho Park", "Park Min Ho", "Park Min-Ho", "President Park Min-ho"],
  // an outlet that cuts the given name at its hyphen
  ["Han Jae-in", "Han Jae"],
  ["Ellen May", "Prime Minister Ellen May", "May", "Mrs May"],
  ["Jean-Luc Moreau", "Moreau", "Mr. Moreau"],
  ["Ana Smith-Jones", "Smith-Jones"],
  // a given name in two words, without its hyphen
  ["Lim Soo-jin", "Lim Soo Jin", "Lim", "Ms. Lim", "Soo-jin Lim"],
  ["Lim Soo Jin", "Ms. Lim", "Lim"],
  // Arabic particles: a glued article, "bin"
  ["Yusuf al-Rashid", "Mr. al-Rashid", "Rashid", "Al-Rashid", "Yusuf Rashid"],
  ["Omar bin Said", "Bin Said", "Said", "Omar Said"],
];

for (const row of SAME) {
  test(`one person: ${row.join(" / ")}`, () => {
    const got = keys(row);
    assert.equal(new Set(got).size, 1, JSON.stringify(got));
  });
}

// [names in one story, the names that must get different keys]
const APART: Array<[string[], string, string]> = [
  [["Park Min-ho", "Ana Park"], "Park Min-ho", "Ana Park"],
  [["Han Jae-in", "Han Jae-won", "Han Jae"], "Han Jae-in", "Han Jae-won"],
  [["Anna May Wong", "Ellen May"], "Anna May Wong", "Ellen May"],
  [["Mina Jo Kim", "Kim Jo-yeon"], "Mina Jo Kim", "Kim Jo-yeon"],
  [["Lim Soo Jin", "Lim Jae In"], "Lim Soo Jin", "Lim Jae In"],
  [["Yusuf al-Rashid", "Ali al-Hakim"], "Yusuf al-Rashid", "Ali al-Hakim"],
  [["Mary Jo Lee", "Ana Mary"], "Mary Jo Lee", "Ana Mary"],
];

for (const [story, a, b] of APART) {
  test(`two people: ${a} and ${b}`, () => {
    const s = new StoryEntities();
    for (const n of story) s.add(n, "person");
    assert.notEqual(s.key({ name: a, kind: "person" }), s.key({ name: b, kind: "person" }));
  });
}

test("a name cut at the hyphen that two people share names neither", () => {
  const s = new StoryEntities();
  for (const n of ["Han Jae-in", "Han Jae-won", "Han Jae"]) s.add(n, "person");
  const cut = s.key({ name: "Han Jae", kind: "person" });
  assert.notEqual(cut, s.key({ name: "Han Jae-in", kind: "person" }));
  assert.notEqual(cut, s.key({ name: "Han Jae-won", kind: "person" }));
});

test("the display name of a surname-first person is its full written form", () => {
  const s = new StoryEntities();
  for (const n of ["Park Min-ho", "Mr Park", "Ana Park"]) s.add(n, "person");
  assert.equal(s.display(s.key({ name: "Park Min-ho", kind: "person" })!), "Park Min-ho");
  assert.equal(s.display(s.key({ name: "Ana Park", kind: "person" })!), "Ana Park");
});
