// The one place that decides which SQLite file Parallax uses. Shared by the
// Prisma CLI config, the start script and the runtime client so they always
// agree. Relative `file:` paths resolve from the project root (cwd).
export const DEFAULT_DATABASE_URL = "file:./data/parallax.db";

export function databaseUrl(env: Record<string, string | undefined> = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}
