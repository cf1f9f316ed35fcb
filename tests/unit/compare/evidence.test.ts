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
    ["1,500 miles = 2,414 km", n(1500, "mi"), n(2414, "km"), true],
    ["300 lb = 136 kg", n(300, "lb"), n(136, "kg"), true],
    ["more than 300 pounds covers 350", n(300, "lb", "more than"), n(350, "lb"), true],
    ["more than 96 billion covers 96 billion", n(96e9, "USD", "more than"), n(96e9, "USD"), true],
    ["226 is more than 200", n(226, null, null), n(200, null, "more than"), true],
    ["about 12 feet covers 11", n(12, "ft", "about"), n(11, "ft"), true],
    // negatives
    ["300 pounds is not 350", n(300, "lb"), n(350, "lb"), false],
    ["870 miles is not 621 miles", n(870, "mi"), n(621, "mi"), false],
    ["20 to 24 feet is not 30 feet", n(20, "ft", null, 24), n(30, "ft"), false],
    ["$41.5 billion is not $39.8 billion", n(41.5e9, "USD"), n(39.8e9, "USD"), false],
    ["more than 61,000 lb is not 52,000 lb", n(61000, "lb", "more than"), n(52000, "lb"), false],
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
  assert.equal(roundingTolerance(1583), 0.5 / 1583);
  assert.equal(roundingTolerance(400), 0.05);
  assert.ok(Math.abs(roundingTolerance(41.5) - 0.05 / 41.5) < 1e-12);
});

const d = (date: string, granularity: DateSlots["granularity"], reference: DateSlots["reference"] = "none"): DateSlots =>
  ({ date, granularity, phrase: "", event: null, reference });

test("dates: intervals by granularity; relative dates one step wider", () => {
  const cases: [string, DateSlots, DateSlots, boolean][] = [
    ["2011 contains May 12, 2011", d("2011-01-01", "year"), d("2011-05-12", "day"), true],
    ["'35 years ago' (1983) may be 1982", d("1983-01-01", "year", "published"), d("1982-01-01", "year"), true],
    ["'on Friday' resolved a day off still meets", d("2019-03-08", "day", "published"), d("2019-03-07", "day", "published"), true],
    // negatives
    ["2008 is not 2009", d("2008-01-01", "year"), d("2009-01-01", "year"), false],
    ["February is not March", d("2019-02-01", "month"), d("2019-03-01", "month"), false],
    ["'two days ago' (Mar 6) is not Mar 1", d("2019-03-06", "day", "published"), d("2019-03-01", "day"), false],
  ];
  for (const [name, a, b, ok] of cases) assert.equal(spansMeet(dateInterval(a), dateInterval(b)), ok, name);
});

test("quote words: spelling variants are the same word, other words are not", () => {
  const same: [string, string][] = [["organizing", "organising"], ["going", "goin"], ["in", "into"], ["colour", "color"]];
  const differ: [string, string][] = [["indivisible", "invisible"], ["on", "in"], ["urgent", "emergency"], ["a", "an"]];
  for (const [a, b] of same) assert.equal(spellingVariant(a, b), true, `${a}/${b}`);
  for (const [a, b] of differ) assert.equal(spellingVariant(a, b), false, `${a}/${b}`);
});

test("titles: a qualifier or a listed office of one jurisdiction is a clear conflict; guessed offices are not", () => {
  const ctx = buildContext([]);
  const r = (t: string, q: string | null = null) => parseRole(t, q, ctx);
  assert.ok(roleConflictConfidence(r("U.S. President"), r("former U.S. President")) >= 0.7);
  assert.ok(roleConflictConfidence(r("museum president"), r("museum director")) >= 0.7);
  assert.ok(roleConflictConfidence(r("engineering manager"), r("operations manager")) < 0.5);
  assert.ok(roleConflictConfidence(r("early investor"), r("early adviser")) < 0.7);
  // one person holds several offices: two offices with no body named are not a clear conflict
  assert.ok(roleConflictConfidence(r("founder"), r("CEO")) < 0.6);
  assert.ok(roleConflictConfidence(r("director"), r("museum president")) < 0.6);
  assert.equal(rolesCompatible(r("co-founder"), r("founder")), true);
  assert.equal(rolesCompatible(r("cofounder"), r("app's founder")), true);
});

