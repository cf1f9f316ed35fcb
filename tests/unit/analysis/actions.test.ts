// Action forms → actor, action, object, target, place. Hand-built contexts
// (entities: []) test the fallback actors; one case checks entity mapping.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysisContext } from "../../../lib/analysis/pipeline";
import { indexMentions } from "../../../lib/analysis/entities";
import { extractActions } from "../../../lib/analysis/actions";
import type { ActionClaim, Entity } from "../../../lib/analysis/types";

const REF = new Date(Date.UTC(2025, 4, 4, 12));
const actions = (text: string): ActionClaim[] => extractActions(analysisContext(text, REF, "published"));

interface Row {
  text: string;
  action: string;
  verb?: string;
  actor?: string | null;
  object?: string | null;
  target?: string | null;
  place?: string | null;
}

const TABLE: Row[] = [
  { text: "The finance minister rejected the union's demand for higher wages.", action: "reject", actor: "finance minister", object: "the union's demand" },
  { text: "The union's demand for higher wages was rejected by the finance minister.", action: "reject", verb: "rejected", actor: "finance minister", object: "The union's demand for higher wages" },
  { text: "The governor turned down an offer from the federal government to deploy soldiers into the city.", action: "reject", verb: "turned down", actor: "governor", place: "into the city" },
  { text: "The governor turned down an offer from the federal government to deploy soldiers into the city.", action: "propose", verb: "offer", actor: "federal government", object: "deploy soldiers", place: "into the city" },
  { text: "Rebels offered to send fighters to the front line.", action: "propose", verb: "offered", actor: "Rebels", object: "send fighters", place: "to the front line" },
  { text: "The senator suggested sending inspectors to the plant.", action: "propose", verb: "suggested", actor: "senator", object: "sending inspectors" },
  { text: "Governor Ana Ruiz declined the invitation.", action: "reject", verb: "declined", actor: "Ana Ruiz", object: "the invitation" },
  { text: "The mayor rebuffed the council's plan.", action: "reject", verb: "rebuffed", actor: "mayor" },
  { text: "Authorities refused to release the prisoners.", action: "reject", verb: "refused", actor: "Authorities", object: "release the prisoners" },
  { text: "She would never accept foreign soldiers on national soil.", action: "reject", verb: "accept", actor: "She", object: "foreign soldiers", place: "on national soil" },
  { text: "Police arrested three men in Lyon.", action: "arrest", actor: "Police", target: "three men" },
  { text: "The president accused the opposition of plotting a coup.", action: "accuse", actor: "president", target: "opposition", object: "plotting a coup" },
  { text: "Israel launched strikes on Gaza.", action: "launch", actor: "Israel", object: "strikes", place: "on Gaza" },
  { text: "The army deployed 500 troops to the border.", action: "deploy", actor: "army", object: "500 troops", place: "to the border" },
  { text: "The minister denied the allegations.", action: "deny", actor: "minister", object: "the allegations" },
  { text: "Officials confirmed that the talks had collapsed.", action: "confirm", actor: "Officials", object: "the talks had collapsed" },
  { text: "The prime minister urged Congress to pass the bill.", action: "urge", actor: "prime minister", target: "Congress", object: "pass the bill" },
  { text: "The country banned imports of grain.", action: "ban", actor: "country", object: "imports of grain" },
  { text: "The two sides signed a ceasefire in Doha.", action: "sign", actor: "two sides", object: "a ceasefire", place: "in Doha" },
  { text: "The senator threatened tariffs against China.", action: "threaten", actor: "senator", object: "tariffs", target: "China" },
  { text: "The regime's proposal to hold elections was dismissed by the opposition.", action: "propose", verb: "proposal", actor: "regime", object: "hold elections" },
  { text: "The regime's proposal to hold elections was dismissed by the opposition.", action: "reject", verb: "dismissed", actor: "opposition" },
  { text: "Marta Lind, head of the agency, has approved the budget.", action: "approve", actor: "Marta Lind", object: "the budget" },
  { text: "The leader, who has pressured neighbours to close ports, spoke today.", action: "pressure", actor: "leader", target: "neighbours", object: "close ports" },
  { text: "The council reiterated its stance, urging residents to leave the valley.", action: "urge", actor: "council", target: "residents", object: "leave the valley" },
  { text: "Investors had pressured the bank to cut fees.", action: "pressure", actor: "Investors", target: "bank", object: "cut fees" },
  { text: "The ministry confirmed sending aid.", action: "confirm", actor: "ministry", object: "sending aid" },
  { text: "Kenya's offer of peacekeepers was welcomed.", action: "propose", verb: "offer", actor: "Kenya", object: "peacekeepers" },
];

for (const row of TABLE) {
  test(`${row.action} in "${row.text}"`, () => {
    const got = actions(row.text);
    const hit = got.find((a) => a.action.action === row.action && (!row.verb || a.action.verb === row.verb));
    assert.ok(hit, `no ${row.action} in ${JSON.stringify(got.map((a) => a.action))}`);
    const a = hit.action;
    if (row.actor !== undefined) assert.equal(a.actor, row.actor);
    if (row.object !== undefined) assert.equal(a.object, row.object);
    if (row.target !== undefined) assert.equal(a.target, row.target);
    if (row.place !== undefined) assert.equal(a.place, row.place);
    assert.equal(row.text.slice(hit.start, hit.end), hit.text);
  });
}

test("infinitive complement of a proposal is not reported as a separate act", () => {
  const got = actions("Rebels offered to send fighters to the front line.");
  assert.deepEqual(got.map((a) => a.action.action), ["propose"]);
});

test("actors map to entity names through mentions (surname, pronoun)", () => {
  const text = "Maria Ortega spoke on Friday. Ortega rejected the plan. She accused Paul Lee of lying.";
  const at = (w: string, from = 0) => { const s = text.indexOf(w, from); return { start: s, end: s + w.length, text: w }; };
  const entities: Entity[] = [
    { id: "maria-ortega", kind: "person", name: "Maria Ortega", gender: "f", titles: [], mentions: [
      { ...at("Maria Ortega"), via: "name" }, { ...at("Ortega rejected"), end: at("Ortega rejected").start + 6, text: "Ortega", via: "surname" }, { ...at("She"), via: "pronoun" },
    ] },
    { id: "paul-lee", kind: "person", name: "Paul Lee", gender: "m", titles: [], mentions: [{ ...at("Paul Lee"), via: "name" }] },
  ];
  // the stage alone, on entities given by hand
  const got = extractActions({ ...analysisContext(text, REF, "published"), entities, mentions: indexMentions(entities) });
  const reject = got.find((a) => a.action.action === "reject");
  assert.equal(reject?.action.actor, "Maria Ortega");
  const accuse = got.find((a) => a.action.action === "accuse");
  assert.equal(accuse?.action.actor, "Maria Ortega");
  assert.equal(accuse?.action.target, "Paul Lee");
});

test("places are keys: countries by any of their names or adjectives, head last; no place named is null", async () => {
  const { placePhraseKeys } = await import("../../../lib/analysis/place-keys");
  const cases: [string | null, string[] | null][] = [
    ["into Peru", ["peru"]], ["on Peruvian soil", ["peru"]], ["to the U.S. border", ["us", "border"]],
    ["to the border", ["border"]], ["in the outskirts of Kyiv", ["kyiv", "outskirts"]],
    ["on our territory", null], ["there", null], [null, null],
  ];
  for (const [place, keys] of cases) assert.deepEqual(placePhraseKeys(place), keys, String(place));
});
