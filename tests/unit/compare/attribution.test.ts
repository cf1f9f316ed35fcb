import { test } from "node:test";
import assert from "node:assert/strict";
import { asWritten, describeSide, differingWords, pickedStretches, type AttributionContext } from "../../../lib/compare/attribution";
import { tokenize } from "../../../lib/analysis/text";

const asWrittenCases: [string, string, string, string | null][] = [
  ["same words", "the border", "troops went to the border today", "the border"],
  ["punctuation and spacing kept as written", "not for sale our land", "it is not for sale, our  land is ours", "not for sale, our  land"],
  ["case as written", "former president", "the Former President spoke", "Former President"],
  ["a word inside another word is not the word", "in", "they went into town", null],
  ["words apart are not a stretch", "not sale", "not for sale", null],
  ["nothing to find", "", "anything", null],
  ["regex characters are plain text", "u.s. (acting)", "the U.S. (acting) envoy", "U.S. (acting"],
];
for (const [name, words, text, want] of asWrittenCases) {
  test(`asWritten: ${name}`, () => assert.equal(asWritten(words, text), want));
}

test("pickedStretches: adjacent picked words stay together, others split", () => {
  assert.deepEqual(pickedStretches("the former and acting chair", (n) => ["former", "acting", "chair"].includes(n)), ["former", "acting chair"]);
  assert.deepEqual(pickedStretches("Sent to the border, then home.", (n) => n === "border" || n === "then"), ["border, then"]);
  assert.deepEqual(pickedStretches("nothing here", () => false), []);
});

test("differingWords: content words the other lacks, function words only when no content word differs", () => {
  assert.deepEqual(differingWords("former U.S. President", tokenize("former U.S. President"), tokenize("U.S. President")), ["former"]);
  assert.deepEqual(differingWords("in our land", tokenize("in our land"), tokenize("on our land")), ["in"]);
  assert.deepEqual(differingWords("the same words", tokenize("the same words"), tokenize("the same words")), []);
});

const ctx: AttributionContext = {
  outletOf: new Map([["a", "Alpha"], ["b", "Beta"], ["c", "Gamma"], ["d", "Delta"]]),
  bodyOf: new Map([
    ["a", "The U.S. President spoke on Monday."],
    ["b", "US President Jane Doe spoke."],
    ["c", "The U.S. President arrived."],
    ["d", "Other words entirely."],
  ]),
};

test("describeSide: quotes the wording most articles hold exactly and names only those outlets", () => {
  const s = describeSide([
    { articleId: "a", stretches: ["U.S. President"] },
    { articleId: "b", stretches: ["US President"] },
    { articleId: "c", stretches: ["U.S. President"] },
  ], ctx);
  assert.equal(s, `"U.S. President" (Alpha, Gamma; also Beta in their own words)`);
});

test("describeSide: a text no article holds is never quoted", () => {
  const s = describeSide([{ articleId: "d", stretches: ["rebuilt reading"] }], ctx);
  assert.ok(!s.includes(`"`), s);
  assert.match(s, /Delta/);
});

test("describeSide: a side without the words says so", () => {
  assert.equal(describeSide([{ articleId: "a", stretches: [] }], ctx), "(without these words) (Alpha)");
});
