// Date forms → date, granularity, reference and event, against a fixed reference
// date (chrono-node style). Sentences are our own, not from the sample story,
// except the sample-story check at the end which reads the fixture files.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { extractDates } from "../../../lib/analysis/dates";
import { analysisContext, referenceDateOf } from "../../../lib/analysis/pipeline";
import type { AnalysisContext, DateClaim } from "../../../lib/analysis/types";

// Sunday 2025-05-04 10:39 (UTC fields = the article's wall clock)
const SUNDAY = new Date(Date.UTC(2025, 4, 4, 10, 39));
// Monday 2025-05-05 06:42
const MONDAY = new Date(Date.UTC(2025, 4, 5, 6, 42));

function ctxOf(text: string, ref: Date | null = SUNDAY, source: AnalysisContext["referenceSource"] = "published"): AnalysisContext {
  return analysisContext(text, ref, ref ? source : "none");
}
const dates = (text: string, ref: Date | null = SUNDAY, source: AnalysisContext["referenceSource"] = "published"): DateClaim[] =>
  extractDates(ctxOf(text, ref, source));

interface Row {
  text: string;
  ref?: Date;
  phrase: string;
  date: string;
  end?: string;
  granularity: string;
  reference?: string;
  /** a substring the event must contain */
  event?: string;
}

