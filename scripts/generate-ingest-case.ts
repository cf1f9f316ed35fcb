// (Re)generates a golden case for the article ingest: tests/fixtures/ingest/<case>/{input.*, expected.json}.
//
//   npx tsx scripts/generate-ingest-case.ts <case> [input-file] [--source <path-or-url>]
//
// With an input file, copies it into the case folder first (as input.txt / input.html / input.json);
// without one, re-runs the case's existing input. Prints every line kept or removed (with the reason)
// so the expected body can be checked by hand before committing it.

import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { detectInputType, ingest } from "../lib/ingest/index";

const ROOT = join(import.meta.dirname, "..", "tests", "fixtures", "ingest");

function main(argv: string[]): void {
  const args = [...argv];
  let source: string | undefined;
  const s = args.indexOf("--source");
  if (s >= 0) {
    source = args[s + 1];
    args.splice(s, 2);
  }
  const [name, inputFile] = args;
  if (!name || !/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    console.error("usage: tsx scripts/generate-ingest-case.ts <case-name> [input-file] [--source <path-or-url>]");
    process.exit(2);
  }
  const dir = join(ROOT, name);
  mkdirSync(dir, { recursive: true });
  const expectedPath = join(dir, "expected.json");
  const previous = existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, "utf8")) : {};
  source ??= previous.source;

  if (inputFile) {
    const content = readFileSync(inputFile, "utf8");
    const type = detectInputType(content, inputFile);
    const ext = type === "html" ? "html" : type === "json" ? "json" : "txt";
    for (const f of readdirSync(dir)) if (f.startsWith("input.")) throw new Error(`${dir} already has ${f}; remove it first`);
    copyFileSync(inputFile, join(dir, `input.${ext}`));
  }
  const input = readdirSync(dir).find((f) => f.startsWith("input."));
  if (!input) throw new Error(`no input.* in ${dir}`);

  const article = ingest({ content: readFileSync(join(dir, input), "utf8"), source: source ?? input });
  const expected: Record<string, unknown> = {
    ...(source ? { source } : {}),
    title: article.title,
    outlet: article.outlet,
    publishedAt: article.publishedAt,
    publishedSource: article.publishedSource,
    body: article.body,
  };
  writeFileSync(expectedPath, JSON.stringify(expected, null, 2) + "\n");

  for (const seg of article.segments) {
    console.log(`${seg.kept ? "KEEP   " : "remove "} ${(seg.reason ?? "").padEnd(22)} | ${seg.text}`);
  }
  console.log(`\nwrote ${expectedPath}: title=${JSON.stringify(article.title)} outlet=${JSON.stringify(article.outlet)} publishedAt=${JSON.stringify(article.publishedAt)}`);
  console.log("Read the body against the article before committing it.");
}

main(process.argv.slice(2));
