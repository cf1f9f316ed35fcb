// Numbers across outlets: casualty counts worded differently align as one count; conflicts
// respect qualifiers and rounding.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { NumberClaim } from "../../../lib/analysis/types";
import { compareStory } from "../../../lib/compare/index";
import { countedClass, numberFromClaim, numbersCompatible } from "../../../lib/compare/slots";
import { numberValue, numbersCompatible as valuesMeet } from "../../../lib/compare/evidence/values";
import { qualifierBound } from "../../../lib/analysis/numbers";
import { analyzeArticle } from "../../../lib/analysis/pipeline";
import type { StoryArticleInput } from "../../../lib/compare/types";
import { article } from "../../fixtures/compare/build";

type N = { text: string; value: number; max?: number; qualifier?: string | null; counts: string | null; sentence?: string; unit?: string | null };
const claim = (n: N): NumberClaim => article("x", "X").number(n.text, n).build().claims[0] as NumberClaim;

test("counted class: from the counted noun, else from the casualty words next to the number", () => {
  const table: [N, string | null][] = [
    [{ text: "At least 12 people", value: 12, qualifier: "at least", counts: "people", sentence: "At least 12 people were killed in the blast on Tuesday." }, "deaths"],
    [{ text: "15 dead", value: 15, counts: "dead" }, "deaths"],
    [{ text: "14", value: 14, counts: null, sentence: "The bomb went off at a market, killing 14 and wounding 40." }, "deaths"],
    [{ text: "40", value: 40, counts: null, sentence: "The bomb went off at a market, killing 14 and wounding 40." }, "injuries"],
    [{ text: "52", value: 52, counts: null, sentence: "The death toll rose to 52, the ministry said." }, "deaths"],
    [{ text: "About 120", value: 120, qualifier: "about", counts: null, sentence: "About 120 were injured, according to hospitals." }, "injuries"],
    [{ text: "30 civilians", value: 30, counts: "civilians", sentence: "30 civilians have reportedly been killed." }, "deaths"],
    [{ text: "nine people", value: 9, counts: "people", sentence: "nine people lost their lives." }, "deaths"],
    [{ text: "five fatalities", value: 5, counts: "fatalities" }, "deaths"],
    [{ text: "20 wounded", value: 20, counts: "wounded" }, "injuries"],
    [{ text: "3 soldiers", value: 3, counts: "soldiers", sentence: "3 soldiers were killed in the ambush." }, "deaths-troop"],
    [{ text: "12 people", value: 12, counts: "people", sentence: "12 people survived the blast that killed three." }, "people"],
    [{ text: "200 people", value: 200, counts: "people", sentence: "200 people were evacuated." }, "people"],
    [{ text: "two countries", value: 2, counts: "countries", sentence: "two countries signed the deal." }, "country"],
    [{ text: "14", value: 14, counts: null, sentence: "Police arrested 14 after the blast." }, null],
  ];
  for (const [n, cls] of table) assert.equal(countedClass(claim(n)), cls, n.sentence ?? n.text);
});