const TABLE: Row[] = [
  { text: "The governor announced Saturday that the bridge would reopen.", phrase: "Saturday", date: "2025-05-03", granularity: "day", reference: "published", event: "governor announced" },
  { text: "The minister resigned on Sunday after the vote.", ref: MONDAY, phrase: "on Sunday", date: "2025-05-04", granularity: "day", event: "minister resigned" },
  { text: "Officials met on Friday in Geneva.", phrase: "on Friday", date: "2025-05-02", granularity: "day", event: "Officials met" },
  { text: "The senator said on Sunday that talks had stalled.", phrase: "on Sunday", date: "2025-05-04", granularity: "day", event: "senator said" },
  { text: "Police raided the warehouse last Saturday.", ref: new Date(Date.UTC(2025, 4, 3, 9)), phrase: "last Saturday", date: "2025-04-26", granularity: "day" },
  { text: "The treaty was signed on April 16 in Lisbon.", phrase: "April 16", date: "2025-04-16", granularity: "day", reference: "published", event: "treaty was signed" },
  { text: "In a March 3 letter, the board demanded answers.", phrase: "March 3", date: "2025-03-03", granularity: "day", event: "letter" },
  { text: "The company reported on December 20 that profits fell.", ref: new Date(Date.UTC(2025, 0, 5)), phrase: "December 20", date: "2024-12-20", granularity: "day" },
  { text: "The plant opened on June 3, 2019, after years of delay.", phrase: "June 3, 2019", date: "2019-06-03", granularity: "day", reference: "none" },
  { text: "The plant closed in May 2021.", phrase: "May 2021", date: "2021-05-01", granularity: "month", reference: "none" },
  { text: "Prices peaked in March.", phrase: "March", date: "2025-03-01", granularity: "month" },
  { text: "The strike began in early March and spread.", phrase: "early March", date: "2025-03-01", granularity: "month" },
  { text: "The canal was finished in 1914 by engineers.", phrase: "1914", date: "1914-01-01", granularity: "year", reference: "none" },
  { text: "The Crimean War (1853-1856) reshaped alliances.", phrase: "(1853-1856)", date: "1853-01-01", end: "1856-12-31", granularity: "range", event: "Crimean War" },
  { text: "The Siege of Orleans (1428) lasted months.", phrase: "(1428)", date: "1428-01-01", granularity: "year", event: "Siege of Orleans" },
  { text: "He served as mayor from 2019 to 2021.", phrase: "from 2019 to 2021", date: "2019-01-01", end: "2021-12-31", granularity: "range" },
  { text: "The new bridge should open in 2027 or 2028, engineers said.", phrase: "2027 or 2028", date: "2027-01-01", end: "2028-12-31", granularity: "range" },
  { text: "The bridge opened in 2016 or 17 lanes were added.", phrase: "2016", date: "2016-01-01", granularity: "year" },
  { text: "Exports have grown since 2010.", phrase: "2010", date: "2010-01-01", granularity: "year" },
  { text: "The reform is planned for mid-2026.", phrase: "mid-2026", date: "2026-01-01", granularity: "year" },
  { text: "The mayor resigned yesterday.", phrase: "yesterday", date: "2025-05-03", granularity: "day", event: "mayor resigned" },
  { text: "The firm collapsed three years ago.", phrase: "three years ago", date: "2022-01-01", granularity: "year" },
  { text: "The rebels seized the town two weeks ago.", phrase: "two weeks ago", date: "2025-04-20", granularity: "day" },
  // at a weekend "last week" may be the working week just ended too: up to the day it is said
  { text: "The board met last week.", phrase: "last week", date: "2025-04-21", end: "2025-05-04", granularity: "range" },
  { text: "The board met last week.", ref: new Date(Date.UTC(2025, 4, 3, 9)), phrase: "last week", date: "2025-04-21", end: "2025-05-03", granularity: "range" },
  // on a weekday it is the week before this one only, and "this week" or "next week" is one week at any time
  { text: "The board met last week.", ref: MONDAY, phrase: "last week", date: "2025-04-28", end: "2025-05-04", granularity: "range" },
  { text: "The board met last week.", ref: new Date(Date.UTC(2025, 4, 2, 9)), phrase: "last week", date: "2025-04-21", end: "2025-04-27", granularity: "range" },
  { text: "The board met this week.", phrase: "this week", date: "2025-04-28", end: "2025-05-04", granularity: "range" },
  { text: "The board meets next week.", phrase: "next week", date: "2025-05-05", end: "2025-05-11", granularity: "range" },
  { text: "Sales fell last month.", phrase: "last month", date: "2025-04-01", granularity: "month" },
  { text: "The party lost seats last year.", phrase: "last year", date: "2024-01-01", granularity: "year" },
  { text: "Storms hit the coast over the weekend.", ref: MONDAY, phrase: "the weekend", date: "2025-05-03", end: "2025-05-04", granularity: "range" },
  { text: "Prices rose earlier this month.", phrase: "earlier this month", date: "2025-05-01", end: "2025-05-04", granularity: "range" },
  { text: "Voters went to the polls on Sept. 14 amid heavy rain.", phrase: "Sept. 14", date: "2024-09-14", granularity: "day", event: "Voters went to the polls" },
  { text: "The deal must be ratified by June 19, officials said.", phrase: "June 19", date: "2025-06-19", granularity: "day" },
  { text: "The riot on Jan. 6, 2021, shocked the nation.", phrase: "Jan. 6, 2021", date: "2021-01-06", granularity: "day", event: "riot" },
  { text: "The order was signed on the 6th of January.", phrase: "6th of January", date: "2025-01-06", granularity: "day", event: "order was signed" },
  { text: "The filing is dated 2021-01-06.", phrase: "2021-01-06", date: "2021-01-06", granularity: "day" },
  { text: "Troops arrived on Monday morning.", phrase: "on Monday morning", date: "2025-04-28", granularity: "day", event: "Troops arrived" },
  { text: "The strike ended in mid-April.", phrase: "mid-April", date: "2025-04-01", granularity: "month" },
  { text: "The summit opened on May 2 and ended on May 4.", phrase: "May 2", date: "2025-05-02", granularity: "day" },
];

