// Evidence-based comparison: compatibility rules (table-driven, with negative cases) and conflicts
// found between short real-looking passages analysed end to end.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../../../lib/analysis/pipeline";
import { compareStory, isShown } from "../../../lib/compare/index";
import { buildContext } from "../../../lib/compare/context";
import { dateInterval, numbersCompatible, numberValue, roundingTolerance, spansMeet, spread } from "../../../lib/compare/evidence/values";
import { spellingVariant } from "../../../lib/compare/quotes";
import { parseRole, roleConflictConfidence, rolesCompatible } from "../../../lib/compare/slots";
import { placeRelation } from "../../../lib/compare/align";
import type { DateSlots, NumberSlots } from "../../../lib/analysis/types";
import type { StoryArticleInput } from "../../../lib/compare/types";
import { qualifierBound } from "../../../lib/analysis/lexicons/number-words";
import { storyOf } from "./story-helpers";

const n = (value: number, unit: string | null, qualifier: string | null = null, max?: number): NumberSlots =>
  ({ value, unit, qualifier, bound: qualifierBound(qualifier), counts: null, ...(max !== undefined ? { max } : {}) });

test("numbers: units, rounding and qualifiers decide compatibility", () => {
  const cases: [string, NumberSlots, NumberSlots, boolean][] = [
    ["1,000 km = 621 miles", n(1000, "km"), n(621, "mi"), true],
    ["2,300 miles = 3,700 km", n(2300, "mi"), n(3700, "km"), true],
    ["400 lb = 181 kg", n(400, "lb"), n(181, "kg"), true],
    ["more than 400 pounds covers 450", n(400, "lb", "more than"), n(450, "lb"), true],
    ["more than 284 billion covers 284 billion", n(284e9, "USD", "more than"), n(284e9, "USD"), true],
    ["226 is more than 200", n(226, null, null), n(200, null, "more than"), true],
    ["about 12 feet covers 11", n(12, "ft", "about"), n(11, "ft"), true],
    // negatives
    ["400 pounds is not 450", n(400, "lb"), n(450, "lb"), false],
    ["998 miles is not 621 miles", n(998, "mi"), n(621, "mi"), false],
    ["10 to 12 feet is not 15 feet", n(10, "ft", null, 12), n(15, "ft"), false],
    ["$32.6 billion is not $31.2 billion", n(32.6e9, "USD"), n(31.2e9, "USD"), false],
    ["more than 140,000 lb is not 119,000 lb", n(140000, "lb", "more than"), n(119000, "lb"), false],
    ["nearly 100 is not 120", n(100, null, "nearly"), n(120, null), false],
  ];
  for (const [name, a, b, ok] of cases) {
    const va = numberValue(a, a.unit ? null : "people");
    const vb = numberValue(b, b.unit ? null : "people");
    assert.ok(va && vb, name);
    assert.equal(va.dimension, vb.dimension, name);
    assert.equal(numbersCompatible(va, vb), ok, name);
  }
});

test("numbers: kilometres and kilograms are different dimensions; a bare number counts nothing", () => {
  assert.notEqual(numberValue(n(5, "km"), null)!.dimension, numberValue(n(5, "kg"), null)!.dimension);
  assert.equal(numberValue(n(5, null), null), null);
});

test("rounding tolerance: half a step of the last significant digit, at most 5%", () => {
  assert.equal(roundingTolerance(1677), 0.5 / 1677);
  assert.equal(roundingTolerance(400), 0.05);
  assert.ok(Math.abs(roundingTolerance(32.6) - 0.05 / 32.6) < 1e-12);
});

const d = (date: string, granularity: DateSlots["granularity"], reference: DateSlots["reference"] = "none"): DateSlots =>
  ({ date, granularity, phrase: "", event: null, reference });

test("dates: intervals by granularity; relative dates one step wider", () => {
  const cases: [string, DateSlots, DateSlots, boolean][] = [
    ["2016 contains May 28, 2016", d("2016-01-01", "year"), d("2016-05-28", "day"), true],
    ["'42 years ago' (1976) may be 1975", d("1976-01-01", "year", "published"), d("1975-01-01", "year"), true],
    ["'on Friday' resolved a day off still meets", d("2017-12-22", "day", "published"), d("2017-12-21", "day", "published"), true],
    // negatives
    ["2002 is not 2003", d("2002-01-01", "year"), d("2003-01-01", "year"), false],
    ["November is not December", d("2017-11-01", "month"), d("2017-12-01", "month"), false],
    ["'two days ago' (Dec 20) is not Dec 1", d("2017-12-20", "day", "published"), d("2017-12-01", "day"), false],
  ];
  for (const [name, a, b, ok] of cases) assert.equal(spansMeet(dateInterval(a), dateInterval(b)), ok, name);
});

