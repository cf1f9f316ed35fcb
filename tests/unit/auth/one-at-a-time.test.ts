// Password hashing runs one call at a time: never two at once, in arrival order, and a failing
// call does not block the ones after it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { oneAtATime } from "../../../lib/auth/one-at-a-time";

test("calls never overlap and finish in arrival order; a failure does not block the queue", async () => {
  let running = 0;
  let most = 0;
  const order: number[] = [];
  const work = oneAtATime(async (n: number) => {
    running++;
    most = Math.max(most, running);
    await new Promise((r) => setTimeout(r, 5));
    running--;
    if (n === 2) throw new Error("bad input");
    order.push(n);
    return n * 10;
  });
  const results = await Promise.allSettled([1, 2, 3, 4].map((n) => work(n)));
  assert.equal(most, 1);
  assert.deepEqual(order, [1, 3, 4]);
  assert.deepEqual(results.map((r) => r.status), ["fulfilled", "rejected", "fulfilled", "fulfilled"]);
  assert.equal((results[2] as PromiseFulfilledResult<number>).value, 30);
});
