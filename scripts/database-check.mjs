// Validates DATABASE_URL before anything touches it, so a typo or an
// unwritable folder stops with one clear sentence instead of a stack trace.
// `file:` URLs are SQLite files, `postgres://` and `postgresql://` PostgreSQL servers.
import fs from "node:fs";
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/parallax.db";
const POSTGRES_EXAMPLE = "postgresql://user:password@host:5432/parallax";

/** The URL as it may be shown: a password never reaches a log line. */
const shown = (url) => url.replace(/^([a-z]+:\/\/[^:@/]*):[^@/]*@/i, "$1:***@");

// The server is reached later (migrate deploy names an unreachable one); here only the form counts.
function checkPostgresUrl(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, message: `DATABASE_URL "${shown(url)}" is not a valid PostgreSQL URL; write it like ${POSTGRES_EXAMPLE}.` };
  }
  if (!u.hostname) return { ok: false, message: `DATABASE_URL "${shown(url)}" names no PostgreSQL server; write it like ${POSTGRES_EXAMPLE}.` };
  return { ok: true, url };
}

export function checkDatabaseUrl(raw) {
  const url = raw?.trim() || DEFAULT_DATABASE_URL;
  if (/^postgres(ql)?:\/\//i.test(url)) return checkPostgresUrl(url);
  if (!url.startsWith("file:")) {
    return { ok: false, message: `DATABASE_URL must be a SQLite file URL such as ${DEFAULT_DATABASE_URL} or a PostgreSQL URL such as ${POSTGRES_EXAMPLE}, but it is "${shown(url)}".` };
  }
  const file = url.slice("file:".length).replace(/\?.*$/, "");
  if (!file || file.endsWith("/")) return { ok: false, message: `DATABASE_URL "${url}" does not name a database file.` };
  const abs = path.resolve(file);
  const dir = path.dirname(abs);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    return { ok: false, message: `Cannot create the database folder ${dir} (${e.code ?? e.message}); set DATABASE_URL to a writable path.` };
  }
  try {
    if (fs.existsSync(abs)) {
      if (!fs.statSync(abs).isFile()) return { ok: false, message: `The database path ${abs} is not a file; set DATABASE_URL to a file path.` };
      fs.accessSync(abs, fs.constants.R_OK | fs.constants.W_OK);
    }
    // Probe the folder for real: access() always passes for root.
    const probe = path.join(dir, `.parallax-write-test-${process.pid}`);
    fs.writeFileSync(probe, "");
    fs.rmSync(probe);
  } catch (e) {
    return { ok: false, message: `The database at ${abs} is not writable (${e.code ?? e.message}); set DATABASE_URL to a writable path.` };
  }
  return { ok: true, url };
}
