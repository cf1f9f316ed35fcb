// A fresh, migrated database for tests of lib/data: an SQLite file in a temp folder, or, when
// PARALLAX_TEST_POSTGRES_URL names a PostgreSQL server (npm run test:postgres), a new database on
// that server. Must run before lib/db is first imported (it reads DATABASE_URL once).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");

export function prismaCli(args: string[], databaseUrl: string) {
  return spawnSync(path.join(ROOT, "node_modules", ".bin", "prisma"), args, {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
}

/** The PostgreSQL server the data-layer tests run against, if any. */
export const TEST_POSTGRES_URL = process.env.PARALLAX_TEST_POSTGRES_URL?.trim() || null;
/** A migrated database on that server to copy (npm run test:postgres makes one): a copy takes a fraction of a second, migrate deploy several. */
const TEST_POSTGRES_TEMPLATE = process.env.PARALLAX_TEST_POSTGRES_TEMPLATE?.trim() || null;

const COPY_DATABASE = `
import pg from "pg";
const [server, name, template] = process.argv.slice(1);
const c = new pg.Client({ connectionString: server });
await c.connect();
await c.query(\`CREATE DATABASE "\${name}" TEMPLATE "\${template}"\`);
await c.end();
`;

/** `postgresUrl`: a PostgreSQL server for this database (the benchmarks), whatever the tests run on. */
export function createTempDatabase(name = "test", { postgresUrl = TEST_POSTGRES_URL }: { postgresUrl?: string | null } = {}): { url: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `parallax-${name}-`));
  let url = `file:${path.join(dir, "db.sqlite")}`;
  if (postgresUrl) {
    // one database per call, named after the folder: a copy of the template, or made by migrate deploy
    const server = new URL(postgresUrl);
    const database = path.basename(dir).toLowerCase().replace(/[^a-z0-9]+/g, "_");
    server.pathname = `/${database}`;
    url = server.toString();
    if (TEST_POSTGRES_TEMPLATE && postgresUrl === TEST_POSTGRES_URL) {
      const copy = spawnSync(process.execPath, ["--input-type=module", "-e", COPY_DATABASE, postgresUrl, database, TEST_POSTGRES_TEMPLATE], { cwd: ROOT, encoding: "utf8" });
      if (copy.status !== 0) throw new Error(`copying the template database failed: ${copy.stderr}`);
      return { url, dir };
    }
  }
  const r = prismaCli(["migrate", "deploy"], url);
  if (r.status !== 0) throw new Error(`migrate deploy failed: ${r.stdout}\n${r.stderr}`);
  return { url, dir };
}

export function useTempDatabase(name?: string): string {
  const { url } = createTempDatabase(name);
  process.env.DATABASE_URL = url;
  return url;
}
