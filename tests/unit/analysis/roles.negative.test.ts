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