test("quote words: spelling variants are the same word, other words are not", () => {
  const same: [string, string][] = [["destabilizing", "destabilising"], ["asking", "askin"], ["in", "into"], ["honour", "honor"]];
  const differ: [string, string][] = [["inalienable", "inviolable"], ["on", "in"], ["urgent", "emergency"], ["a", "an"]];
  for (const [a, b] of same) assert.equal(spellingVariant(a, b), true, `${a}/${b}`);
  for (const [a, b] of differ) assert.equal(spellingVariant(a, b), false, `${a}/${b}`);
});

test("titles: a qualifier or a listed office of one jurisdiction is a clear conflict; guessed offices are not", () => {
  const ctx = buildContext([]);
  const r = (t: string, q: string | null = null) => parseRole(t, q, ctx);
  assert.ok(roleConflictConfidence(r("U.S. President"), r("former U.S. President")) >= 0.7);
  assert.ok(roleConflictConfidence(r("zoo president"), r("zoo director")) >= 0.7);
  assert.ok(roleConflictConfidence(r("engineering manager"), r("operations manager")) < 0.5);
  assert.ok(roleConflictConfidence(r("early investor"), r("early adviser")) < 0.7);
  // one person holds several offices: two offices with no body named are not a clear conflict
  assert.ok(roleConflictConfidence(r("founder"), r("CEO")) < 0.6);
  assert.ok(roleConflictConfidence(r("director"), r("zoo president")) < 0.6);
  assert.equal(rolesCompatible(r("co-founder"), r("founder")), true);
  assert.equal(rolesCompatible(r("cofounder"), r("app's founder")), true);
});

test("place relations: destinations and locations are told apart", () => {
  const cases: [string | null, ReturnType<typeof placeRelation>][] = [
    ["into Mexico", "destination"], ["to the border", "destination"], ["in Costa Rica", "location"],
    ["at the zoo", "location"], ["over Japan", null], ["near Pyongyang", null], [null, null],
  ];
  for (const [text, rel] of cases) assert.equal(placeRelation(text), rel, String(text));
});

const story = (texts: [string, string][]) => storyOf(texts, "2016-05-29T12:00:00");

const shown = (s: StoryArticleInput[], kind: string) =>
  compareStory(s).discrepancies.filter((x) => x.kind === kind && isShown(x) && x.severity !== "info");

test("evidence: the same boy given two ages by different outlets is one shown number conflict", () => {
  const s = story([
    ["Alpha", "A gorilla was shot dead at the Cincinnati Zoo on Saturday after a 4-year-old boy fell into its moat."],
    ["Beta", "Zoo officials killed the gorilla on Saturday after a 3-year-old boy fell into its moat at the Cincinnati Zoo."],
    ["Gamma", "The Cincinnati Zoo shot its gorilla on Saturday after a 3-year-old boy fell into the moat."],
  ]);
  const found = compareStory(s).discrepancies.filter((x) => x.kind === "number_conflict" && x.key.startsWith("evidence:"));
  assert.equal(found.length, 1);
  const sides = found[0].differing.map((x) => x.words.join(" "));
  assert.ok(sides.some((w) => /4-year-old/.test(w)) && sides.some((w) => /3-year-old/.test(w)), sides.join(" | "));
  // every reading is the outlet's own sentence
  for (const r of found[0].readings) assert.ok(s.some((a) => a.claims.some((c) => c.sentence === r.text)));
  assert.ok(found[0].confidence > 0 && found[0].confidence <= 1);
});

test("evidence: a unit conversion is no conflict", () => {
  const s = story([
    ["Alpha", "The missile flew 3,700 kilometers (2,300 miles) before falling into the Pacific Ocean east of Hokkaido."],
    ["Beta", "The missile flew about 2,300 miles before falling into the Pacific Ocean east of Hokkaido."],
  ]);
  assert.deepEqual(shown(s, "number_conflict"), []);
  assert.deepEqual(shown(s, "detail_conflict"), []);
});

test("evidence: an outlet that gives both figures of the same thing does not contradict either", () => {
  const s = story([
    ["Alpha", "The zoo said a 4-year-old boy fell into the moat. The family later said the boy who fell into the moat was a 3-year-old boy."],
    ["Beta", "A 3-year-old boy fell into the moat at the zoo, the family said."],
  ]);
  assert.deepEqual(compareStory(s).discrepancies.filter((x) => x.key.startsWith("evidence:number")), []);
});

