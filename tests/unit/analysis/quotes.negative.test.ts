import { test } from "node:test";
import assert from "node:assert/strict";
import { quotesOf } from "./helpers-quotes";

test("scare quotes without a cue are not quotes", () => {
  const qs = quotesOf(`The company's so-called "efficiency plan" cost thousands of jobs.`);
  assert.equal(qs.length, 0, JSON.stringify(qs));
});

test("titles in quotes are not quotes", () => {
  const qs = quotesOf(`She appeared on "Meet the Press" and later on "Face the Nation" to discuss the budget.`);
  assert.equal(qs.length, 0, JSON.stringify(qs));
});

test("a title in quotes before a cue-less scare quote lends it no cue", () => {
  const qs = quotesOf(`Ann Lee watched “Morning Report” on the so-called “quiet day” of the campaign.`);
  assert.equal(qs.length, 0, JSON.stringify(qs));
});

test("a phrase noun without a named subject lends no speaker", () => {
  const qs = quotesOf(`The word "chaos" appears twice in the report. Ward repeats the so-called “harbor first” argument often.`);
  assert.equal(qs.length, 0, JSON.stringify(qs));
});

test("a nickname in quotes is not a quote", () => {
  const qs = quotesOf(`State Del. Marcia "Cia" Whitaker won the primary.`);
  assert.equal(qs.length, 0, JSON.stringify(qs));
});

test("a long quote with no speaker anywhere keeps speaker null, not a wrong name", () => {
  const qs = quotesOf(`The river flooded the valley.\n\n"Everything we owned is gone and nobody has come to help us yet."`);
  assert.equal(qs.length, 1);
  assert.equal(qs[0].speaker, null);
});

test("an unresolvable pronoun gives no speaker rather than 'he'", () => {
  const qs = quotesOf(`"We are not going anywhere," he said.`);
  assert.ok(qs.length === 1);
  assert.notEqual(qs[0].speaker, "he");
  assert.equal(qs[0].speaker, null);
});

test("mismatched marks: a stray closing mark does not swallow the paragraph", () => {
  const qs = quotesOf(`The ruling was final” and the case is closed. "We accept it," said Ivan Horvat.`);
  assert.equal(qs.length, 1, JSON.stringify(qs));
  assert.equal(qs[0].speaker, "Ivan Horvat");
  assert.equal(qs[0].quote, "We accept it,");
});

test("apostrophes and possessives are not single quotes", () => {
  const qs = quotesOf(`The voters' choice was clear and the mayor's office didn't comment on the '90s deal.`);
  assert.equal(qs.length, 0, JSON.stringify(qs));
});

test("a name inside the quote is not the speaker", () => {
  const qs = quotesOf(`"Nobody trusts Victor Lang anymore," said Olga Berman.`);
  assert.equal(qs[0].speaker, "Olga Berman");
});

test("a name inside a later relative clause is not the speaker of the quote", () => {
  const qs = quotesOf(`"We are done," the crowd chanted as Mary Smith, who had arrived late, said nothing.`);
  assert.ok(qs.every((q) => q.speaker !== "Mary Smith"), JSON.stringify(qs));
});

test("a statement sentence after a quote ending in a full stop does not steal the quote", () => {
  const qs = quotesOf(`Nora Berg says the campaign will "compete vigorously for the nomination." The move was first reported by a local station.`);
  assert.equal(qs[0]?.speaker, "Nora Berg", JSON.stringify(qs));
});

test("'the following comment' is not a speech verb with 'the following' as speaker", () => {
  const qs = quotesOf(`On July 6, Senator Paul Dorn made the following comment:\n\n“For young people who have left school, the unemployment rate is 33 percent.”`);
  assert.equal(qs[0]?.speaker, "Paul Dorn", JSON.stringify(qs));
});

test("a label before a colon that is no name gives no lead speaker", () => {
  const qs = quotesOf(`BREAKING: Markets Fall After “Worst Day Since 2008.”`);
  assert.ok(qs.every((q) => q.speaker === null), JSON.stringify(qs));
});

test("a phrase before the teller's verb is no outer speaker: the quote is not recounted", () => {
  const qs = quotesOf(`Speaking at a public event Friday, Laura Kim recounted the call, stating she told him, "The deal is off for now."`);
  assert.equal(qs[0].speaker, "Laura Kim");
  assert.equal(qs[0].via, null);
});
