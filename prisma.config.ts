import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseProvider, databaseUrl } from "./lib/database-url";

// Prisma 7's CLI would download its native schema-engine binary, which this
// kind of machine cannot reach; point it at our wasm-backed stand-in instead.
// An explicit PRISMA_SCHEMA_ENGINE_BINARY still wins.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "prisma", "schema-engine-shim.mjs");

// The URL's scheme picks the schema and its migrations folder: migration SQL differs per database,
// and the PostgreSQL schema is generated from the SQLite one (scripts/gen-schemas.mjs).
const url = databaseUrl();
const dir = databaseProvider(url) === "postgresql" ? "prisma/postgres" : "prisma";

export default defineConfig({
  schema: `${dir}/schema.prisma`,
  migrations: { path: `${dir}/migrations` },
  datasource: { url },
});
