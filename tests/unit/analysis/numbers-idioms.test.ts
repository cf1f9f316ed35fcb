// A number word in an idiom ("a two-way street", "one-sided") counts nothing; the same number
// word glued to a noun it does count ("a three-member panel") stays a number.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysisContext } from "../../../lib/analysis/pipeline";
import { extractNumbers } from "../../../lib/analysis/numbers";
import { NUMBER_IDIOMS } from "../../../lib/analysis/lexicons/number-words";

const REF = new Date(Date.UTC(2025, 4, 4, 12));
const numbers = (text: string) => extractNumbers(analysisContext(text, REF, "published")).map((n) => n.text);

const CASES: [string, string[]][] = [
  // idioms: nothing counted
  ["The deal between the port and the city was a two-way street for years.", []],
  ["The lane behind the bakery became a one-way street in June.", []],
  ["It was a one-sided contest from the start.", []],
  ["The one-time champion lost again.", []],
  ["The firm paid a one-off bonus.", []],
  ["She held a one-on-one session with the mayor.", []],
  // an idiom beside a real count keeps the count
  ["She held a one-on-one session with three aides.", ["three aides"]],
  // number words glued to what they count stay numbers
  ["A three-member panel reviewed the bid.", ["three-member panel"]],
  ["It was a five-way race for the seat.", ["five-way race"]],
  ["The council has twenty-five members.", ["twenty-five members"]],
];

for (const [text, want] of CASES) {
  test(`numbers in "${text}"`, () => {
    assert.deepEqual(numbers(text), want);
  });
}

test("number idioms are lower-case hyphenated compounds that open with a number word", () => {
  for (const w of NUMBER_IDIOMS) assert.match(w, /^(one|two|three|second)-[a-z-]+$/, w);
});
