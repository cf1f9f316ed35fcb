// Golden files: tests/fixtures/ingest/<case>/{input.txt|input.html|input.json, expected.json}.
// Regenerate one for review with: npx tsx scripts/generate-ingest-case.ts <case>
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ingest } from "../../../lib/ingest/index";

const ROOT = join(import.meta.dirname, "..", "..", "fixtures", "ingest");
const cases = readdirSync(ROOT).filter((d) => !d.startsWith("."));

function run(name: string) {
  const dir = join(ROOT, name);
  const input = readdirSync(dir).find((f) => f.startsWith("input."))!;
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
  const article = ingest({ content: readFileSync(join(dir, input), "utf8"), source: expected.source ?? input });
  return { article, expected };
}

test("there are golden cases for the five samples, three HTML pages and two news-please files", () => {
  assert.equal(cases.filter((c) => c.startsWith("sample-")).length, 5);
  assert.ok(cases.filter((c) => c.startsWith("html-")).length >= 3);
  assert.ok(cases.filter((c) => c.startsWith("json-")).length >= 2);
});

for (const name of cases) {
  test(`golden: ${name}`, () => {
    const { article, expected } = run(name);
    for (const key of ["title", "outlet", "publishedAt", "publishedSource"] as const) {
      assert.equal(article[key], expected[key], `${name}: ${key}`);
    }
    assert.equal(article.body, expected.body, `${name}: body`);
    // the body is exactly the kept segments, in order
    assert.equal(article.body, article.segments.filter((s) => s.kept).map((s) => s.text).join("\n\n"));
    for (const s of article.segments) if (!s.kept) assert.ok(s.reason, `${name}: removed line without a reason: ${s.text}`);
  });
}

test("no boilerplate of the sample story reaches a body", () => {
  const facts = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "sample-story", "expected.json"), "utf8"));
  const boilerplate: string[] = facts.boilerplate_that_must_not_become_claims;
  const norm = (s: string) => s.replace(/[’‘]/g, "'");
  for (const name of cases.filter((c) => c.startsWith("sample-"))) {
    const lines = run(name).article.body.split("\n\n").map(norm);
    for (const b of boilerplate) {
      // whole-line boilerplate: no body paragraph may be (or start with) it
      const hit = lines.find((l) => l === norm(b) || (b.length > 12 && l.includes(norm(b))) || l.startsWith(norm(b) + " "));
      assert.equal(hit, undefined, `${name}: boilerplate "${b}" in body`);
    }
  }
});

test("sample outlets and dates match what a careful reader finds", () => {
  const facts = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "sample-story", "expected.json"), "utf8"));
  for (const [file, want] of Object.entries(facts.articles) as [string, { outlet: string | null; published: string | null }][]) {
    const name = `sample-${file.slice(0, 3)}`;
    const { article } = run(name);
    assert.equal(article.outlet, want.outlet, `${name} outlet`);
    assert.equal(article.publishedAt, want.published, `${name} published`);
  }
});
