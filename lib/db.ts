import "server-only";
import fs from "node:fs";
import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { databaseUrl } from "./database-url";

// One Prisma client per process; reused across hot reloads in development.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** How long a write waits for another process's write lock before it fails (better-sqlite3's busy timeout). */
const LOCK_WAIT_MS = 15_000;

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

export function createClient(url: string = databaseUrl()): PrismaClient {
  useWriteAheadLog(url);
  return new PrismaClient({
    adapter: new PrismaBetterSqlite3({ url, timeout: LOCK_WAIT_MS }),
    // a story's comparison is written in one transaction; behind another process's write it may
    // wait for the lock, then take seconds of its own: Prisma's 2 s / 5 s defaults fail it
    transactionOptions: { maxWait: LOCK_WAIT_MS, timeout: 60_000 },
  });
}

export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

export type Db = PrismaClient;
