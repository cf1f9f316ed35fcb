import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkDatabaseUrl, DEFAULT_DATABASE_URL } from "../../../scripts/database-check.mjs";
import { DEFAULT_DATABASE_URL as RUNTIME_DEFAULT, databaseProvider, databaseUrl } from "../../../lib/database-url";
import { ROOT } from "../../helpers/temp-db";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-dbcheck-"));
const aFile = path.join(tmp, "plain-file");
fs.writeFileSync(aFile, "x");

const cases: { name: string; url: string | undefined; ok: boolean; message?: RegExp }[] = [
  { name: "default when unset", url: undefined, ok: true },
  { name: "relative file URL", url: `file:${path.relative(process.cwd(), path.join(tmp, "a.db"))}`, ok: true },
  { name: "absolute file URL in a new folder", url: `file:${path.join(tmp, "new", "b.db")}`, ok: true },
  { name: "a PostgreSQL URL", url: "postgres://localhost/parallax", ok: true },
  { name: "a postgresql:// URL with password and schema", url: "postgresql://app:secret@db.internal:5432/parallax?schema=p", ok: true },
  { name: "a PostgreSQL URL without a server", url: "postgresql:///parallax", ok: false, message: /names no PostgreSQL server/ },
  { name: "a malformed PostgreSQL URL, password hidden", url: "postgresql://app:secret@[db/parallax", ok: false, message: /"postgresql:\/\/app:\*\*\*@\[db\/parallax" is not a valid PostgreSQL URL/ },
  { name: "another server's URL, password hidden", url: "mysql://app:secret@db/parallax", ok: false, message: /must be a SQLite file URL .* or a PostgreSQL URL .*"mysql:\/\/app:\*\*\*@db\/parallax"/ },
  { name: "garbage", url: "not a url", ok: false, message: /must be a SQLite file URL/ },
  { name: "no file name", url: "file:", ok: false, message: /does not name a database file/ },
  { name: "a folder under a plain file", url: `file:${path.join(aFile, "x.db")}`, ok: false, message: /Cannot create the database folder/ },
  { name: "a directory as the database", url: `file:${tmp}`, ok: false, message: /is not a file/ },
];

for (const c of cases) {
  test(`checkDatabaseUrl: ${c.name}`, () => {
    const r = checkDatabaseUrl(c.url);
    assert.equal(r.ok, c.ok, r.message);
    assert.doesNotMatch(r.message ?? "", /secret/);
    if (c.message) assert.match(r.message ?? "", c.message);
  });
}

test("the start script and the runtime agree on the default database", () => {
  assert.equal(DEFAULT_DATABASE_URL, RUNTIME_DEFAULT);
  assert.equal(databaseUrl({}), RUNTIME_DEFAULT);
  assert.equal(databaseUrl({ DATABASE_URL: "  file:./x.db " }), "file:./x.db");
});

test("the runtime picks the database from the URL's scheme and refuses others without showing a password", () => {
  assert.equal(databaseProvider("file:./x.db"), "sqlite");
  assert.equal(databaseProvider("postgres://db/parallax"), "postgresql");
  assert.equal(databaseProvider("postgresql://app:secret@db:5432/parallax"), "postgresql");
  assert.throws(() => databaseProvider("mysql://app:secret@db/parallax"), (e: Error) => /must start with file: .* or postgres:\/\//.test(e.message) && !/secret/.test(e.message));
  assert.throws(() => databaseProvider("./x.db"), /must start with file:/);
});

test("npm start with a broken DATABASE_URL stops with one clear sentence", () => {
  const r = spawnSync(process.execPath, ["scripts/start.mjs"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "mysql://nowhere/db", PORT: "0" },
    encoding: "utf8",
    timeout: 30_000,
  });
  assert.equal(r.status, 1);
  const lines = r.stderr.trim().split("\n").filter(Boolean);
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0], /^parallax: DATABASE_URL must be a SQLite file URL/);
  assert.doesNotMatch(r.stderr, /\bat \S+:\d+:\d+/);
});

test("npm start with an unwritable database path stops with one clear sentence", () => {
  const r = spawnSync(process.execPath, ["scripts/start.mjs"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${path.join(aFile, "db.sqlite")}`, PORT: "0" },
    encoding: "utf8",
    timeout: 30_000,
  });
  assert.equal(r.status, 1);
  const lines = r.stderr.trim().split("\n").filter(Boolean);
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0], /Cannot create the database folder .*set DATABASE_URL to a writable path/);
});

test("npm start on a port another server holds stops with one clear sentence, before building", async () => {
  const net = await import("node:net");
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as import("node:net").AddressInfo).port;
  try {
    const r = spawnSync(process.execPath, ["scripts/start.mjs"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${path.join(tmp, "port.db")}`, PORT: String(port), HOST: "127.0.0.1" },
      encoding: "utf8",
      timeout: 30_000,
    });
    assert.equal(r.status, 1);
    assert.match(r.stderr.trim(), new RegExp(`^parallax: port ${port} on 127\\.0\\.0\\.1 is already in use`));
    assert.doesNotMatch(r.stdout, /building/);
  } finally {
    server.close();
  }
});
