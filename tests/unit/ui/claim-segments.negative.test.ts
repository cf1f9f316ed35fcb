import { test } from "node:test";
import assert from "node:assert/strict";
import { segmentBody, nestSegments, type ClaimSpan } from "../../../lib/ui/claim-segments";

const span = (key: string, start: number, end: number): ClaimSpan => ({ key, kind: "quote", start, end });
const BODY = "0123456789";

const BAD: { name: string; span: ClaimSpan }[] = [
  { name: "negative start", span: span("x", -1, 4) },
  { name: "end past the body", span: span("x", 5, 11) },
  { name: "start past the body", span: span("x", 12, 14) },
  { name: "empty span", span: span("x", 4, 4) },
  { name: "reversed span", span: span("x", 6, 2) },
  { name: "fractional offsets", span: span("x", 1.5, 3) },
  { name: "NaN offsets", span: span("x", Number.NaN, 3) },
];

for (const c of BAD) {
  test(`invalid span is dropped, not rendered: ${c.name}`, () => {
    const r = segmentBody(BODY, [c.span, span("ok", 2, 4)]);
    assert.deepEqual(r.dropped, [c.span]);
    assert.ok(r.segments.every((s) => !s.claims.includes("x")));
    assert.equal(r.segments.map((s) => s.text).join(""), BODY);
    assert.deepEqual(r.segments.filter((s) => s.claims.length).map((s) => s.text), ["23"]);
  });
}

test("a duplicate key keeps the first span and drops the second", () => {
  const r = segmentBody(BODY, [span("a", 0, 2), span("a", 5, 8)]);
  assert.deepEqual(r.dropped, [span("a", 5, 8)]);
  assert.deepEqual(r.segments.map((s) => s.claims.join("+")), ["a", ""]);
});

test("an empty body has no segments and drops every span", () => {
  const r = segmentBody("", [span("a", 0, 1)]);
  assert.deepEqual(r.segments, []);
  assert.equal(r.dropped.length, 1);
  assert.deepEqual(nestSegments(r.segments), []);
});

test("a span lying in a blank-line separator produces no claim node", () => {
  const body = "ab\n\n\ncd";
  const r = segmentBody(body, [span("gap", 2, 5)]);
  assert.deepEqual(r.dropped, []);
  assert.ok(r.segments.every((s) => s.claims.length === 0));
});
