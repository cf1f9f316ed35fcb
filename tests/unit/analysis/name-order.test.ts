import { test } from "node:test";
import assert from "node:assert/strict";
import { givenNameFirst, isSyllabicGivenName, nameLetters, surnameOf } from "../../../lib/analysis/name-order";

const SYLLABIC: Array<[string, boolean]> = [
  ["Min-ho", true],
  ["Soo-jin", true],
  ["Jae-in", true],
  ["Kai-shek", true],
  ["Hye-young", true],
  ["Min-Ho", true],
  // Western hyphenated names and compounds
  ["Jean-Luc", false],
  ["Mary-Kate", false],
  ["Smith-Jones", false],
  ["Trump-era", false],
  ["Co-chair", false],
  ["Tokyo-bound", false],
  ["min-ho", false],
  ["Min-ho-ri", false],
  ["Minho", false],
];

for (const [word, want] of SYLLABIC) {
  test(`romanised two-syllable given name: ${word} -> ${want}`, () => assert.equal(isSyllabicGivenName(word), want));
}

const ORDER: Array<[string, string]> = [
  ["Park Min-ho", "Park"],
  ["Min-ho Park", "Park"],
  ["Choi Soo-Jin", "Choi"],
  ["Ana Park", "Park"],
  ["Jean-Luc Picard", "Picard"],
  ["Ana Smith-Jones", "Smith-Jones"],
  ["Park", "Park"],
  // two syllabic words: the usual order holds
  ["Soo-jin Min-ho", "Min-ho"],
];

for (const [name, surname] of ORDER) {
  test(`surname of ${name} is ${surname}`, () => {
    assert.equal(surnameOf(name), surname);
    const words = givenNameFirst(name.split(" "));
    assert.equal(words[words.length - 1], surname);
    assert.equal(words.length, name.split(" ").length);
  });
}

test("a name's letters ignore hyphens, spaces, case and accents", () => {
  assert.equal(nameLetters("Park Min-ho"), nameLetters("Park Min Ho"));
  assert.equal(nameLetters("José Ruiz"), "joseruiz");
  assert.notEqual(nameLetters("Park Min-ho"), nameLetters("Park Min"));
});
