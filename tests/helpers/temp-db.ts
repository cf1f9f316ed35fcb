// A fresh, migrated SQLite database in a temp folder, for tests of lib/data.
// Must run before lib/db is first imported (it reads DATABASE_URL once).
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

export function createTempDatabase(name = "test"): { url: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `parallax-${name}-`));
  const url = `file:${path.join(dir, "db.sqlite")}`;
  const r = prismaCli(["migrate", "deploy"], url);
  if (r.status !== 0) throw new Error(`migrate deploy failed: ${r.stdout}\n${r.stderr}`);
  return { url, dir };
}

export function useTempDatabase(name?: string): string {
  const { url } = createTempDatabase(name);
  process.env.DATABASE_URL = url;
  return url;
}
