// The PostgreSQL schema and migrations are generated from prisma/schema.prisma (scripts/gen-schemas.mjs):
// the committed ones must match, a model change gets a migration of its own, and, on a PostgreSQL
// server (npm run test:postgres), the migrations apply and produce exactly that schema.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTempDatabase, prismaCli, ROOT, TEST_POSTGRES_URL } from "../../helpers/temp-db";

const genSchemas = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [path.join(cwd, "scripts", "gen-schemas.mjs"), ...args], { cwd, encoding: "utf8" });

/** The files gen-schemas reads and writes, in a folder of their own (node_modules shared). */
function copyProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-gen-schemas-test-"));
  for (const p of ["prisma", "scripts/gen-schemas.mjs", "prisma.config.ts", "lib/database-url.ts", "package.json"]) {
    fs.cpSync(path.join(ROOT, p), path.join(dir, p), { recursive: true });
  }
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  return dir;
}

test("the committed PostgreSQL schema and migrations match prisma/schema.prisma", () => {
  const r = genSchemas(ROOT, "--check");
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const pg = fs.readFileSync(path.join(ROOT, "prisma/postgres/schema.prisma"), "utf8");
  assert.match(pg, /provider = "postgresql"/);
  assert.match(pg, /output\s+= "\.\.\/\.\.\/generated\/prisma-postgres"/);
  assert.doesNotMatch(pg, /"sqlite"/);
});

test("a model change is stale until regenerated, needs its SQLite migration first, then gets a PostgreSQL migration of that name", () => {
  const dir = copyProject();
  try {
    const schema = path.join(dir, "prisma/schema.prisma");
    fs.appendFileSync(schema, "\nmodel Probe {\n  id   String @id\n  note String?\n}\n");

    const stale = genSchemas(dir, "--check");
    assert.equal(stale.status, 1);
    assert.match(stale.stderr, /is stale: run `npm run db:schemas`/);

    const early = genSchemas(dir);
    assert.equal(early.status, 1, "without a SQLite migration for the change there is nothing to name it after");
    assert.match(early.stderr, /create the SQLite migration for the change first/);

    fs.mkdirSync(path.join(dir, "prisma/migrations/29990101000000_probe"));
    const made = genSchemas(dir);
    assert.equal(made.status, 0, made.stderr);
    const sql = fs.readFileSync(path.join(dir, "prisma/postgres/migrations/29990101000000_probe/migration.sql"), "utf8");
    assert.match(sql, /CREATE TABLE "Probe"/);
    assert.doesNotMatch(sql, /CREATE TABLE "Story"/, "only the change, not the tables earlier migrations made");
    assert.equal(genSchemas(dir, "--check").status, 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a schema that is not the SQLite one is refused with the reason", () => {
  const dir = copyProject();
  try {
    const schema = path.join(dir, "prisma/schema.prisma");
    fs.writeFileSync(schema, fs.readFileSync(schema, "utf8").replace('provider = "sqlite"', 'provider = "mysql"'));
    const r = genSchemas(dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /has no datasource db with provider = "sqlite"/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("on PostgreSQL: migrate deploy, a clean migrate status, and the migrations produce exactly the schema", { skip: !TEST_POSTGRES_URL && "needs npm run test:postgres" }, () => {
  const { url } = createTempDatabase("pg-migrations");
  const status = prismaCli(["migrate", "status"], url);
  assert.equal(status.status, 0, status.stdout + status.stderr);
  assert.match(status.stdout, /Database schema is up to date/);
  // builds the migrations in a throwaway shadow database: the main one must stay as it is
  const diff = prismaCli(["migrate", "diff", "--from-migrations", "prisma/postgres/migrations", "--to-schema", "prisma/postgres/schema.prisma", "--exit-code"], url);
  assert.equal(diff.status, 0, `the PostgreSQL migrations do not produce the schema:\n${diff.stdout}${diff.stderr}`);
  assert.match(prismaCli(["migrate", "status"], url).stdout, /Database schema is up to date/);
});

test("on PostgreSQL: migrate status reports a database with no migrations applied", { skip: !TEST_POSTGRES_URL && "needs npm run test:postgres" }, () => {
  const { url } = createTempDatabase("pg-migrations-empty");
  const empty = new URL(url);
  empty.pathname = `${empty.pathname}_empty`;
  const made = spawnSync(process.execPath, ["--input-type=module", "-e", `import pg from "pg"; const c = new pg.Client(${JSON.stringify(url)}); await c.connect(); await c.query('CREATE DATABASE "${empty.pathname.slice(1)}"'); await c.end();`], { cwd: ROOT, encoding: "utf8" });
  assert.equal(made.status, 0, made.stderr);
  const status = prismaCli(["migrate", "status"], empty.toString());
  assert.notEqual(status.status, 0);
  assert.match(status.stdout + status.stderr, /not yet been applied/);
});
