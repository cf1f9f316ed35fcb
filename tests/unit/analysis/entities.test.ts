import { test } from "node:test";
import assert from "node:assert/strict";
import { parse } from "../../../lib/analysis/nlp";
import { entityAt, findEntities, indexMentions, resolveMention } from "../../../lib/analysis/entities";

function ents(text: string) {
  const doc = parse(text);
  const entities = findEntities(doc);
  return { doc, entities, byName: (n: string) => entities.find((e) => e.name === n) };
}

const KINDS: Array<[string, string, string]> = [
  ["Rodrigo A. Ibáñez-Ruiz spoke first.", "Rodrigo A. Ibáñez-Ruiz", "person"],
  ["Marie-Claire Dubois spoke first.", "Marie-Claire Dubois", "person"],
  ["Reporters asked the Wall Street Journal about it.", "Wall Street Journal", "org"],
  ["The statement came from the White House on Friday.", "White House", "org"],
  ["The National Security Council met on Friday.", "National Security Council", "org"],
  ["Officials at the Department of Justice declined.", "Department of Justice", "org"],
  ["Inspectors were sent to Peru last year.", "Peru", "place"],
  ["She flew to Buenos Aires in May.", "Buenos Aires", "place"],
  // a party named by its members is no person
  ["Talks with the centrist Radical Democrats, the junior partner, broke down.", "Radical Democrats", "org"],
  ["The vote split the militant Young Greens on Sunday.", "Young Greens", "org"],
  ["Ana Rivers spoke for the group.", "Ana Rivers", "person"],
  // a given name the tagger reads as an auxiliary
  ["\"We will appeal,\" Will Hendry said.", "Will Hendry", "person"],
  ["Will Hendry said the appeal was filed.", "Will Hendry", "person"],
  ["The lawyers met Will Hendry on Monday.", "Will Hendry", "person"],
];

test("an auxiliary opening a question is no given name", () => {
  const { entities } = ents("Will Congress act before the recess? Nobody knows.");
  assert.ok(!entities.some((e) => /^Will /.test(e.name)), JSON.stringify(entities.map((e) => e.name)));
  assert.ok(entities.some((e) => e.name === "Congress"));
});

for (const [text, name, kind] of KINDS) {
  test(`entity kind: ${name}`, () => {
    const { byName, entities } = ents(text);
    const e = byName(name);
    assert.ok(e, `no entity ${name} in ${JSON.stringify(entities.map((x) => x.name))}`);
    assert.equal(e.kind, kind);
  });
}

test("surname and title+surname link to the full name", () => {
  const { byName } = ents(`Helena Marsh won the vote. Marsh thanked her staff. Later, Ms. Marsh left.`);
  const e = byName("Helena Marsh")!;
  assert.deepEqual(e.mentions.filter((m) => m.via !== "pronoun").map((m) => m.text), ["Helena Marsh", "Marsh", "Ms. Marsh"]);
});

test("a surname seen before the full name (headline) links forward", () => {
  const { entities } = ents(`Okonkwo wins seat.\n\nJames Okonkwo won the seat on Sunday.`);
  const people = entities.filter((e) => e.kind === "person");
  assert.equal(people.length, 1);
  assert.equal(people[0].mentions.filter((m) => m.via !== "pronoun").length, 2);
});

test("pronouns go to the last person of their gender", () => {
  const { doc, entities } = ents(`Sarah Cole met Peter Hall. She said he was late.`);
  const ctx = { doc, mentions: indexMentions(entities) };
  const she = doc.text.indexOf("She");
  const he = doc.text.indexOf(" he ") + 1;
  assert.equal(resolveMention(ctx, she, she + 3)?.name, "Sarah Cole");
  assert.equal(resolveMention(ctx, he, he + 2)?.name, "Peter Hall");
});

test("gender from honorifics and from pronoun use", () => {
  const { byName } = ents(`Mr. Quarshie spoke. Later, Taiwo Adeyemi arrived and she sat down.`);
  assert.equal(byName("Mr. Quarshie")?.gender ?? byName("Quarshie")?.gender, "m");
  assert.equal(byName("Taiwo Adeyemi")?.gender, "f");
});

test("descriptions link through titles: 'the Peruvian president'", () => {
  const { doc, entities } = ents(`Peruvian President Lucia Navarro spoke. Later the Peruvian president left.`);
  const i = doc.text.indexOf("the Peruvian president");
  const e = entityAt(indexMentions(entities), i, i + "the Peruvian president".length);
  assert.equal(e?.name, "Lucia Navarro");
  assert.ok(e?.titles.includes("president"));
  assert.ok(e?.titles.includes("peruvian president"));
});

