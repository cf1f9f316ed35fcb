// Cities named or described as a country's capital (lib/compare/evidence/cities.ts), and when a
// described capital is compared with a city another outlet names.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cityMentions } from "../../../lib/compare/evidence/cities";
import { CAPITALS, CITIES, CITY_ALIASES, COUNTRIES } from "../../../lib/analysis/lexicons/places";
import { compareStory, isShown } from "../../../lib/compare/index";
import type { StoryArticleInput } from "../../../lib/compare/types";
import { storyOf } from "./story-helpers";

test("city mentions: named cities and capitals described by their country", () => {
  const cases: [string, [string, string, boolean][]][] = [
    ["The fair in the Spanish capital drew crowds.", [["the Spanish capital", "madrid", true]]],
    ["The fair was held in Barcelona last year.", [["Barcelona", "barcelona", false]]],
    ["Spain's capital hosted the fair.", [["Spain's capital", "madrid", true]]],
    ["The talks moved to the South African capital on Monday.", []],
    ["The talks moved to the Thai capital on Monday.", [["the Thai capital", "bangkok", true]]],
    ["Crowds gathered in Kiev.", [["Kiev", "kyiv", false]]],
    // English copy mostly drops the accents: the same cities as the lexicon's forms
    ["Crowds gathered in Bogota.", [["Bogota", "bogotá", false]]],
    ["The summit moved to Brasilia.", [["Brasilia", "brasília", false]]],
    // a described capital named beside it is read by its name
    ["The fair in the Spanish capital, Madrid, drew crowds.", [["Madrid", "madrid", false]]],
    ["The fair in Madrid, the Spanish capital, drew crowds.", [["Madrid", "madrid", false]]],
    ["The fair in the Spanish capital of Madrid drew crowds.", [["Madrid", "madrid", false]]],
    // ... by a name the lexicon does not list too; a day, a month or an opening word before a comma is no name
    ["The fair in Ostrava, the Spanish capital, drew crowds.", []],
    ["Madrid, the Spanish capital, hosted the fair.", [["Madrid", "madrid", false]]],
    ["On Monday, the Spanish capital hosted the fair.", [["the Spanish capital", "madrid", true]]],
    ["In March, the Spanish capital hosted the fair.", [["the Spanish capital", "madrid", true]]],
    ["Meanwhile, the Spanish capital hosted the fair.", [["the Spanish capital", "madrid", true]]],
    // negatives: money, not a city; a city's possessive is its government; no listed country
    ["Investors fled the German capital markets.", []],
    ["Investors eyed the Japanese capital flows.", []],
    ["Spain's capital buffers are thin.", []],
    ["The German capital injection saved the lender.", []],
    ["Norway's capital outflows rose again.", []],
    // a capital of something else: a figure of speech for another city
    ["The shows opened in the Italian capital of fashion.", []],
    ["Critics call the town the German capital for cheap beer.", []],
    ["Madrid's mayor opened the fair.", []],
    ["The fair in the regional capital drew crowds.", []],
    ["He met the Martian capital's mayor.", []],
    // a country written short or dotted, as an adjective or a possessive
    ["The envoys flew to the U.S. capital on Monday.", [["the U.S. capital", "washington", true]]],
    ["The envoys flew to the UAE capital on Monday.", [["the UAE capital", "abu dhabi", true]]],
    ["The envoys flew to the U.K.'s capital on Monday.", [["U.K.'s capital", "london", true]]],
    ["The U.K.'s capital hosted the envoys.", [["The U.K.'s capital", "london", true]]],
    ["The envoys flew to the Netherlands' capital on Monday.", [["Netherlands' capital", "amsterdam", true]]],
    ["Britain's capital hosted the envoys.", [["Britain's capital", "london", true]]],
    // capitalised words before a possessive country are not part of its name
    ["In Spain's capital, the envoys met.", [["Spain's capital", "madrid", true]]],
    ["On Monday Britain's capital hosted the envoys.", [["Britain's capital", "london", true]]],
    ["In North Korea's capital, the envoys met.", [["North Korea's capital", "pyongyang", true]]],
    ["In Ruritania's capital, the envoys met.", []],
    ["In Madrid, Spain's capital, the envoys met.", [["Madrid", "madrid", false]]],
    // ... and still not in a money sense, nor for a short form the lexicon does not list
    ["Investors fled the U.S. capital markets.", []],
    ["The UK's capital gains tax rose.", []],
    ["The envoys flew to the XYZ capital on Monday.", []],
    // a capitalised word right after a city makes it part of a longer name, not a place
    ["The Lima Bean Co sold its farms.", []],
    ["She read it in the Washington Post.", []],
    ["Fans of the Madrid Lions cheered.", []],
    ["Crowds walked along the Berlin Wall memorial.", []],
    ["The planes landed at Tokyo Narita airport.", []],
    // ... but a day or a month after it is a date, a comma ends the name, a lower-case word is no name
    ["Talks opened in Lima Monday.", [["Lima", "lima", false]]],
    ["Talks opened in Lima March 3.", [["Lima", "lima", false]]],
    ["Talks opened in Paris, France, on Monday.", [["Paris", "paris", false]]],
    ["Talks opened in Berlin and Vienna.", [["Berlin", "berlin", false], ["Vienna", "vienna", false]]],
    ["The Lima police closed the road.", [["Lima", "lima", false]]],
    // a dotted city after the city is the city's own longer name
    ["She flew to Washington D.C. on Monday.", [["D.C.", "washington", false]]],
  ];
  for (const [sentence, want] of cases) {
    const got = cityMentions(sentence).map((c) => [c.text, c.city, c.described]);
    assert.deepEqual(got, want, sentence);
    for (const c of cityMentions(sentence)) assert.equal(sentence.slice(c.at, c.end), c.text);
  }
});

