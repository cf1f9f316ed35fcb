// Near-misses that must NOT produce a discrepancy (other than single_source).
import { test } from "node:test";
import assert from "node:assert/strict";
import { compareStory } from "../../../lib/compare/index";
import type { StoryArticleInput } from "../../../lib/compare/types";
import { article } from "../../fixtures/compare/build";

const NEGATIVES: { name: string; story: () => StoryArticleInput[] }[] = [
  {
    name: "quote differing only in case",
    story: () => [
      article("a", "Alpha").quote("It's True,", "Jane Doe").build(),
      article("b", "Beta").quote("it's true", "Doe", { direct: false }).build(),
    ],
  },
  {
    name: "quote differing only in an ellipsis",
    story: () => [
      article("a", "Alpha").quote("Our land is ours, our water is ours....We will talk, we will listen.", "Jane Doe").build(),
      article("b", "Beta").quote("Our land is ours, our water is ours. ... We will talk, we will listen.", "Jane Doe").build(),
    ],
  },
  {
    name: "quote differing only in punctuation, curly vs straight marks and dashes",
    story: () => [
      article("a", "Alpha").quote("We can talk, we can listen \u2014 but we won\u2019t yield.", "Jane Doe").build(),
      article("b", "Beta").quote("We can talk. We can listen - but we won't yield!", "Jane Doe").build(),
      article("c", "Gamma").quote("We can talk; we can listen, but we won't yield.", "Doe").build(),
    ],
  },
  {
    name: "partial quote contained in a longer one",
    story: () => [
      article("a", "Alpha").quote("We will never accept foreign soldiers on our soil, and we will say so at every forum.", "Jane Doe").build(),
      article("b", "Beta").quote("never accept foreign soldiers", "Doe", { direct: false }).build(),
      article("c", "Gamma").quote("never accept", "Jane Doe", { direct: false }).build(),
    ],
  },
  {
    name: "'U.S. President' vs 'President' vs 'US President'",
    story: () => [
      article("a", "Alpha").role("U.S. President John Roe", "John Roe", "U.S. President").build(),
      article("b", "Beta").role("President John Roe", "John Roe", "President").build(),
      article("c", "Gamma").role("US President Roe", "Roe", "US President").build(),
      article("d", "Delta").role("the American president", "John Roe", "American president").build(),
      article("e", "Epsilon").role("the president of the United States", "Roe", "president of the United States").build(),
    ],
  },
  {
    name: "'President of X' vs 'X-ian President' vs vague 'leader'",
    story: () => [
      article("a", "Alpha").role("Ana Lopez, President of Freedonia", "Ana Lopez", "President of Freedonia").build(),
      article("b", "Beta").role("Freedonian President Ana Lopez", "Ana Lopez", "Freedonian President").build(),
      article("c", "Gamma").role("Freedonia's leader, Ana Lopez", "Ana Lopez", "Freedonia's leader").build(),
      article("d", "Delta").role("President Lopez", "Lopez", "President").build(),
    ],
  },
  {
    name: "places: 'into X', 'to X', 'on X-ian soil', 'our territory'",
    story: () => [
      article("a", "Alpha").action("send troops into Freedonia", { actor: "John Roe", action: "send", verb: "send", object: "troops", place: "into Freedonia" }).build(),
      article("b", "Beta").action("deploy troops to Freedonia", { actor: "Roe", action: "deploy", verb: "deploy", object: "troops", place: "to Freedonia" }).build(),
      article("c", "Gamma").action("soldiers on Freedonian soil", { actor: "John Roe", action: "send", verb: "send", object: "soldiers", place: "on Freedonian soil" }).build(),
      article("d", "Delta").action("troops on our territory", { actor: "Roe", action: "dispatch", verb: "dispatch", object: "troops", place: "on our territory" }).build(),
      article("e", "Epsilon").action("troops to northern Freedonia", { actor: "Roe", action: "send", verb: "send", object: "American troops", place: "to northern Freedonia" }).build(),
    ],
  },
  {
    name: "dates of compatible granularity: 'May 2025' vs 2025-05-03",
    story: () => [
      article("a", "Alpha").date("in May", { date: "2025-05-01", granularity: "month", event: "the treaty was signed" }).build(),
      article("b", "Beta").date("on Saturday", { date: "2025-05-03", event: "treaty signed" }).build(),
      article("c", "Gamma").date("in 2025", { date: "2025-01-01", granularity: "year", event: "signing of the treaty" }).build(),
      article("d", "Delta").date("early May", { date: "2025-05-01", end: "2025-05-10", granularity: "range", event: "the treaty was signed" }).build(),
    ],
  },
  {
    name: "different events on different dates are not a date conflict",
    story: () => [
      article("a", "Alpha").date("on Monday", { date: "2025-03-03", event: "the summit opened" }).build(),
      article("b", "Beta").date("on Friday", { date: "2025-03-07", event: "the ministers resigned" }).build(),
    ],
  },
  {
    name: "numbers: qualifiers and rounding",
    story: () => [
      article("a", "Alpha").number("over 370,000 lives", { value: 370000, qualifier: "over", counts: "lives" }).build(),
      article("b", "Beta").number("more than 320,000 deaths", { value: 320000, qualifier: "more than", counts: "deaths" }).build(),
      article("c", "Gamma").number("about 370,000 people killed", { value: 370000, qualifier: "about", counts: "killed" }).build(),
      article("d", "Delta").number("370,000 dead", { value: 370000, counts: "dead" }).build(),
      article("e", "Epsilon").number("nearly 380,000 deaths", { value: 380000, qualifier: "nearly", counts: "deaths" }).build(),
    ],
  },
  {
    name: "numbers of different magnitude counting the same thing are different figures",
    story: () => [
      article("a", "Alpha").number("12 dead in the attack", { value: 12, counts: "dead" }).build(),
      article("b", "Beta").number("370,000 deaths over two decades", { value: 370000, counts: "deaths" }).build(),
    ],
  },
  {
    name: "a person named by surname, full name and 'President X' is one person",
    story: () => [
      article("a", "Alpha").role("President John Roe", "President John Roe", "President").build(),
      article("b", "Beta").role("Roe", "Roe", "President").build(),
      article("c", "Gamma").role("Mr. Roe", "Mr. Roe", "president").build(),
    ],
  },
  {
    name: "different actions of one actor are not compared",
    story: () => [
      article("a", "Alpha").action("rejected the plan", { actor: "Ana Lopez", action: "reject", verb: "rejected", object: "the plan" }).build(),
      article("b", "Beta").action("proposed talks in Geneva", { actor: "Lopez", action: "propose", verb: "proposed", object: "talks", place: "in Geneva" }).build(),
    ],
  },
  {
    name: "dates: one person's different doings on different days (no shared event head)",
    story: () => [
      article("a", "Alpha").role("Minister Tom Hale", "Tom Hale", "Minister").date("on Monday", { date: "2025-03-03", event: "Tom Hale proposed new talks" }).build(),
      article("b", "Beta").role("Minister Tom Hale", "Tom Hale", "Minister").date("on Tuesday", { date: "2025-03-04", event: "Hale rejected the plan" }).build(),
      article("c", "Gamma").role("Minister Hale", "Hale", "Minister").date("on Friday", { date: "2025-03-07", event: "Hale spoke at a rally" }).build(),
    ],
  },
  {
    name: "dates: a call by one person and a call by another, on different days (names merely co-occur)",
    story: () => [
      article("a", "Alpha").role("Minister Tom Hale", "Tom Hale", "Minister").role("Governor Ana Lopez", "Ana Lopez", "Governor")
        .date("on Monday", { date: "2025-03-03", event: "Tom Hale said in a phone call with Lopez" }).build(),
      article("b", "Beta").role("Minister Tom Hale", "Tom Hale", "Minister").role("Governor Ana Lopez", "Ana Lopez", "Governor")
        .date("on Thursday", { date: "2025-03-06", event: "Ana Lopez held a call with donors" }).build(),
    ],
  },
  {
    name: "dates: an outlet that dates two attacks by one group tells of two attacks, not one misdated",
    story: () => [
      article("a", "Alpha").orgQuote("We did it.", "Northern Front")
        .date("on Monday", { date: "2025-02-03", event: "Northern Front attacked the convoy" })
        .date("on Wednesday", { date: "2025-02-05", event: "Northern Front attacked a checkpoint" }).build(),
      article("b", "Beta").orgQuote("We did it.", "Northern Front").date("on Monday", { date: "2025-02-03", event: "the attack by Northern Front" }).build(),
      article("c", "Gamma").orgQuote("We did it.", "Northern Front").date("on Wednesday", { date: "2025-02-05", event: "Northern Front attacked the checkpoint" }).build(),
    ],
  },
  {
    name: "numbers: soldiers killed and people killed are different counts",
    story: () => [
      article("a", "Alpha").number("12 soldiers", { value: 12, counts: "soldiers", sentence: "12 soldiers were killed in the ambush." }).build(),
      article("b", "Beta").number("15 people", { value: 15, counts: "people", sentence: "15 people were killed, officials said." }).build(),
    ],
  },
  {
    name: "numbers: people who survived are not deaths; a cue past another verb does not count",
    story: () => [
      article("a", "Alpha").number("12 people", { value: 12, counts: "people", sentence: "12 people survived the blast that killed three." }).build(),
      article("b", "Beta").number("15 dead", { value: 15, counts: "dead", sentence: "The blast left 15 dead." }).build(),
      article("c", "Gamma").number("14", { value: 14, counts: null, sentence: "Police arrested 14 after the blast that killed three." }).build(),
    ],
  },
  {
    name: "numbers: qualifiers that leave room ('at least 12' ~ 15, 'more than 100' ~ 'about 120')",
    story: () => [
      article("a", "Alpha").number("At least 12 people", { value: 12, qualifier: "at least", counts: "people", sentence: "At least 12 people were killed in the blast." })
        .number("more than 100 people", { value: 100, qualifier: "more than", counts: "people", sentence: "Police said more than 100 people were hurt." }).build(),
      article("b", "Beta").number("15 dead", { value: 15, counts: "dead", sentence: "The blast left 15 dead." })
        .number("About 120", { value: 120, qualifier: "about", counts: null, sentence: "About 120 were injured, hospitals said." }).build(),
    ],
  },
  {
    name: "quotes: one outlet trims the quote, two others quote it whole (3 witnesses)",
    story: () => [
      article("a", "Alpha").quote("We will rebuild every school, and we will do it before winter comes.", "Ana Lopez").build(),
      article("b", "Beta").quote("We will rebuild every school.", "Lopez").build(),
      article("c", "Gamma").quote("We will rebuild every school, and we will do it before winter comes.", "Ana Lopez").build(),
      article("d", "Delta").quote("and we will do it before winter comes", "Lopez").build(),
    ],
  },
];

for (const c of NEGATIVES) {
  test(`not flagged: ${c.name}`, () => {
    const cmp = compareStory(c.story());
    const flags = cmp.discrepancies.filter((d) => d.kind !== "single_source");
    assert.deepEqual(flags.map((d) => d.summary), []);
  });
}

test("not flagged: the people key merges name forms into one role group", () => {
  const cmp = compareStory(NEGATIVES.find((n) => n.name.startsWith("a person named"))!.story());
  assert.deepEqual(cmp.groups.map((g) => g.key), ["role:roe"]);
});

test("not flagged: contained partial quotes align into one group", () => {
  const cmp = compareStory(NEGATIVES.find((n) => n.name.startsWith("partial quote"))!.story());
  assert.equal(cmp.groups.length, 1);
  assert.deepEqual([...new Set(cmp.groups[0].members.map((m) => m.articleId))].sort(), ["a", "b", "c"]);
});
