// What an amount measures (lib/compare/evidence/measured.ts, lexicons/measures.ts): the noun read
// next to an amount, its synonym class, and how the class steers which amounts are compared.
import { test } from "node:test";
import assert from "node:assert/strict";
import { measureClass, measureDefiners, measuredNoun, measuredRelation } from "../../../lib/compare/evidence/measured";
import { LIKELIHOOD_NOUNS, MEASURE_DEFINERS, MEASURE_LINKS_AFTER, MEASURE_LINKS_BEFORE, MEASURED_CLASSES } from "../../../lib/analysis/lexicons/measures";
import { compareStory, isShown } from "../../../lib/compare/index";
import type { StoryArticleInput } from "../../../lib/compare/types";
import { storyOf } from "./story-helpers";

/** The measured class of `value` as it stands in `sentence`. */
const of = (sentence: string, value: string) => {
  const at = sentence.indexOf(value);
  assert.ok(at >= 0, `${value} in ${sentence}`);
  return measuredNoun(sentence, at, at + value.length);
};

test("measured noun: the noun joined to an amount after it, after in/of, or before of/worth or a dash", () => {
  const cases: [string, string, string | null][] = [
    ["The carrier booked a $2 billion loss last year.", "$2 billion", "loss"],
    ["The chain reported $40 million in annual revenue.", "$40 million", "revenue"],
    ["It holds $12.5 billion in untaxed foreign profits at year end.", "$12.5 billion", "earnings"],
    ["Analysts expect net income of $3.4 billion for the year.", "$3.4 billion", "earnings"],
    ["The insurer agreed to a settlement worth $90 million.", "$90 million", "penalty"],
    ["The crane can lift 20 tonnes (44,000 pounds) of cargo at once.", "20 tonnes", "payload"],
    ["It carries twice the payload -- 30,000 pounds -- of its rival.", "30,000 pounds", "payload"],
    ["The firm will take a $600 million tax charge in the quarter.", "$600 million", "charge"],
    ["Shares closed at $40, after a $3 drop in early trading.", "$3", "change"],
    ["The company paid fines of $8 million to regulators.", "$8 million", "penalty"],
    // negatives: nothing listed is joined to the amount
    ["The firm said it would spend $5 billion on new plants.", "$5 billion", null],
    ["The fund raised $300 million, the most in its history.", "$300 million", null],
    ["Two thirds of the $5 billion is due to the new rules.", "$5 billion", null],
    ["It costs $20 a month to subscribe.", "$20", null],
    ["The statue is 40 feet tall and weighs 30 tonnes.", "40 feet", null],
    // a listed word past a clause break or a function word is not joined to the amount
    ["They paid $5 million, and revenue rose.", "$5 million", null],
    ["Fuel: 900 tonnes (2 million lb) Payload: 41 tonnes", "900 tonnes", null],
    // ... while a listed label before the figure is what it measures
    ["Mass: 900 tonnes (2 million lb) Payload: 41 tonnes", "900 tonnes", "weight"],
    ["The bank lent $2 billion to the firm whose revenue fell.", "$2 billion", null],
    // a colon ends the phrase; only a label of the next figure is dropped
    ["It booked $40 million in revenue last year: a record.", "$40 million", "revenue"],
    ["Budget: $12 million Loss: $40 million", "$12 million", "budget"],
    ["Budget: $12 million in fees Loss: $4 million", "$12 million", "price"],
    // a share that is a likelihood measures the chance of its outcome
    ["Forecasts call for a 70 percent chance of strong winds.", "70 percent", "chance of strong wind"],
    ["She gives it a 40 to 60 percent chance of a record entry, but few agree.", "40 to 60 percent", "chance of record entry"],
    ["Economists put the odds of a recession at 40%, and the risk is 30% for Europe.", "30%", null],
    ["There is a 40% risk of the recession.", "40%", "chance of recession"],
    ["There is a 40% chance, officials said.", "40%", "chance"],
  ];
  for (const [sentence, value, want] of cases) assert.equal(of(sentence, value), want, sentence);
});

