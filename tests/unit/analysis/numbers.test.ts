// Number forms → value, max, unit, qualifier and what is counted.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysisContext } from "../../../lib/analysis/pipeline";
import { extractNumbers, qualifierBound } from "../../../lib/analysis/numbers";
import type { NumberClaim } from "../../../lib/analysis/types";

const REF = new Date(Date.UTC(2025, 4, 4, 12));
const numbers = (text: string): NumberClaim[] =>
  extractNumbers(analysisContext(text, REF, "published"));

interface Row { text: string; value: number; max?: number; unit?: string | null; qualifier?: string | null; counts?: string | null }

const TABLE: Row[] = [
  { text: "The floods have claimed over 37,000 lives since records began.", value: 37000, qualifier: "over", counts: "lives", unit: null },
  { text: "The ministry sent 2,000 troops to the valley.", value: 2000, counts: "troops", qualifier: null },
  { text: "At least 12 people were killed in the blast.", value: 12, qualifier: "at least", counts: "people" },
  { text: "The storm left 12 people killed and dozens injured.", value: 12, counts: "people killed" },
  { text: "Officials said 3 dead were found.", value: 3, counts: "dead" },
  { text: "The fund will raise 1.5 million dollars.", value: 1500000, unit: "USD" },
  { text: "The city borrowed $26 million last year.", value: 26000000, unit: "USD" },
  { text: "The deal is worth €3.2bn to the club.", value: 3.2e9, unit: "EUR" },
  { text: "Exports fell 4.5% in April.", value: 4.5, unit: "percent" },
  { text: "Roughly 25 per cent of the population voted.", value: 25, unit: "percent", qualifier: "roughly", counts: "population" },
  { text: "Nearly 30 percent of voters stayed home.", value: 30, unit: "percent", qualifier: "nearly", counts: "voters" },
  { text: "A dozen soldiers guarded the gate.", value: 12, counts: "soldiers" },
  { text: "Three ministers resigned on the same day.", value: 3, counts: "ministers" },
  { text: "Twenty-five students were rescued.", value: 25, counts: "students" },
  { text: "The army mobilized two hundred soldiers.", value: 200, counts: "soldiers" },
  { text: "The convoy travelled 10 to 12 km before dawn.", value: 10, max: 12, unit: "km" },
  { text: "But it drifted only 870 horizontal miles before it sank.", value: 870, unit: "mi" },
  { text: "The hikers climbed 300 vertical feet in an hour.", value: 300, unit: "ft" },
  { text: "The ship sailed 40 nautical miles to port.", value: 40, unit: null, counts: "nautical miles" },
  { text: "Between 300 and 400 families were evacuated.", value: 300, max: 400, counts: "families" },
  { text: "Some 300 police officers lined the route.", value: 300, qualifier: "some", counts: "police officers" },
  { text: "More than 1,000 protesters gathered.", value: 1000, qualifier: "more than", counts: "protesters" },
  { text: "Fewer than 50 votes separated them.", value: 50, qualifier: "fewer than", counts: "votes" },
  { text: "Up to 5,000 workers could lose jobs.", value: 5000, qualifier: "up to", counts: "workers" },
  { text: "About 40 journalists attended.", value: 40, qualifier: "about", counts: "journalists" },
  { text: "Around 1.2 million people fled.", value: 1.2e6, qualifier: "around", counts: "people" },
  { text: "Almost 700 homes burned.", value: 700, qualifier: "almost", counts: "homes" },
  { text: "Approximately 90 vessels docked.", value: 90, qualifier: "approximately", counts: "vessels" },
  { text: "As many as 3,000 migrants crossed.", value: 3000, qualifier: "as many as", counts: "migrants" },
  { text: "Thousands of protesters marched.", value: 1000, qualifier: "thousands of", counts: "protesters" },
  { text: "Tens of thousands of residents lost power.", value: 10000, qualifier: "tens of thousands of", counts: "residents" },
  { text: "The app has 3.5m users in Asia.", value: 3.5e6, counts: "users" },
  { text: "The loan totals 5 million Canadian dollars.", value: 5e6, unit: "CAD" },
  { text: "Rents rose 2 percentage points.", value: 2, unit: "pp" },
  { text: "The wall stretches 800 miles along the border.", value: 800, unit: "mi" },
  { text: "50 or more migrants drowned.", value: 50, qualifier: "or more", counts: "migrants" },
  { text: "Police found 13 kidnapped workers in the mine.", value: 13, counts: "kidnapped workers" },
  { text: "The occupation lasted six months.", value: 6, unit: "month", counts: null },
  // a possessor is not what is counted; with nothing possessed after it, it is
  { text: "Two of the company's directors resigned.", value: 2, counts: "company's directors" },
  { text: "All three of the club\u2019s first-team goalkeepers were injured.", value: 3, counts: "club\u2019s first-team goalkeepers" },
  { text: "Police said two of the company's were seized.", value: 2, counts: "company" },
  { text: "Three of the victims were children.", value: 3, counts: "victims" },
];

