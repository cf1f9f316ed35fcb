import { test } from "node:test";
import assert from "node:assert/strict";
import { whenUnlocked } from "../../../lib/data/when-unlocked";

const busy = Object.assign(new Error("Operation has timed out"), { code: "P1008" });
const failing = (times: number, error: Error) => {
  let calls = 0;
  const write = async () => {
    calls++;
    if (calls <= times) throw error;
    return "written";
  };
  return { write, calls: () => calls };
};

test("a write that meets another process's lock is run again until it gets through", async () => {
  const w = failing(3, busy);
  assert.equal(await whenUnlocked(w.write, { firstPauseMs: 1 }), "written");
  assert.equal(w.calls(), 4);
});

test("'database is locked' from the driver counts as busy too", async () => {
  const w = failing(1, new Error("SqliteError: database is locked"));
  assert.equal(await whenUnlocked(w.write, { firstPauseMs: 1 }), "written");
});

test("a PostgreSQL transaction aborted as conflicting is run again: P2034, or the driver adapter's error at COMMIT", async () => {
  const p2034 = failing(2, Object.assign(new Error("Transaction failed due to a write conflict or a deadlock"), { code: "P2034" }));
  assert.equal(await whenUnlocked(p2034.write, { firstPauseMs: 1 }), "written");
  assert.equal(p2034.calls(), 3);
  const atCommit = failing(1, Object.assign(new Error("DriverAdapterError"), { cause: { kind: "TransactionWriteConflict" } }));
  assert.equal(await whenUnlocked(atCommit.write, { firstPauseMs: 1 }), "written");
  const unique = failing(1, Object.assign(new Error("Unique constraint failed"), { code: "P2002", cause: { kind: "UniqueConstraintViolation" } }));
  await assert.rejects(whenUnlocked(unique.write, { firstPauseMs: 1 }), /Unique constraint/);
  assert.equal(unique.calls(), 1, "a unique violation is not a conflict to retry");
});

test("any other error is thrown at once, not retried", async () => {
  const w = failing(1, new Error("Unique constraint failed"));
  await assert.rejects(whenUnlocked(w.write, { firstPauseMs: 1 }), /Unique constraint/);
  assert.equal(w.calls(), 1);
});

test("it gives up after its attempts and says why", async () => {
  const w = failing(100, busy);
  await assert.rejects(whenUnlocked(w.write, { attempts: 3, firstPauseMs: 1 }), /timed out/);
  assert.equal(w.calls(), 3);
});
