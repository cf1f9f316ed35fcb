import { test } from "node:test";
import assert from "node:assert/strict";
import { rolesOf } from "./helpers-quotes";

const CASES: Array<[string, string, string, string, string | null]> = [
  ["premodifier with qualifier", `Former U.S. President Walter Grant spoke in Ohio.`, "Walter Grant", "U.S. President", "former"],
  ["premodifier with nationality", `Peruvian President Lucia Navarro declined the offer.`, "Lucia Navarro", "Peruvian President", null],
  ["apposition with of-phrase", `Lucia Navarro, President of Peru, declined the offer.`, "Lucia Navarro", "President of Peru", null],
  ["apposition with article", `Alan Pierce, a professor of chemistry at Northfield College, disagreed.`, "Alan Pierce", "professor of chemistry at Northfield College", null],
  ["apposition with qualifier", `Nora Blake, the former attorney general, declined to comment.`, "Nora Blake", "attorney general", "former"],
  ["title before name after comma", `The visit angered the Chilean president, Rafael Montes, who left early.`, "Rafael Montes", "Chilean president", null],
  ["acting", `Acting Secretary Dana Whitlow signed the order.`, "Dana Whitlow", "Secretary", "acting"],
  ["honorific title", `Sen. Paula Ruiz voted against the bill.`, "Paula Ruiz", "Sen.", null],
  ["lower-case title with the noun it is of", `The paintings were unharmed, museum director Hana Olsen told reporters.`, "Hana Olsen", "museum director", null],
  ["lower-case two-word title with nationality", `Critics wrote to British prime minister Alan Pierce on Monday.`, "Alan Pierce", "British prime minister", null],
  ["qualifier before nationality and lower-case title", `Former Sri Lankan president Rafael Montes said it was a mistake.`, "Rafael Montes", "Sri Lankan president", "former"],
  ["organisation name before a capitalised title", `"It was a mistake," Harbor Director Hana Olsen said in a statement.`, "Hana Olsen", "Harbor Director", null],
  ["lower-case title alone", `The trade was right, coach Dana Whitlow said.`, "Dana Whitlow", "coach", null],
  // occupations of the arts, sport and science are written the same way
  ["lower-case occupation of sport", `The penalty was saved by goalkeeper Ines Varga on Sunday.`, "Ines Varga", "goalkeeper", null],
  ["lower-case occupation of science", `The probe was built for astronaut Omar Lindqvist and his crew.`, "Omar Lindqvist", "astronaut", null],
  ["lower-case occupation of the arts", `The hall was designed by architect Mila Novak in 1990.`, "Mila Novak", "architect", null],
];

for (const [name, text, person, title, qualifier] of CASES) {
  test(`role: ${name}`, () => {
    const rs = rolesOf(text);
    const r = rs.find((x) => x.person === person && x.title === title);
    assert.ok(r, `no role ${person} / ${title} in ${JSON.stringify(rs)}`);
    assert.equal(r.qualifier, qualifier);
  });
}

test("a description naming a known person gives a role on that person", () => {
  const rs = rolesOf(`Lucia Navarro spoke on Monday. Navarro, the Riverton mayor, left early.`);
  assert.ok(rs.some((r) => r.person === "Lucia Navarro" && /mayor/.test(r.title)), JSON.stringify(rs));
});

test("titles are typed: the office, what it is of (place keys), and its status", async () => {
  const { titleSlots } = await import("../../../lib/analysis/role-title");
  const cases: [string, string | null, { office: string | null; jurisdiction: string[]; status: string | null }][] = [
    ["U.S. President", "former", { office: "president", jurisdiction: ["us"], status: "former" }],
    ["Peruvian President", null, { office: "president", jurisdiction: ["peru"], status: null }],
    ["President of Peru", null, { office: "president", jurisdiction: ["peru"], status: null }],
    ["museum director", null, { office: "director", jurisdiction: ["museum"], status: null }],
    ["acting Secretary", null, { office: "secretary", jurisdiction: [], status: "acting" }],
    ["spokesman", null, { office: "spokesperson", jurisdiction: [], status: null }],
    ["engineering manager", null, { office: "manager", jurisdiction: ["engineering"], status: null }],
    // a vague role names no office
    ["the leader", null, { office: null, jurisdiction: [], status: null }],
    // "then" and "longtime" say nothing of the office's time
    ["then-Governor", "then", { office: "governor", jurisdiction: [], status: null }],
    // an abbreviated title is its full word: "Gov. X" and "governor X" hold one office
    ["former Nevada Gov.", null, { office: "governor", jurisdiction: ["nevada"], status: "former" }],
    ["former Nevada governor", null, { office: "governor", jurisdiction: ["nevada"], status: "former" }],
    ["Lt. Gov.", null, { office: "lieutenant governor", jurisdiction: [], status: null }],
    ["U.S. Sen.", null, { office: "senator", jurisdiction: ["us"], status: null }],
    ["Rep", null, { office: "representative", jurisdiction: [], status: null }],
    // only an abbreviation is spelled out: "senior" is no "Sr." (sister)
    ["senior adviser", null, { office: "adviser", jurisdiction: ["senior"], status: null }],
  ];
  for (const [title, q, want] of cases) assert.deepEqual(titleSlots(title, q), want, title);
});
