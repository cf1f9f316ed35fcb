// The review state machine: every allowed and every refused transition.
import { test } from "node:test";
import assert from "node:assert/strict";
import { REVIEW_STATUSES, canTransition, nextStatuses } from "../../../lib/data/review-transitions";

const ALLOWED = new Set([
  "open>in_review",
  "in_review>confirmed",
  "in_review>dismissed",
  "in_review>open",
  "confirmed>open",
  "dismissed>open",
  "resolved>open",
]);

for (const from of REVIEW_STATUSES) {
  for (const to of REVIEW_STATUSES) {
    const ok = ALLOWED.has(`${from}>${to}`);
    test(`${from} -> ${to} is ${ok ? "allowed" : "refused"}`, () => assert.equal(canTransition(from, to), ok));
  }
}

test("unknown statuses are refused both ways", () => {
  assert.equal(canTransition("open", "closed"), false);
  assert.equal(canTransition("closed", "open"), false);
  assert.equal(canTransition("", ""), false);
  assert.deepEqual(nextStatuses("nope"), []);
});

test("nobody can skip the review: open cannot go straight to confirmed or dismissed", () => {
  assert.equal(canTransition("open", "confirmed"), false);
  assert.equal(canTransition("open", "dismissed"), false);
  assert.equal(canTransition("open", "resolved"), false);
});
