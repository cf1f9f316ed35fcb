#!/usr/bin/env node
// `npm start`: check the database path, build when the sources changed,
// apply migrations, load the sample story into an empty database, serve,
// with one job worker (scripts/worker.ts) beside the server.
// `--dev` runs `next dev` instead of building. PORT, HOST and DATABASE_URL
// are read from the environment.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { checkDatabaseUrl } from "./database-check.mjs";
import { ensureAuthSecret } from "./auth-secret.mjs";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
process.env.NEXT_TELEMETRY_DISABLED = "1";
const dev = process.argv.includes("--dev");
const port = process.env.PORT || "3000";
const host = process.env.HOST || "0.0.0.0";
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function fail(sentence) {
  process.stderr.write(`\nparallax: ${sentence}\n`);
  process.exit(1);
}

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { stdio: ["ignore", "pipe", "pipe"], env: process.env, encoding: "utf8" });
  if (r.status !== 0) {
    const said = `${r.stdout ?? ""}\n${r.stderr ?? ""}`.split("\n").map((l) => l.trim()).filter((l) => l && !/nodedir/.test(l));
    fail(`${what} failed: ${said.slice(-3).join(" ") || `exit code ${r.status}`}`);
  }
  return r.stdout;
}

const SOURCES = ["app", "components", "lib", "public", "generated", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];

function sourceHash() {
  const h = crypto.createHash("sha256");
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const n of fs.readdirSync(p).sort()) walk(path.join(p, n));
    else h.update(p).update(fs.readFileSync(p));
  };
  for (const s of SOURCES) walk(s);
  return h.digest("hex");
}

const db = checkDatabaseUrl(process.env.DATABASE_URL);
if (!db.ok) fail(db.message);
process.env.DATABASE_URL = db.url;
ensureAuthSecret(root);

// Fail fast, before a build, when another server holds the port.
const portFree = await new Promise((resolve) => {
  const probe = net.createServer().once("error", () => resolve(false));
  probe.listen(Number(port), host, () => probe.close(() => resolve(true)));
});
if (!portFree) fail(`port ${port} on ${host} is already in use; stop the other server or set PORT to a free port.`);

if (!dev) {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const stamp = path.join(distDir, "parallax-source-hash");
  const hash = sourceHash();
  const built = fs.existsSync(path.join(distDir, "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === hash;
  if (!built) {
    console.log("parallax: building the app (first start or sources changed)…");
    const r = spawnSync(bin("next"), ["build"], { stdio: "inherit", env: process.env });
    if (r.status !== 0) fail("the build failed; see the messages above.");
    fs.writeFileSync(stamp, hash);
  }
}

console.log("parallax: applying database migrations…");
run(bin("prisma"), ["migrate", "deploy"], "Applying the database migrations");
const seeded = run(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/seed.ts"], "Loading the sample story");
process.stdout.write(seeded);

console.log(`parallax: serving on http://localhost:${port}`);
// production: Next behind the page cache for readers without a session (scripts/serve.ts)
const child = dev
  ? spawn(bin("next"), ["dev", "-p", port, "-H", host], { stdio: "inherit", env: process.env })
  : spawn(process.execPath, ["--import", "tsx", path.join("scripts", "serve.ts")], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production", PORT: port, HOST: host } });

// The worker analyses what imports enqueue. It has an IPC channel to this process, so it stops when
// this process dies however it dies; one that crashes is started again.
let worker = null;
let stopping = false;
function startWorker() {
  worker = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join("scripts", "worker.ts")], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: process.env,
  });
  worker.on("exit", (code, signal) => {
    worker = null;
    if (stopping) return;
    console.error(`parallax: the job worker stopped (${signal ?? `exit code ${code}`}); starting it again`);
    setTimeout(() => stopping || startWorker(), 2000);
  });
}
startWorker();

// the server's exit code is this process's, once the worker has finished its job under way
function stopWorker() {
  stopping = true;
  if (!worker) return Promise.resolve();
  return new Promise((resolve) => {
    worker.once("exit", resolve);
    worker.kill("SIGTERM");
  });
}
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    child.kill(sig);
    stopWorker();
  });
}
child.on("exit", (code, signal) => stopWorker().then(() => process.exit(code ?? (signal ? 0 : 1))));