test("place relations: destinations and locations are told apart", () => {
  const cases: [string | null, ReturnType<typeof placeRelation>][] = [
    ["into Denmark", "destination"], ["to the border", "destination"], ["in Peru", "location"],
    ["at the museum", "location"], ["over Latvia", null], ["near Minsk", null], [null, null],
  ];
  for (const [text, rel] of cases) assert.equal(placeRelation(text), rel, String(text));
});

const story = (texts: [string, string][]) => storyOf(texts, "2019-03-10T12:00:00");

const shown = (s: StoryArticleInput[], kind: string) =>
  compareStory(s).discrepancies.filter((x) => x.kind === kind && isShown(x) && x.severity !== "info");

test("evidence: the same girl given two ages by different outlets is one shown number conflict", () => {
  const s = story([
    ["Alpha", "Firefighters drained a pond at Brenton Park on Saturday after a 7-year-old girl slipped into its water."],
    ["Beta", "Park staff closed the pond on Saturday after a 6-year-old girl slipped into its water at Brenton Park."],
    ["Gamma", "Brenton Park closed its pond on Saturday after a 6-year-old girl slipped into the water."],
  ]);
  const found = compareStory(s).discrepancies.filter((x) => x.kind === "number_conflict" && x.key.startsWith("evidence:"));
  assert.equal(found.length, 1);
  const sides = found[0].differing.map((x) => x.words.join(" "));
  assert.ok(sides.some((w) => /7-year-old/.test(w)) && sides.some((w) => /6-year-old/.test(w)), sides.join(" | "));
  // every reading is the outlet's own sentence
  for (const r of found[0].readings) assert.ok(s.some((a) => a.claims.some((c) => c.sentence === r.text)));
  assert.ok(found[0].confidence > 0 && found[0].confidence <= 1);
});

test("evidence: a unit conversion is no conflict", () => {
  const s = story([
    ["Alpha", "The ferry sailed 2,414 kilometers (1,500 miles) before docking in the port of Velmar."],
    ["Beta", "The ferry sailed about 1,500 miles before docking in the port of Velmar."],
  ]);
  assert.deepEqual(shown(s, "number_conflict"), []);
  assert.deepEqual(shown(s, "detail_conflict"), []);
});

test("evidence: an outlet that gives both figures of the same thing does not contradict either", () => {
  const s = story([
    ["Alpha", "The park said a 7-year-old girl slipped into the pond. The family later said the girl who slipped into the pond was a 6-year-old girl."],
    ["Beta", "A 6-year-old girl slipped into the pond at the park, the family said."],
  ]);
  assert.deepEqual(compareStory(s).discrepancies.filter((x) => x.key.startsWith("evidence:number")), []);
});

test("evidence: two different seas for one sinking is a place conflict", () => {
  const s = story([
    ["Alpha", "The tanker passed the strait and sank in the Black Sea about 200 km south of the port."],
    ["Beta", "The tanker passed the strait and sank in the Aegean Sea about 200 km south of the port."],
  ]);
  const found = compareStory(s).discrepancies.filter((x) => x.kind === "detail_conflict" && x.key.startsWith("evidence:place"));
  assert.equal(found.length, 1);
});

test("evidence: the same relative words in two articles are one report, whatever day each resolves them to", () => {
  const s = [
    ...story([["Alpha", "The park will stay closed on Sunday, a spokeswoman for Brenton Park said."]]),
    ...story([["Beta", "The park will stay closed on Sunday, a spokeswoman for Brenton Park said."]]).map((a) => ({ ...a, id: "b0", publishedAt: "2019-03-18T12:00:00" })),
  ];
  assert.deepEqual(compareStory(s).discrepancies.filter((x) => x.kind === "date_conflict"), []);
});

test("numbers: a count is a whole number of something, and a figure before a time zone is a clock time", () => {
  const cases: [NumberSlots, string | null, string | null][] = [
    [n(4, null), "boy", "count:boy"],
    [n(5.5, null), "update", null], // a version number, not five and a half updates
    [n(214, null), "gmt", null],
    [n(945, null), "pst", null],
    [n(12, null), "engine", "count:engine"],
  ];
  for (const [slots, counted, dimension] of cases) assert.equal(numberValue(slots, counted)?.dimension ?? null, dimension, JSON.stringify(slots));
});

