// Who said it: one long quotation that outlets give to different people is one discrepancy, its
// readings each outlet's own sentence; aliases, short or partial runs, quotes of quotes, documents,
// unresolved pronouns and outlets giving both attributions are not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compareStory, type Discrepancy } from "../../../lib/compare/index";
import { storyOf } from "./story-helpers";

const ORDER = `"to prepare a firm response to the growing threats along the eastern border"`;
const BRIDGE = `"to open the northern bridge to all traffic before the end of the summer season"`;

interface Case {
  name: string;
  texts: [string, string][];
  /** the flag expected: severity, the two speakers in the summary, confidence; null for none */
  expect: { severity: Discrepancy["severity"]; speakers: [string, string]; confidence: number } | null;
}

const CASES: Case[] = [
  {
    name: "two named people given one quotation",
    texts: [
      ["Daily Ledger", `Jane Roe said the aim was ${BRIDGE}.`],
      ["Evening Courier", `John Marsh said the aim was ${BRIDGE}.`],
    ],
    expect: { severity: "major", speakers: ["Jane Roe", "John Marsh"], confidence: 0.75 },
  },
  {
    name: "a speaker whose given name is a place's name",
    texts: [
      ["Daily Ledger", `Jordan Hale said the aim was ${BRIDGE}.`],
      ["Evening Courier", `John Marsh said the aim was ${BRIDGE}.`],
    ],
    expect: { severity: "major", speakers: ["Jordan Hale", "John Marsh"], confidence: 0.75 },
  },
  {
    name: "a speaker whose surname is an office word, after a common given name",
    texts: [
      ["Daily Ledger", `Jane Roe said the aim was ${BRIDGE}.`],
      ["Evening Courier", `Ellen Major said the aim was ${BRIDGE}.`],
    ],
    expect: { severity: "major", speakers: ["Jane Roe", "Ellen Major"], confidence: 0.75 },
  },
  {
    name: "two people who share only a given name",
    texts: [
      ["Daily Ledger", `Jane Roe said the aim was ${BRIDGE}.`],
      ["Evening Courier", `Jane Marsh said the aim was ${BRIDGE}.`],
    ],
    expect: { severity: "major", speakers: ["Jane Roe", "Jane Marsh"], confidence: 0.75 },
  },
  {
    name: "not: two people who share a given name, one telling the other",
    texts: [
      ["Daily Ledger", `Jane Roe told Jane Marsh that the aim was ${BRIDGE}.`],
      ["Evening Courier", `Jane Marsh said the aim was ${BRIDGE}.`],
    ],
    expect: null,
  },
  {
    name: "not: one person, once with a middle name",
    texts: [
      ["Daily Ledger", `Jane Roe said the aim was ${BRIDGE}.`],
      ["Evening Courier", `Jane Alma Roe said the aim was ${BRIDGE}.`],
    ],
    expect: null,
  },
  {
    name: "not: one person, the later name a longer form of the first",
    texts: [
      ["Daily Ledger", `Omar bin Said said the aim was ${BRIDGE}.`],
      ["Evening Courier", `Omar bin Said al-Rashid said the aim was ${BRIDGE}.`],
    ],
    expect: null,
  },
  {
    name: "not: two spellings of one surname after one given name",
    texts: [
      ["Daily Ledger", `Jane Mikhailova said the aim was ${BRIDGE}.`],
      ["Evening Courier", `Jane Mikhaylova said the aim was ${BRIDGE}.`],
    ],
    expect: null,
  },
  {
    name: "not: a caption read as a name, an office word after a word that is no given name",
    texts: [
      ["Daily Ledger", `Jane Roe said the aim was ${BRIDGE}.`],
      ["Evening Courier", `Harbor Major said the aim was ${BRIDGE}.`],
    ],
    expect: null,
  },
  {
    name: "not: one speaker whose given name is a place's name, with and without title",
    texts: [
      ["Daily Ledger", `Jordan Hale said the aim was ${BRIDGE}.`],
      ["Evening Courier", `Council member Jordan Hale said the aim was ${BRIDGE}.`],
    ],
    expect: null,
  },
  {
    name: "two named people, one of them telling a third",
    texts: [
      ["Daily Ledger", `Jane Roe told Brandt on Monday that the aim was ${BRIDGE}.`],
      ["Evening Courier", `John Marsh said the aim was ${BRIDGE}.`],
    ],
    expect: { severity: "major", speakers: ["Jane Roe", "John Marsh"], confidence: 0.75 },
  },
  {
    name: "the principal through 'He added' after his own quote vs his spokeswoman",
    texts: [
      ["Daily Ledger", `Tomas Brandt said: "We will not wait any longer for the report." He added troops had been ordered ${ORDER}.`],
      ["Evening Courier", `Jane Roe, spokeswoman for Defence Minister Tomas Brandt, said troops had been ordered ${ORDER}.`],
    ],
    expect: { severity: "minor", speakers: ["Tomas Brandt", "Jane Roe"], confidence: 0.6 },
  },
  {
    name: "a person through '..., he added' after his own quote vs another person",
    texts: [
      ["Daily Ledger", `Tomas Brandt said: "We will not wait any longer for the report." Troops had been ordered ${ORDER}, he added.`],
      ["Evening Courier", `John Marsh said troops had been ordered ${ORDER}.`],
    ],
    expect: { severity: "major", speakers: ["Tomas Brandt", "John Marsh"], confidence: 0.7 },
  },
  {
    name: "not: a pronoun that is not the subject of a speech verb",
    texts: [
      ["Daily Ledger", `Tomas Brandt said: "We will not wait any longer for the report." He spoke after troops had been ordered ${ORDER}.`],
      ["Evening Courier", `John Marsh said troops had been ordered ${ORDER}.`],
    ],
    expect: null,
  },
  {
    name: "not: words another speaker relays",
    texts: [
      ["Daily Ledger", `The council said John Marsh told them the aim was ${BRIDGE}.`],
      ["Evening Courier", `Jane Roe said the aim was ${BRIDGE}.`],
    ],
    expect: null,
  },
  {
    name: "not: a sentence naming a third person by title and surname",
    texts: [
      ["Daily Ledger", `Jane Roe said Minister Brandt had ordered troops ${ORDER}.`],
      ["Evening Courier", `John Marsh said troops had been ordered ${ORDER}.`],
    ],
    expect: null,
  },
  {
    name: "not: three people given the words",
    texts: [
      ["Daily Ledger", `Jane Roe said the aim was ${BRIDGE}.`],
      ["Evening Courier", `John Marsh said the aim was ${BRIDGE}.`],
      ["Morning Star", `Anna Berg said the aim was ${BRIDGE}.`],
    ],
    expect: null,
  },
  {
    name: "the speaker named after the quote",
    texts: [
      ["Daily Ledger", `${BRIDGE.replace(/"$/, ',"')} said Jane Roe on Monday.`],
      ["Evening Courier", `According to John Marsh, the aim was ${BRIDGE}.`],
    ],
    expect: { severity: "major", speakers: ["Jane Roe", "John Marsh"], confidence: 0.75 },
  },
  {
    name: "not: one person by full name and by title and surname",
    texts: [
      ["Daily Ledger", `Tomas Brandt said troops had been ordered ${ORDER}.`],
      ["Evening Courier", `Defence Minister Brandt said troops had been ordered ${ORDER}.`],
    ],
    expect: null,
  },
  {
    name: "not: one name spelled two ways",
    texts: [
      ["Daily Ledger", `Moammar Haddad said the aim was ${BRIDGE}.`],
      ["Evening Courier", `Muammar Hadad said the aim was ${BRIDGE}.`],
    ],
    expect: null,
  },
  {
    name: "not: a run shorter than a quotation",
    texts: [
      ["Daily Ledger", `Jane Roe said the council wanted "to open the northern bridge to all traffic".`],
      ["Evening Courier", `John Marsh said the council wanted "to open the northern bridge to all traffic".`],
    ],
    expect: null,
  },
  {
    name: "not: two long quotes sharing only a cited phrase",
    texts: [
      ["Daily Ledger", `Jane Roe said: "The ruling told us to open the northern bridge to all traffic before the end of the summer season, and we are proud of how quickly our crews rebuilt it after the storm."`],
      ["Evening Courier", `John Marsh said: "Nobody in this town forgot the promise to open the northern bridge to all traffic before the end of the summer season, yet the contractors walked away in spring."`],
    ],
    expect: null,
  },
  {
    name: "not: a quote of a quote naming its first speaker",
    texts: [
      ["Daily Ledger", `Jane Roe said Tomas Brandt had ordered troops ${ORDER}.`],
      ["Evening Courier", `Tomas Brandt said troops had been ordered ${ORDER}.`],
    ],
    expect: null,
  },
  {
    name: "not: a quote of a quote naming a third person",
    texts: [
      ["Daily Ledger", `Jane Roe said Tomas Brandt had ordered troops ${ORDER}.`],
      ["Evening Courier", `John Marsh said troops had been ordered ${ORDER}.`],
    ],
    expect: null,
  },
  {
    name: "not: the spokeswoman of a third person",
    texts: [
      ["Daily Ledger", `Jane Roe, spokeswoman for Defence Minister Tomas Brandt, said troops had been ordered ${ORDER}.`],
      ["Evening Courier", `John Marsh said troops had been ordered ${ORDER}.`],
    ],
    expect: null,
  },
  {
    name: "not: a reprinted statement",
    texts: [
      ["Daily Ledger", `John Marsh said in a statement that the aim was ${BRIDGE}.`],
      ["Evening Courier", `Jane Roe said the aim was ${BRIDGE}.`],
    ],
    expect: null,
  },
  {
    name: "not: a pronoun no quote of the same person before it names",
    texts: [
      ["Daily Ledger", `Tomas Brandt met the mayor on Monday. He said troops had been ordered ${ORDER}.`],
      ["Evening Courier", `Jane Roe said troops had been ordered ${ORDER}.`],
    ],
    expect: null,
  },
  {
    name: "not: a pronoun after another person's quote",
    texts: [
      ["Daily Ledger", `Anna Berg said: "We are ready for the vote." Tomas Brandt arrived later. He said troops had been ordered ${ORDER}.`],
      ["Evening Courier", `Jane Roe said troops had been ordered ${ORDER}.`],
    ],
    expect: null,
  },
  {
    name: "not: a speaker named by surname only",
    texts: [
      ["Daily Ledger", `Defence Minister Brandt said troops had been ordered ${ORDER}.`],
      ["Evening Courier", `Jane Roe said troops had been ordered ${ORDER}.`],
    ],
    expect: null,
  },
  {
    name: "not: a sentence naming the other outlet's speaker ('X told Y')",
    texts: [
      ["Daily Ledger", `Jane Roe told Brandt on Monday that the aim was ${BRIDGE}.`],
      ["Evening Courier", `Tomas Brandt said the aim was ${BRIDGE}.`],
    ],
    expect: null,
  },
  {
    name: "not: an outlet giving the words to both people",
    texts: [
      ["Daily Ledger", `Jane Roe said the aim was ${BRIDGE}.`],
      ["Daily Ledger", `John Marsh said the aim was ${BRIDGE}.`],
      ["Evening Courier", `John Marsh said the aim was ${BRIDGE}.`],
    ],
    expect: null,
  },
  {
    name: "not: one outlet alone",
    texts: [
      ["Daily Ledger", `Jane Roe said the aim was ${BRIDGE}.`],
      ["Daily Ledger", `John Marsh said the aim was ${BRIDGE}.`],
    ],
    expect: null,
  },
  {
    name: "not: the same person in both outlets",
    texts: [
      ["Daily Ledger", `Jane Roe said the aim was ${BRIDGE}.`],
      ["Evening Courier", `Council member Jane Roe said the aim was ${BRIDGE}.`],
    ],
    expect: null,
  },
];

