// The JSON stored in text columns is checked by its schema when written and when read.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../../../lib/analysis/pipeline";
import {
  DiscrepancyEvidence, GroupData, readClaim, readEntities, readEvidence, readGroupData, readOverrides, readSegments, StoredClaim, toJsonColumn,
} from "../../../lib/data/stored-json";

test("stored claims: every claim the analysis makes is written and read back unchanged", () => {
  const { claims } = analyzeArticle({
    body: "Former Mayor Ana Ruiz said on Monday that \u201cthe bridge will open in May.\u201d The city rejected the plan. About 40 people attended.",
    publishedAt: "2024-03-04T10:00:00",
  });
  assert.ok(new Set(claims.map((c) => c.kind)).size >= 4, JSON.stringify(claims.map((c) => c.kind)));
  for (const c of claims) assert.deepEqual(readClaim(toJsonColumn(StoredClaim, c)), c);
});

test("stored JSON: what is not JSON or not of the schema reads as the fallback, never as a cast", () => {
  const cases: [string, string | null][] = [
    ["missing", null], ["empty", ""], ["not JSON", "{oops"], ["wrong kind", JSON.stringify({ kind: "rumour", text: "x" })],
    ["missing slots", JSON.stringify({ kind: "quote", id: "q1", text: "x", start: 0, end: 1, sentence: "x" })],
  ];
  for (const [name, text] of cases) assert.equal(readClaim(text), null, name);
  assert.deepEqual(readGroupData("[1,2]"), { readings: [], consensus: null, variants: null, departures: [] });
  assert.deepEqual(readEvidence(JSON.stringify({ readings: "no" })), { readings: [], differing: [] });
  assert.equal(readSegments(JSON.stringify([{ text: 1 }])), null);
  assert.deepEqual(readOverrides(JSON.stringify({ outlet: 5 })), {});
});

test("stored JSON: older rows without the optional parts read with their defaults", () => {
  assert.deepEqual(readGroupData(JSON.stringify({ consensus: "x" })), { readings: [], consensus: "x", variants: null, departures: [] });
  const ev = readEvidence(JSON.stringify({ readings: [{ text: "a", articleIds: ["a1"] }], reason: "typo" }));
  assert.deepEqual(ev, { readings: [{ text: "a", articleIds: ["a1"], claimIds: [] }], differing: [], reason: "typo" });
});

test("stored JSON: a value that does not fit its schema is refused when written", () => {
  assert.throws(() => toJsonColumn(GroupData, { readings: [{ text: "a" }] } as never));
  assert.throws(() => toJsonColumn(DiscrepancyEvidence, { differing: [{ articleIds: "a1", words: [] }] } as never));
  assert.throws(() => toJsonColumn(StoredClaim, { kind: "number", id: "n1", text: "4", start: 0, end: 1, sentence: "4", number: { value: "4" } } as never));
});

test("stored claims: a number stored before its bound was a slot reads with the bound its qualifier gives", () => {
  const old = { id: "n1", kind: "number", text: "nearly 40", start: 0, end: 9, sentence: "nearly 40 came.", number: { value: 40, unit: null, qualifier: "nearly", counts: null } };
  const claim = readClaim(JSON.stringify(old));
  assert.ok(claim && claim.kind === "number");
  assert.equal(claim.number.bound, "near");
});

test("stored claims: a role stored before titles were typed reads with its office, jurisdiction and status", () => {
  const old = { id: "r1", kind: "role", text: "former U.S. President Al Grant", start: 0, end: 30, sentence: "x", role: { person: { name: "Al Grant" }, title: "U.S. President", qualifier: "former" } };
  const claim = readClaim(JSON.stringify(old));
  assert.ok(claim && claim.kind === "role");
  assert.deepEqual([claim.role.office, claim.role.jurisdiction, claim.role.status], ["president", ["us"], "former"]);
});

test("stored claims: an action stored before places were keyed reads with its place keys", () => {
  const old = { id: "a1", kind: "action", text: "sent inspectors into Peru", start: 0, end: 25, sentence: "x", action: { actor: "X", action: "send", verb: "sent", object: "inspectors", target: null, place: "into Peru" } };
  const claim = readClaim(JSON.stringify(old));
  assert.ok(claim && claim.kind === "action");
  assert.deepEqual(claim.action.placeKeys, ["peru"]);
});

test("stored entities: mention rows grouped by entity in text order; rows of an unknown kind or way of naming left out", () => {
  const row = (id: string, kind: string, name: string, text: string, start: number, via: string) =>
    ({ text, start, end: start + text.length, via, entity: { id, kind, name } });
  const cases: [string, ReturnType<typeof row>[], [string, string, string[]][]][] = [
    ["none", [], []],
    ["one person, mentions sorted", [row("e1", "person", "Ana Ruiz", "she", 40, "pronoun"), row("e1", "person", "Ana Ruiz", "Ana Ruiz", 0, "name")],
      [["e1", "person", ["Ana Ruiz:name", "she:pronoun"]]]],
    ["two entities", [row("e2", "org", "Harbor Board", "Harbor Board", 10, "name"), row("e1", "person", "Ana Ruiz", "Ruiz", 30, "surname")],
      [["e2", "org", ["Harbor Board:name"]], ["e1", "person", ["Ruiz:surname"]]]],
    ["unknown way of naming", [row("e1", "person", "Ana Ruiz", "Ana", 0, "nickname"), row("e1", "person", "Ana Ruiz", "Ruiz", 9, "surname")],
      [["e1", "person", ["Ruiz:surname"]]]],
    ["unknown kind", [row("e3", "animal", "Rex", "Rex", 0, "name")], []],
  ];
  for (const [name, rows, want] of cases) {
    const got = readEntities(rows).map((e) => [e.id, e.kind, e.mentions.map((m) => `${m.text}:${m.via}`)]);
    assert.deepEqual(got, want, name);
  }
});
