// Table-driven cases: an article that contradicts itself (same action and object, two specific
// places or owners; two offices), one discrepancy per article listing only that article's claims.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compareStory } from "../../../lib/compare/index";
import { buildContext } from "../../../lib/compare/context";
import { parseObject, sameObject } from "../../../lib/compare/slots";
import { GENERIC_OBJECT_NOUNS } from "../../../lib/analysis/lexicons/comparison";
import type { Discrepancy, StoryArticleInput } from "../../../lib/compare/types";
import { article } from "../../fixtures/compare/build";

const HALE = "Tom Hale";
const send = (text: string, object: string | null, place: string | null = null) =>
  [text, { actor: HALE, action: "send", verb: "sent", object, place }] as const;

interface Case {
  name: string;
  story: () => StoryArticleInput[];
  /** article id -> the claim ids of each side of its internal inconsistency */
  expect: Record<string, string[][]>;
}

const CASES: Case[] = [
  {
    name: "action: one article sends the same aid to two different places",
    story: () => [
      article("a", "Alpha").action(...send("sent aid to the coast", "aid", "to the coast")).action(...send("sent aid into the capital", "aid", "into the capital")).build(),
      article("b", "Beta").action(...send("sent aid to the coast", "aid", "to the coast")).build(),
    ],
    expect: { a: [["a#a1"], ["a#a2"]] },
  },
  {
    name: "action: one article gives the same troops two owners",
    story: () => [
      article("a", "Alpha").action("offered British troops", { actor: HALE, action: "offer", verb: "offered", object: "British troops" })
        .action("offered U.S. troops", { actor: HALE, action: "offer", verb: "offered", object: "U.S. troops" }).build(),
      article("b", "Beta").action("offered U.S. troops", { actor: HALE, action: "offer", verb: "offered", object: "U.S. troops" }).build(),
    ],
    expect: { a: [["a#a1"], ["a#a2"]] },
  },
  {
    name: "action: a generic or placeless claim of the article joins neither side",
    story: () => [
      article("a", "Alpha").action(...send("sent aid to the coast", "aid", "to the coast")).action(...send("sent the shipment", "the plan", "into the capital"))
        .action(...send("sent aid", "aid")).action(...send("sent aid into the capital", "aid", "into the capital")).build(),
      article("b", "Beta").action(...send("sent aid to the coast", "aid", "to the coast")).build(),
    ],
    expect: { a: [["a#a1"], ["a#a4"]] },
  },
  {
    name: "per article: two articles contradict themselves, each gets its own discrepancy with only its claims",
    story: () => [
      article("a", "Alpha").action(...send("sent aid to the coast", "aid", "to the coast")).action(...send("sent aid into the capital", "aid", "into the capital")).build(),
      article("b", "Beta").action(...send("sent aid into the capital", "aid", "into the capital")).action(...send("sent aid to the border", "aid", "to the border")).build(),
      article("c", "Gamma").action(...send("sent aid to the coast", "aid", "to the coast")).build(),
    ],
    expect: { a: [["a#a1"], ["a#a2"]], b: [["b#a1"], ["b#a2"]] },
  },
  {
    name: "per article: two articles contradicting themselves alike get two keys",
    story: () => [
      article("a", "Alpha").action(...send("sent aid to the coast", "aid", "to the coast")).action(...send("sent aid into the capital", "aid", "into the capital")).build(),
      article("b", "Beta").action(...send("sent aid to the coast", "aid", "to the coast")).action(...send("sent aid into the capital", "aid", "into the capital")).build(),
    ],
    expect: { a: [["a#a1"], ["a#a2"]], b: [["b#a1"], ["b#a2"]] },
  },
  {
    name: "role: one article gives two offices, the other article's readings are not listed",
    story: () => [
      article("a", "Alpha").role("Mayor Rita Vance", "Rita Vance", "Mayor").role("Senator Rita Vance", "Rita Vance", "Senator").role("Mayor Vance", "Vance", "Mayor").build(),
      article("b", "Beta").role("Mayor Vance", "Vance", "Mayor").role("Senator Vance", "Vance", "Senator").build(),
    ],
    expect: { a: [["a#r1", "a#r3"], ["a#r2"]], b: [["b#r1"], ["b#r2"]] },
  },
];

const inner = (ds: Discrepancy[]) => ds.filter((d) => d.kind === "internal_inconsistency");
const sorted = (xs: string[][]) => xs.map((x) => [...x].sort()).sort((p, q) => (p.join() < q.join() ? -1 : 1));

for (const c of CASES) {
  test(c.name, () => {
    const cmp = compareStory(c.story());
    const found = inner(cmp.discrepancies);
    assert.deepEqual(found.map((d) => d.readings[0].articleIds[0]).sort(), Object.keys(c.expect).sort(), found.map((d) => d.summary).join("\n"));
    for (const d of found) {
      const id = d.readings[0].articleIds[0];
      assert.equal(d.severity, "major");
      assert.equal(d.readings.length, 2);
      for (const r of d.readings) assert.deepEqual(r.articleIds, [id]);
      for (const s of d.differing) assert.deepEqual(s.articleIds, [id]);
      assert.deepEqual(sorted(d.readings.map((r) => r.claimIds)), sorted(c.expect[id]));
      const outlet = c.story().find((a) => a.id === id)!.outlet;
      assert.ok(d.summary.startsWith(`${outlet} contradicts itself`), d.summary);
      assert.match(d.key, new RegExp(`^${d.groupKey}::internal_inconsistency:[0-9a-f]{8}(~\\d+)?$`));
    }
    assert.equal(new Set(found.map((d) => d.key)).size, found.length, "one key per article");
  });
}