test("capitals lexicon: every country is listed, every capital and alias is a listed city", () => {
  const countries = new Set(COUNTRIES.map(([c]) => c));
  const cities = new Set(CITIES);
  for (const [country, city] of CAPITALS) {
    assert.ok(countries.has(country), country);
    assert.ok(cities.has(city), city);
  }
  for (const [alias, city] of CITY_ALIASES) assert.ok(cities.has(city), `${alias} -> ${city}`);
});

const story = (texts: [string, string][]) => storyOf(texts, "2019-03-04T12:00:00");
const cityFlags = (s: StoryArticleInput[]) =>
  compareStory(s).discrepancies.filter((x) => x.kind === "detail_conflict" && /city/.test(x.summary) && isShown(x));

const others: [string, string][] = [
  ["two.com", "Vendors at the lantern market in Barcelona sold out before dusk.\nThe city of Madrid will host the parade on Sunday."],
  ["three.com", "The Barcelona lantern market closed early, its stalls empty.\nThe parade in Madrid starts at noon."],
];

test("evidence: a capital described where the others name another city for the same thing", () => {
  const flags = cityFlags(story([
    ["one.com", "Every stall of the lantern market in the Spanish capital sold out before dusk.\nThe parade in Madrid starts at noon."],
    ...others,
  ]));
  assert.equal(flags.length, 1);
  assert.match(flags[0].summary, /the Spanish capital/);
  assert.match(flags[0].summary, /Barcelona/);
});

test("evidence: no flag when the described capital is the city named, when two cities are named, or when nothing locates both", () => {
  // the described capital is the city the others name
  assert.deepEqual(cityFlags(story([
    ["one.com", "Every stall of the lantern market in the Spanish capital sold out before dusk."],
    ["two.com", "Vendors at the lantern market in Madrid sold out before dusk."],
    ["three.com", "The Madrid lantern market closed early, its stalls empty."],
  ])), []);
  // two named cities: two places of the story, never compared
  assert.deepEqual(cityFlags(story([
    ["one.com", "Every stall of the lantern market in Madrid sold out before dusk."],
    ...others,
  ])), []);
  // the capital is said of something else (the posters, not the market)
  assert.deepEqual(cityFlags(story([
    ["one.com", "Printers in the Spanish capital made posters for the lantern market."],
    ...others,
  ])), []);
});

test("evidence: another city in the partner's sentence is another place of it, not the described city given too", () => {
  const flags = cityFlags(story([
    ["one.com", "Every stall of the lantern market in the Spanish capital sold out before dusk."],
    ["two.com", "Traders from Madrid said the lantern market in Barcelona sold out before dusk."],
  ]));
  assert.equal(flags.length, 1);
  assert.match(flags[0].summary, /Barcelona/);
});

test("evidence: a described capital its best-aligned partners name as its own city is not disputed by a weaker partner", () => {
  const flags = cityFlags(story([
    ["one.com", "The lantern market in the Spanish capital opens on Friday with stalls from every region."],
    ["two.com", "The lantern market in Madrid opens on Friday with stalls from every region."],
    ["three.com", "A smaller lantern market in Barcelona closed last year."],
  ]));
  assert.deepEqual(flags, []);
});
