import { test } from "node:test";
import assert from "node:assert/strict";
import { excerptAround, highlightParts, queryTerms } from "../../../lib/ui/highlight";
import { claimDetails, claimHeadline, formatClaimDate } from "../../../lib/ui/claim-details";
import { consensusKey, departsFrom, outletDivergence, type GroupForDivergence } from "../../../lib/ui/outlet-divergence";
import type { Claim } from "../../../lib/analysis/types";

const base = { id: "x1", text: "t", start: 0, end: 1, sentence: "t" };

test("query terms: words, quoted phrases, duplicates and short words", () => {
  assert.deepEqual(queryTerms('minister "border wall" a Minister,'), ["minister", "border wall"]);
  assert.deepEqual(queryTerms("  "), []);
  assert.deepEqual(queryTerms(null), []);
  assert.equal(queryTerms("a1 b2 c3 d4 e5 f6 g7 h8 i9 j10").length, 8);
});

const HIGHLIGHT: [string, string[], string][] = [
  ["The Minister spoke", ["minister"], "The [Minister] spoke"],
  ["aaa", ["a"], "[a][a][a]"],
  ["border wall and border", ["border wall", "border"], "[border wall] and [border]"],
  ["no match here", ["zzz"], "no match here"],
  ["a.b (c)", ["(c)"], "a.b [(c)]"],
  ["plain", [], "plain"],
];
for (const [text, terms, want] of HIGHLIGHT) {
  test(`highlight ${JSON.stringify(text)} with ${JSON.stringify(terms)}`, () => {
    assert.equal(highlightParts(text, terms).map((p) => (p.match ? `[${p.text}]` : p.text)).join(""), want);
  });
}

test("highlight of empty text is empty", () => assert.deepEqual(highlightParts("", ["x"]), []));

test("excerpt keeps short text and cuts long text around the first match", () => {
  assert.equal(excerptAround("short text", ["text"]), "short text");
  const long = `${"lorem ".repeat(60)}needle ${"ipsum ".repeat(60)}`;
  const ex = excerptAround(long, ["needle"], 40);
  assert.ok(ex.startsWith("…") && ex.endsWith("…") && ex.includes("needle"));
  assert.ok(ex.length < 100);
});

test("claim details per kind", () => {
  const quote = { ...base, kind: "quote", quote: { speaker: { name: "A. Person" }, quote: "x", cue: "said", direct: true } } as Claim;
  assert.deepEqual(claimDetails(quote), [
    { label: "Speaker", value: "A. Person" }, { label: "Cue", value: "said" }, { label: "Form", value: "Direct quote" },
  ]);
  assert.equal(claimHeadline(quote), "Quote · A. Person");
  const date = { ...base, kind: "date", date: { date: "2024-03-09", granularity: "day", phrase: "Saturday", event: "the vote", reference: "published" } } as Claim;
  assert.deepEqual(claimDetails(date).slice(0, 2), [{ label: "Date", value: "9 March 2024" }, { label: "Event", value: "the vote" }]);
  const num = { ...base, kind: "number", number: { value: 12000, max: 15000, unit: null, qualifier: "about", counts: "workers" } } as Claim;
  assert.equal(claimHeadline(num), "Number · about 12,000–15,000 workers");
  const role = { ...base, kind: "role", role: { person: { name: "B" }, title: "mayor", qualifier: "former" } } as Claim;
  assert.equal(claimHeadline(role), "Role · B, mayor");
  const action = { ...base, kind: "action", action: { actor: "the council", action: "reject", verb: "turned down", object: "the plan", target: null, place: null } } as Claim;
  assert.deepEqual(claimDetails(action).map((r) => r.label), ["Actor", "Action", "Object"]);
});

test("claim details tolerate missing slots", () => {
  assert.deepEqual(claimDetails({ kind: "quote" }), []);
  assert.equal(claimHeadline({ kind: "role" }), "Role · ");
});

test("claim dates by granularity, and junk passes through", () => {
  assert.equal(formatClaimDate("2024-03-01", "month"), "March 2024");
  assert.equal(formatClaimDate("2024-01-01", "year"), "2024");
  assert.equal(formatClaimDate("soon", "day"), "soon");
  assert.equal(formatClaimDate(null), null);
  assert.equal(formatClaimDate("2024-13-01", "day"), "2024-13-01");
});

const readings = [{ text: "U.S. President", normalized: "us president" }, { text: "president", normalized: "president" }];

test("consensus key: the matching reading, else the normalised consensus, else null", () => {
  assert.equal(consensusKey("U.S. President", readings), "us president");
  assert.equal(consensusKey("No, President  Trump!", []), "no president trump");
  assert.equal(consensusKey(null, readings), null);
  assert.equal(departsFrom("president", "U.S. President", readings), true);
  assert.equal(departsFrom("us president", "U.S. President", readings), false);
  assert.equal(departsFrom("president", null, readings), null);
});

test("outlet divergence per story: compared, departures, undecided, single source", () => {
  const g = (id: string, consensus: string | null, members: [string | null, string, string][], storyId = "s1"): GroupForDivergence => ({
    id, storyId, kind: "role", label: id, consensus, readings,
    members: members.map(([outletId, articleId, reading]) => ({ outletId, articleId, reading })),
  });
  const groups = [
    g("agree", "U.S. President", [["o1", "a1", "us president"], ["o2", "a2", "us president"]]),
    g("depart", "U.S. President", [["o1", "a1", "president"], ["o2", "a2", "us president"], ["o3", "a3", "us president"]]),
    g("nomajority", null, [["o1", "a1", "president"], ["o2", "a2", "us president"]]),
    g("single", "president", [["o1", "a1", "president"], ["o1", "a4", "president"]]),
    g("other-outlet", "president", [["o2", "a2", "president"]]),
    g("vs-unknown-outlet", "U.S. President", [["o1", "a1", "president"], [null, "a9", "us president"]], "s2"),
  ];
  const [s1, s2] = outletDivergence("o1", groups);
  assert.equal(s1.storyId, "s1");
  assert.equal(s1.groups, 4);
  assert.equal(s1.compared, 3);
  assert.equal(s1.undecided, 1);
  assert.deepEqual(s1.departures.map((d) => [d.id, d.reading]), [["depart", "president"]]);
  assert.equal(s1.divergence, 1 / 3);
  assert.deepEqual(s1.singleSource.map((x) => x.id), ["single"]);
  assert.equal(s2.compared, 1);
  assert.equal(s2.divergence, 1);
  assert.deepEqual(outletDivergence("nobody", groups), []);
});

test("outlet divergence follows the comparison's verdict when it is stored: compatible readings do not depart", () => {
  const base = { storyId: "s1", kind: "role", consensus: "U.S. President", readings };
  const groups: GroupForDivergence[] = [
    // "president" differs in text from the consensus, but the comparison found it compatible
    { ...base, id: "compatible", label: "compatible", departures: [], members: [{ outletId: "o1", articleId: "a1", reading: "president" }, { outletId: "o2", articleId: "a2", reading: "us president" }] },
    { ...base, id: "conflict", label: "conflict", departures: ["a1"], members: [{ outletId: "o1", articleId: "a1", reading: "former us president" }, { outletId: "o2", articleId: "a2", reading: "us president" }] },
  ];
  const [s] = outletDivergence("o1", groups);
  assert.deepEqual(s.departures.map((d) => d.id), ["conflict"]);
  assert.equal(s.divergence, 1 / 2);
});
