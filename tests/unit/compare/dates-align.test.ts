// Date claims across outlets: differently worded events of one day align; one actor's event
// (call, attack, vote) dated differently is a date conflict; keys are stable.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compareStory } from "../../../lib/compare/index";
import { analyzeArticle } from "../../../lib/analysis/pipeline";
import type { StoryArticleInput } from "../../../lib/compare/types";
import { article } from "../../fixtures/compare/build";
import { sampleStory } from "../../fixtures/compare/sample-story";

// people of the stories, so that names in events are known to the story
const people = (b: ReturnType<typeof article>, ...names: string[]) => {
  for (const n of names) b.role(`Minister ${n}`, n, "Minister");
  return b;
};

interface Case {
  name: string;
  story: () => StoryArticleInput[];
  /** article ids of each date group with 2+ articles, sorted */
  groups: string[][];
  conflict?: { severity: "major" | "minor"; sides: string[] };
}

const CASES: Case[] = [
  {
    name: "one public appearance on one day, worded three ways",
    story: () => [
      people(article("a", "Alpha"), "Ana Lopez").date("Saturday", { date: "2025-06-07", event: "Ana Lopez announced that she had declined an invitation" }).build(),
      people(article("b", "Beta"), "Ana Lopez").date("Saturday", { date: "2025-06-07", event: "Ana Lopez Speaking at a press conference" }).build(),
      people(article("c", "Gamma"), "Lopez").date("On Saturday", { date: "2025-06-07", event: "Lopez said she offered to mediate" }).build(),
    ],
    groups: [["a", "b", "c"]],
  },
  {
    name: "a phone call on one day: a call between leaders ~ X said in a phone call",
    story: () => [
      people(article("a", "Alpha"), "Tom Hale", "Ana Lopez").date("March 9", { date: "2025-03-09", event: "call between the two leaders" }).build(),
      people(article("b", "Beta"), "Tom Hale", "Ana Lopez").date("March 9", { date: "2025-03-09", event: "Tom Hale said in a phone call with Lopez" }).build(),
    ],
    groups: [["a", "b"]],
  },
  {
    name: "the same actor's call on different days is a date conflict",
    story: () => [
      people(article("a", "Alpha"), "Tom Hale").date("March 9", { date: "2025-03-09", event: "Tom Hale said in a phone call" }).build(),
      people(article("b", "Beta"), "Tom Hale").date("March 10", { date: "2025-03-10", event: "Hale told reporters in a call" }).build(),
      people(article("c", "Gamma"), "Tom Hale").date("on Sunday", { date: "2025-03-09", event: "Hale phoned the governor" }).build(),
    ],
    groups: [["a", "b", "c"]],
    conflict: { severity: "major", sides: ["a,c", "b"] },
  },
  {
    name: "the same attack by one group, dated differently",
    story: () => [
      article("a", "Alpha").orgQuote("We did it.", "Northern Front").date("on Monday", { date: "2025-02-03", event: "Northern Front attacked the convoy" }).build(),
      article("b", "Beta").orgQuote("We did it.", "Northern Front").date("on Tuesday", { date: "2025-02-04", event: "the attack by Northern Front" }).build(),
    ],
    groups: [["a", "b"]],
    conflict: { severity: "major", sides: ["a", "b"] },
  },
  {
    name: "same event words, different outlets' wording of the vote",
    story: () => [
      article("a", "Alpha").date("on Thursday", { date: "2025-04-10", event: "parliament voted on the budget" }).build(),
      article("b", "Beta").date("on Thursday", { date: "2025-04-10", event: "the budget vote" }).build(),
    ],
    groups: [["a", "b"]],
  },
];

const multi = (stories: StoryArticleInput[]) => {
  const cmp = compareStory(stories);
  const groups = cmp.groups.filter((g) => g.kind === "date")
    .map((g) => [...new Set(g.members.map((m) => m.articleId))].sort())
    .filter((ids) => ids.length > 1)
    .sort((a, b) => (a.join() < b.join() ? -1 : 1));
  return { cmp, groups };
};

for (const c of CASES) {
  test(`dates: ${c.name}`, () => {
    const { cmp, groups } = multi(c.story());
    assert.deepEqual(groups, c.groups, cmp.groups.map((g) => `${g.key} ${g.members.map((m) => m.articleId)}`).join("\n"));
    const conflicts = cmp.discrepancies.filter((d) => d.kind === "date_conflict");
    if (!c.conflict) {
      assert.deepEqual(conflicts.map((d) => d.summary), []);
      return;
    }
    assert.equal(conflicts.length, 1, conflicts.map((d) => d.summary).join("\n"));
    assert.equal(conflicts[0].severity, c.conflict.severity);
    assert.deepEqual(conflicts[0].differing.map((s) => s.articleIds.join(",")).sort(), [...c.conflict.sides].sort());
  });
}

