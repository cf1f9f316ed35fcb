// A copy group's articles under one outlet are told apart by their day, or their titles.
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyArticleDetail, type CopyArticle } from "../../../lib/ui/copy-groups";
import { formatDate } from "../../../lib/format";

const art = (label: string, title: string | null, day: string | null): CopyArticle => ({ label, title, publishedAt: day ? new Date(`${day}T12:00:00Z`) : null });

const CASES: Array<{ name: string; group: CopyArticle[]; want: (string | null)[] }> = [
  { name: "outlets named once: nothing added", group: [art("Wire", "A", "2024-03-05"), art("Paper", "B", "2024-03-05")], want: [null, null] },
  { name: "one outlet twice on two days: the day", group: [art("Wire", "A", "2024-03-05"), art("Wire", "B", "2024-03-06"), art("Paper", "C", "2024-03-06")], want: [formatDate(new Date("2024-03-05T12:00:00Z")), formatDate(new Date("2024-03-06T12:00:00Z")), null] },
  { name: "one outlet twice on one day: the titles", group: [art("Wire", "Storm hits coast", "2024-03-05"), art("Wire", "Storm: what we know", "2024-03-05")], want: ["Storm hits coast", "Storm: what we know"] },
  { name: "no dates: the titles", group: [art("Wire", "A", null), art("Wire", "B", null)], want: ["A", "B"] },
  { name: "not: a title that is the label itself", group: [art("Wire", "Wire", null), art("Wire", "Wire", null)], want: [null, null] },
];

for (const c of CASES) {
  test(`copy group: ${c.name}`, () => {
    assert.deepEqual(c.group.map((a) => copyArticleDetail(a, c.group)), c.want);
  });
}