for (const row of TABLE) {
  test(`date: ${row.phrase} in "${row.text}"`, () => {
    const got = dates(row.text, row.ref ?? SUNDAY);
    const hit = got.find((d) => d.date.phrase === row.phrase);
    assert.ok(hit, `no date "${row.phrase}" in ${JSON.stringify(got.map((d) => d.date.phrase))}`);
    assert.equal(hit.date.date, row.date);
    assert.equal(hit.date.granularity, row.granularity);
    if (row.end) assert.equal(hit.date.end, row.end);
    if (row.reference) assert.equal(hit.date.reference, row.reference);
    if (row.event) assert.ok(hit.date.event?.includes(row.event), `event ${JSON.stringify(hit.date.event)} lacks "${row.event}"`);
    assert.equal(hit.text, hit.date.phrase);
    assert.equal(hit.kind, "date");
  });
}

test("relative dates resolve against the event mentioned before", () => {
  const got = dates("The ministry announced the plan on Tuesday. A leaked memo published a day earlier had described it.");
  const memo = got.find((d) => d.date.phrase === "a day earlier");
  assert.ok(memo);
  assert.equal(memo.date.date, "2025-04-28"); // Tuesday 2025-04-29 minus one day
  assert.equal(memo.date.reference, "event");
  assert.ok(memo.date.event?.includes("memo published"), String(memo.date.event));
});

test("anchored relatives: the day before, two days later, the previous week", () => {
  const text = "Voters went to the polls on March 9, 2024. Results came two days later. Campaigning had ended the day before. Turnout rose the previous week.";
  const got = dates(text);
  const by = (p: string) => got.find((d) => d.date.phrase === p);
  assert.equal(by("two days later")?.date.date, "2024-03-11");
  // "the day before" points at the nearest dated event before it: the results
  assert.equal(by("the day before")?.date.date, "2024-03-10");
  assert.equal(by("the previous week")?.date.granularity, "range");
});

test("anchored relative without an event falls back to the reference", () => {
  const got = dates("A day earlier, the council had voted to close the library.");
  assert.equal(got.length, 1);
  assert.equal(got[0].date.date, "2025-05-03");
  assert.equal(got[0].date.reference, "published");
});

test("story reference is named as such", () => {
  const got = dates("The deal was signed on Saturday.", SUNDAY, "story");
  assert.equal(got[0].date.reference, "story");
});

test("weekday equal to the reference day is the reference day", () => {
  const got = dates("The president spoke Sunday.");
  assert.equal(got[0].date.date, "2025-05-04");
});

test("offsets point at the phrase", () => {
  const text = "Troops withdrew on Saturday from the city.";
  const got = dates(text);
  assert.equal(text.slice(got[0].start, got[0].end), got[0].text);
});

// ------------------------------------------------------------------ sample story

interface Expected { dates: Array<{ date: string; reported_by: Record<string, string> }> }

test("sample story: every annotated event date is found", () => {
  const root = new URL("../../../", import.meta.url);
  const expected = JSON.parse(readFileSync(new URL("tests/fixtures/sample-story/expected.json", root), "utf8")) as Expected & {
    articles: Record<string, { published: string | null }>;
  };
  const files = Object.keys(expected.articles);
  const published = files.map((f) => expected.articles[f].published);
  const storyRef = published.map((p) => referenceDateOf(p)).filter((d): d is Date => !!d).sort((a, b) => +a - +b)[0] ?? null;
  const found = new Map<string, Set<string>>();
  for (const f of files) {
    const body = readFileSync(new URL(`prisma/seed/sample-story/${f}`, root), "utf8");
    const own = referenceDateOf(expected.articles[f].published);
    const ref = own ?? storyRef;
    const got = dates(body, ref, own ? "published" : "story");
    found.set(f.slice(0, 3), new Set(got.map((d) => d.date.date)));
  }
  let want = 0;
  let hit = 0;
  for (const e of expected.dates) {
    for (const art of Object.keys(e.reported_by)) {
      want++;
      if (found.get(art)?.has(e.date)) hit++;
      else assert.fail(`article ${art}: ${e.date} (${e.reported_by[art]}) not found`);
    }
  }
  assert.equal(hit, want);
});
