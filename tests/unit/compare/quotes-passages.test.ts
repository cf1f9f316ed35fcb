// Quote passages across outlets: a long shared run of quoted words links two quotes whatever
// speaker each outlet (or the extractor) names; list punctuation is not a wording difference.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../../../lib/analysis/pipeline";
import { compareStory, isShown } from "../../../lib/compare/index";
import type { StoryArticleInput } from "../../../lib/compare/types";

function story(texts: [string, string][]): StoryArticleInput[] {
  return texts.map(([outlet, body], i) => {
    const { claims, entities } = analyzeArticle({ body, publishedAt: "2018-01-02T12:00:00" });
    return { id: `a${i}`, outlet, publishedAt: "2018-01-02T12:00:00", claims, entities };
  });
}

const wording = (s: StoryArticleInput[]) =>
  compareStory(s).discrepancies.filter((d) => d.kind === "quote_wording" && isShown(d));

const cases: { name: string; texts: [string, string][]; expect: string[] | null }[] = [
  {
    name: "one word dropped inside a long identical quote, speakers named differently",
    texts: [
      ["Alpha", "\u201cI will miss opening the shop at dawn and greeting the regulars because it still moves me deeply every single morning,\u201d Mark Ellison told reporters."],
      ["Beta", "\u201cI will miss opening the shop at dawn and greeting the regulars because it still moves me every single morning,\u201d his agent, Paula Grant, said."],
    ],
    expect: ["deeply"],
  },
  {
    name: "a lone 'and' written as a comma is punctuation",
    texts: [
      ["Alpha", "\u201cThe songs you hear tonight are really songs of hope and courage for all of us in this town,\u201d Mark Ellison said."],
      ["Beta", "\u201cThe songs you hear tonight are really songs of hope, courage for all of us in this town,\u201d Mark Ellison said."],
    ],
    expect: null,
  },
  {
    name: "three changes of words in one statement read as two translations, not a misquote",
    texts: [
      ["Alpha", "\u201cThe city council deeply regrets the closure of ten small schools and two local libraries in the northern district,\u201d Mayor Ana Ruiz said."],
      ["Beta", "\u201cThe city council profoundly regrets the loss of ten small schools and two local libraries in the rural district,\u201d Mayor Ana Ruiz said."],
    ],
    expect: null,
  },
  {
    name: "words added and left out of one written statement are a wording difference, not another translation",
    texts: [
      ["Alpha", "\u201cWhile we may have made mistakes in the past, nothing we have seen in this internal review suggests we broke any law, and that is in keeping with the standards we have kept over thirty years,\u201d the firm said in a statement."],
      ["Beta", "\u201cWhile we may have made mistakes in the past, nothing in this internal review suggests we broke any rule or law, and that is in keeping with the standards we have worked to keep over thirty years,\u201d the firm said in a statement."],
    ],
    expect: ["rule"],
  },
  {
    name: "a changed last word is a change even where the other quote goes on",
    texts: [
      ["Alpha", "\u201cWe will keep the museum open every single day of the week for all of our visitors,\u201d director Lena Holt said."],
      ["Beta", "\u201cWe will keep the museum open every single day of the week for all of our guests and their families,\u201d director Lena Holt said."],
    ],
    expect: ["visitors"],
  },
  {
    name: "an excerpt of two fragments is not a change where its words stand elsewhere in the fuller quote",
    texts: [
      ["Alpha", "\u201cThey made a hard call and they made the right call because they kept every one of those passengers safe,\u201d director Lena Holt said."],
      ["Beta", "Director Lena Holt called it a \u201chard call\u201d and said: \u201cBecause they kept every one of those passengers safe, we stand by them.\u201d"],
    ],
    expect: null,
  },
  {
    name: "a short statement both outlets give whole, with its words reordered and one changed",
    texts: [
      ["Alpha", "In a letter, Mark Ellison wrote: \u201cEvery singer knows when the moment has come to leave the stage for good. For us, it is the end now.\u201d"],
      ["Beta", "In a letter, Mark Ellison wrote: \u201cEvery singer knows when the moment has come to leave the stage for good. For us, that end is now.\u201d"],
    ],
    expect: ["it", "that"],
  },
  {
    name: "a short quote that only one outlet gives whole is not compared as a whole statement",
    texts: [
      ["Alpha", "In a letter, Mark Ellison wrote: \u201cEvery singer knows when the moment has come to leave the stage for good. For us, it is the end now.\u201d"],
      ["Beta", "In a letter, Mark Ellison wrote: \u201cEvery singer knows when the moment has come to leave the stage for good.\u201d He added that \u201cthat end is now\u201d for them."],
    ],
    expect: null,
  },
  {
    name: "words between two quotes of one article were not quoted: a cut, not a change",
    texts: [
      ["Alpha", "Jane Porter wrote: \u201cI mean, not during the tour \u2014 like that was not the reason the band broke up after all these years.\u201d"],
      ["Beta", "\u201cI mean not during the tour,\u201d Jane Porter later clarified, \u201cthat was not the reason the band broke up after all these years.\u201d"],
    ],
    expect: null,
  },
  {
    name: "a word left out inside one of two quote fragments is still a change",
    texts: [
      ["Alpha", "Jane Porter wrote: \u201cI mean, not during the tour \u2014 like that was really not the reason the band broke up after all these years.\u201d"],
      ["Beta", "\u201cI mean not during the tour,\u201d Jane Porter later clarified, \u201clike that was not the reason the band broke up after all these years.\u201d"],
    ],
    expect: ["really"],
  },
  {
    name: "two people sharing a few words are two quotes",
    texts: [
      ["Alpha", "\u201cWe will build the new bridge next year with federal money,\u201d Mayor Ann Torres said."],
      ["Beta", "\u201cWe will build the new stadium downtown with private money,\u201d developer Carl Brandt said."],
    ],
    expect: null,
  },
];

for (const c of cases) {
  test(`quote passages: ${c.name}`, () => {
    const found = wording(story(c.texts));
    if (c.expect === null) {
      assert.deepEqual(found.map((d) => d.summary), []);
      return;
    }
    assert.equal(found.length, 1, found.map((d) => d.summary).join("\n"));
    const words = found[0].differing.flatMap((s) => s.words).flatMap((w) => w.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    for (const w of c.expect) assert.ok(words.includes(w), words.join(" "));
  });
}
