import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Pages read through lib/data; keep the native SQLite driver out of the bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit); repeating it in
  // every build would double the start-up time on small machines.
  typescript: { ignoreBuildErrors: true },
  // Several files of up to 2 MB each (lib/data/add-articles.ts) in one import form.
  experimental: { serverActions: { bodySizeLimit: "12mb" } },
  // Separate build folders let several builds of one checkout coexist.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
};

export default nextConfig;
