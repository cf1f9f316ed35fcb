// Quotes trimmed differently: an outlet whose quote stops early (or starts late) is outside the
// columns it does not reach, not omitting them; only the words it does quote are compared.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compareStory } from "../../../lib/compare/index";
import { collate, isStretchOf } from "../../../lib/compare/variants";
import { tokenize } from "../../../lib/analysis/text";
import { article } from "../../fixtures/compare/build";

const W = (id: string, text: string) => ({ id, toks: tokenize(text), openStart: false, openEnd: false });
const FULL = "We will rebuild every school, and we will do it before winter comes";

const CASES: { name: string; wits: [string, string][]; outsideAt: Record<string, string[]>; varying: string[] }[] = [
  {
    name: "prefix: one outlet stops after the first clause",
    wits: [["a", FULL], ["b", "We will rebuild every school."], ["c", FULL]],
    outsideAt: { winter: ["b"], We: [] },
    varying: [],
  },
  {
    name: "suffix and inner run: two outlets quote different stretches",
    wits: [["a", FULL], ["b", "and we will do it before winter comes"], ["c", "rebuild every school, and we will do it"], ["d", FULL]],
    outsideAt: { school: ["b"], winter: ["c"], rebuild: ["b"] },
    varying: [],
  },
  {
    name: "a trimmed quote with a word changed inside still varies there",
    wits: [["a", FULL], ["b", "We will rebuild each school"], ["c", FULL]],
    outsideAt: { winter: ["b"] },
    varying: ["every"],
  },
];

for (const c of CASES) {
  test(`variants: ${c.name}`, () => {
    for (const order of [c.wits, [...c.wits].reverse()]) {
      const t = collate(order.map(([id, text]) => W(id, text)));
      for (const [word, ids] of Object.entries(c.outsideAt)) {
        const col = t.columns.find((x) => x.tokens.a === word)!;
        assert.ok(col, word);
        assert.deepEqual([...(col.outside ?? [])].sort(), ids, `outside at ${word}`);
      }
      assert.deepEqual(t.columns.filter((x) => x.varies).map((x) => x.tokens.a), c.varying);
    }
  });
}

test("variants: a version with words added or left out inside is not a stretch", () => {
  const T = (s: string) => tokenize(s);
  assert.ok(isStretchOf(T("we will rebuild"), T(FULL)));
  assert.ok(isStretchOf(T("every school and we"), T(FULL)));
  assert.ok(!isStretchOf(T("we will rebuild school"), T(FULL)));
  assert.ok(!isStretchOf(T(FULL), T(FULL)));
  assert.ok(!isStretchOf(T("we rebuild every school"), T(FULL)));
});

test("variants: a trimmed direct quote is not a wording discrepancy, a changed word inside still is", () => {
  const story = (b: string) => [
    article("a", "Alpha").quote(`${FULL}.`, "Ana Lopez").build(),
    article("b", "Beta").quote(b, "Lopez").build(),
    article("c", "Gamma").quote(`${FULL}.`, "Ana Lopez").build(),
  ];
  const trimmed = compareStory(story("We will rebuild every school."));
  assert.deepEqual(trimmed.discrepancies.filter((d) => d.kind === "quote_wording").map((d) => d.summary), []);
  const g = trimmed.groups.find((x) => x.kind === "quote")!;
  const last = g.variants!.columns[g.variants!.columns.length - 1];
  assert.deepEqual(last.outside, ["b"]);
  assert.equal(last.tokens.b, null);

  const changed = compareStory(story("We will rebuild each school."));
  const d = changed.discrepancies.find((x) => x.kind === "quote_wording")!;
  assert.ok(d, "substitution inside the trimmed stretch is flagged");
  assert.deepEqual(d.differing.find((s) => s.articleIds.join() === "b")!.words, ["each"]);
});