test("descriptions: 'the newspaper' links to the last publication", () => {
  const { doc, entities } = ents(`The Riverside Herald broke the story. The newspaper said more would follow.`);
  const i = doc.text.indexOf("The newspaper");
  assert.equal(entityAt(indexMentions(entities), i, i + 13)?.name, "Riverside Herald");
});

test("appositions give titles used by later descriptions", () => {
  const { doc, entities } = ents(`Alan Pierce, a professor of history at Northfield College, disagreed. The professor said no.`);
  const i = doc.text.indexOf("The professor");
  assert.equal(entityAt(indexMentions(entities), i, i + 13)?.name, "Alan Pierce");
});

test("sentence-initial common words are not entities", () => {
  const { entities } = ents(`However, the plan failed. Meanwhile nothing changed.`);
  assert.equal(entities.length, 0, JSON.stringify(entities.map((e) => e.name)));
});

test("the same surname for two people goes to the most recent one", () => {
  const { doc, entities } = ents(`Bill Carter and Hillary Carter arrived. Hillary Carter spoke first. Then Carter sat.`);
  const i = doc.text.lastIndexOf("Carter");
  assert.equal(entityAt(indexMentions(entities), i, i + 6)?.name, "Hillary Carter");
});

test("party-state tags after a legislator are not entities", () => {
  for (const text of [`Rep. Ana Ortiz (D-Ore.) voted no.`, `Senator Tom Becker, R-Ky., voted no.`, `Sen. Paul Moss (R-Ohio) objected.`]) {
    const { entities } = ents(text);
    assert.ok(!entities.some((e) => /^[RDI]-/.test(e.name)), JSON.stringify(entities.map((e) => e.name)));
  }
});

test("a sentence-initial surname the tagger reads as a verb still links", () => {
  const { doc, entities } = ents(`Attorney General Rosa Lynch spoke on Monday. Lynch said the office was busy.`);
  const i = doc.text.indexOf("Lynch said");
  assert.equal(entityAt(indexMentions(entities), i, i + 5)?.name, "Rosa Lynch");
});

test("a pronoun after a quote goes to the speaker, not a name inside the quote", () => {
  const text = `Walter Price spoke at length. “Bush got fewer votes than Tom Reed,” he said.`;
  const { doc, entities } = ents(text);
  const i = text.indexOf("he said");
  assert.equal(resolveMention({ doc, mentions: indexMentions(entities) }, i, i + 2)?.name, "Walter Price");
});

// A subject pronoun in reported speech: the reporter, unless a same-gender name since is a subject of its own.
// [name, text, the pronoun's occurrence (text before it, ending with it), expected person]
const REPORTER_CASES: Array<[string, string, string, string]> = [
  ["over a possessive name", `Lena Ortiz met Maya Lind. Ortiz said she admired Lind’s nerve, which she`, "which she", "Lena Ortiz"],
  ["over an object name", `Tom Ward met Ian Kerr. Ward told reporters that he had praised Ian Kerr before he`, "before he", "Tom Ward"],
  ["not over an embedded subject", `Lena Ortiz met Maya Lind. Ortiz said Lind was wrong and she`, "and she", "Maya Lind"],
  ["not without a reporting verb", `Lena Ortiz met Maya Lind. Ortiz admired Lind’s nerve because she`, "because she", "Maya Lind"],
  ["not across sentences", `Lena Ortiz said it was over. Maya Lind’s nerve failed. Then she`, "Then she", "Maya Lind"],
];

// Across sentences: the previous sentence's reporter for a speech tag, its subject over a same-gender object
const NEXT_SENTENCE_CASES: Array<[string, string, string, string]> = [
  ["speech tag after a reported sentence", `Lena Ortiz said Maya Lind was wrong about the budget. “It is over,” she`, "she", "Lena Ortiz"],
  ["the subject over an object", `Lena Ortiz criticized Maya Lind on Monday. Later she`, "she", "Lena Ortiz"],
  ["speech tag after a quote of two sentences", `Lena Ortiz said Maya Lind should win.\n\n“I think she will. And I think it matters,” she`, "she", "Lena Ortiz"],
  ["the subject after an introductory phrase", `At a forum hosted by Maya Lind, Lena Ortiz argued at length that the plan failed under Rita Moss.\n\n“It was a bad year,” she`, "she", "Lena Ortiz"],
  ["not over an embedded subject without a speech tag", `Lena Ortiz said Maya Lind was wrong. Then she`, "she", "Maya Lind"],
  ["not over a name in the pronoun's own sentence", `Lena Ortiz spoke first. Maya Lind left early because she`, "she", "Maya Lind"],
];