test("evidence: two different seas for one splashdown is a place conflict", () => {
  const s = story([
    ["Alpha", "The missile flew over Hokkaido and came down in the Sea of Japan about 2,000 km east of the island."],
    ["Beta", "The missile flew over Hokkaido and came down in the Pacific Ocean about 2,000 km east of the island."],
  ]);
  const found = compareStory(s).discrepancies.filter((x) => x.kind === "detail_conflict" && x.key.startsWith("evidence:place"));
  assert.equal(found.length, 1);
});

test("evidence: the same relative words in two articles are one report, whatever day each resolves them to", () => {
  const s = [
    ...story([["Alpha", "The zoo will stay closed on Sunday, a spokeswoman for the Cincinnati Zoo said."]]),
    ...story([["Beta", "The zoo will stay closed on Sunday, a spokeswoman for the Cincinnati Zoo said."]]).map((a) => ({ ...a, id: "b0", publishedAt: "2016-06-07T12:00:00" })),
  ];
  assert.deepEqual(compareStory(s).discrepancies.filter((x) => x.kind === "date_conflict"), []);
});

test("numbers: a count is a whole number of something, and a figure before a time zone is a clock time", () => {
  const cases: [NumberSlots, string | null, string | null][] = [
    [n(4, null), "boy", "count:boy"],
    [n(5.5, null), "update", null], // a version number, not five and a half updates
    [n(336, null), "gmt", null],
    [n(1130, null), "pst", null],
    [n(27, null), "engine", "count:engine"],
  ];
  for (const [slots, counted, dimension] of cases) assert.equal(numberValue(slots, counted)?.dimension ?? null, dimension, JSON.stringify(slots));
});

test("spread: ratio of two values' midpoints; an open bound counts from its figure", () => {
  const v = (x: NumberSlots, counted = "boy") => numberValue(x, counted)!;
  const cases: [NumberSlots, NumberSlots, number, number][] = [
    [n(4, null), n(3, null), 1.3, 1.4],
    [n(32.6, "USD"), n(31.2, "USD"), 1.0, 1.1],
    [n(27, null), n(9, null), 2.9, 3.1],
    [n(450, "lb"), n(400, "lb"), 1.1, 1.2],
    [n(10, null, null, 12), n(15, null), 1.3, 1.4],
  ];
  for (const [a, b, lo, hi] of cases) {
    const r = spread(v(a), v(b));
    assert.ok(r >= lo && r <= hi, `${JSON.stringify(a)} ${JSON.stringify(b)}: ${r}`);
  }
});

test("evidence: a sentence with no claim still gives its named waters when the body is known", () => {
  const bodies = [
    "The booster will land on a drone ship stationed in the Atlantic Ocean, the company said.",
    "The booster will land on a drone ship stationed in the Pacific Ocean, the company said.",
  ];
  const s = story(bodies.map((b, i) => [`Outlet ${i}`, b] as [string, string])).map((a, i) => ({ ...a, claims: [], body: bodies[i] }));
  const found = compareStory(s).discrepancies.filter((x) => x.key.startsWith("evidence:place"));
  assert.equal(found.length, 1);
  for (const r of found[0].readings) assert.ok(bodies.some((b) => b.includes(r.text)), r.text);
  // without the body there is nothing to read
  assert.deepEqual(compareStory(s.map(({ body: _b, ...a }) => a)).discrepancies.filter((x) => x.key.startsWith("evidence:")), []);
});

test("evidence: values far apart in loosely similar sentences stay candidates", () => {
  const s = story([
    ["Alpha", "The rocket has 27 engines and its first stage lands back at the launch site."],
    ["Beta", "Each of the rockets uses nine engines and its stage lands back at sea."],
  ]);
  assert.deepEqual(shown(s, "number_conflict"), []);
});

test("evidence: two adjacent years for one event in near-identical sentences are shown", () => {
  const s = story([
    ["Alpha", "Harlan was drafted first overall by the Dayton Tigers in 2002 after a record college career."],
    ["Beta", "Harlan, drafted first overall by the Dayton Tigers in 2003, retired on Monday."],
  ]);
  assert.equal(shown(s, "date_conflict").length, 1);
});

/** Two weights of one animal in otherwise different sentences. */
const WEIGHTS: [string, string][] = [
    ["Alpha", "Criticism grew quickly after a child got into the enclosure of a 450-pound gorilla at the city zoo."],
    ["Beta", "A petition had thousands of signatures by Sunday, a day after the 400-pound (181-kg) gorilla was shot dead."],
];

