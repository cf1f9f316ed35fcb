import js from "@eslint/js";
import tseslint from "typescript-eslint";

// The pure layers (ingest, analysis, compare) must stay framework-free so they
// run the same in tests, the CLI, server actions and workers.
const PURE_LAYER_BANS = {
  patterns: [
    { group: ["next", "next/*", "react", "react/*", "react-dom", "react-dom/*"], message: "lib/ingest, lib/analysis and lib/compare are framework-free." },
    { group: ["@prisma/*", "**/generated/**", "server-only"], message: "Pure layers never touch the database." },
    { group: ["@/app/*", "**/app/**", "@/components/*", "**/components/**"], message: "Pure layers never import the UI." },
    { group: ["**/lib/data/**", "**/data/*", "@/lib/data/*", "**/db", "@/lib/db"], message: "Pure layers never import the data layer." },
    { group: ["node:fs", "node:fs/*", "fs", "fs/*", "node:http", "node:https", "node:net"], message: "Pure layers take their input as arguments; no I/O." },
  ],
};

export default tseslint.config(
  { ignores: ["node_modules/", ".next*/", "generated/", "tmp/", "tmp-*/", "test-results/", "playwright-report/", "next-env.d.ts", "prisma/schema-engine-shim.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", Buffer: "readonly", URL: "readonly", performance: "readonly", setTimeout: "readonly", clearTimeout: "readonly", fetch: "readonly", AbortController: "readonly", TextDecoder: "readonly", TextEncoder: "readonly", structuredClone: "readonly", globalThis: "readonly", document: "readonly", window: "readonly", Response: "readonly", Request: "readonly", Headers: "readonly", FormData: "readonly", File: "readonly", Blob: "readonly", WebAssembly: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    files: ["lib/ingest/**", "lib/analysis/**", "lib/compare/**", "lib/cluster/**"],
    rules: { "no-restricted-imports": ["error", PURE_LAYER_BANS] },
  },
  {
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@prisma/*", "**/generated/**", "@/lib/db", "**/lib/db"], message: "Pages read through lib/data, never Prisma directly." }] },
      ],
    },
  },
);
