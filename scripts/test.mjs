#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests (node's runner), end-to-end tests
// (Playwright in Debian's Chromium against the built app), then the data layer and
// one end-to-end flow again on a throwaway PostgreSQL (scripts/test-postgres.mjs).
// Ends with one plain line "N passed, N failed" over every check and test.
//   --only typecheck|lint|unit|e2e|postgres   run one step
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
process.env.NEXT_TELEMETRY_DISABLED = "1";
const only = (() => {
  const i = process.argv.indexOf("--only");
  return i >= 0 ? process.argv[i + 1] : null;
})();
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
fs.mkdirSync("test-results", { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function step(name, fn) {
  if (only && only !== name) return;
  console.log(`\n━━ ${name} ━━`);
  const t0 = Date.now();
  const r = fn();
  passed += r.passed;
  failed += r.failed;
  if (r.failed) failures.push(`${name}: ${r.failed} failed${r.note ? ` (${r.note})` : ""}`);
  console.log(`━━ ${name}: ${r.passed} passed, ${r.failed} failed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

const sh = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } }).status;
const check = (status) => (status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

function listTests(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".test.ts")) out.push(p);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out.sort();
}

step("typecheck", () => check(sh(bin("tsc"), ["--noEmit"])));
step("lint", () => check(sh(bin("eslint"), [".", "--max-warnings=0"])));

step("unit", () => {
  const files = listTests("tests/unit");
  if (files.length === 0) return { passed: 0, failed: 1, note: "no unit tests found" };
  const tap = path.join("test-results", "unit.tap");
  const status = sh(process.execPath, [
    "--conditions=react-server",
    "--import", "tsx",
    "--test",
    "--test-concurrency=2",
    "--test-reporter=spec", "--test-reporter-destination=stdout",
    "--test-reporter=tap", `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  const text = fs.existsSync(tap) ? fs.readFileSync(tap, "utf8") : "";
  const count = (k) => Number(new RegExp(`^# ${k} (\\d+)$`, "m").exec(text)?.[1] ?? 0);
  const r = { passed: count("pass"), failed: count("fail") + count("cancelled") };
  if (status !== 0 && r.failed === 0) r.failed = 1;
  return r;
});

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return null;
  if (process.getuid?.() !== 0) {
    return `Chromium is missing at ${CHROMIUM}: install Debian's package as root ("apt-get update && apt-get install -y chromium") or set CHROMIUM_PATH.`;
  }
  console.log("Installing Debian's chromium for the end-to-end tests…");
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  if (sh("apt-get", ["update", "-qq"], env) !== 0 || sh("apt-get", ["install", "-y", "-qq", "chromium"], env) !== 0) {
    return "apt-get could not install chromium; install it by hand (apt-get install -y chromium).";
  }
  return fs.existsSync(CHROMIUM) ? null : `chromium was installed but ${CHROMIUM} is still missing.`;
}

step("e2e", () => {
  const problem = ensureChromium();
  if (problem) {
    console.error(problem);
    return { passed: 0, failed: 1, note: problem };
  }
  for (const f of ["test-results/e2e.db", "test-results/e2e.db-journal", "test-results/e2e-results.json"]) fs.rmSync(f, { force: true });
  const status = sh(bin("playwright"), ["test"]);
  const results = "test-results/e2e-results.json";
  if (!fs.existsSync(results)) return { passed: 0, failed: 1, note: "Playwright wrote no results" };
  const stats = JSON.parse(fs.readFileSync(results, "utf8")).stats ?? {};
  const r = { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0 };
  if (status !== 0 && r.failed === 0) r.failed = 1;
  return r;
});

// after the e2e step: the PostgreSQL flow reuses its build
step("postgres", () => {
  const summary = path.join("test-results", "postgres-summary.json");
  fs.rmSync(summary, { force: true });
  const status = sh(process.execPath, ["scripts/test-postgres.mjs"]);
  if (!fs.existsSync(summary)) return { passed: 0, failed: 1, note: "test-postgres wrote no summary" };
  const r = JSON.parse(fs.readFileSync(summary, "utf8"));
  if (status !== 0 && r.failed === 0) r.failed = 1;
  return r;
});

if (failures.length) console.log(`\nFailed: ${failures.join("; ")}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
