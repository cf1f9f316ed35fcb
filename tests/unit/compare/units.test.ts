// Variant tables (3+ witnesses), the alias lexicon, word lists and stable keys.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compareStory } from "../../../lib/compare/index";
import { ALIASES, lookupAlias, lookupDemonym } from "../../../lib/analysis/lexicons/aliases";
import { ACTION_CLASSES, COUNT_CLASSES } from "../../../lib/analysis/lexicons/comparison";
import { FUNCTION_WORDS, NEGATIONS } from "../../../lib/analysis/lexicons/english";
import { OFFICES } from "../../../lib/analysis/lexicons/titles";
import { QUALIFIERS } from "../../../lib/analysis/lexicons/number-words";
import { collate } from "../../../lib/compare/variants";
import { splitSentences, tokenize } from "../../../lib/analysis/text";
import { numberInterval } from "../../../lib/compare/slots";
import { article } from "../../fixtures/compare/build";
import { sampleStory } from "../../fixtures/compare/sample-story";

const W = (id: string, text: string, open = false) => ({ id, toks: tokenize(text), openStart: open, openEnd: open });
const row = (t: ReturnType<typeof collate>, id: string) => t.columns.map((c) => c.tokens[id] ?? "-").join(" ");

test("variants: three witnesses, a substitution and an addition", () => {
  const t = collate([
    W("a", "our land is ours, our water is ours"),
    W("b", "Our land is ours; our rivers are ours"),
    W("c", "our land is ours, and our water is ours"),
  ]);
  assert.deepEqual(t.witnesses, ["a", "b", "c"]);
  assert.equal(row(t, "a"), "our land is ours - our water is ours");
  assert.equal(row(t, "b"), "Our land is ours - our rivers are ours");
  assert.equal(row(t, "c"), "our land is ours and our water is ours");
  assert.deepEqual(t.columns.map((c) => c.varies), [false, false, false, false, true, false, true, true, false]);
});

test("variants: partial witnesses are outside, not omissions; order of witnesses does not matter", () => {
  const ws = [
    W("a", "we will never sell the old harbour on our watch"),
    W("b", "never sell the old harbour", true),
    W("c", "we will never sell the old harbour in our watch"),
    W("d", "sell the", true),
  ];
  const t1 = collate(ws);
  const t2 = collate([...ws].reverse());
  assert.deepEqual(t1.columns.map((c) => c.tokens), t2.columns.map((c) => c.tokens));
  const varying = t1.columns.filter((c) => c.varies);
  assert.equal(varying.length, 1);
  assert.equal(varying[0].tokens.a, "on");
  assert.equal(varying[0].tokens.c, "in");
  assert.deepEqual(varying[0].outside, ["b", "d"]);
});

test("normalisation: ellipses, curly marks, dashes and abbreviations", () => {
  assert.deepEqual(tokenize("unshakable....We can’t — U.S.-led").map((t) => t.norm), ["unshakable", "we", "cant", "us", "led"]);
  assert.deepEqual(splitSentences("It is true. The U.S. Army will help... Then we talk.").map((s) => s.text),
    ["It is true", "The U.S. Army will help", "Then we talk"]);
});

