// An apposition is a title of the name before it, unless it is the next person of a list: a title
// right before another name ("X, Yukon Gov. Y and Sen. Z") belongs to that name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../../../lib/analysis/pipeline";
import type { RoleClaim } from "../../../lib/analysis/types";

const titlesOf = (body: string, person: string) => analyzeArticle({ body, publishedAt: "2022-03-10T12:00:00" }).claims
  .filter((c): c is RoleClaim => c.kind === "role" && c.role.person.name === person).map((c) => c.role.title).sort();

test("a title before another name in a list is not an apposition of the name before it", () => {
  const cases: [string, string, string[]][] = [
    ["Aides to three candidates - former Tasmanian governor Tom Reed, Yukon Gov. Ann Vargas and Sen. Carl Lee - met on Friday.", "Tom Reed", ["Tasmanian governor"]],
    ["Aides to three candidates - former Tasmanian governor Tom Reed, Yukon Gov. Ann Vargas and Sen. Carl Lee - met on Friday.", "Ann Vargas", ["Yukon Gov."]],
    ["The panel heard Tom Reed, harbor commissioner Ann Vargas and two pilots on Friday.", "Tom Reed", []],
    ["Tom Reed, a professor of history at Lakeside University, said the plan would fail.", "Tom Reed", ["professor of history at Lakeside University"]],
    ["Ann Vargas, the mayor of Dover, said the plan would fail.", "Ann Vargas", ["mayor of Dover"]],
    ["Ann Vargas, Harbor Bank chief executive, said the plan would fail.", "Ann Vargas", ["Harbor Bank chief executive"]],
  ];
  for (const [body, person, want] of cases) assert.deepEqual(titlesOf(body, person), want, `${person} in: ${body}`);
});