for (const row of TABLE) {
  test(`number in "${row.text}"`, () => {
    const got = numbers(row.text);
    assert.equal(got.length, 1, JSON.stringify(got.map((n) => n.text)));
    const n = got[0].number;
    assert.equal(n.value, row.value);
    assert.equal(n.max, row.max);
    if (row.unit !== undefined) assert.equal(n.unit, row.unit);
    if (row.qualifier !== undefined) assert.equal(n.qualifier, row.qualifier);
    if (row.counts !== undefined) assert.equal(n.counts, row.counts);
    assert.equal(row.text.slice(got[0].start, got[0].end), got[0].text);
  });
}

test("several numbers in one sentence keep their own slots", () => {
  const got = numbers("Rebels freed 14 hostages and seized 3 towns, while 200 soldiers were wounded.");
  assert.deepEqual(got.map((n) => [n.number.value, n.number.counts]), [[14, "hostages"], [3, "towns"], [200, "soldiers"]]);
});

test("qualifiers compare across outlets through their bound", () => {
  assert.equal(qualifierBound("over"), qualifierBound("more than"));
  assert.equal(qualifierBound("about"), qualifierBound("roughly"));
  assert.notEqual(qualifierBound("nearly"), qualifierBound("over"));
  assert.equal(qualifierBound(null), "exact");
  assert.equal(qualifierBound("thousands of"), "ge");
  // one vocabulary for extraction and comparison: "just under" is a little below, not anything below
  assert.equal(qualifierBound("just under"), "near");
  assert.notEqual(qualifierBound("just under"), qualifierBound("under"));
  // an estimate is given as it was made, to its rounding: not widened as "about" is
  assert.equal(qualifierBound("an estimated"), "exact");
  assert.equal(qualifierBound("estimated"), "exact");
  assert.equal(qualifierBound("approximately"), "approx");
});

test("an estimated figure keeps its qualifier in its words", () => {
  const [n] = numbers("The insurer had an estimated $3.4 billion in earnings for the year.");
  assert.deepEqual([n.text, n.number.value, n.number.bound], ["an estimated $3.4 billion", 3.4e9, "exact"]);
});

test("claim text includes qualifier and counted phrase", () => {
  const [n] = numbers("Officials said more than 37,000 lives were lost.");
  assert.equal(n.text, "more than 37,000 lives");
});

test("a measure and its bracketed conversion both measure the noun after them; each keeps its own words", () => {
  const got = numbers("A day after the 300-pound (136-kg) bear was shot by rangers.").map((c) => [c.text, c.number.unit, c.number.counts]);
  assert.deepEqual(got, [["300-pound (136-kg) bear", "lb", "bear"], ["136-kg", "kg", "bear"]]);
});