test("compatibility: qualifiers and rounding", () => {
  const table: [N, N, boolean][] = [
    [{ text: "at least 12 killed", value: 12, qualifier: "at least", counts: "killed" }, { text: "15 dead", value: 15, counts: "dead" }, true],
    [{ text: "12 killed", value: 12, counts: "killed" }, { text: "15 killed", value: 15, counts: "killed" }, false],
    [{ text: "more than 100", value: 100, qualifier: "more than", counts: "people" }, { text: "about 120", value: 120, qualifier: "about", counts: "people" }, true],
    [{ text: "nearly 50", value: 50, qualifier: "nearly", counts: "dead" }, { text: "52", value: 52, counts: "dead" }, false],
    [{ text: "nearly 50", value: 50, qualifier: "nearly", counts: "dead" }, { text: "48", value: 48, counts: "dead" }, true],
    [{ text: "up to 20", value: 20, qualifier: "up to", counts: "dead" }, { text: "25", value: 25, counts: "dead" }, false],
    [{ text: "370,000", value: 370000, counts: "lives" }, { text: "372,000", value: 372000, counts: "deaths" }, true],
    [{ text: "370,000", value: 370000, counts: "lives" }, { text: "380,000", value: 380000, counts: "deaths" }, false],
    [{ text: "12 to 15", value: 12, max: 15, counts: "dead" }, { text: "14", value: 14, counts: "dead" }, true],
    [{ text: "12 to 15", value: 12, max: 15, counts: "dead" }, { text: "18", value: 18, counts: "dead" }, false],
    [{ text: "5 percent", value: 5, counts: null, unit: "percent" }, { text: "5%", value: 5, counts: null, unit: "%" }, true],
    [{ text: "5 km", value: 5, counts: null, unit: "km" }, { text: "5 miles", value: 5, counts: null, unit: "mi" }, false],
  ];
  for (const [a, b, ok] of table) {
    assert.equal(numbersCompatible(numberFromClaim(claim(a)), numberFromClaim(claim(b))), ok, `${a.text} ~ ${b.text}`);
    assert.equal(numbersCompatible(numberFromClaim(claim(b)), numberFromClaim(claim(a))), ok, `${b.text} ~ ${a.text}`);
  }
});

test("casualty counts worded differently across outlets align and conflict", () => {
  const cmp = compareStory([
    article("a", "Alpha").number("At least 12 people", { value: 12, qualifier: "at least", counts: "people", sentence: "At least 12 people were killed and 30 injured in the blast." })
      .number("30 injured", { value: 30, counts: "injured", sentence: "At least 12 people were killed and 30 injured in the blast." }).build(),
    article("b", "Beta").number("15 dead", { value: 15, counts: "dead", sentence: "The explosion left 15 dead and dozens wounded." }).build(),
    article("c", "Gamma").number("14", { value: 14, counts: null, sentence: "The bomb went off at a market, killing 14 and wounding 40." })
      .number("40", { value: 40, counts: null, sentence: "The bomb went off at a market, killing 14 and wounding 40." }).build(),
    article("d", "Delta").number("15 fatalities", { value: 15, counts: "fatalities" }).build(),
  ]);
  const g = (k: string) => cmp.groups.find((x) => x.key === k);
  assert.deepEqual([...new Set(g("number:deaths:e1")!.members.map((m) => m.articleId))].sort(), ["a", "b", "c", "d"]);
  assert.deepEqual([...new Set(g("number:injuries:e1")!.members.map((m) => m.articleId))].sort(), ["a", "c"]);
  const deaths = cmp.discrepancies.find((d) => d.key === "number:deaths:e1::number_conflict")!;
  assert.equal(deaths.severity, "major");
  // 14 vs 15; "at least 12" fits both and takes no side
  assert.deepEqual(deaths.differing.map((s) => s.articleIds.join(",")).sort(), ["b,d", "c"]);
  assert.equal(g("number:deaths:e1")!.consensus, "15 dead");
  assert.ok(cmp.discrepancies.some((d) => d.key === "number:injuries:e1::number_conflict"));
  assert.match(g("number:deaths:e1")!.label, /deaths|dead|fatalities/);
});

test("an estimate is compared to its rounding; 'about' widens", () => {
  const v = (value: number, unit: string, qualifier: string | null) =>
    numberValue({ value, unit, qualifier, bound: qualifierBound(qualifier), counts: null }, null)!;
  const table: [[number, string, string | null], [number, string, string | null], boolean][] = [
    [[1.9e9, "USD", "an estimated"], [2.07e9, "USD", null], false],
    [[1.9e9, "USD", "about"], [2.07e9, "USD", null], true],
    [[1.9e9, "USD", "an estimated"], [1.92e9, "USD", null], true],
    [[1000, "km", "an estimated"], [1030, "km", null], true],
    [[1000, "km", "estimated"], [1200, "km", "about"], true],
    [[1000, "km", "estimated"], [1200, "km", null], false],
  ];
  for (const [a, b, want] of table) assert.equal(valuesMeet(v(...a), v(...b)), want, `${a.join(" ")} / ${b.join(" ")}`);
});

