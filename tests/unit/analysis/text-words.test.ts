// Word helpers of lib/analysis/text.ts: the light stemmer that clustering and the comparison's
// context words share (a word and its inflections meet; words that only look inflected stay
// apart), and the possessive used in labels.
import { test } from "node:test";
import assert from "node:assert/strict";
import { escapeRegExp, possessive, stem } from "../../../lib/analysis/text";

const SAME: [string, string][] = [
  ["calls", "call"],
  ["proposed", "propose"],
  ["parties", "party"],
  ["taxes", "tax"],
  // a noun in -ing and its plural
  ["filings", "filing"],
  ["meetings", "meeting"],
  ["buildings", "building"],
];

const APART: [string, string][] = [
  ["bus", "bu"],
  ["crisis", "cris"],
  ["kings", "kind"],
  ["things", "thin"],
];

test("stem: a word and its inflection share a stem", () => {
  for (const [a, b] of SAME) assert.equal(stem(a), stem(b), `${a} / ${b}`);
});

test("stem: words that only look inflected keep apart", () => {
  for (const [a, b] of APART) assert.notEqual(stem(a), stem(b), `${a} / ${b}`);
  for (const w of ["kings", "things", "rings", "wings"]) assert.ok(stem(w).length >= 3, w);
});

test("possessive: a final s takes the apostrophe alone", () => {
  const cases: [string, string][] = [
    ["Ana Ruiz", "Ana Ruiz's"],
    ["Tom Reyes", "Tom Reyes'"],
    ["the Greens", "the Greens'"],
    ["Max", "Max's"],
  ];
  for (const [name, want] of cases) assert.equal(possessive(name), want, name);
});

test("escapeRegExp: text matches itself literally, and nothing else", () => {
  const cases: [string, string, boolean][] = [
    ["U.S. (east)", "the U.S. (east) coast", true],
    ["U.S. (east)", "the UXSX east coast", false],
    ["a+b*c?", "a+b*c?", true],
    ["a+b*c?", "aab", false],
    ["[x]{2}|^$\\", "[x]{2}|^$\\", true],
    ["[x]{2}", "xx", false],
    ["", "anything", true],
  ];
  for (const [literal, text, want] of cases) assert.equal(new RegExp(escapeRegExp(literal)).test(text), want, `${literal} in ${text}`);
});