for (const [name, text, before, expected] of NEXT_SENTENCE_CASES) {
  test(`pronoun after a sentence: ${name}`, () => {
    const full = `${text} added.`;
    const { doc, entities } = ents(full);
    const at = full.lastIndexOf(before);
    assert.equal(resolveMention({ doc, mentions: indexMentions(entities) }, at, at + before.length)?.name, expected);
  });
}

for (const [name, text, before, expected] of REPORTER_CASES) {
  test(`pronoun in reported speech: ${name}`, () => {
    const full = `${text} left.`;
    const { doc, entities } = ents(full);
    const at = full.indexOf(before) + before.length - (before.endsWith("she") ? 3 : 2);
    const end = at + (before.endsWith("she") ? 3 : 2);
    assert.equal(resolveMention({ doc, mentions: indexMentions(entities) }, at, end)?.name, expected);
  });
}

test("gender: a surname two people share does not outvote the full name's pronoun", () => {
  const { byName } = ents(`The club signed Tavian Okoro on Monday. Zuleka Okoro said her husband was thrilled. Okoro trained alone, and he ran ten miles. Okoro rested after he ate.`);
  assert.equal(byName("Zuleka Okoro")?.gender, "f");
});

test("gender: a surname mention still decides when nothing else does", () => {
  const { byName } = ents(`Officials met Tavian Okoro and Zuleka Okoro. Later Zuleka Okoro left. Tavian Okoro stayed. Okoro said he would sign the deal.`);
  assert.equal(byName("Tavian Okoro")?.gender, "m");
});

const LEADER_CASES: Array<[string, string, string | null]> = [
  // text, description, expected entity name (null: unresolved)
  ["U.S. President Ann Lee met Chilean President Ana Ruiz. The Chilean leader declined the offer.", "The Chilean leader", "Ana Ruiz"],
  ["U.S. President Ann Lee met Chilean President Ana Ruiz. The American leader's proposal was rejected.", "The American leader", "Ann Lee"],
  ["Canadian Prime Minister Tom Hale spoke first. The Canadian leader said talks would go on.", "The Canadian leader", "Tom Hale"],
  // negative: nobody in the text holds a top office of that country
  ["Senator Ann Lee met Chilean economist Ana Ruiz. The Peruvian leader was not there.", "The Peruvian leader", null],
];

for (const [text, description, expected] of LEADER_CASES) {
  test(`a generic leader description: "${description}" in "${text.slice(0, 40)}..."`, () => {
    const doc = parse(text);
    const entities = findEntities(doc);
    const at = text.indexOf(description);
    const found = entities.find((e) => e.mentions.some((m) => m.start === at && m.via === "description"));
    assert.equal(found?.name ?? null, expected);
  });
}

const ORG_DESCRIPTION_CASES: Array<[string, string, string | null]> = [
  // text, description, the org it links to (null: none)
  ["The Riverside Water Board met on Monday. The agency said rates would rise.", "The agency", "Riverside Water Board"],
  // negative: a proper-noun modifier makes it a name of its own or another's body
  ["The Riverside Water Board met on Monday. The Federal Energy Agency said rates would rise.", "The Federal Energy Agency", null],
  ["The Riverside Water Board met on Monday. The Halloran campaign said rates would rise.", "The Halloran campaign", null],
];

for (const [text, description, expected] of ORG_DESCRIPTION_CASES) {
  test(`an org description: "${description}" in "${text.slice(0, 40)}..."`, () => {
    const { entities } = ents(text);
    const at = text.indexOf(description);
    const found = entities.find((e) => e.mentions.some((m) => m.start === at && m.via === "description"));
    assert.equal(found?.name ?? null, expected);
  });
}

// "Press" alone is no title: a caption's "Allied Press Nordic shares fell" names no person "Nordic";
// "Press Secretary X" still gives X the title
const PRESS_CASES: Array<[string, string, string | null]> = [
  ["AP:Allied Press Nordic shares were mostly lower on Friday.", "Nordic", null],
  ["Allied Press Alpine villages were cut off by snow.", "Alpine", null],
  ["Press Secretary Dana Whitfield declined to comment.", "Dana Whitfield", "press secretary"],
];
for (const [text, name, title] of PRESS_CASES) {
  test(`'press' as a title: ${text.slice(0, 30)}...`, () => {
    const { entities } = ents(text);
    const people = entities.filter((e) => e.kind === "person" && e.name === name);
    if (title === null) assert.deepEqual(people, [], JSON.stringify(entities.map((e) => [e.name, e.kind, e.titles])));
    else assert.ok(people.some((e) => e.titles.includes(title)), JSON.stringify(entities.map((e) => [e.name, e.kind, e.titles])));
  });
}
