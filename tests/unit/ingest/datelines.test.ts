import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates, normalizeMetadataDate, parseDateline, parseWireDateline } from "../../../lib/ingest/datelines";
import { ingest } from "../../../lib/ingest";
import { zoneOffset } from "../../../lib/ingest/timezones";

// [line, expected ISO of the chosen date, expected words it came from]
const DATELINES: [string, string, string][] = [
  ["Published Date: 08:15 | 12 Mar 2024", "2024-03-12T08:15", "08:15 | 12 Mar 2024"],
  ["- Published Date: 08:15 | 12 Mar 2024", "2024-03-12T08:15", "08:15 | 12 Mar 2024"],
  ["Updated: 06-03-2024 17:20 IST", "2024-03-06T17:20+05:30", "06-03-2024 17:20 IST"],
  ["Example News Desk | Updated: 06-03-2024 17:20 IST | Created: 06-03-2024 17:18 IST", "2024-03-06T17:18+05:30", "06-03-2024 17:18 IST"],
  ["Updated: 07-03-2024 09:00 IST | Published: 06-03-2024 17:20 IST", "2024-03-06T17:20+05:30", "06-03-2024 17:20 IST"],
  ["2016-11-08 14:44:34", "2016-11-08T14:44:34", "2016-11-08 14:44:34"],
  ["2016-11-08T14:44:34Z", "2016-11-08T14:44:34+00:00", "2016-11-08T14:44:34Z"],
  ["2016-11-08T14:44:34-05:00", "2016-11-08T14:44:34-05:00", "2016-11-08T14:44:34-05:00"],
  ["Nov. 8, 2016", "2016-11-08", "Nov. 8, 2016"],
  ["November 8, 2016 at 3:45 p.m. ET", "2016-11-08T15:45-05:00", "November 8, 2016 at 3:45 p.m. ET"],
  ["July 4, 2023 at 10:00 a.m. ET", "2023-07-04T10:00-04:00", "July 4, 2023 at 10:00 a.m. ET"],
  ["Tuesday, March 12, 2024 9:05 PM PT", "2024-03-12T21:05-07:00", "March 12, 2024 9:05 PM PT"],
  ["8 November 2016", "2016-11-08", "8 November 2016"],
  ["Posted 6 October 2023, 17:05 BST", "2023-10-06T17:05+01:00", "6 October 2023, 17:05 BST"],
  ["Published: 1 February 2024 08:30 CET", "2024-02-01T08:30+01:00", "1 February 2024 08:30 CET"],
  ["Published: 1 August 2024 08:30 CEST", "2024-08-01T08:30+02:00", "1 August 2024 08:30 CEST"],
  ["Updated 12:00 JST, 3 Jan 2025", "2025-01-03T12:00+09:00", "12:00 JST, 3 Jan 2025"],
  ["Published March 3, 2025 6:00am AEST", "2025-03-03T06:00+10:00", "March 3, 2025 6:00am AEST"],
  ["Published: 2 January 2025 14:00 GMT", "2025-01-02T14:00+00:00", "2 January 2025 14:00 GMT"],
  ["Published 2 January 2025 14:00 UTC+5:30", "2025-01-02T14:00+05:30", "2 January 2025 14:00 UTC+5:30"],
  ["Jan. 15, 2020 11:30 a.m. CT", "2020-01-15T11:30-06:00", "Jan. 15, 2020 11:30 a.m. CT"],
  ["By Jane Doe | Nov. 8, 2016", "2016-11-08", "Nov. 8, 2016"],
  ["Updated 12/25/2024 3:00 PM EST", "2024-12-25T15:00-05:00", "12/25/2024 3:00 PM EST"],
  ["Published 25/12/2024", "2024-12-25", "25/12/2024"],
  ["Published: 13.05.2025 09:15", "2025-05-13T09:15", "13.05.2025 09:15"],
];

for (const [line, iso, text] of DATELINES) {
  test(`dateline: ${line}`, () => {
    const d = parseDateline(line);
    assert.ok(d, "read as a dateline");
    assert.equal(d.date.iso, iso);
    assert.equal(d.date.text, text);
  });
}