test("measure classes: synonyms share a class; different measured things do not", () => {
  const same: [string, string][] = [["profit", "earnings"], ["income", "profits"], ["sales", "revenue"], ["hit", "charge"],
    ["fine", "penalties"], ["cargo", "payload"], ["altitude", "height"], ["losses", "loss"],
    ["velocity", "speed"], ["mass", "weight"], ["elevation", "height"], ["freight", "cargo"],
    // words often used of one figure: a deal's value is its price, a fine may be told as a settlement
    ["deal", "price"], ["price", "cost"], ["fine", "settlement"], ["investment", "funding"], ["tax", "charge"]];
  for (const [a, b] of same) assert.equal(measureClass(a), measureClass(b), `${a} ~ ${b}`);
  const differ: [string, string][] = [["profit", "revenue"], ["loss", "revenue"], ["charge", "earnings"], ["debt", "revenue"],
    ["drop", "price"], ["rise", "revenue"], ["salary", "bonus"], ["payload", "thrust"], ["height", "distance"],
    // physical quantities of a general list, not only those of one kind of story
    ["speed", "distance"], ["temperature", "pressure"], ["area", "volume"], ["power", "energy"], ["diameter", "length"]];
  for (const [a, b] of differ) assert.notEqual(measureClass(a), measureClass(b), `${a} vs ${b}`);
  // nouns that name no particular amount, or are mostly not amounts
  for (const w of ["company", "year", "people", "rate", "range", "share", "bank", "payment", "capacity", "sum", "amount"]) assert.equal(measureClass(w), null, w);
});

test("measured relation: listed classes are equal or not; chances are of one outcome when their outcomes share a word", () => {
  const table: [string, string, string][] = [
    ["earnings", "earnings", "same"], ["earnings", "revenue", "different"],
    ["chance of heavy rain", "chance of rain", "same"], ["chance of strong wind", "chance of record entry", "different"],
    ["chance", "chance of rain", "unknown"], ["chance of rain", "payload", "different"], ["chance", "chance", "same"],
  ];
  for (const [a, b, want] of table) {
    assert.equal(measuredRelation(a, b), want, `${a} / ${b}`);
    assert.equal(measuredRelation(b, a), want, `${b} / ${a}`);
  }
});

test("measure lexicon is general data: lower-case single words", () => {
  for (const w of [...MEASURED_CLASSES.keys(), ...MEASURE_LINKS_AFTER, ...MEASURE_LINKS_BEFORE, ...LIKELIHOOD_NOUNS, ...MEASURE_DEFINERS]) {
    assert.equal(w, w.toLowerCase().trim(), w);
    assert.ok(!/\s/.test(w), `${w} is one word`);
  }
});

test("measure definers: the words of a figure's own phrase that say which measure it is", () => {
  const cases: [string, string, string][] = [
    ["Ferry lines paid an effective tax rate of 18.5 percent last year.", "18.5 percent", "effective"],
    ["At the mill, median pay rose to $41,000 this spring.", "$41,000", "median"],
    ["The region's output grew 2.4% in real terms, and prices rose.", "2.4%", "real"],
    ["Net income fell to $3 million while gross income was flat.", "$3 million", "net"],
    ["The statutory rate falls to 21% next year.", "21%", "statutory"],
    // one measure in either spelling
    ["Output grew at an annualised rate of 3.1% in spring.", "3.1%", "annualized"],
    ["Output grew at an annualized rate of 3.1% in spring.", "3.1%", "annualized"],
    // negatives: no definer, or one outside the figure's phrase
    ["The tax rate falls to 21% next year.", "21%", ""],
    ["In real life, the rate is 21% for most firms.", "21%", ""],
    ["The fishing net cost $40, the shop said, and the average buyer paid cash.", "$40", ""],
  ];
  for (const [sentence, value, want] of cases) {
    const at = sentence.indexOf(value);
    assert.equal(measureDefiners(sentence, at, at + value.length), want, sentence);
  }
});

const story = (texts: [string, string][]) => storyOf(texts, "2019-03-04T12:00:00");

const numberConflicts = (s: StoryArticleInput[]) =>
  compareStory(s).discrepancies.filter((x) => x.kind === "number_conflict" && x.key.startsWith("evidence:"));