test("a running figure read at the moment of writing is not disputed by another moment's reading", () => {
  const story = (texts: string[]): StoryArticleInput[] => texts.map((body, i) => {
    const { claims, entities } = analyzeArticle({ body, publishedAt: "2018-02-06T12:00:00" });
    return { id: `a${i}`, outlet: `Outlet${i}`, publishedAt: "2018-02-06T12:00:00", body, claims, entities };
  });
  const conflicts = (texts: string[]) => compareStory(story(texts)).discrepancies
    .filter((d) => d.kind === "number_conflict" && d.key.startsWith("evidence:")).map((d) => d.summary);
  const cases: [string, string[], number][] = [
    ["a price on the day so far", ["The coin fell to $3,410 on Tuesday before bouncing back to $4,185 in late trading.",
      "The coin fell to $3,410 on Tuesday and is back in the green at $4,150, a rise on the day so far."], 0],
    ["as of writing", ["The coin fell to $3,410 on Tuesday before bouncing back to $4,185 in late trading.",
      "As of writing, the coin fell to $3,410 on Tuesday and is back at $4,150 in late trading."], 0],
    ["the same two figures, neither read at a moment", ["The coin fell to $3,410 on Tuesday before bouncing back to $4,185 in late trading.",
      "The coin fell to $3,410 on Tuesday before bouncing back to $4,150 in late trading."], 1],
    ["'so far this year' bounds a period, not a moment", ["The coin fell to $3,410 on Tuesday before bouncing back to $4,185 in late trading.",
      "The coin fell to $3,410 on Tuesday, its worst day so far this year, before bouncing back to $4,150 in late trading."], 1],
  ];
  for (const [name, texts, n] of cases) assert.equal(conflicts(texts).length, n, `${name}: ${conflicts(texts).join("\n")}`);
});

test("a death toll 'so far' is still a running total: a later report that raises it is an update, one that lowers it conflicts", () => {
  const story = (rows: [string, string][]): StoryArticleInput[] => rows.map(([body, when], i) => {
    const { claims, entities } = analyzeArticle({ body, publishedAt: when });
    return { id: `a${i}`, outlet: `Outlet${i}`, publishedAt: when, body, claims, entities };
  });
  const kinds = (rows: [string, string][]) => compareStory(story(rows)).discrepancies.filter((d) => d.key.startsWith("evidence:")).map((d) => `${d.kind}/${d.severity}`);
  const [early, late] = ["2024-03-04T08:00:00", "2024-03-05T09:00:00"];
  const sofar = (n: string) => `Officials said ${n} people have been killed so far after the ferry capsized on the river near the port.`;
  const elsewhere = (n: string) => `Officials said ${n} people were killed when the ferry capsized on the river, the worst accident so far this year.`;
  const cases: [string, [string, string][], string[]][] = [
    ["'so far' raised later", [[sofar("12"), early], [sofar("15"), late]], ["figure_update/info"]],
    ["'so far' lowered later", [[sofar("15"), early], [sofar("12"), late]], ["number_conflict/minor"]],
    ["'so far' of something else in the sentence", [[elsewhere("15"), early], [elsewhere("12"), late]], ["number_conflict/minor"]],
    ["a price on the day so far is still a moment's reading", [["The coin fell to $3,410 on Tuesday before bouncing back to $4,185 in late trading.", early],
      ["The coin fell to $3,410 on Tuesday and is back in the green at $4,150, a rise on the day so far.", early]], []],
  ];
  for (const [name, rows, want] of cases) assert.deepEqual(kinds(rows), want, name);
});
