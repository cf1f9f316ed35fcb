import { test } from "node:test";
import assert from "node:assert/strict";
import { rolesOf } from "./helpers-quotes";

test("an apposition without a title is not a role", () => {
  assert.deepEqual(rolesOf(`Maria Lopez, 54, lives in Denver.`), []);
});

test("a relative clause is not a role", () => {
  assert.deepEqual(rolesOf(`Maria Lopez, who runs a bakery, was there.`), []);
});

test("an organisation gets no person role", () => {
  const rs = rolesOf(`The Harbor Council, the city's planning body, met on Monday.`);
  assert.ok(rs.every((r) => r.person !== "Harbor Council"), JSON.stringify(rs));
});

test("a bare title with no name gives no role", () => {
  assert.deepEqual(rolesOf(`The president spoke on Monday.`), []);
});

test("a title inside quotation marks is the speaker's word, not a role claim", async () => {
  const { parse } = await import("../../../lib/analysis/nlp");
  const { analysisContext } = await import("../../../lib/analysis/pipeline");
  const { extractRoles } = await import("../../../lib/analysis/roles");
  const doc = parse('Former Senator Jane Holloway met the governor on Monday. "No, Senator Holloway, we will not agree," the governor said.');
  const roles = extractRoles(analysisContext(doc.text, null, "none"));
  const titles = roles.map((r) => `${r.role.qualifier ?? ""} ${r.role.title}`.trim().toLowerCase());
  assert.ok(titles.some((t) => t.includes("former") && t.includes("senator")), titles.join("; "));
  assert.ok(roles.every((r) => r.start < doc.text.indexOf('"')), `a role was taken from inside the quote: ${titles.join("; ")}`);
});

test("a lower-case word that is not a title before a name gives no role", () => {
  for (const text of [`Critics told the host Maria Lopez on Monday.`, `The fellow Democrat Maria Lopez agreed.`, `She met with Maria Lopez on Monday.`]) {
    assert.deepEqual(rolesOf(text), [], text);
  }
});

test("a capitalised word before a name is not taken for a title's modifier without a title", () => {
  const rs = rolesOf(`Harbor Maria Lopez spoke on Monday.`);
  assert.ok(rs.every((r) => !/harbor/i.test(r.title)), JSON.stringify(rs));
});

test("an apposition is its person's title only when no other person's name follows the title word, and ends with its sentence", () => {
  // [text, person, that person's titles]
  const cases: [string, string, string[]][] = [
    // a list of people: the next item is another person with a title of their own
    ["Backers include the investor Maria Lopez, Vale Bank president John Reed, and the author Ann Roe.", "Maria Lopez", ["investor"]],
    ["Backers include the investor Maria Lopez, Vale Bank president John Reed, and the author Ann Roe.", "John Reed", ["president"]],
    ["The files name relatives of Tom Baker, close aides of Northland Governor Ellen Hart, and a striker.", "Tom Baker", []],
    // the subject of a clause opening a quotation, not an apposition
    ["Like Tom Baker, the Northland premier \u201cis not named in the files.\u201d", "Tom Baker", []],
    // positives: the title after another person's possessive name, and a plain apposition
    ["Tom Baker, Governor Ellen Hart's deputy, spoke on Monday.", "Tom Baker", ["Governor Ellen Hart's deputy"]],
    ["Tom Baker, the Northland premier, spoke on Monday.", "Tom Baker", ["Northland premier"]],
    ["Tom Baker, the Northland premier.", "Tom Baker", ["Northland premier"]],
    // an apposition ends with its sentence, also after an abbreviation's dot
    ["\"We act,\" said Tom Baker, the head of tax at Reed LLP.\nThe new rules outline that U.S. firms pay more.", "Tom Baker", ["head of tax at Reed LLP."]],
    ["\"We act,\" said Tom Baker, the head of tax at Reed LLP. The new rules outline that U.S. firms pay more.", "Tom Baker", ["head of tax at Reed LLP."]],
  ];
  for (const [text, person, want] of cases) {
    const got = rolesOf(text).filter((r) => r.person === person).map((r) => r.title);
    assert.deepEqual(got, want, `${person} in: ${text}`);
  }
});
