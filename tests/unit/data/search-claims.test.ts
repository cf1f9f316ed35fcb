// Claim search ignores case on both databases (SQLite's LIKE does in ASCII; PostgreSQL's does not,
// so the search asks it to), and finds nothing for a term no claim has.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { useTempDatabase, ROOT } from "../../helpers/temp-db";

useTempDatabase("search-claims");
const { loadSampleStory } = await import("../../../lib/data/load-sample-story");
const { searchClaims } = await import("../../../lib/data/search-claims");

before(async () => {
  await loadSampleStory(path.join(ROOT, "prisma", "seed", "sample-story"));
});

const ids = async (q: string, kind?: string) => (await searchClaims({ q, kind })).hits.map((h) => h.id).sort();

test("a term finds the same claims in any case", async () => {
  const cases: [string, string?][] = [["president"], ["mexico"], ["said", "quote"]];
  for (const [term, kind] of cases) {
    const lower = await ids(term, kind);
    assert.ok(lower.length > 0, `${term} is in the sample story`);
    assert.deepEqual(await ids(term.toUpperCase(), kind), lower, term.toUpperCase());
    assert.deepEqual(await ids(term[0].toUpperCase() + term.slice(1), kind), lower);
    assert.deepEqual(await ids(term.replace(/./g, (c, i) => (i % 2 ? c.toUpperCase() : c)), kind), lower, "mixed case");
  }
});

test("a term no claim has finds nothing; every term must match", async () => {
  assert.deepEqual(await ids("zyzzogeton"), []);
  assert.deepEqual(await ids("president zyzzogeton"), []);
  const both = (await searchClaims({ q: "president mexico" })).total;
  const one = (await searchClaims({ q: "president" })).total;
  assert.ok(both > 0 && both < one, `${both} of ${one}`);
});
