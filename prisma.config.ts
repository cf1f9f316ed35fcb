import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseUrl } from "./lib/database-url";

// Prisma 7's CLI would download its native schema-engine binary, which this
// kind of machine cannot reach; point it at our wasm-backed stand-in instead.
// An explicit PRISMA_SCHEMA_ENGINE_BINARY still wins.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "prisma", "schema-engine-shim.mjs");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: databaseUrl() },
});