test("spread: ratio of two values' midpoints; an open bound counts from its figure", () => {
  const v = (x: NumberSlots, counted = "boy") => numberValue(x, counted)!;
  const cases: [NumberSlots, NumberSlots, number, number][] = [
    [n(4, null), n(3, null), 1.3, 1.4],
    [n(41.5, "USD"), n(39.8, "USD"), 1.0, 1.1],
    [n(12, null), n(4, null), 2.9, 3.1],
    [n(350, "lb"), n(310, "lb"), 1.1, 1.2],
    [n(20, null, null, 24), n(30, null), 1.3, 1.4],
  ];
  for (const [a, b, lo, hi] of cases) {
    const r = spread(v(a), v(b));
    assert.ok(r >= lo && r <= hi, `${JSON.stringify(a)} ${JSON.stringify(b)}: ${r}`);
  }
});

test("evidence: a sentence with no claim still gives its named waters when the body is known", () => {
  const bodies = [
    "The research buoy will be anchored in the Atlantic Ocean, the agency said.",
    "The research buoy will be anchored in the Indian Ocean, the agency said.",
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
    ["Alpha", "The ferry has 12 lifeboats and its upper deck opens to the public in summer."],
    ["Beta", "Each of the ferries carries four lifeboats and its deck opens to the public at sea."],
  ]);
  assert.deepEqual(shown(s, "number_conflict"), []);
});

test("evidence: two adjacent years for one event in near-identical sentences are shown", () => {
  const s = story([
    ["Alpha", "Harlan was elected club captain by the Dayton Tigers in 2008 after a record junior career."],
    ["Beta", "Harlan, elected club captain by the Dayton Tigers in 2009, retired on Monday."],
  ]);
  assert.equal(shown(s, "date_conflict").length, 1);
});

/** Two weights of one animal in otherwise different sentences. */
const WEIGHTS: [string, string][] = [
    ["Alpha", "Criticism grew quickly after hikers were chased by a 350-pound bear near the campsite."],
    ["Beta", "A petition had thousands of signatures by Sunday, a day after the 300-pound (136-kg) bear was shot by rangers."],
];

test("evidence: two weights of the same named animal pair by the noun they measure, in otherwise different sentences", () => {
  const s = story([
    ...WEIGHTS,
    ["Gamma", "The 136-kg bear tore open two tents and dragged a pack for ten minutes."],
  ]);
  const found = compareStory(s).discrepancies.filter((x) => x.kind === "number_conflict" && x.key.startsWith("evidence:"));
  assert.equal(found.length, 1, found.map((d) => d.summary).join("\n"));
  const sides = found[0].differing.map((x) => x.words.join(" "));
  assert.ok(sides.some((w) => /350-pound/.test(w)), sides.join(" | "));
});

test("mentions: a rank in digits is a number of its noun; days of months and centuries are not ranks", async () => {
  const { mentionsOf } = await import("../../../lib/compare/evidence/mentions");
  const ranks = (s: string) => mentionsOf(s, []).filter((m) => m.dimension.startsWith("rank:")).map((m) => `${m.text}:${m.dimension}`);
  const cases: [string, string[]][] = [
    ["It was the 11th storm this year, according to forecasters.", ["11th:rank:storm"]],
    ["This is the 8th Atlantic tropical storm this year.", ["8th:rank:storm"]],
    ["The vote is set for May 4th in the capital.", []],
    ["The bridge dates from the 19th century.", []],
    ["She celebrated her 40th birthday on Friday.", []],
    ["He finished 3rd, behind two rivals.", []],
  ];
  for (const [s, want] of cases) assert.deepEqual(ranks(s), want, s);
});

test("evidence: two ranks of one series in similar sentences are a shown conflict", () => {
  const s = story([
    ["Alpha", "The downpour was the 11th tropical storm this year, according to the weather service."],
    ["Beta", "This was the 8th tropical storm this year and the first since the floods."],
  ]);
  assert.equal(shown(s, "number_conflict").length, 1);
});

