// A place's name that is a person's given name ("Jordan Hale", "Chad Moore") stays the given name;
// a country or people word in front of a name, or before a title, is still cut ("U.S. Jane Doe",
// "French Minister Jane Doe"). Two people sharing the surname stay apart.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseName, StoryEntities } from "../../../lib/compare/entities";

// [name as the analysis gives a person, the name without titles, its given name]
const NAMES: Array<[string, string, string | null]> = [
  ["Jordan Hale", "Jordan Hale", "jordan"],
  ["Georgia Banks", "Georgia Banks", "georgia"],
  ["Chad Moore", "Chad Moore", "chad"],
  ["Israel Katz", "Israel Katz", "israel"],
  ["President Jordan Hale", "Jordan Hale", "jordan"],
  ["former Mayor Georgia Banks", "Georgia Banks", "georgia"],
  // a common given name keeps its place in a longer name
  ["Chad Michael Moore", "Chad Michael Moore", "chad"],
  // names whose given name is no place were never cut
  ["Sydney Park", "Sydney Park", "sydney"],
  ["Victoria Lund", "Victoria Lund", "victoria"],
  // country and people words in front of a name or a title are no given name
  ["former U.S. President Jane Doe", "Jane Doe", "jane"],
  ["Texas Governor Jane Doe", "Jane Doe", "jane"],
  ["French Minister Jane Doe", "Jane Doe", "jane"],
  ["Jordan President Hale", "Hale", null],
  ["U.S. Jane Doe", "Jane Doe", "jane"],
  ["British Jane Doe", "Jane Doe", "jane"],
  ["U.S. Doe", "Doe", null],
  ["UK Doe", "Doe", null],
  ["Britain's Doe", "Doe", null],
  ["Britain 's Doe", "Doe", null],
  // a place before another place or a people word is no person's given name
  ["Jordan Iran", "Iran", null],
  ["Georgia Jane Doe", "Jane Doe", "jane"],
];

for (const [name, bare, first] of NAMES) {
  test(`person "${name}" -> "${bare}"`, () => {
    const p = parseName(name, "person");
    assert.equal(p.bare, bare);
    assert.equal(p.first, first);
  });
}

// two people of one story who share a surname, one with a place's name as given name
const APART: Array<[string, string]> = [
  ["Jordan Hale", "Ann Hale"],
  ["Georgia Banks", "Tom Banks"],
  ["Chad Moore", "Ellen Moore"],
];

for (const [a, b] of APART) {
  test(`two people: ${a} and ${b}`, () => {
    const s = new StoryEntities();
    for (const n of [a, b]) s.add(n, "person");
    assert.notEqual(s.key({ name: a, kind: "person" }), s.key({ name: b, kind: "person" }));
  });
}

test("one person: Jordan Hale, President Jordan Hale, Hale", () => {
  const s = new StoryEntities();
  const names = ["Jordan Hale", "President Jordan Hale", "Hale"];
  for (const n of names) s.add(n, "person");
  assert.equal(new Set(names.map((n) => s.key({ name: n, kind: "person" }))).size, 1);
});