test("alias lexicon: US, UK, UN, EU forms and demonyms", () => {
  for (const f of ["US", "U.S.", "u.s.", "United States", "the United States", "America", "USA", "U.S.A."]) assert.equal(lookupAlias(f)?.key, "us", f);
  for (const f of ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"]) assert.equal(lookupAlias(f)?.key, "uk", f);
  for (const f of ["UN", "U.N.", "United Nations"]) assert.equal(lookupAlias(f)?.key, "un", f);
  for (const f of ["EU", "European Union"]) assert.equal(lookupAlias(f)?.key, "eu", f);
  assert.equal(lookupDemonym("American")?.key, "us");
  assert.equal(lookupDemonym("British")?.key, "uk");
  assert.equal(lookupAlias("Springfield"), undefined);
  const keys = ALIASES.map((a) => a.key);
  assert.equal(new Set(keys).size, keys.length, "unique keys");
});

test("word lists: general English, no overlaps that would break comparisons", () => {
  assert.ok(FUNCTION_WORDS.has("on") && FUNCTION_WORDS.has("in"));
  assert.ok(NEGATIONS.has("not") && NEGATIONS.has("never"));
  assert.ok(OFFICES.includes("president") && OFFICES.includes("mayor") && OFFICES.includes("prime minister"));
  assert.equal(ACTION_CLASSES.get("offer"), ACTION_CLASSES.get("propose"));
  assert.equal(ACTION_CLASSES.get("deploy"), ACTION_CLASSES.get("send"));
  assert.notEqual(ACTION_CLASSES.get("reject"), ACTION_CLASSES.get("accept"));
  assert.equal(COUNT_CLASSES.get("lives"), COUNT_CLASSES.get("deaths"));
  assert.equal(QUALIFIERS["more than"], "gt");
  const [lo, hi] = numberInterval(450000, "exact");
  assert.ok(lo > 445000 && hi < 455000);
  assert.deepEqual(numberInterval(12, "exact"), [12, 12]);
});

test("stable keys: same input, same keys; independent of article order", () => {
  const a = compareStory(sampleStory()).groups.map((g) => g.key);
  const b = compareStory(sampleStory().reverse()).groups.map((g) => g.key);
  assert.deepEqual(a, b);
  assert.equal(new Set(a).size, a.length, "unique keys");
  for (const k of a) assert.doesNotMatch(k, /\b00[0-4]\b/, "keys do not contain article ids");
});

test("stable keys: adding an article keeps the keys of existing groups", () => {
  const base = sampleStory();
  const before = compareStory(base);
  const extra = article("005", "Another outlet")
    .role("U.S. President Donald Trump", "Donald Trump", "U.S. President")
    .quote("No, President Trump, our territory is inalienable, sovereignty is inalienable.", "Claudia Sheinbaum")
    .action("Trump offered to send troops into Mexico", { actor: "Trump", action: "offer", verb: "offered", object: "troops", place: "into Mexico" })
    .number("more than 400,000 deaths", { value: 400000, qualifier: "more than", counts: "deaths" })
    .build();
  const after = compareStory([...base, extra]);
  const afterKeys = new Set(after.groups.map((g) => g.key));
  for (const g of before.groups) assert.ok(afterKeys.has(g.key), `lost ${g.key}`);
  const beforeD = new Set(before.discrepancies.filter((d) => d.kind !== "single_source").map((d) => d.key));
  const afterD = new Set(after.discrepancies.map((d) => d.key));
  for (const k of beforeD) assert.ok(afterD.has(k), `lost discrepancy ${k}`);
  // the new article joined existing groups instead of creating new ones
  assert.ok(after.groups.find((g) => g.key === "role:trump")!.members.some((m) => m.articleId === "005"));
  assert.ok(after.groups.find((g) => g.key.startsWith("number:death"))!.members.some((m) => m.articleId === "005"));
});

test("format-table renders groups, discrepancies and outlets", async () => {
  const { formatComparison } = await import("../../../lib/compare/format-table");
  const out = formatComparison(compareStory(sampleStory()), { "002": "002 Unnamed" });
  assert.match(out, /CLAIM GROUPS/);
  assert.match(out, /role_conflict/);
  assert.match(out, /002 Unnamed/);
  assert.match(out, /OUTLETS/);
});

test("lexicon: blow verbs are inflected forms of their base verb; figurative particles are lower-case words", async () => {
  const { BLOW_VERBS, BLOW_FIGURATIVE_NEXT } = await import("../../../lib/analysis/lexicons/comparison");
  for (const [form, base] of Object.entries(BLOW_VERBS)) {
    assert.match(form, /^[a-z]+(?:ed|ing)$/, form);
    assert.ok(form.startsWith(base.slice(0, 3)), `${form} -> ${base}`);
  }
  // generic verbs name no particular blow
  for (const generic of ["hit", "struck", "attacked", "beat", "beaten"]) assert.equal(BLOW_VERBS[generic], undefined, generic);
  for (const w of BLOW_FIGURATIVE_NEXT) assert.match(w, /^[a-z]+$/);
  assert.ok(BLOW_FIGURATIVE_NEXT.has("off") && !BLOW_FIGURATIVE_NEXT.has("the"));
});

test("lexicon: place kinds are lower-case nouns; settlements and lands are told apart", async () => {
  const { PLACE_KINDS } = await import("../../../lib/analysis/lexicons/comparison");
  for (const k of Object.keys(PLACE_KINDS)) assert.match(k, /^[a-z]+$/);
  assert.equal(PLACE_KINDS.town, "settlement");
  assert.equal(PLACE_KINDS.island, "land");
  // "state" names a country as often as a province: it says nothing about the kind
  assert.equal(PLACE_KINDS.state, undefined);
});

test("one country list: every other name points at a listed country; the comparison's aliases read it", async () => {
  const { COUNTRIES, COUNTRY_ALIASES, DEMONYM_ALIASES } = await import("../../../lib/analysis/lexicons/places");
  const { lookupAlias, lookupDemonym } = await import("../../../lib/analysis/lexicons/aliases");
  const names = new Set(COUNTRIES.map(([c]) => c));
  for (const [alias, country] of [...COUNTRY_ALIASES, ...DEMONYM_ALIASES]) assert.ok(names.has(country), `${alias} -> ${country}`);
  const cases: [string, string | undefined][] = [
    ["Britain", "uk"], ["U.S.A.", "us"], ["DPRK", "north-korea"], ["Chile", "chile"], ["Türkiye", "turkey"], ["Springfield", undefined],
  ];
  for (const [written, key] of cases) assert.equal(lookupAlias(written)?.key, key, written);
  assert.equal(lookupDemonym("British")?.key, "uk");
  assert.equal(lookupDemonym("Chilean")?.key, "chile");
  assert.equal(lookupDemonym("Parisian"), undefined);
});

test("labels: past tenses and plurals of general English words", async () => {
  const { pastTense, plural } = await import("../../../lib/analysis/text");
  const past: [string, string][] = [["reject", "rejected"], ["propose", "proposed"], ["deny", "denied"], ["send", "sent"],
    ["withdraw", "withdrew"], ["ban", "banned"], ["stay", "stayed"], ["vow", "vowed"]];
  for (const [v, p] of past) assert.equal(pastTense(v), p, v);
  const plurals: [string, string][] = [["decade", "decades"], ["country", "countries"], ["lives", "lives"], ["people", "people"],
    ["box", "boxes"], ["day", "days"]];
  for (const [n, p] of plurals) assert.equal(plural(n), p, n);
});

test("labels: groups read as questions a person asks, not slot names", async () => {
  const { compareStory } = await import("../../../lib/compare/index");
  const { analyzeArticle } = await import("../../../lib/analysis/pipeline");
  const texts = [
    "Mayor Ana Ruiz rejected the proposal to close the bridge on Monday. About 40 people attended the meeting.",
    "Mayor Ana Ruiz on Monday rejected a proposal to close the bridge. Some 45 people attended the meeting.",
  ];
  const s = texts.map((body, i) => ({ id: `a${i}`, outlet: `O${i}`, publishedAt: "2024-03-04", ...analyzeArticle({ body, publishedAt: "2024-03-04" }) }));
  const labels = compareStory(s).groups.map((g) => g.label);
  assert.ok(labels.some((l) => /^What Ana Ruiz rejected/.test(l)), labels.join(" | "));
  for (const l of labels) assert.doesNotMatch(l, /\((?:action|quote|role)\)|^Someone |^(?:number|date) of /, l);
});