test("evidence: two weights of the same named animal pair by the noun they measure, in otherwise different sentences", () => {
  const s = story([
    ...WEIGHTS,
    ["Gamma", "The 181-kg gorilla picked the child up and dragged him for ten minutes."],
  ]);
  const found = compareStory(s).discrepancies.filter((x) => x.kind === "number_conflict" && x.key.startsWith("evidence:"));
  assert.equal(found.length, 1, found.map((d) => d.summary).join("\n"));
  const sides = found[0].differing.map((x) => x.words.join(" "));
  assert.ok(sides.some((w) => /450-pound/.test(w)), sides.join(" | "));
});

test("mentions: a rank in digits is a number of its noun; days of months and centuries are not ranks", async () => {
  const { mentionsOf } = await import("../../../lib/compare/evidence/mentions");
  const ranks = (s: string) => mentionsOf(s, []).filter((m) => m.dimension.startsWith("rank:")).map((m) => `${m.text}:${m.dimension}`);
  const cases: [string, string[]][] = [
    ["It was the 19th test this year, according to officials.", ["19th:rank:test"]],
    ["This is the 15th North Korean missile test this year.", ["15th:rank:test"]],
    ["The vote is set for May 4th in the capital.", []],
    ["The bridge dates from the 19th century.", []],
    ["She celebrated her 40th birthday on Friday.", []],
    ["He finished 3rd, behind two rivals.", []],
  ];
  for (const [s, want] of cases) assert.deepEqual(ranks(s), want, s);
});

test("evidence: two ranks of one series in similar sentences are a shown conflict", () => {
  const s = story([
    ["Alpha", "The launch was the 19th missile test this year, according to the defence ministry."],
    ["Beta", "This was the 15th missile test this year and the first since the nuclear test."],
  ]);
  assert.equal(shown(s, "number_conflict").length, 1);
});

test("evidence labels name what the values are of, in the articles' own terms", () => {
  const s = story(WEIGHTS);
  const weight = compareStory(s).groups.find((g) => g.key.startsWith("evidence:number:mass"));
  assert.equal(weight?.label, "Weight of the gorilla");
  const years = story([
    ["Alpha", "Harlan was drafted first overall by the Dayton Tigers in 2002 after a record college career."],
    ["Beta", "Harlan, drafted first overall by the Dayton Tigers in 2003, retired on Monday."],
  ]);
  const when = compareStory(years).groups.find((g) => g.key.startsWith("evidence:date"));
  assert.match(when?.label ?? "", /^When: .*drafted first overall/);
});

test("evidence: the same word right before two values pairs them in otherwise different sentences", async () => {
  const { mentionsOf } = await import("../../../lib/compare/evidence/mentions");
  const { analyzeArticle } = await import("../../../lib/analysis/pipeline");
  const before = (s: string) => mentionsOf(s, analyzeArticle({ body: s, publishedAt: "2016-05-29" }).claims).filter((m) => m.type === "number").map((m) => m.before);
  assert.deepEqual(before("The boy, who fell 10 to 12 feet, is expected to recover."), ["fell"]);
  assert.deepEqual(before("Little Isaac fell 15ft into the pen."), ["fell"]);
  // a comma ends the clause: the word before it says nothing of the value
  assert.deepEqual(before("The gorilla was shot, 15 feet from the boy."), [undefined]);
});

test("mentions: blows dealt are read from their verbs used literally; figures of speech and generic verbs are not", async () => {
  const { mentionsOf } = await import("../../../lib/compare/evidence/mentions");
  const acts = (s: string) => mentionsOf(s, []).filter((m) => m.type === "act").map((m) => `${m.text}:${m.acts!.join("+")}`);
  const cases: [string, string[]][] = [
    ["The teenager was filmed punching a guard in the face.", ["punching:punch"]],
    ["She was filmed slapping, kicking and shoving the officers outside the gate.", ["slapping, kicking and shoving:kick+shove+slap"]],
    ["He was punched in the face during the match.", ["punched:punch"]],
    ["The club kicked off its season on Sunday.", []],
    ["The company was slapped with a fine of $2 million.", []],
    ["The protester hit a guard and attacked a second one.", []],
    ["Activists are pushing for a new law.", []],
  ];
  for (const [s, want] of cases) assert.deepEqual(acts(s), want, s);
});

