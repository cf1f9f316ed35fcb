// The whole pipeline (ingest -> analysis -> comparison) on the sample story,
// checked against what a careful reader finds (tests/fixtures/sample-story/
// expected.json). Story words live here, in the test, never in lib/.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ingest } from "../../../lib/ingest";
import { runStory } from "../../../lib/compare/run-story";
import type { Discrepancy } from "../../../lib/compare/types";
import { ROOT } from "../../helpers/temp-db";

const DIR = path.join(ROOT, "prisma", "seed", "sample-story");
const expected = JSON.parse(fs.readFileSync(path.join(ROOT, "tests", "fixtures", "sample-story", "expected.json"), "utf8"));
const files = Object.keys(expected.articles as Record<string, unknown>).sort();
const ingested = files.map((f) => ingest({ content: fs.readFileSync(path.join(DIR, f), "utf8"), source: f }));
const ids = files.map((f) => f.slice(0, 3)); // "000" .. "004"
// the same path as the CLI: every article analysed, then compared with its entities and body
const { analyses, comparison } = runStory(ids.map((id, i) => ({ id, outlet: ingested[i].outlet ?? id, body: ingested[i].body, publishedAt: ingested[i].publishedAt })));

const words = (s: string): string[] => s.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z0-9']+/g) ?? [];
const sameSet = (a: string[], b: string[]) => [...a].sort().join() === [...b].sort().join();
const real = comparison.discrepancies.filter((d) => d.kind !== "single_source");
const sideOf = (d: Discrepancy, word: string) => d.readings.find((r) => words(r.text).includes(word));

test("every direct quote a careful reader finds, with its speaker", () => {
  for (const q of expected.direct_quotes as { article: string; speaker: string; starts: string }[]) {
    const i = ids.indexOf(q.article);
    const want = words(q.starts);
    const found = analyses[i].claims.find((c) => c.kind === "quote" && words(c.quote.quote).join(" ").includes(want.join(" ")));
    assert.ok(found, `${q.article}: quote "${q.starts}" not found`);
    if (found.kind !== "quote") return;
    const speaker = words(found.quote.speaker?.name ?? "");
    const wantSpeaker = words(q.speaker).filter((w) => w.length > 2);
    const acronym = wantSpeaker.map((w) => w[0]).join("");
    assert.ok(
      wantSpeaker.some((w) => speaker.includes(w)) || speaker.includes(acronym),
      `${q.article}: "${q.starts}" attributed to ${found.quote.speaker?.name ?? "nobody"}, expected ${q.speaker}`,
    );
  }
});

test("every event date, resolved against the article's or the story's publication date", () => {
  for (const d of expected.dates as { date: string; reported_by: Record<string, string> }[]) {
    for (const article of Object.keys(d.reported_by)) {
      const i = ids.indexOf(article);
      const dates = analyses[i].claims.flatMap((c) => (c.kind === "date" ? [c.date.date] : []));
      assert.ok(dates.includes(d.date), `${article}: no date ${d.date} (${d.reported_by[article]}); found ${dates.join(", ")}`);
    }
  }
});

test("publication dates and outlets from datelines", () => {
  for (const [i, f] of files.entries()) {
    const want = expected.articles[f] as { outlet: string | null; published: string | null };
    if (want.published) assert.equal(ingested[i].publishedAt?.slice(0, 16), want.published.slice(0, 16), f);
    if (want.outlet) assert.equal(ingested[i].outlet, want.outlet, f);
  }
});

test("no boilerplate line reaches a body or a claim", () => {
  for (const [i, a] of ingested.entries()) {
    for (const line of expected.boilerplate_that_must_not_become_claims as string[]) {
      if (line === "Advertisement" || line === "Latest") {
        assert.doesNotMatch(a.body, new RegExp(`^${line}$`, "m"), `${files[i]}: "${line}" line in the body`);
        continue;
      }
      assert.ok(!a.body.includes(line), `${files[i]}: "${line}" in the body`);
      for (const c of analyses[i].claims) assert.ok(!c.sentence.includes(line), `${files[i]}: "${line}" in a claim`);
    }
  }
});

test("must flag: the president's reply quoted with a different word (major)", () => {
  const d = real.find((x) => x.kind === "quote_wording" && sideOf(x, "inviolable") && sideOf(x, "inalienable"));
  assert.ok(d, "no quote_wording discrepancy between inalienable and inviolable");
  assert.equal(d.severity, "major");
  assert.ok(sameSet(sideOf(d, "inviolable")!.articleIds, ["002"]));
  assert.ok(sameSet(sideOf(d, "inalienable")!.articleIds, ["000", "001", "003"]));
  const differing = d.differing.find((x) => sameSet(x.articleIds, ["002"]));
  assert.ok(differing?.words.flatMap(words).includes("inviolable"));
});

