// Negative cases: no article contradicts itself here. Different objects, vague or placeless
// readings, and readings that only fall into two classes through other articles take no side.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compareStory } from "../../../lib/compare/index";
import type { StoryArticleInput } from "../../../lib/compare/types";
import { article } from "../../fixtures/compare/build";

const VANCE = "Rita Vance";
const reject = (text: string, object: string | null, place: string | null = null) =>
  [text, { actor: VANCE, action: "reject", verb: "rejected", object, place }] as const;

interface Case {
  name: string;
  story: () => StoryArticleInput[];
  /** also: no detail conflict at all */
  noDetail?: boolean;
}

const CASES: Case[] = [
  {
    name: "different objects: a description and an offer of troops are two claims, not one with two places",
    story: () => [
      article("a", "Alpha").action(...reject("rejected this description in parliament", "this description", "in parliament"))
        .action(...reject("rejected the offer to send troops to the border", "the offer to send troops", "to the border")).build(),
      article("b", "Beta").action(...reject("rejected troops at the border", "troops", "at the border")).build(),
    ],
    noDetail: true,
  },
  {
    name: "different objects across articles are not a detail conflict either",
    story: () => [
      article("a", "Alpha").action(...reject("rejected this description in parliament", "this description", "in parliament")).build(),
      article("b", "Beta").action(...reject("rejected troops at the border", "troops", "at the border")).build(),
      article("c", "Gamma").action(...reject("rejected troops at the border", "troops", "at the border")).build(),
    ],
    noDetail: true,
  },
  {
    name: "vague vs specific: a generic object ('the proposal') with another place takes no side in its own article",
    story: () => [
      article("a", "Alpha").action(...reject("rejected the proposal in Geneva", "the proposal", "in Geneva"))
        .action(...reject("rejected troops at the border", "troops", "at the border")).build(),
      article("b", "Beta").action(...reject("rejected troops at the border", "troops", "at the border")).build(),
    ],
  },
  {
    name: "vague vs specific: no object, or no place, takes no side",
    story: () => [
      article("a", "Alpha").action(...reject("declined", null)).action(...reject("rejected the troops", "the troops"))
        .action(...reject("rejected it in Geneva", null, "in Geneva")).action(...reject("rejected troops at the border", "troops", "at the border")).build(),
      article("b", "Beta").action(...reject("rejected troops at the border", "troops", "at the border")).build(),
    ],
  },
  {
    // the article's two readings do not conflict with each other; other articles pull them into two classes:
    // "U.S. troops" (no place) fits only the U.S.-troops class, "the plan into the capital" only the capital one
    name: "inconsistency via another article's class is not the article's own",
    story: () => [
      article("a", "Alpha").action(...reject("rejected U.S. troops", "U.S. troops")).action(...reject("rejected the plan for the capital", "the plan", "into the capital")).build(),
      article("b", "Beta").action(...reject("rejected U.S. troops on the coast", "U.S. troops", "to the coast")).build(),
      article("c", "Gamma").action(...reject("rejected British troops in the capital", "British troops", "into the capital")).build(),
    ],
  },
  {
    name: "role: a vague title ('the leader') does not contradict an office",
    story: () => [
      article("a", "Alpha").role("Mayor Rita Vance", VANCE, "Mayor").role("the leader Rita Vance", VANCE, "leader").build(),
      article("b", "Beta").role("Mayor Vance", "Vance", "Mayor").build(),
    ],
  },
];

for (const c of CASES) {
  test(c.name, () => {
    const cmp = compareStory(c.story());
    const inner = cmp.discrepancies.filter((d) => d.kind === "internal_inconsistency");
    assert.equal(inner.length, 0, inner.map((d) => d.summary).join("\n"));
    if (c.noDetail) {
      const detail = cmp.discrepancies.filter((d) => d.kind === "detail_conflict");
      assert.equal(detail.length, 0, detail.map((d) => d.summary).join("\n"));
    }
  });
}

test("different objects of one actor's action are grouped apart; generic and unknown objects join the main group", () => {
  const cmp = compareStory([
    article("a", "Alpha").action(...reject("rejected this description", "this description"))
      .action(...reject("rejected the offer", "the offer")).action(...reject("declined", null)).build(),
    article("b", "Beta").action(...reject("rejected troops at the border", "troops", "at the border")).build(),
    article("c", "Gamma").action(...reject("rejected American soldiers at the border", "American soldiers", "at the border")).build(),
  ]);
  const groups = cmp.groups.filter((g) => g.kind === "action");
  const main = groups.find((g) => g.key === "action:vance:reject");
  assert.ok(main, groups.map((g) => g.key).join(", "));
  assert.deepEqual(main.members.map((m) => `${m.articleId}#${m.claimId}`).sort(), ["a#a2", "a#a3", "b#a1", "c#a1"]);
  const other = groups.find((g) => g.key === "action:vance:reject:description");
  assert.ok(other);
  assert.deepEqual(other.members.map((m) => `${m.articleId}#${m.claimId}`), ["a#a1"]);
});

test("the inconsistency-via-classes story still shows the detail conflict between the other articles", () => {
  const cmp = compareStory(CASES[4].story());
  const d = cmp.discrepancies.find((x) => x.kind === "detail_conflict");
  assert.ok(d, cmp.discrepancies.map((x) => x.key).join(", "));
  const sides = d.differing.map((s) => s.articleIds);
  assert.ok(sides.some((s) => s.includes("b")) && sides.some((s) => s.includes("c")));
});
