// People's names with a hyphenated given name, a surname that is also a month, and a transcript's
// speaker label: what is one person, what is not, and which titles they take.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parse } from "../../../lib/analysis/nlp";
import { resolveEntities } from "../../../lib/analysis/entities";

function people(text: string) {
  const { entities, titles } = resolveEntities(parse(text));
  const persons = entities.filter((e) => e.kind === "person");
  return {
    names: persons.map((e) => e.name),
    mentions: (name: string) => persons.find((e) => e.name === name)?.mentions.filter((m) => m.via !== "pronoun").map((m) => m.text) ?? [],
    titles,
    entities,
  };
}

// [text, the people it names]
const NAMES: Array<[string, string[]]> = [
  ["Park Min-ho said the bridge would reopen.", ["Park Min-ho"]],
  ["The lawyer Choi Soo-jin filed the appeal on Monday.", ["Choi Soo-jin"]],
  ["Governor Han Jae-in toured the plant.", ["Han Jae-in"]],
  ["Min-ho Park said the bridge would reopen.", ["Min-ho Park"]],
  ["Jean-Luc Moreau met Mary-Kate Olsted and Ana Smith-Jones.", ["Jean-Luc Moreau", "Mary-Kate Olsted", "Ana Smith-Jones"]],
  // month words after a given name are surnames; before a number, or after a preposition, dates
  ["Ana May said the plan was dead.", ["Ana May"]],
  ["Prime Minister Ellen May, 61, resigned.", ["Ellen May"]],
  ["Coach Ben August and Ray June met Tom April.", ["Ben August", "Ray June", "Tom April"]],
  ["Frank Rich and Tom Will spoke.", ["Frank Rich", "Tom Will"]],
  // the same letters broken into other words are two names
  ["Anna Bell met Ann Abell on Monday.", ["Anna Bell", "Ann Abell"]],
  // not names
  ["Hong Kong-run firms cut jobs.", []],
  ["The Tokyo-bound train left late.", []],
  ["Her sister-in-law left in May.", []],
];

for (const [text, want] of NAMES) {
  test(`people in "${text}"`, () => assert.deepEqual(people(text).names, want));
}

// a number after the month keeps it a date: no "Ana May" then
test("a given name before a month and a day is no surname", () => {
  const got = people("On Friday Ana met voters. They met Ana May 5 at noon.");
  assert.ok(!got.names.includes("Ana May"), JSON.stringify(got.names));
});

test("the surname alone and a title with it link to a surname-first name", () => {
  const got = people("Park Min-ho won the seat. Mr Park thanked voters. Park said he would serve.");
  assert.deepEqual(got.names, ["Park Min-ho"]);
  assert.deepEqual(got.mentions("Park Min-ho"), ["Park Min-ho", "Mr Park", "Park"]);
});

test("one name written with and without its hyphen is one person", () => {
  const got = people("Park Min-Ho spoke first. Later Park Min Ho left, and Park Min-ho returned.");
  assert.deepEqual(got.names, ["Park Min-Ho"]);
  assert.equal(got.mentions("Park Min-Ho").length, 3);
});

// a month-word surname alone is the person only when it opens its clause with a verb of saying
const LONE_MONTH: Array<[string, string[]]> = [
  ["Ana May won the vote. May said she was pleased.", ["Ana May", "May"]],
  ['Ana May won the vote. "We are ready," May told reporters.', ["Ana May", "May"]],
  ["Ana May won the vote. May has said she will stay.", ["Ana May", "May"]],
  // the month as the subject of another verb
  ["Ana May runs the port. May is usually the busiest month for the ferries.", ["Ana May"]],
  ["Ana May runs the port. May brought record crowds to the ferries.", ["Ana May"]],
  ["Ana May won the vote. The count ended in May.", ["Ana May"]],
  ["Ana May won the vote. Last May was wet.", ["Ana May"]],
  ["The count ended in May. May was wet.", []],
];

for (const [text, want] of LONE_MONTH) {
  test(`month-word surname alone: "${text}"`, () => {
    const got = people(text);
    const named = got.names.length ? got.mentions(got.names[0]) : [];
    assert.deepEqual(named, want);
  });
}

test("a transcript's speaker label gives no title; an apposition in prose does", () => {
  const label = people("ANA ROE, HOST:\nGood morning. The vote is today.");
  assert.deepEqual(label.titles, []);
  const prose = people("Ana Roe, the host, opened the show.");
  assert.deepEqual(prose.titles.map((t) => t.title), ["host"]);
});

