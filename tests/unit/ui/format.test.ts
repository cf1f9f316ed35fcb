// Dates as pages print them: the article's own calendar, months in words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { formatDate, formatLocalDate, shorten } from "../../../lib/format";
import { formatClaimDate } from "../../../lib/ui/claim-details";

test("dates print with their month's name, capitalised", () => {
  assert.equal(formatDate(new Date(Date.UTC(2025, 4, 4))), "4 May 2025");
  assert.equal(formatDate(new Date(Date.UTC(2024, 11, 31))), "31 Dec 2024");
  assert.equal(formatDate(null), null);
  assert.equal(formatLocalDate("2025-05-04T10:39+05:30"), "4 May 2025, 10:39 (UTC+05:30)");
  assert.equal(formatLocalDate("2025-01-02"), "2 Jan 2025");
  assert.equal(formatLocalDate("not a date"), "not a date");
  assert.equal(formatClaimDate("2025-09-03", "day"), "3 September 2025");
  assert.equal(formatClaimDate("2025-09-01", "month"), "September 2025");
});

test("shorten: labels cut at a word boundary with an ellipsis; short ones unchanged", () => {
  assert.equal(shorten("Town Paper", 40), "Town Paper");
  assert.equal(shorten("A very long headline that names an article instead of its outlet", 30), "A very long headline that…");
  assert.equal(shorten("Unbrokenwordwithoutanyspacesatallreally", 10), "Unbrokenw…");
});
