import "server-only";
import fs from "node:fs";
import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresClient } from "../generated/prisma-postgres/client";
import { databaseProvider, databaseUrl } from "./database-url";

// One Prisma client per process; reused across hot reloads in development.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** How long a write waits for another process's write lock (SQLite) or a pooled connection (PostgreSQL) before it fails. */
const LOCK_WAIT_MS = 15_000;

// a story's comparison is written in one transaction; behind another process's write it may
// wait, then take seconds of its own: Prisma's 2 s / 5 s defaults fail it
const transactionOptions = { maxWait: LOCK_WAIT_MS, timeout: 60_000 };

/**
 * Write-ahead logging lets readers and one writer work at once, so pages keep answering while an
 * import writes and two processes can import into one file. The mode is stored in the file: setting
 * it once per process is enough, and a file that does not exist yet is left to the migrations.
 */
function useWriteAheadLog(url: string): void {
  const file = url.replace(/^file:/, "").replace(/\?.*$/, "");
  if (!file || file === ":memory:" || !fs.existsSync(file)) return;
  const sqlite = new Database(file, { timeout: LOCK_WAIT_MS });
  try {
    sqlite.pragma("journal_mode = WAL");
  } finally {
    sqlite.close();
  }
}

/**
 * `?schema=name` is Prisma's way to name a PostgreSQL schema, not a libpq parameter: the adapter
 * qualifies its own queries with it and search_path covers raw SQL.
 */
function postgresClient(url: string): PrismaClient {
  const u = new URL(url);
  const schema = u.searchParams.get("schema");
  u.searchParams.delete("schema");
  const pool = { connectionString: u.toString(), ...(schema ? { options: `-c search_path="${schema.replace(/"/g, '""')}"` } : {}) };
  // SQLite runs one write transaction at a time, and the data layer's read-then-create transactions (a
  // story's missing entities, an unknown outlet) rely on it. Under PostgreSQL's default (read committed)
  // two workers analysing one story both create the same entity (the 2-worker ingest bench lost 5 of 200
  // articles to unique violations); serializable aborts one of them instead (P2034), and whenUnlocked
  // runs it again as it does when SQLite is busy.
  const client = new PostgresClient({
    adapter: new PrismaPg(pool, schema ? { schema } : undefined),
    transactionOptions: { ...transactionOptions, isolationLevel: "Serializable" },
  });
  // generated from the same models (scripts/gen-schemas.mjs): the two clients differ only in provider-specific extras
  return client as unknown as PrismaClient;
}

/** The client for DATABASE_URL's database: `file:` is SQLite, `postgres://` / `postgresql://` PostgreSQL. */
export function createClient(url: string = databaseUrl()): PrismaClient {
  if (databaseProvider(url) === "postgresql") return postgresClient(url);
  useWriteAheadLog(url);
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url, timeout: LOCK_WAIT_MS }), transactionOptions });
}

export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

export type Db = PrismaClient;