// [text, the first person's apposition title]
const APPOSITION_TITLES: Array<[string, string]> = [
  // another person's own title after the title word stays theirs
  ["Ana Roe, spokesman for Governor Ben Lutu, said no.", "spokesman"],
  ["Ana Roe, a spokesman for South Vale Mayor Ben Lutu, said no.", "spokesman"],
  ["Ana Roe, a banker married to Mayor Ben Lutu's sister, spoke.", "banker"],
  ["Ana Roe, director of the port agency under Governor Ben Lutu, spoke.", "director of the port agency"],
  // without a title of their own, the other name is part of the title; and a possessive before it
  ["Ana Roe, spokesman for Ben Lutu, said no.", "spokesman for Ben Lutu"],
  ["Ana Roe, Governor Ben Lutu's deputy, spoke.", "Governor Ben Lutu's deputy"],
  ["Ana Roe, the mayor of Vale, spoke.", "mayor of Vale"],
];

for (const [text, want] of APPOSITION_TITLES) {
  test(`apposition title in "${text}"`, () => {
    const got = people(text);
    const ana = got.entities.find((e) => e.name === "Ana Roe")!;
    assert.deepEqual(got.titles.filter((t) => t.entityId === ana.id && t.form === "apposition").map((t) => t.title), [want]);
  });
}

test("a name that only ends in a title word is no other person's title", () => {
  const got = people("Ana Roe, founder of the blog Vale Garden Expert, spoke.");
  const ana = got.entities.find((e) => e.name === "Ana Roe")!;
  assert.deepEqual(got.titles.filter((t) => t.entityId === ana.id).map((t) => t.title), ["founder of the blog Vale Garden Expert"]);
});

// a surname-first name with its given name in two words, and Arabic particles: [text, the people
// it names, the mentions of the first of them (pronouns aside)]
const ONE_PERSON: Array<[string, string[], string[]]> = [
  ["Governor Lim Soo Jin toured the plant. Lim said the plant would stay open.", ["Lim Soo Jin"], ["Governor Lim Soo Jin", "Lim"]],
  ["Han Jae In won. Later Han Jae-in thanked voters, and Mr Han left.", ["Han Jae In"], ["Han Jae In", "Han Jae-in", "Mr Han"]],
  ["Yusuf al-Rashid spoke first. Mr. al-Rashid said the talks would go on. Rashid left at noon.", ["Yusuf al-Rashid"], ["Yusuf al-Rashid", "Mr. al-Rashid", "Rashid"]],
  ["Omar bin Said arrived. Bin Said told reporters he was hopeful.", ["Omar bin Said"], ["Omar bin Said", "Bin Said"]],
  ["Karim Abu Zaid el-Amin arrived. El-Amin said little.", ["Karim Abu Zaid el-Amin"], ["Karim Abu Zaid el-Amin", "El-Amin"]],
  // negatives: Western three-word names keep their surname; "Al" is a given name
  ["Mary Jo Lee spoke. Mary said nothing more.", ["Mary Jo Lee"], ["Mary Jo Lee", "Mary"]],
  ["Al Gore spoke. Gore said it was late.", ["Al Gore"], ["Al Gore", "Gore"]],
];

for (const [text, names, mentions] of ONE_PERSON) {
  test(`one person in "${text}"`, () => {
    const got = people(text);
    assert.deepEqual(got.names, names);
    assert.deepEqual(got.mentions(names[0]), mentions);
  });
}

test("a glued article is no other person's surname: two people with one article", () => {
  const got = people("Yusuf al-Rashid met Ali al-Hakim. Rashid spoke first.");
  assert.deepEqual(got.names, ["Yusuf al-Rashid", "Ali al-Hakim"]);
  assert.deepEqual(got.mentions("Ali al-Hakim"), ["Ali al-Hakim"]);
});

// a nationality of two words before a title is no part of the name, and alone it names no one:
// [text, the people it names, the first person's titles]
const NATIONALITIES: Array<[string, string[], string[]]> = [
  ["South Korean President Lim Soo-jin said the talks would resume.", ["Lim Soo-jin"], ["president", "south korean president"]],
  ["South African Minister Ana Roe spoke.", ["Ana Roe"], ["minister", "south african minister"]],
  ["North Korean leader Lim Soo Jin toured the plant.", ["Lim Soo Jin"], []],
  ["Chilean President Ana Roe spoke.", ["Ana Roe"], ["president", "chilean president"]],
  // negatives: a nationality with no title after it names no one
  ["North Korean officials said nothing.", [], []],
  ["South Korean troops left the border.", [], []],
];

for (const [text, names, titles] of NATIONALITIES) {
  test(`nationality before a title in "${text}"`, () => {
    const got = people(text);
    assert.deepEqual(got.names, names);
    if (names.length) assert.deepEqual(got.entities.find((e) => e.name === names[0])!.titles, titles);
  });
}
