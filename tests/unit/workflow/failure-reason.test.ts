// Which failures are the database's (the job runs again) and which the input's (the article fails),
// and what a stored reason may say.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Prisma } from "../../../generated/prisma/client";
import { isDatabaseFailure, publicReason } from "../../../lib/data/failure-reason";
import { AppError } from "../../../lib/data/errors";
import { IngestError } from "../../../lib/ingest";

const known = (code: string) => new Prisma.PrismaClientKnownRequestError("Unique constraint failed on the fields: (`key`)", { code, clientVersion: "7" });
const adapter = Object.assign(new Error("database is locked"), { name: "DriverAdapterError" });

const cases: [string, unknown, boolean][] = [
  ["a unique-key conflict (P2002)", known("P2002"), true],
  ["a transaction that could not start (P1008)", Object.assign(new Error("Operation has timed out"), { code: "P1008" }), true],
  ["the driver adapter's error", adapter, true],
  ["an unknown request error", new Prisma.PrismaClientUnknownRequestError("boom", { clientVersion: "7" }), true],
  ["a full disk", new Error("SQLITE_FULL: database or disk is full"), true],
  ["an input that cannot be read", new IngestError("no_body", "This input has no article text."), false],
  ["an application error", new AppError("invalid_input", "Too long."), false],
  ["a crash in the analysis", new TypeError("Cannot read properties of undefined"), false],
  ["a code that is not Prisma's", Object.assign(new Error("x"), { code: "ENOENT" }), false],
  ["nothing", null, false],
  ["a string", "P2002", false],
];
for (const [name, e, expected] of cases) {
  test(`database failure? ${name}: ${expected}`, () => assert.equal(isDatabaseFailure(e), expected));
}

test("a stored reason never carries the database's own words", () => {
  assert.doesNotMatch(publicReason(known("P2002")), /Unique constraint|key/);
  assert.equal(publicReason(new IngestError("no_body", "This input has no article text.")), "This input has no article text.");
});