test("dates: keys do not depend on article order, and an added article joins without changing them", () => {
  const base = CASES[0].story();
  const k1 = compareStory(base).groups.map((g) => g.key);
  const k2 = compareStory([...base].reverse()).groups.map((g) => g.key);
  assert.deepEqual(k1, k2);
  const extra = people(article("d", "Delta"), "Ana Lopez").date("on Saturday", { date: "2025-06-07", event: "Lopez told reporters she would not attend" }).build();
  const after = compareStory([...base, extra]);
  const keys = new Set(after.groups.map((g) => g.key));
  for (const k of k1) assert.ok(keys.has(k), `lost ${k}`);
  const g = after.groups.find((x) => x.kind === "date" && x.members.some((m) => m.articleId === "d"))!;
  assert.ok(k1.includes(g.key), "joined an existing group");

  const call = CASES[2].story();
  const before = compareStory(call);
  const extraCall = people(article("e", "Epsilon"), "Tom Hale").date("March 9", { date: "2025-03-09", event: "Hale held a telephone call with the minister" }).build();
  const afterCall = compareStory([...call, extraCall]);
  for (const gr of before.groups) assert.ok(afterCall.groups.some((x) => x.key === gr.key), `lost ${gr.key}`);
  for (const d of before.discrepancies.filter((x) => x.kind === "date_conflict")) {
    assert.ok(afterCall.discrepancies.some((x) => x.key === d.key), `lost ${d.key}`);
  }
});

test("dates: a shared name alone never links different days (many articles, one actor)", () => {
  const events = ["opened a hospital", "praised the teachers", "criticised the budget", "visited the border", "thanked volunteers"];
  const arts = Array.from({ length: 40 }, (_, i) =>
    people(article(`x${i}`, `O${i}`), "Tom Hale")
      .date(`day ${i}`, { date: `2025-01-${String(1 + (i % 5) * 5).padStart(2, "0")}`, event: `Tom Hale ${events[i % 5]}` }).build());
  const cmp = compareStory(arts);
  assert.equal(cmp.discrepancies.filter((d) => d.kind === "date_conflict").length, 0);
  const dateGroups = cmp.groups.filter((g) => g.kind === "date");
  for (const g of dateGroups) assert.equal(new Set(g.readings.map((r) => r.normalized)).size, 1, g.key);
  assert.equal(dateGroups.length, 5);
});

test("sample story: the Saturday appearance and the April 16 call are cross-outlet date groups", () => {
  const cmp = compareStory(sampleStory());
  const ids = (pred: (r: string) => boolean) =>
    cmp.groups.filter((g) => g.kind === "date" && g.readings.some((r) => pred(r.normalized)))
      .map((g) => [...new Set(g.members.map((m) => m.articleId))].sort());
  assert.deepEqual(ids((d) => d === "2025-04-16"), [["001", "003"]]);
  assert.deepEqual(ids((d) => d === "2025-05-03"), [["001", "002", "003"]]);
  assert.equal(cmp.discrepancies.filter((d) => d.kind === "date_conflict").length, 0);
});

test("dates: a score or record in both sentences names the season a year is of", () => {
  const story = (texts: string[]): StoryArticleInput[] => texts.map((body, i) => {
    const { claims, entities } = analyzeArticle({ body, publishedAt: "2018-01-02T12:00:00" });
    return { id: `a${i}`, outlet: `Outlet${i}`, publishedAt: "2018-01-02T12:00:00", body, claims, entities };
  });
  const yearConflicts = (texts: string[]) => compareStory(story(texts)).discrepancies
    .filter((d) => d.kind === "date_conflict" && d.key.startsWith("evidence:")).map((d) => d.summary);
  const seasons = "She built a culture of winning in 2009 that lasted for her first three seasons and included a run to the final on March 3, 2012. They followed a 9-6-2 record in 2016 with a 10-7 record in 2017.";
  assert.deepEqual(yearConflicts(["The Hawks went 9-6-2 in 2016 and 10-7 this past season, winning four of their last five.", seasons]), []);
  // the record still tells a year given wrongly
  assert.equal(yearConflicts(["The Hawks went 9-6-2 in 2015 and 10-7 this past season, winning four of their last five.", seasons]).length, 1);
});
