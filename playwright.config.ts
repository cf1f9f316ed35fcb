import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3123);
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// npm run test:postgres points the app at a PostgreSQL server: then only the postgres-* specs run, and
// only then (the other specs share the SQLite run's database)
const onPostgres = /^postgres(ql)?:\/\//.test(process.env.E2E_DATABASE_URL ?? "");

// End-to-end tests drive Debian's Chromium against the built app on loopback,
// with a fresh SQLite database per run (set up by scripts/test.mjs).
export default defineConfig({
  testDir: "tests/e2e",
  ...(onPostgres ? { testMatch: "**/postgres-*.spec.ts" } : { testIgnore: "**/postgres-*.spec.ts" }),
  outputDir: onPostgres ? "test-results/e2e-postgres" : "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // one test opens many pages; on a shared two-core machine a page can take seconds
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: onPostgres ? "test-results/e2e-postgres-results.json" : "test-results/e2e-results.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: "node scripts/start.mjs",
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      HOST: "127.0.0.1",
      NEXT_TELEMETRY_DISABLED: "1",
      // the suite signs in from 127.0.0.1 (one address): room for its sign-ins, and a small
      // per-account limit the security test can reach
      PARALLAX_SIGN_IN_LIMIT: "200",
      PARALLAX_ACCOUNT_SIGN_IN_LIMIT: "5",
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./test-results/e2e.db",
      ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
    },
  },
});