test("evidence labels name what the values are of, in the articles' own terms", () => {
  const s = story(WEIGHTS);
  const weight = compareStory(s).groups.find((g) => g.key.startsWith("evidence:number:mass"));
  assert.equal(weight?.label, "Weight of the bear");
  const years = story([
    ["Alpha", "Harlan was elected club captain by the Dayton Tigers in 2008 after a record junior career."],
    ["Beta", "Harlan, elected club captain by the Dayton Tigers in 2009, retired on Monday."],
  ]);
  const when = compareStory(years).groups.find((g) => g.key.startsWith("evidence:date"));
  assert.match(when?.label ?? "", /^When: .*elected club captain/);
});

test("evidence: the same word right before two values pairs them in otherwise different sentences", async () => {
  const { mentionsOf } = await import("../../../lib/compare/evidence/mentions");
  const { analyzeArticle } = await import("../../../lib/analysis/pipeline");
  const before = (s: string) => mentionsOf(s, analyzeArticle({ body: s, publishedAt: "2016-05-29" }).claims).filter((m) => m.type === "number").map((m) => m.before);
  assert.deepEqual(before("The climber, who fell 20 to 25 feet, is expected to recover."), ["fell"]);
  assert.deepEqual(before("Young Toma fell 30ft onto the ledge."), ["fell"]);
  // a comma ends the clause: the word before it says nothing of the value
  assert.deepEqual(before("The rope was cut, 30 feet from the climber."), [undefined]);
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
  const lede = "A district court on Monday charged a football fan who was filmed";
  const conflict = story([
    ["Alpha", `${lede} punching a steward outside the stadium in the city.`],
    ["Beta", `${lede} slapping a steward outside the stadium in the city.`],
  ]);
  const found = shown(conflict, "detail_conflict");
  assert.equal(found.length, 1, found.map((d) => d.summary).join("\n"));
  assert.deepEqual(found[0].differing.map((d) => d.words.join(" ")).sort(), ["punching", "slapping"]);
  const agree = story([
    ["Alpha", `${lede} punching a steward outside the stadium in the city.`],
    ["Beta", `${lede} kicking and punching a steward outside the stadium in the city.`],
  ]);
  assert.deepEqual(shown(agree, "detail_conflict"), []);
});

test("evidence: one dispute told in a lede and again in a later paragraph of the same articles is one item", () => {
  const texts: [string, string][] = [
    ["Alpha", "A district court on Monday charged a fan for punching a steward at the gate. Video shows him punching the steward, who did not respond, near the stadium entrance in the city."],
    ["Beta", "A district court on Monday charged a fan for slapping a steward at the gate. Video shows him slapping the steward, who did not respond, near the stadium entrance in the city."],
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
    ["The storm passed over the Norwegian town of Skarvik before moving out to sea.", ["town of Skarvik:settlement"]],
    ["It passed over the northern island of Skarvik on Friday.", ["island of Skarvik:land"]],
    ["Residents of Skarvik were told to take shelter.", []],
    ["The governor of Ohio spoke first.", []],
    ["He met the head of State Grid in the morning.", []],
  ];
  for (const [s, want] of cases) assert.deepEqual(kinds(s), want, s);
});

test("evidence: a place called a town by one outlet and an island by another is a conflict; a city and a town are not", () => {
  const lede = "The storm passed over the northern Norwegian";
  const conflict = story([
    ["Alpha", `${lede} town of Skarvik before moving out to sea on Friday.`],
    ["Beta", `${lede} island of Skarvik before moving out to sea on Friday.`],
    ["Gamma", `${lede} island of Skarvik before it moved out to sea on Friday.`],
  ]);
  const found = shown(conflict, "detail_conflict");
  assert.equal(found.length, 1, found.map((d) => d.summary).join("\n"));
  assert.match(found[0].summary, /What Skarvik is/);
  for (const [a, b] of [["city", "town"], ["island", "prefecture"]]) {
    const agree = story([
      ["Alpha", `${lede} ${a} of Skarvik before moving out to sea on Friday.`],
      ["Beta", `${lede} ${b} of Skarvik before moving out to sea on Friday.`],
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