test("must flag: 'on our territory' vs 'in our territory' (minor)", () => {
  const d = real.find((x) => x.kind === "quote_wording" && x.differing.some((s) => s.words.join(" ").toLowerCase() === "in"));
  assert.ok(d, "no minor quote_wording discrepancy on in/on");
  assert.equal(d.severity, "minor");
  assert.ok(d.differing.some((s) => sameSet(s.articleIds, ["002"]) && s.words.join(" ").toLowerCase() === "in"));
  assert.ok(d.differing.some((s) => sameSet(s.articleIds, ["000", "001", "003"]) && s.words.join(" ").toLowerCase() === "on"));
});

test("must flag: one outlet calls the US president 'former'", () => {
  const d = real.find((x) => x.kind === "role_conflict" && sideOf(x, "former"));
  assert.ok(d, "no role conflict with a 'former' reading");
  assert.ok(sameSet(sideOf(d, "former")!.articleIds, ["002"]));
  const current = new Set(d.readings.filter((r) => !words(r.text).includes("former")).flatMap((r) => r.articleIds));
  for (const a of ["000", "001", "003", "004"]) assert.ok(current.has(a), `${a} should read the current title`);
});

test("must flag: one article calls the Mexican president a mayor, against itself: one item", () => {
  const d = real.find((x) => x.kind === "internal_inconsistency" && sideOf(x, "mayor"));
  assert.ok(d, "no inconsistency with a 'mayor' reading");
  assert.ok(sameSet(sideOf(d, "mayor")!.articleIds, ["000"]));
  assert.ok(d.readings.some((r) => words(r.text).includes("president")), "its other reading calls her president");
  assert.ok(!real.some((x) => x.kind === "role_conflict" && sideOf(x, "mayor")), "the same fact is not a second item");
});

test("must flag: troops to the border vs into Mexico", () => {
  const conflicts = real.filter((x) => x.kind === "detail_conflict" && sideOf(x, "border")?.articleIds.includes("003"));
  assert.ok(conflicts.length, "no detail conflict with 003 on the border side");
  const mexicoSide = (d: Discrepancy) => new Set(d.readings.filter((r) => !words(r.text).includes("border") && words(r.text).includes("mexico")).flatMap((r) => r.articleIds));
  const best = conflicts.map(mexicoSide).sort((a, b) => b.size - a.size)[0];
  for (const a of ["000", "001", "002", "004"]) assert.ok(best.has(a), `${a} should be on the 'into Mexico' side`);
  assert.ok(!best.has("003"));
});

test("must not flag: differences of case, ellipsis or punctuation only, or the same office", () => {
  for (const d of real.filter((x) => x.kind === "quote_wording")) {
    const forms = new Set(d.readings.map((r) => words(r.text).join(" ")));
    assert.ok(forms.size > 1, `flagged readings that differ only in case or punctuation: ${d.summary}`);
  }
  for (const d of real.filter((x) => x.kind === "role_conflict")) {
    const differing = d.differing.flatMap((s) => s.words.map((w) => w.toLowerCase().replace(/\./g, "")));
    assert.ok(differing.some((w) => !["us", "u", "s", "president", "mexican", "of", "mexico"].includes(w)), `same office flagged: ${d.summary}`);
  }
});

test("single-outlet claims are listed as single-source, not as errors", () => {
  const single = comparison.discrepancies.filter((d) => d.kind === "single_source");
  const has = (article: string, word: string) =>
    single.some((d) => d.readings.some((r) => r.articleIds.includes(article) && words(r.text).includes(word)) || (d.readings[0]?.articleIds.includes(article) && words(d.summary).includes(word)));
  assert.ok(has("000", "sensitive"), "the professor's quote (000)");
  assert.ok(has("002", "lives") || has("002", "450"), "450,000 lives (002)");
  assert.ok(has("003", "terrorist"), "foreign terrorist organizations (003)");
  for (const d of single) assert.equal(d.severity, "info");
});

test("every reading a summary quotes is the named outlets' own words", () => {
  const articlesOf = new Map<string, number[]>();
  ingested.forEach((a, i) => {
    const name = a.outlet ?? ids[i];
    articlesOf.set(name, [...(articlesOf.get(name) ?? []), i]);
  });
  let checked = 0;
  for (const d of comparison.discrepancies) {
    for (const m of d.summary.matchAll(/"([^"]+)" \(([^()]+)\)/g)) {
      const named = m[2].split(";")[0].split(", ");
      for (const name of named) {
        const own = articlesOf.get(name);
        assert.ok(own, `"${name}" is not an outlet of the story (${d.summary})`);
        for (const stretch of m[1].split(" … ")) {
          assert.ok(own.some((i) => ingested[i].body.includes(stretch)), `${name} never wrote "${stretch}": ${d.summary}`);
          checked++;
        }
      }
    }
  }
  assert.ok(checked > 10, `only ${checked} quoted readings found`);
});
