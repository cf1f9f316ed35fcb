// Words in capitals that are no one's name (datelines, a page's section headings) and firms named
// with their legal form: which become people, which organisations (lib/analysis/entities.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { parse } from "../../../lib/analysis/nlp";
import { resolveEntities } from "../../../lib/analysis/entities";

const byKind = (text: string, kind: string) => resolveEntities(parse(text)).entities.filter((e) => e.kind === kind).map((e) => e.name);

// [text, the people it names]
const PEOPLE: Array<[string, string[]]> = [
  // datelines and section headings
  ["VALE CITY — The council met on Monday.", []],
  ["MORE FROM SPORT\nThe club signed a striker.", []],
  ["RELATED COVERAGE\nTOP STORIES\nThe club signed a striker.", []],
  ["The club signed a striker. READ MORE ON THIS\nFans cheered.", []],
  ["PORT ELLA, Vale — The ferry sank on Monday.", []],
  // people in capitals: a known given name, a transcript's speaker label, a title
  ["ANA ROE, HOST:\nGood morning.", ["ANA ROE"]],
  ["ANA ROE said the plan was dead.", ["ANA ROE"]],
  ["LUTU OKAFOR: We are ready.", ["LUTU OKAFOR"]],
  ["PRESIDENT LUTU OKAFOR spoke.", ["LUTU OKAFOR"]],
  ["Ana Roe said the plan was dead.", ["Ana Roe"]],
];

for (const [text, want] of PEOPLE) {
  test(`people in ${JSON.stringify(text)}`, () => assert.deepEqual(byKind(text, "person"), want));
}

// [text, the organisations it names]; none of them is a person
const FIRMS: Array<[string, string[]]> = [
  ["The bank hired Dunn Ward LLP to advise it.", ["Dunn Ward LLP"]],
  ["Lawyers at Dunn Ward L.L.P. declined to comment.", ["Dunn Ward L.L.P."]],
  ["The firm hired Reed Lane LLP. Acme Inc. said profits rose.", ["Reed Lane LLP.", "Acme Inc."]],
  ["Foo & Bar LLC declined to comment.", ["Foo & Bar LLC"]],
  ["Dana Electronics Co. Ltd. said sales grew.", ["Dana Electronics Co. Ltd."]],
  ["Ana Roe of Vale Corp. said sales grew.", ["Vale Corp."]],
];

for (const [text, want] of FIRMS) {
  test(`firms in ${JSON.stringify(text)}`, () => {
    assert.deepEqual(byKind(text, "org"), want);
    for (const name of want) assert.ok(!byKind(text, "person").some((p) => p.includes(name) || name.includes(p)), `${name} is a person`);
  });
}

test("a firm's legal form ends its name; the person after it stays a person", () => {
  assert.deepEqual(byKind("Ana Roe of Vale Corp. Ben Lutu said no.", "person"), ["Ana Roe", "Ben Lutu"]);
});
