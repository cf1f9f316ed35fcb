// Dates counted from another date ("two years later", "six months after"): a count of years or
// months starts from an event the text dates to that grain or finer, never from the article's own
// day; "after three years" is a span of time, not a date (lib/analysis/dates.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDates } from "../../../lib/analysis/dates";
import { analysisContext } from "../../../lib/analysis/pipeline";

// Sunday 2025-05-04 10:39 (UTC fields = the article's wall clock)
const SUNDAY = new Date(Date.UTC(2025, 4, 4, 10, 39));
const dates = (text: string) => extractDates(analysisContext(text, SUNDAY, "published"));

interface Row {
  text: string;
  phrase: string;
  /** null: the phrase is no date claim */
  want: { date: string; granularity: string; reference: string } | null;
}

const TABLE: Row[] = [
  // counted from a year or a month: known to that grain
  { text: "The bakery opened its first shop in 2010. Two years later it moved to the harbour.", phrase: "Two years later", want: { date: "2012-01-01", granularity: "year", reference: "event" } },
  { text: "Partners since early 2011, the pair toured widely. A year later, they recorded an album.", phrase: "A year later", want: { date: "2012-01-01", granularity: "year", reference: "event" } },
  { text: "The plant closed in March 2019. Six months later the site was sold.", phrase: "Six months later", want: { date: "2019-09-01", granularity: "month", reference: "event" } },
  { text: "The league was founded in 1998. The year before, its clubs had played as amateurs.", phrase: "The year before", want: { date: "1997-01-01", granularity: "year", reference: "event" } },
  // counted from a day: still a day
  { text: "The bridge opened on June 3, 2019. A year later it was closed for repairs.", phrase: "A year later", want: { date: "2020-06-03", granularity: "day", reference: "event" } },
  // negatives: a day is not counted from a year; a count of months or years needs an event
  { text: "The club was founded in 1998. A day later, its first match was played.", phrase: "A day later", want: null },
  { text: "The plant closed in March 2019. Two weeks later the site was sold.", phrase: "Two weeks later", want: null },
  { text: "A year later, the programme was cut.", phrase: "A year later", want: null },
  { text: "Six months after the merger, profits fell.", phrase: "Six months after", want: null },
  { text: "Ten years before the flood, the dam had been inspected.", phrase: "Ten years before", want: null },
  { text: "The band split after three years.", phrase: "after three years", want: null },
  { text: "After 12 years of service, she retired.", phrase: "After 12 years", want: null },
  { text: "The deal was signed after 18 months of talks.", phrase: "after 18 months", want: null },
];

for (const row of TABLE) {
  test(`counted date: ${row.phrase} in ${JSON.stringify(row.text)}`, () => {
    const hit = dates(row.text).find((d) => d.date.phrase === row.phrase);
    if (!row.want) {
      assert.equal(hit, undefined, `unexpected date ${hit?.date.date}`);
      return;
    }
    assert.ok(hit, `no date for ${row.phrase}`);
    assert.deepEqual({ date: hit.date.date, granularity: hit.date.granularity, reference: hit.date.reference }, row.want);
  });
}

test("a day counted from the article's own day still resolves against it", () => {
  const got = dates("A day earlier, the council had voted to close the library.");
  assert.equal(got[0]?.date.date, "2025-05-03");
  assert.equal(got[0]?.date.reference, "published");
});