test("internal inconsistency keys depend on the readings, not on article ids or order", () => {
  const story = (x: string, y: string) => [
    article(x, "Alpha").action(...send("sent aid to the coast", "aid", "to the coast")).action(...send("sent aid into the capital", "aid", "into the capital")).build(),
    article(y, "Beta").action(...send("sent aid to the coast", "aid", "to the coast")).build(),
  ];
  const keys = (s: StoryArticleInput[]) => inner(compareStory(s).discrepancies).map((d) => d.key);
  const k1 = keys(story("a", "b"));
  assert.equal(k1.length, 1);
  assert.deepEqual(keys(story("zz-9", "aa-1")), k1);
  assert.deepEqual(keys(story("a", "b").reverse()), k1);
});

test("a conflict that only one article's self-contradiction makes is that article's inconsistency, listing only its claims", () => {
  const cmp = compareStory([
    article("a", "Alpha").action(...send("sent aid to the coast", "aid", "to the coast")).action(...send("sent aid into the capital", "aid", "into the capital")).build(),
    article("b", "Beta").action(...send("sent aid to the coast", "aid", "to the coast")).build(),
  ]);
  assert.ok(!cmp.discrepancies.some((x) => x.kind === "detail_conflict"), "one fact, one item");
  const i = inner(cmp.discrepancies)[0];
  assert.ok(i.readings.every((r) => r.articleIds.join() === "a"));
  assert.ok(i.summary.includes('"sent aid to the coast" vs "sent aid into the capital"') || i.summary.includes('"sent aid into the capital" vs "sent aid to the coast"'), i.summary);
});

test("an article on both sides of a real cross-outlet conflict is said in that conflict, not as a second item", () => {
  const cmp = compareStory([
    article("a", "Alpha").action(...send("sent aid to the coast", "aid", "to the coast")).action(...send("sent aid into the capital", "aid", "into the capital")).build(),
    article("b", "Beta").action(...send("sent aid to the coast", "aid", "to the coast")).build(),
    article("c", "Gamma").action(...send("sent aid into the capital", "aid", "into the capital")).build(),
  ]);
  const d = cmp.discrepancies.filter((x) => x.kind === "detail_conflict");
  assert.equal(d.length, 1);
  assert.match(d[0].summary, /Alpha gives both/);
  assert.equal(inner(cmp.discrepancies).length, 0);
});

// ---------- object identity ----------

const ctx = buildContext([
  article("a", "Alpha").role("President Tom Hale", "Tom Hale", "President").action(...send("sent aid to Canada", "aid", "to Canada")).build(),
]);
const obj = (s: string | null) => parseObject(s, ctx);

const OBJECTS: { a: string | null; b: string | null; same: boolean }[] = [
  { a: "this description", b: "the offer to send American troops", same: false },
  { a: "this description", b: "U.S. troops", same: false },
  { a: "the idea of a military presence", b: "American troops", same: false },
  { a: "the proposal", b: "this description", same: true },
  { a: "Hale's proposal", b: "American troops", same: true },
  { a: "it", b: "American troops", same: true },
  { a: null, b: "American troops", same: true },
  { a: "American troops", b: "U.S. soldiers", same: true },
  { a: "a request from President Tom Hale to station troops", b: "U.S. forces", same: true },
  { a: "aid", b: "aid for the troops", same: true },
];

for (const c of OBJECTS) {
  test(`object identity: "${c.a}" ~ "${c.b}" is ${c.same ? "one object" : "two objects"}`, () => {
    assert.equal(sameObject(obj(c.a), obj(c.b)), c.same);
    assert.equal(sameObject(obj(c.b), obj(c.a)), c.same);
  });
}

test("object readings: owners are places, never names or titles; generic heads are flagged", () => {
  const o = obj("a request from President Tom Hale to station American troops")!;
  assert.equal(o.head, "troop");
  assert.deepEqual(o.modifiers, ["us"]);
  assert.ok(!o.words.includes("hale") && !o.words.includes("president"));
  assert.equal(obj("Hale's proposal")!.generic, true);
  assert.equal(obj("the offer")!.generic, true);
  assert.equal(obj("this description")!.generic, false);
});

test("lexicon: generic object nouns are lower-case single words, not things", () => {
  for (const w of GENERIC_OBJECT_NOUNS) assert.match(w, /^[a-z]+$/);
  for (const w of ["proposal", "offer", "plan", "invitation", "it"]) assert.ok(GENERIC_OBJECT_NOUNS.has(w), w);
  for (const w of ["troop", "troops", "aid", "description", "tariff"]) assert.ok(!GENERIC_OBJECT_NOUNS.has(w), w);
});