test("evidence: two outlets naming different blows for one incident disagree; a blow both name agrees", () => {
  const lede = "A military court on Monday charged a teenage girl who was filmed";
  const conflict = story([
    ["Alpha", `${lede} punching a soldier outside her family home in the village.`],
    ["Beta", `${lede} slapping a soldier outside her family home in the village.`],
  ]);
  const found = shown(conflict, "detail_conflict");
  assert.equal(found.length, 1, found.map((d) => d.summary).join("\n"));
  assert.deepEqual(found[0].differing.map((d) => d.words.join(" ")).sort(), ["punching", "slapping"]);
  const agree = story([
    ["Alpha", `${lede} punching a soldier outside her family home in the village.`],
    ["Beta", `${lede} kicking and punching a soldier outside her family home in the village.`],
  ]);
  assert.deepEqual(shown(agree, "detail_conflict"), []);
});

test("evidence: one dispute told in a lede and again in a later paragraph of the same articles is one item", () => {
  const texts: [string, string][] = [
    ["Alpha", "A military court on Monday charged a girl for punching a soldier at the gate. Video shows her punching the soldier, who did not respond, near her family home in the village."],
    ["Beta", "A military court on Monday charged a girl for slapping a soldier at the gate. Video shows her slapping the soldier, who did not respond, near her family home in the village."],
  ];
  // with the bodies, so that sentences with no claim are evidence too
  const s = story(texts).map((a, i) => ({ ...a, body: texts[i][1] }));
  const found = compareStory(s).discrepancies.filter((d) => d.kind === "detail_conflict" && d.key.startsWith("evidence:"));
  assert.equal(found.length, 1, found.map((d) => d.summary).join("\n"));
  assert.equal(found[0].readings.length, 4);
});

test("mentions: what kind of place a name is said to be", async () => {
  const { mentionsOf } = await import("../../../lib/compare/evidence/mentions");
  const kinds = (s: string) => mentionsOf(s, []).filter((m) => m.type === "category").map((m) => `${m.text}:${m.category}`);
  const cases: [string, string[]][] = [
    ["The missile flew over the Japanese town of Norikura before falling into the sea.", ["town of Norikura:settlement"]],
    ["It flew over the northern island of Norikura on Friday.", ["island of Norikura:land"]],
    ["Residents of Norikura were told to take shelter.", []],
    ["The governor of Ohio spoke first.", []],
    ["He met the head of State Grid in the morning.", []],
  ];
  for (const [s, want] of cases) assert.deepEqual(kinds(s), want, s);
});

test("evidence: a place called a town by one outlet and an island by another is a conflict; a city and a town are not", () => {
  const lede = "The missile flew over the northern Japanese";
  const conflict = story([
    ["Alpha", `${lede} town of Norikura before falling into the ocean on Friday.`],
    ["Beta", `${lede} island of Norikura before falling into the ocean on Friday.`],
    ["Gamma", `${lede} island of Norikura before it fell into the ocean on Friday.`],
  ]);
  const found = shown(conflict, "detail_conflict");
  assert.equal(found.length, 1, found.map((d) => d.summary).join("\n"));
  assert.match(found[0].summary, /What Norikura is/);
  for (const [a, b] of [["city", "town"], ["island", "prefecture"]]) {
    const agree = story([
      ["Alpha", `${lede} ${a} of Norikura before falling into the ocean on Friday.`],
      ["Beta", `${lede} ${b} of Norikura before falling into the ocean on Friday.`],
    ]);
    assert.deepEqual(shown(agree, "detail_conflict"), [], `${a} / ${b}`);
  }
});

test("evidence: a death toll a later report raises is a figure update, not a conflict; a toll that falls, or a count of things, conflicts", () => {
  const at = (texts: [string, string, string][]) => texts.map(([outlet, body, when], i) => {
    const { claims, entities } = analyzeArticle({ body, publishedAt: when });
    return { id: `a${i}`, outlet, publishedAt: when, claims, entities, body };
  });
  const lede = (n: string) => `Officials said ${n} people were killed when the ferry capsized on the river near the port.`;
  const kinds = (s: StoryArticleInput[]) => compareStory(s).discrepancies.filter((d) => d.key.startsWith("evidence:")).map((d) => `${d.kind}/${d.severity}`);
  assert.deepEqual(kinds(at([["Alpha", lede("12"), "2024-03-04T08:00:00"], ["Beta", lede("15"), "2024-03-05T09:00:00"]])), ["figure_update/info"]);
  assert.deepEqual(kinds(at([["Alpha", lede("15"), "2024-03-04T08:00:00"], ["Beta", lede("12"), "2024-03-05T09:00:00"]])), ["number_conflict/minor"]);
  const boats = (n: string) => `Officials said ${n} boats were moored when the ferry capsized on the river near the port.`;
  assert.deepEqual(kinds(at([["Alpha", boats("12"), "2024-03-04T08:00:00"], ["Beta", boats("15"), "2024-03-05T09:00:00"]])), ["number_conflict/minor"]);
});
