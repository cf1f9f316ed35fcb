// Failed sign-ins per account: refused past the limit within the window, from any address; a
// success clears the account; the memory stays bounded.
import { test } from "node:test";
import assert from "node:assert/strict";
import { FailureLimiter } from "../../../lib/auth/attempt-limit";

test("failures past the limit are refused until the oldest one leaves the window", () => {
  const l = new FailureLimiter(3, 60_000);
  for (let i = 0; i < 3; i++) {
    assert.equal(l.check("a@x.org", i * 1000).ok, true);
    l.fail("a@x.org", i * 1000);
  }
  const refused = l.check("a@x.org", 5_000);
  assert.equal(refused.ok, false);
  assert.equal(refused.retryAfter, 55);
  assert.equal(l.check("b@x.org", 5_000).ok, true, "another account is not affected");
  assert.equal(l.check("a@x.org", 60_001).ok, true, "the first failure has left the window");
});

test("a success clears the account's failures", () => {
  const l = new FailureLimiter(2, 60_000);
  l.fail("a@x.org", 0);
  l.succeed("a@x.org");
  l.fail("a@x.org", 1);
  assert.equal(l.check("a@x.org", 2).ok, true);
  l.fail("a@x.org", 3);
  assert.equal(l.check("a@x.org", 4).ok, false);
});

test("memory is bounded: the accounts that failed longest ago are forgotten first", () => {
  const l = new FailureLimiter(1, 60_000, 2);
  l.fail("a", 0);
  l.fail("b", 1);
  l.fail("c", 2);
  assert.equal(l.check("a", 3).ok, true, "a was evicted");
  assert.equal(l.check("c", 3).ok, false);
});
