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
      ["Alpha", "\u201cI will miss walking out of the tunnel and hearing the crowd because it still gets to me every single week,\u201d Mark Ellison told reporters."],
      ["Beta", "\u201cI will miss walking out of the tunnel and hearing the crowd because it still gets me every single week,\u201d his agent, Paula Grant, said."],
    ],
    expect: ["to"],
  },
  {
    name: "a lone 'and' written as a comma is punctuation",
    texts: [
      ["Alpha", "\u201cThe tears you see today are really tears of joy and peace for all of us here,\u201d Mark Ellison said."],
      ["Beta", "\u201cThe tears you see today are really tears of joy, peace for all of us here,\u201d Mark Ellison said."],
    ],
    expect: null,
  },
  {
    name: "three changes of words in one statement read as two translations, not a misquote",
    texts: [
      ["Alpha", "\u201cThe government of the republic deeply regrets the death of ten American passengers and two local pilots in the aircraft crash,\u201d President Ana Ruiz said."],
      ["Beta", "\u201cThe government of the republic profoundly regrets the death of ten US passengers and two local pilots in the air accident,\u201d President Ana Ruiz said."],
    ],
    expect: null,
  },
  {
    name: "words added and left out of one written statement are a wording difference, not another translation",
    texts: [
      ["Alpha", "\u201cWhile we may have been the victim of a data breach, nothing we have seen in this stolen cache of files suggests we did anything illegal, and that is in keeping with the reputation we have built over forty years,\u201d the firm said in a statement."],
      ["Beta", "\u201cWhile we may have been the victim of a data breach, nothing in this stolen cache of files suggests we did anything wrong or illegal, and that is in keeping with the reputation we have worked to build over forty years,\u201d the firm said in a statement."],
    ],
    expect: ["wrong"],
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
      ["Alpha", "\u201cThey made a tough choice and they made the right choice because they saved that little boy's life,\u201d director Lena Holt said."],
      ["Beta", "Director Lena Holt called it a \u201ctough choice\u201d and said: \u201cBecause they saved that little boy's life, we stand by them.\u201d"],
    ],
    expect: null,
  },
  {
    name: "a short statement both outlets give whole, with its words reordered and one changed",
    texts: [
      ["Alpha", "In a letter, Mark Ellison wrote: \u201cEvery player knows when the moment has come to walk away from the game. For me, it is time now.\u201d"],
      ["Beta", "In a letter, Mark Ellison wrote: \u201cEvery player knows when the moment has come to walk away from the game. For me, that time is now.\u201d"],
    ],
    expect: ["it", "that"],
  },
  {
    name: "a short quote that only one outlet gives whole is not compared as a whole statement",
    texts: [
      ["Alpha", "In a letter, Mark Ellison wrote: \u201cEvery player knows when the moment has come to walk away from the game. For me, it is time now.\u201d"],
      ["Beta", "In a letter, Mark Ellison wrote: \u201cEvery player knows when the moment has come to walk away from the game.\u201d He added that \u201cthat time is now\u201d for him."],
    ],
    expect: null,
  },
  {
    name: "words between two quotes of one article were not quoted: a cut, not a change",
    texts: [
      ["Alpha", "Jane Porter wrote: \u201cI mean, not over the holidays \u2014 like that was not the fight that ended our long marriage.\u201d"],
      ["Beta", "\u201cI mean not over the holidays,\u201d Jane Porter later clarified, \u201cthat was not the fight that ended our long marriage.\u201d"],
    ],
    expect: null,
  },
  {
    name: "a word left out inside one of two quote fragments is still a change",
    texts: [
      ["Alpha", "Jane Porter wrote: \u201cI mean, not over the holidays \u2014 like that was really not the fight that ended our long marriage.\u201d"],
      ["Beta", "\u201cI mean not over the holidays,\u201d Jane Porter later clarified, \u201clike that was not the fight that ended our long marriage.\u201d"],
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
