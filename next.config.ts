import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Pages read through lib/data; keep the native SQLite driver out of the bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
