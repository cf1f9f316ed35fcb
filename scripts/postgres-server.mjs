// A throwaway PostgreSQL server for tests and benchmarks: Debian's package run as a plain process
// (no service manager), listening on 127.0.0.1 only at a free port, trust auth, data in a temporary
// folder that stop() removes. Run as root it works as the `postgres` user, as initdb requires.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const INSTALL_HINT = 'install Debian\'s PostgreSQL as root ("apt-get update && apt-get install -y postgresql") or set PG_BIN to the folder holding initdb and pg_ctl';

function findBin() {
  if (process.env.PG_BIN) return fs.existsSync(path.join(process.env.PG_BIN, "initdb")) ? process.env.PG_BIN : null;
  const base = "/usr/lib/postgresql";
  const versions = fs.existsSync(base) ? fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, "bin", "initdb"))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(base, versions[0], "bin") : null;
}

/** initdb's folder, or an error sentence; installs Debian's package when missing and running as root, unless `install` is false. */
export function ensurePostgres({ install = true } = {}) {
  const found = findBin();
  if (found) return { bin: found };
  if (process.env.PG_BIN) return { error: `PG_BIN=${process.env.PG_BIN} holds no initdb; ${INSTALL_HINT}.` };
  if (!install || process.getuid?.() !== 0) return { error: `PostgreSQL is missing: ${INSTALL_HINT}.` };
  console.log("Installing Debian's postgresql for the PostgreSQL tests…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update", "-qq"], ["install", "-y", "-qq", "--no-install-recommends", "postgresql"]]) {
    if (spawnSync("apt-get", args, { stdio: "inherit", env }).status !== 0) return { error: `apt-get ${args[0]} failed; ${INSTALL_HINT}.` };
  }
  const bin = findBin();
  return bin ? { bin } : { error: `apt-get installed postgresql but no initdb is under /usr/lib/postgresql; ${INSTALL_HINT}.` };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer().once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts a server and returns { url, stop }. `url` points at the `postgres` database as the
 * superuser; callers create their own databases. stop() is idempotent and removes the folder.
 */
export async function startPostgres(bin, { name = "parallax-pg" } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) spawnSync("chown", ["-R", "postgres:postgres", dir]);
  // initdb and the server refuse to run as root
  const run = (cmd, args) => {
    const [c, a] = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, cmd), ...args]] : [path.join(bin, cmd), args];
    return spawnSync(c, a, { encoding: "utf8", cwd: dir });
  };
  const data = path.join(dir, "data");
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    if (fs.existsSync(path.join(data, "postmaster.pid"))) run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const init = run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
    if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
    const port = await freePort();
    // a throwaway server: durability settings off, loopback only, socket in the folder
    const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    const start = run("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-w", "-t", "30", "-o", options, "start"]);
    if (start.status !== 0) {
      const log = fs.existsSync(path.join(dir, "server.log")) ? fs.readFileSync(path.join(dir, "server.log"), "utf8") : "";
      throw new Error(`pg_ctl start failed: ${start.stderr || start.stdout}\n${log}`);
    }
    return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, port, dir, stop };
  } catch (e) {
    stop();
    throw e;
  }
}
