// Validates DATABASE_URL before anything touches it, so a typo or an
// unwritable folder stops with one clear sentence instead of a stack trace.
import fs from "node:fs";
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/parallax.db";

export function checkDatabaseUrl(raw) {
  const url = raw?.trim() || DEFAULT_DATABASE_URL;
  if (!url.startsWith("file:")) {
    return { ok: false, message: `DATABASE_URL must be a SQLite file URL such as ${DEFAULT_DATABASE_URL}, but it is "${url}".` };
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