test("dash dates in datelines read day-first", () => {
  assert.equal(parseDateline("Updated: 07-03-2024 17:20 IST")!.date.iso, "2024-03-07T17:20+05:30");
  assert.equal(parseDateline("Updated: 11-02-2024")!.date.iso, "2024-02-11");
});

test("ET and PT follow US daylight saving time", () => {
  assert.equal(zoneOffset("ET", { year: 2024, month: 3, day: 9 }), -300);
  assert.equal(zoneOffset("ET", { year: 2024, month: 3, day: 11 }), -240);
  assert.equal(zoneOffset("ET", { year: 2016, month: 11, day: 5 }), -240);
  assert.equal(zoneOffset("ET", { year: 2016, month: 11, day: 8 }), -300);
  assert.equal(zoneOffset("PT", { year: 2024, month: 7, day: 1 }), -420);
  assert.equal(zoneOffset("EST", { year: 2024, month: 7, day: 1 }), -300, "an explicit EST stays standard time");
  assert.equal(zoneOffset("IST", { year: 2024, month: 7, day: 1 }), 330);
  assert.equal(zoneOffset("GMT+5:30", { year: 2024, month: 7, day: 1 }), 330);
  assert.equal(zoneOffset("-0400", { year: 2024, month: 7, day: 1 }), -240);
  assert.equal(zoneOffset("XYZ", { year: 2024, month: 7, day: 1 }), null);
});

test("metadata dates keep their offset and seconds", () => {
  assert.equal(normalizeMetadataDate("2024-03-06T17:20:00+05:30"), "2024-03-06T17:20:00+05:30");
  assert.equal(normalizeMetadataDate("2016-11-08 14:44:34"), "2016-11-08T14:44:34");
  assert.equal(normalizeMetadataDate("Tue, 08 Nov 2016 14:44:34 GMT"), "2016-11-08T14:44:34+00:00");
  assert.equal(normalizeMetadataDate("2016-11-08"), "2016-11-08");
  assert.equal(normalizeMetadataDate("not a date"), null);
});

test("findDates finds every dated part of a line with its label", () => {
  const ds = findDates("Updated: 06-03-2024 17:20 IST | Created: 05-03-2024 23:10 IST");
  assert.deepEqual(ds.map((d) => [d.iso, d.label]), [
    ["2024-03-06T17:20+05:30", "updated"],
    ["2024-03-05T23:10+05:30", "created"],
  ]);
});

const wireCases: [string, string, string | null, string | null][] = [
  ["place, date with year and agency", "HARBOR CITY, May 4, 2025 (Gulf Daily Wire) - A storm hit the coast.", "Gulf Daily Wire", "2025-05-04"],
  ["place and agency, em dash", "NORTHPORT (AP) — Officials said on Sunday that the bridge would reopen.", "AP", null],
  ["place, state, date without year", "SPRINGFIELD, Ill., March 3 (Example News) - The council voted.", "Example News", null],
  ["a sentence with a parenthesis is no dateline", "The mayor (a former judge) - who spoke first - said no.", null, null],
  ["a lower-case place is no dateline", "Harbor city (AP) - the storm hit.", null, null],
  ["no dash after the source", "LONDON (Reuters) said the bank would raise rates.", null, null],
];
for (const [name, line, source, date] of wireCases) {
  test(`wire dateline: ${name}`, () => {
    const w = parseWireDateline(line);
    assert.equal(w?.source ?? null, source);
    assert.equal(w?.date?.iso ?? null, date);
  });
}

test("a wire dateline names the outlet of a plain-text article that names no other, and dates it when it gives the year", () => {
  const a = ingest({ content: "Storm hits coast\n\nHARBOR CITY, May 4, 2025 (Gulf Daily Wire) - A storm hit the coast on Sunday, officials said.\n\nThe damage is still being counted.", source: "story.txt" });
  assert.equal(a.outlet, "Gulf Daily Wire");
  assert.equal(a.publishedAt, "2025-05-04");
  const named = ingest({ content: "Storm hits coast\n\nBy Jane Doe\n\nHARBOR CITY (AP) - A storm hit the coast on Sunday.\n\nMore to come.\n\n© 2025 Example Herald. All rights reserved.", source: "story.txt" });
  assert.equal(named.outlet, "Example Herald", "the page's own name comes before the agency it quotes");
});
