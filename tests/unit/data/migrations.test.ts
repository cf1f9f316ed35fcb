// Every migration applies to a fresh database through the offline schema
// engine, and the result matches schema.prisma: a Prisma upgrade that breaks
// the offline path, or a schema change without a migration, fails here.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { createTempDatabase, prismaCli } from "../../helpers/temp-db";

test("migrate deploy on a fresh database, then migrate status is clean", () => {
  const { url } = createTempDatabase("migrations");
  const status = prismaCli(["migrate", "status"], url);
  assert.equal(status.status, 0, status.stdout + status.stderr);
  assert.match(status.stdout, /Database schema is up to date/);
});

test("migrate status reports a database with no migrations applied", () => {
  const { url } = createTempDatabase("migrations-empty");
  const fresh = url.replace("db.sqlite", "empty.sqlite");
  fs.writeFileSync(fresh.slice("file:".length), "");
  const status = prismaCli(["migrate", "status"], fresh);
  assert.notEqual(status.status, 0);
  assert.match(status.stdout + status.stderr, /not yet been applied|have not yet been applied/);
});

test("the committed migrations produce exactly schema.prisma", () => {
  const { url } = createTempDatabase("migrations-diff");
  const diff = prismaCli(
    ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--exit-code"],
    url,
  );
  assert.equal(diff.status, 0, `schema.prisma has changes without a migration:\n${diff.stdout}${diff.stderr}`);
});