test("evidence: of two figures of the same measured thing, the nearer pairs with a third, though the farther is said in likelier words", () => {
  const s = story([
    ["Alpha", "Northwind had $14.2 billion in cash in June. Its rival Eastgate, a regulatory filing showed, had $45 billion in cash at the end of June."],
    ["Beta", "Northwind, a regulatory filing showed, had $15.1 billion in cash at the end of June."],
  ]);
  const found = numberConflicts(s);
  assert.equal(found.length, 1, found.map((d) => d.summary).join("\n"));
  const sides = found[0].differing.map((x) => x.words.join(" "));
  assert.ok(sides.some((w) => /14\.2/.test(w)) && sides.some((w) => /15\.1/.test(w)), sides.join(" | "));
});

test("evidence: amounts of two different measured things are never one dispute, however alike their sentences", () => {
  const s = story([
    ["Alpha", "Northwind reported a $2.1 billion loss for the quarter on Tuesday."],
    ["Beta", "Northwind reported $2.6 billion in revenue for the quarter on Tuesday."],
  ]);
  assert.deepEqual(numberConflicts(s).map((d) => d.summary), []);
});

test("evidence: a shared measured thing aligns two amounts as a shared noun does, even in sentences that share few other words", () => {
  const cases: { name: string; texts: [string, string][]; shown: boolean }[] = [
    {
      name: "the same payload in two wordings",
      texts: [
        ["Alpha", "The freighter can haul more than twice the payload -- 52,000 pounds -- of its nearest competitor across the Atlantic."],
        ["Beta", "Engineers say the plane will carry 61,000 pounds (27,700 kg) of cargo across the Atlantic on each flight."],
      ],
      shown: true,
    },
    {
      name: "no measured thing named and few shared words: two weights in unrelated sentences",
      texts: [
        ["Alpha", "The freighter can haul more than twice as much -- 52,000 pounds -- as its nearest competitor."],
        ["Beta", "Engineers say the plane will weigh 61,000 pounds (27,700 kg) on each flight."],
      ],
      shown: false,
    },
    {
      name: "two different measured things",
      texts: [
        ["Alpha", "The freighter can haul more than twice the payload -- 52,000 pounds -- of its nearest competitor across the Atlantic."],
        ["Beta", "Engineers say the plane will produce 61,000 pounds (27,700 kg) of thrust across the Atlantic on each flight."],
      ],
      shown: false,
    },
  ];
  for (const c of cases) {
    const shown = numberConflicts(story(c.texts)).filter(isShown);
    assert.equal(shown.length, c.shown ? 1 : 0, `${c.name}: ${shown.map((d) => `${d.summary} ${d.confidence}`).join("\n")}`);
  }
});

test("evidence: chances of two different outcomes are two figures; chances of one outcome are compared", () => {
  const conflicts = (texts: [string, string][]) => numberConflicts(story(texts)).map((d) => d.summary);
  assert.deepEqual(conflicts([
    ["Alpha", "Forecasts for Saturday's regatta call for a 70 percent chance of strong wind."],
    ["Beta", "The organiser said Saturday's regatta has a 40 to 60 percent chance of a record entry."],
  ]), []);
  const same = conflicts([
    ["Alpha", "Forecasts for Saturday's regatta call for a 70 percent chance of strong wind."],
    ["Beta", "Forecasts for Saturday's regatta give a 45 percent chance of wind."],
  ]);
  assert.equal(same.length, 1, same.join("\n"));
});

test("evidence: figures of two measures of one thing (an effective rate and the rate) are two figures", () => {
  const conflicts = (texts: [string, string][]) => numberConflicts(story(texts)).filter(isShown).map((d) => d.summary);
  assert.deepEqual(conflicts([
    ["Alpha", "Under the new law the corporate tax rate for ferry operators falls to 21% from 35% next year."],
    ["Beta", "Under the new law ferry operators would pay an effective corporate tax rate of 26.1 percent next year."],
  ]), []);
  const same = conflicts([
    ["Alpha", "Under the new law the corporate tax rate for ferry operators falls to 21% from 35% next year."],
    ["Beta", "Under the new law the corporate tax rate for ferry operators falls to 24% from 35% next year."],
  ]);
  assert.equal(same.length, 1, same.join("\n"));
});