for (const c of CASES) {
  test(`who said: ${c.name}`, () => {
    const articles = storyOf(c.texts, "2021-06-02T12:00:00");
    const flags = compareStory(articles).discrepancies.filter((d) => d.key.startsWith("who-said:"));
    if (!c.expect) {
      assert.deepEqual(flags.map((d) => d.summary), []);
      return;
    }
    assert.equal(flags.length, 1, JSON.stringify(flags.map((d) => d.summary)));
    const [d] = flags;
    assert.equal(d.kind, "detail_conflict");
    assert.equal(d.severity, c.expect.severity);
    assert.equal(d.confidence, c.expect.confidence);
    const [x, y] = c.expect.speakers;
    assert.ok(d.summary.indexOf(x) >= 0 && d.summary.indexOf(x) < d.summary.indexOf(" vs ") && d.summary.indexOf(y) > d.summary.indexOf(" vs "), d.summary);
    // every reading is a sentence its articles wrote, word for word
    assert.equal(d.readings.length, 2);
    for (const r of d.readings) {
      for (const id of r.articleIds) assert.ok(articles.find((a) => a.id === id)!.body!.includes(r.text), r.text);
      assert.ok(r.text.includes("the "), r.text);
      assert.equal(r.sentence, true, "the sentence, not the quoted words alike on both sides, is shown");
    }
    // each side's speaker as that side wrote it: a name, or the pronoun it continues with
    assert.deepEqual(d.differing.map((x) => x.words.length), [1, 1], JSON.stringify(d.differing));
    for (const x of d.differing) for (const id of x.articleIds) assert.ok(articles.find((a) => a.id === id)!.body!.includes(x.words[0]), x.words[0]);
  });
}
