// Anaphoric relative dates ("the following week", "the next day", "the day before") name a time
// counted from an event of the text, never from the article's own day: with no dated event before
// them they are no date claim, so two outlets' "next week" and "the next week" cannot disagree on a
// date no one wrote. A deictic "next week" or a count ("a day earlier") still reads the article's
// day; "over the next week" is a span of time (lib/analysis/dates.ts).
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
  want: { date: string; end?: string; reference: string } | null;
}

const TABLE: Row[] = [
  // anchored on a dated event before them
  { text: "The council voted on Tuesday, April 15. The following week, the mayor resigned.", phrase: "The following week", want: { date: "2025-04-21", end: "2025-04-27", reference: "event" } },
  { text: "The dam failed on March 3, 2024. The next day, crews arrived.", phrase: "The next day", want: { date: "2024-03-04", reference: "event" } },
  { text: "The dam failed on March 3, 2024. The day before, engineers had warned of cracks.", phrase: "The day before", want: { date: "2024-03-02", reference: "event" } },
  { text: "The festival opened on June 14, 2023. The previous week, tickets sold out.", phrase: "The previous week", want: { date: "2023-06-05", end: "2023-06-11", reference: "event" } },
  // deictic and counted forms read the article's own day
  { text: "Talks will resume next week, the minister said.", phrase: "next week", want: { date: "2025-05-05", end: "2025-05-11", reference: "published" } },
  { text: "A day earlier, the council had voted to close the library.", phrase: "A day earlier", want: { date: "2025-05-03", reference: "published" } },
  // negatives: no dated event to point at
  { text: "The following week, the mayor resigned.", phrase: "The following week", want: null },
  { text: "The next week, the talks collapsed.", phrase: "The next week", want: null },
  { text: "The next day, police reopened the road.", phrase: "The next day", want: null },
  { text: "Officials said the pipeline burst. The following month, the firm was fined.", phrase: "The following month", want: null },
  // the event two sentences back is too far
  { text: "The dam failed on March 3, 2024. Nobody was hurt. The next day, crews arrived.", phrase: "The next day", want: null },
  // a span of time, not a date
  { text: "The dam failed on March 3, 2024. Over the next week, crews drained the lake.", phrase: "the next week", want: null },
  { text: "The plant opened on May 1, 2022. For the following month, output was low.", phrase: "the following month", want: null },
];

for (const row of TABLE) {
  test(`anaphoric date: ${row.phrase} in ${JSON.stringify(row.text)}`, () => {
    const hit = dates(row.text).find((d) => d.date.phrase === row.phrase);
    if (!row.want) {
      assert.equal(hit, undefined, `unexpected date ${hit?.date.date} (${hit?.date.reference})`);
      return;
    }
    assert.ok(hit, `no date for ${row.phrase}`);
    assert.deepEqual({ date: hit.date.date, ...(hit.date.end ? { end: hit.date.end } : {}), reference: hit.date.reference }, row.want);
  });
}
