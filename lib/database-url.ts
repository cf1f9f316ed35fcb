// The one place that decides which database Parallax uses. Shared by the
// Prisma CLI config, the start script and the runtime client so they always
// agree. Relative `file:` paths resolve from the project root (cwd).
export const DEFAULT_DATABASE_URL = "file:./data/parallax.db";

export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseUrl(env: Record<string, string | undefined> = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

/** `file:` is an SQLite file, `postgres://` or `postgresql://` a PostgreSQL server; anything else is refused. */
export function databaseProvider(url: string): DatabaseProvider {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL), but it is "${url.replace(/\/\/[^@/]*@/, "//***@")}".`);
}
