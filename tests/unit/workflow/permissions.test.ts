// The permission table, every role x action, and the server-side check.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ACTIONS, ROLES, can, type Action, type Role } from "../../../lib/auth/roles";
import { authorize, authorizeUser, type Actor } from "../../../lib/auth/permissions";
import { AppError } from "../../../lib/data/errors";

// The expected table, written out by hand: a change here is a policy change.
const EXPECTED: Record<Action, Role[]> = {
  "story.read": ["viewer", "reviewer", "editor"],
  "review.read": ["viewer", "reviewer", "editor"],
  "article.add": ["reviewer", "editor"],
  "article.retry": ["reviewer", "editor"],
  "article.edit": ["editor"],
  "story.create": ["editor"],
  "discrepancy.flag": ["reviewer", "editor"],
  "discrepancy.status": ["reviewer", "editor"],
  "discrepancy.assign": ["reviewer", "editor"],
  "discrepancy.note": ["reviewer", "editor"],
  "user.manage": ["editor"],
};

test("the table lists every action", () => {
  assert.deepEqual(Object.keys(EXPECTED).sort(), [...ACTIONS].sort());
});

for (const action of ACTIONS) {
  for (const role of ROLES) {
    const allowed = EXPECTED[action].includes(role);
    test(`${role} ${allowed ? "may" : "may not"} ${action}`, () => {
      assert.equal(can(role, action), allowed);
      const actor: Actor = { id: "u1", name: "U", email: "u@example.org", role };
      if (allowed) assert.doesNotThrow(() => authorize(actor, action));
      else
        assert.throws(() => authorize(actor, action), (e: unknown) => e instanceof AppError && e.code === "forbidden" && e.status === 403);
    });
  }
}

test("unknown roles, empty and null roles may do nothing", () => {
  for (const role of ["admin", "", "Editor", null, undefined, "viewer "]) {
    for (const action of ACTIONS) assert.equal(can(role as string, action), false, `${String(role)} ${action}`);
  }
});

test("anonymous visitors may read when reading is open, and nothing else", () => {
  delete process.env.PARALLAX_REQUIRE_SIGN_IN;
  for (const action of ACTIONS) {
    if (action === "story.read" || action === "review.read") assert.doesNotThrow(() => authorize(null, action));
    else assert.throws(() => authorize(null, action), (e: unknown) => e instanceof AppError && e.code === "unauthorized" && e.status === 401);
  }
});

test("with PARALLAX_REQUIRE_SIGN_IN=1 anonymous reads are refused with 401, signed-in viewers still read", () => {
  process.env.PARALLAX_REQUIRE_SIGN_IN = "1";
  try {
    assert.throws(() => authorize(null, "story.read"), (e: unknown) => e instanceof AppError && e.status === 401);
    assert.throws(() => authorize(undefined, "review.read"), (e: unknown) => e instanceof AppError && e.status === 401);
    assert.doesNotThrow(() => authorize({ id: "v", name: "V", email: "v@x", role: "viewer" }, "story.read"));
  } finally {
    delete process.env.PARALLAX_REQUIRE_SIGN_IN;
  }
});

test("authorizeUser always needs a user, even for reads", () => {
  assert.throws(() => authorizeUser(null, "story.read"), (e: unknown) => e instanceof AppError && e.code === "unauthorized");
});
