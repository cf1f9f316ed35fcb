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

test("mentions stored before 'via' existed: pronoun rows are marked pronoun, names stay names, in both databases' migration", async () => {
  const { default: Database } = await import("better-sqlite3");
  const dirs = fs.readdirSync("prisma/migrations").filter((d) => /^\d+_/.test(d)).sort();
  const at = dirs.indexOf("20261208020000_entity_mention_via");
  assert.ok(at > 0, "the migration that adds EntityMention.via");
  const db = new Database(":memory:");
  db.pragma("foreign_keys = OFF");
  for (const d of dirs.slice(0, at)) db.exec(fs.readFileSync(`prisma/migrations/${d}/migration.sql`, "utf8"));
  const insert = db.prepare(`INSERT INTO "EntityMention" ("id", "entityId", "articleId", "text", "start", "end") VALUES (?, 'e', 'a', ?, 0, 1)`);
  const rows: Array<[string, string]> = [
    ["1", "He"], ["2", "her"], ["3", "HIMSELF"], ["4", "hers"],
    ["5", "Ada Moss"], ["6", "Moss"], ["7", "Herr"], ["8", "the minister"], ["9", "Hiss"], ["10", "they"],
  ];
  for (const [id, text] of rows) insert.run(id, text);
  const sql = fs.readFileSync(`prisma/migrations/${dirs[at]}/migration.sql`, "utf8");
  db.exec(sql);
  const via = new Map((db.prepare(`SELECT "id", "via" FROM "EntityMention"`).all() as Array<{ id: string; via: string }>).map((r) => [r.id, r.via]));
  assert.deepEqual([...via.entries()].sort((a, b) => Number(a[0]) - Number(b[0])), [
    ["1", "pronoun"], ["2", "pronoun"], ["3", "pronoun"], ["4", "pronoun"],
    ["5", "name"], ["6", "name"], ["7", "name"], ["8", "name"], ["9", "name"], ["10", "name"],
  ]);
  db.close();
  // PostgreSQL runs the same statements
  const pg = fs.readFileSync(`prisma/postgres/migrations/${dirs[at]}/migration.sql`, "utf8");
  const update = sql.slice(sql.indexOf("UPDATE"));
  assert.ok(update.length > 20 && pg.includes(update), "the PostgreSQL migration marks the same rows");
});
