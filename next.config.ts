import type { NextConfig } from "next";
import { MAX_REQUEST_SIZE } from "./lib/http/limits";

const nextConfig: NextConfig = {
  // Pages read through lib/data; keep the native SQLite driver and the job queue's pg-boss (PostgreSQL) out of the bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg-boss"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit); repeating it in
  // every build would double the start-up time on small machines.
  typescript: { ignoreBuildErrors: true },
  // One request limit (lib/http/limits.ts): the proxy refuses larger declared bodies with 413, and
  // neither it nor a server action cuts a smaller one short.
  experimental: { serverActions: { bodySizeLimit: MAX_REQUEST_SIZE }, proxyClientMaxBodySize: MAX_REQUEST_SIZE },
  // Separate build folders let several builds of one checkout coexist.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
};

export default nextConfig;
