import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Pages read through lib/data; keep the native SQLite driver out of the bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  // Separate build folders let several builds of one checkout coexist.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
};

export default nextConfig;
