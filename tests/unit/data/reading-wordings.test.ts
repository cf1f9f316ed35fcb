// A reading is shown in each article's own words: the claim's text, or the reading's sentence when
// the reading says the sentence is the evidence; articles with the same words share one entry.
import { test } from "node:test";
import assert from "node:assert/strict";
import { wordingsOf } from "../../../lib/data/reading-wordings";

const CLAIMS = new Map([
  ["a1#q1", "to open the bridge"],
  ["a2#q4", "to open the bridge"],
  ["a3#q2", "to open the old bridge"],
]);
const textOf = (a: string, k: string) => CLAIMS.get(`${a}#${k}`);

const CASES: Array<{ name: string; reading: Parameters<typeof wordingsOf>[0]; want: Array<[string, string[], (string | null)[]]> }> = [
  {
    name: "the claims' own words; the same words share an entry",
    reading: { text: "Roe said the aim was to open the bridge.", articleIds: ["a1", "a2", "a3"], claimIds: ["a1#q1", "a2#q4", "a3#q2"] },
    want: [["to open the bridge", ["a1", "a2"], ["q1", "q4"]], ["to open the old bridge", ["a3"], ["q2"]]],
  },
  {
    name: "the sentence when it is the evidence, still linked to each claim",
    reading: { text: "Roe said the aim was to open the bridge.", articleIds: ["a1", "a2"], claimIds: ["a1#q1", "a2#q4"], sentence: true },
    want: [["Roe said the aim was to open the bridge.", ["a1", "a2"], ["q1", "q4"]]],
  },
  {
    name: "not: a claim that is gone falls back to the sentence, with no link",
    reading: { text: "Roe said so.", articleIds: ["a9"], claimIds: ["a9#q1"] },
    want: [["Roe said so.", ["a9"], [null]]],
  },
];

for (const c of CASES) {
  test(`wordings: ${c.name}`, () => {
    assert.deepEqual(wordingsOf(c.reading, textOf).map((w) => [w.text, w.articleIds, w.claimKeys]), c.want);
  });
}
