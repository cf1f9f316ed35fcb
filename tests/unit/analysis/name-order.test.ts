import { test } from "node:test";
import assert from "node:assert/strict";
import { givenNameFirst, isSyllabicGivenName, nameLetters, nameWordsOf, sameNameSpaced, surnameOf } from "../../../lib/analysis/name-order";

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
  // a known given name first: a syllable pair after it is a double-barrelled surname
  ["Olivia Kay-Lee", "Kay-Lee"],
  ["Mary Tan-Ho", "Tan-Ho"],
  // unless that given name is itself one syllable, as many surnames are
  ["Kim Jong-Un", "Kim"],
  ["Lee Min-ho", "Lee"],
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

test("one name with its words joined or split, not the same letters broken elsewhere", () => {
  const cases: [string, string, boolean][] = [
    ["Park Min-ho", "Park Min Ho", true],
    ["Park Min-ho", "Park Minho", true],
    ["Park Minho", "Park Min-ho", true],
    ["Ana Ruiz", "ana ruiz", true],
    ["Anna Bell", "Ann Abell", false],
    ["Park Min-ho", "Par Kminho", false],
    ["Park Min-ho", "Park Min", false],
    ["Олег Иванов", "Сергей Смирнов", false],
    ["", "", false],
  ];
  for (const [a, b, want] of cases) {
    assert.equal(sameNameSpaced(a, b), want, `${a} / ${b}`);
    assert.equal(sameNameSpaced(b, a), want, `${b} / ${a}`);
  }
});

// a romanised given name written as two words after its surname, and names with Arabic particles:
// [name as written, the words it is called by, given name first]
const CALLED: Array<[string, string[]]> = [
  ["Lim Soo Jin", ["Soo-jin", "Lim"]],
  ["Han Jae In", ["Jae-in", "Han"]],
  ["Choi Jong Un", ["Jong-un", "Choi"]],
  ["Omar bin Said", ["Omar", "Said"]],
  ["Bin Said", ["Said"]],
  ["Yusuf al-Rashid", ["Yusuf", "Rashid"]],
  ["Al-Rashid", ["Rashid"]],
  ["Karim El-Amin", ["Karim", "Amin"]],
  // negatives: Western names keep their order and words
  ["Mary Jo Lee", ["Mary", "Jo", "Lee"]],
  ["Mina Jo Kim", ["Mina", "Jo", "Kim"]],
  ["Ana Lin Tan", ["Ana", "Lin", "Tan"]],
  ["Tom Ray Dunn", ["Tom", "Ray", "Dunn"]],
  ["Al Gore", ["Al", "Gore"]],
  ["Ben Alvarez", ["Ben", "Alvarez"]],
  ["Ana Bin", ["Ana", "Bin"]],
  ["Elena Elwood", ["Elena", "Elwood"]],
];

for (const [name, want] of CALLED) {
  test(`${name} is called ${want.join(" ")}`, () => {
    assert.deepEqual(nameWordsOf(name.split(" ")), want);
    assert.equal(surnameOf(name), want[want.length - 1]);
  });
}
