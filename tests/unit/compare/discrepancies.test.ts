// Table-driven cases: each builds a small story by hand and expects one discrepancy kind.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compareStory } from "../../../lib/compare/index";
import type { DiscrepancyKind, Severity, StoryArticleInput } from "../../../lib/compare/types";
import { article } from "../../fixtures/compare/build";

interface Case {
  name: string;
  story: () => StoryArticleInput[];
  kind: DiscrepancyKind;
  severity: Severity;
  /** expected sides: article ids -> differing words (lower-cased) */
  sides?: Record<string, string[]>;
}

const CASES: Case[] = [
  {
    name: "quote: content word substituted (major)",
    story: () => [
      article("a", "Alpha").quote("We will defend every inch of our land without hesitation.", "Jane Doe").build(),
      article("b", "Beta").quote("We will defend every inch of our land without hesitation.", "Doe").build(),
      article("c", "Gamma").quote("We will protect every inch of our land without hesitation.", "Jane Doe").build(),
    ],
    kind: "quote_wording", severity: "major", sides: { "a,b": ["defend"], c: ["protect"] },
  },
  {
    name: "quote: added clause (major)",
    story: () => [
      article("a", "Alpha").quote("The budget is balanced and the books are open.", "Jane Doe").build(),
      article("b", "Beta").quote("The budget is balanced and the books are open.", "Jane Doe").build(),
      article("c", "Gamma").quote("The budget is balanced, fully audited by independent experts, and the books are open.", "Jane Doe").build(),
    ],
    kind: "quote_wording", severity: "major", sides: { "a,b": [], c: ["fully audited by independent experts"] },
  },
  {
    name: "quote: function word substituted (minor)",
    story: () => [
      article("a", "Alpha").quote("Talks will continue in the capital next week.", "John Roe").build(),
      article("b", "Beta").quote("Talks will continue at the capital next week.", "John Roe").build(),
      article("c", "Gamma").quote("Talks will continue in the capital next week.", "Roe").build(),
    ],
    kind: "quote_wording", severity: "minor", sides: { "a,c": ["in"], b: ["at"] },
  },
  {
    name: "quote: a few words added (minor)",
    story: () => [
      article("a", "Alpha").quote("Talks will continue next week.", "John Roe").build(),
      article("b", "Beta").quote("Talks will surely continue next week.", "John Roe").build(),
      article("c", "Gamma").quote("Talks will continue next week.", "Roe").build(),
    ],
    kind: "quote_wording", severity: "minor", sides: { "a,c": [], b: ["surely"] },
  },
  {
    name: "quote: negation added (major)",
    story: () => [
      article("a", "Alpha").quote("We will accept the terms of the agreement.", "John Roe").build(),
      article("b", "Beta").quote("We will not accept the terms of the agreement.", "John Roe").build(),
      article("c", "Gamma").quote("We will accept the terms of the agreement.", "Roe").build(),
    ],
    kind: "quote_wording", severity: "major", sides: { "a,c": [], b: ["not"] },
  },
  {
    name: "role: different office (major)",
    story: () => [
      article("a", "Alpha").role("Finance Minister Ana Lopez", "Ana Lopez", "Finance Minister").build(),
      article("b", "Beta").role("Prime Minister Ana Lopez", "Ana Lopez", "Prime Minister").build(),
      article("c", "Gamma").role("Finance Minister Lopez", "Lopez", "Finance Minister").build(),
    ],
    kind: "role_conflict", severity: "major", sides: { "a,c": ["finance"], b: ["prime"] },
  },
  {
    name: "role: former vs current (major)",
    story: () => [
      article("a", "Alpha").role("Governor Tom Hale", "Tom Hale", "Governor").build(),
      article("b", "Beta").role("former Governor Tom Hale", "Tom Hale", "Governor", "former").build(),
      article("c", "Gamma").role("Governor Hale", "Hale", "Governor").build(),
    ],
    kind: "role_conflict", severity: "major", sides: { "a,c": [], b: ["former"] },
  },
  {
    name: "role: one article gives two offices (internal inconsistency)",
    story: () => [
      article("a", "Alpha").role("Mayor Rita Vance", "Rita Vance", "Mayor").role("Senator Rita Vance", "Rita Vance", "Senator").build(),
      article("b", "Beta").role("Mayor Vance", "Vance", "Mayor").build(),
    ],
    kind: "internal_inconsistency", severity: "major",
  },
  {
    name: "action: same actor and action, different place (detail, major)",
    story: () => [
      article("a", "Alpha").action("pledged to send aid to the coast", { actor: "Tom Hale", action: "send", verb: "send", object: "aid", place: "to the coast" }).build(),
      article("b", "Beta").action("dispatched aid into the capital", { actor: "Hale", action: "dispatch", verb: "dispatched", object: "aid", place: "into the capital" }).build(),
      article("c", "Gamma").action("sent aid to the coast", { actor: "Tom Hale", action: "send", verb: "sent", object: "aid", place: "to the coast" }).build(),
    ],
    kind: "detail_conflict", severity: "major", sides: { "a,c": ["coast"], b: ["capital"] },
  },
  {
    name: "action: different owner of the object (detail, minor)",
    story: () => [
      article("a", "Alpha").action("offered British troops", { actor: "Tom Hale", action: "offer", verb: "offered", object: "British troops" }).build(),
      article("b", "Beta").action("offered U.S. troops", { actor: "Tom Hale", action: "offer", verb: "offered", object: "U.S. troops" }).build(),
      article("c", "Gamma").action("proposed UK troops", { actor: "Hale", action: "propose", verb: "proposed", object: "UK troops" }).build(),
    ],
    kind: "detail_conflict", severity: "minor",
  },
  {
    name: "date: same event, different day (major)",
    story: () => [
      article("a", "Alpha").date("on Monday", { date: "2025-03-03", event: "the summit opened" }).build(),
      article("b", "Beta").date("on Tuesday", { date: "2025-03-04", event: "summit opened in the capital" }).build(),
      article("c", "Gamma").date("March 3", { date: "2025-03-03", event: "opening of the summit" }).build(),
    ],
    kind: "date_conflict", severity: "major", sides: { "a,c": ["march 3"], b: ["tuesday"] },
  },
  {
    name: "date: a relative date with no reference conflicts only as minor",
    story: () => [
      article("a", "Alpha").date("on Monday", { date: "2025-03-03", event: "the summit opened" }).build(),
      article("b", "Beta").date("on Tuesday", { date: "2025-03-11", event: "the summit opened", reference: "none" }).build(),
      article("c", "Gamma").date("March 3", { date: "2025-03-03", event: "the summit opened" }).build(),
    ],
    kind: "date_conflict", severity: "minor",
  },
  {
    name: "number: 12 vs 15 dead (major)",
    story: () => [
      article("a", "Alpha").number("12 people were killed", { value: 12, counts: "people killed" }).build(),
      article("b", "Beta").number("15 dead", { value: 15, counts: "dead" }).build(),
      article("c", "Gamma").number("12 deaths", { value: 12, counts: "deaths" }).build(),
    ],
    kind: "number_conflict", severity: "major",
  },
  {
    name: "number: 'more than 300,000' vs 'about 250,000' (major)",
    story: () => [
      article("a", "Alpha").number("more than 300,000 migrants", { value: 300000, qualifier: "more than", counts: "migrants" }).build(),
      article("b", "Beta").number("about 250,000 migrants", { value: 250000, qualifier: "about", counts: "migrants" }).build(),
    ],
    kind: "number_conflict", severity: "major",
  },
  {
    name: "single source (info)",
    story: () => [
      article("a", "Alpha").quote("The river has never been this low.", "Ana Lopez").build(),
      article("b", "Beta").quote("We are ready to help every family.", "Tom Hale").build(),
    ],
    kind: "single_source", severity: "info",
  },
];

for (const c of CASES) {
  test(c.name, () => {
    const cmp = compareStory(c.story());
    const d = cmp.discrepancies.find((x) => x.kind === c.kind);
    assert.ok(d, `expected ${c.kind}; got ${cmp.discrepancies.map((x) => x.key).join(", ")}`);
    assert.equal(d.severity, c.severity, d.summary);
    // an internal inconsistency is one article's: its key ends with a hash of the article's two readings
    if (d.kind === "internal_inconsistency") assert.match(d.key, new RegExp(`^${d.groupKey}::${d.kind}:[0-9a-f]{8}$`));
    else assert.equal(d.key, `${d.groupKey}::${d.kind}`);
    assert.ok(d.summary.length > 0 && !d.summary.includes("\n"));
    if (c.sides) {
      const got = Object.fromEntries(d.differing.map((s) => [s.articleIds.join(","), s.words.map((w) => w.toLowerCase())]));
      assert.deepEqual(got, c.sides);
    }
  });
}
