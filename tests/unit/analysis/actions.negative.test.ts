// What must NOT become an action claim: hypotheticals, negated acts (other
// than refusals), acts inside quotes, plans inside proposals, non-lexicon verbs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysisContext } from "../../../lib/analysis/pipeline";
import { extractActions } from "../../../lib/analysis/actions";

const REF = new Date(Date.UTC(2025, 4, 4, 12));
const acts = (text: string) =>
  extractActions(analysisContext(text, REF, "published")).map((a) => a.action.action);

const NONE: string[] = [
  "The group said it would attack the base.",
  "Such a move could ban imports entirely.",
  "He did not confirm the report.",
  "The minister never denied the claim.",
  "\"We will attack at dawn,\" the commander told reporters.",
  "The weather was mild and the roads were quiet.",
  "Analysts expect growth to slow.",
  "The offer was generous.",
  "The proposal drew criticism.",
  "Crowds gathered to protest the decision.",
];

for (const text of NONE) {
  test(`no action in ${JSON.stringify(text)}`, () => {
    assert.deepEqual(acts(text), []);
  });
}

test("a plan inside a proposal is not an act that happened", () => {
  assert.deepEqual(acts("The envoy proposed to deploy monitors to the region."), ["propose"]);
  assert.deepEqual(acts("The general threatened to bomb the bridges."), ["threaten"]);
});

test("purpose clauses are not acts", () => {
  assert.deepEqual(acts("The town hired guards to arrest looters."), []);
});

test("'struck a deal' is not an attack", () => {
  assert.deepEqual(acts("The unions struck a deal with the employers."), []);
});

test("a passive 'met with' is not a meeting", () => {
  assert.deepEqual(acts("The plan was met with anger."), []);
});
