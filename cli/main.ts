// Parallax from a shell: the same pipeline as the app, without the database.
//   npm run cli -- analyze <files or directories...> [--json]
//   npm run cli -- compare <files or directories...>
//   npm run cli -- extract-body <files...> [--json]
//   npm run cli -- cluster <files or directories...> [--json] [--incremental]
import { parseArgs } from "node:util";
import { collectInputs, readInputs } from "./inputs";
import { analyzeInputs } from "./analyze";
import { runCluster } from "./cluster";
import { formatComparison } from "../lib/compare/format-table";

const USAGE = `usage: npm run cli -- <command> [options] <files or directories...>

commands:
  analyze <paths...> [--json]   analyse the inputs as one story and print articles, claims,
                                groups and discrepancies (JSON with --json, else a summary)
  compare <paths...>            analyse the inputs as one story and print the comparison table
  extract-body <paths...> [--json]
                                print each input's cleaned article body
  cluster <paths...> [--json] [--incremental]
                                group the inputs into stories (every input in exactly one cluster);
                                --incremental adds them one at a time in publication order

inputs: .txt (plain text), .html/.htm, .json (news-please); directories are read for those files.
An unreadable, empty or malformed input is reported on stderr and the others are still processed;
the exit code is 1 when any input failed, 2 on a usage error.`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      incremental: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command, ...paths] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE + "\n");
    return values.help ? 0 : 2;
  }
  if (!["analyze", "compare", "extract-body", "cluster"].includes(command)) {
    process.stderr.write(`parallax: unknown command "${command}"\n\n${USAGE}\n`);
    return 2;
  }
  if (paths.length === 0) {
    process.stderr.write(`parallax: ${command} needs at least one file or directory\n`);
    return 2;
  }

  const { files, errors: pathErrors } = await collectInputs(paths);
  const { inputs, errors: readErrors } = await readInputs(files);
  if (command === "cluster") return runCluster(inputs, [...pathErrors, ...readErrors], values);
  const result = analyzeInputs(inputs, { compare: command !== "extract-body" });
  const errors = [...pathErrors, ...readErrors, ...result.errors];
  for (const e of errors) process.stderr.write(`parallax: ${e.path}: ${e.message}\n`);

  if (command === "extract-body") {
    if (values.json) {
      const out: Record<string, string> = {};
      for (const a of result.articles) out[a.source] = a.body;
      process.stdout.write(JSON.stringify(out, null, 2) + "\n");
    } else {
      for (const a of result.articles) {
        if (result.articles.length > 1) process.stdout.write(`==> ${a.source} <==\n`);
        process.stdout.write(a.body + "\n\n");
      }
    }
  } else if (command === "analyze" && values.json) {
    process.stdout.write(JSON.stringify(result.output, null, 2) + "\n");
  } else {
    const names = Object.fromEntries(result.output.articles.map((a) => [a.source, a.outlet ?? a.source]));
    if (command === "analyze") {
      for (const a of result.output.articles) {
        const counts = countBy(a.claims.map((c) => c.kind));
        process.stdout.write(`${a.source}: ${a.outlet ?? "unknown outlet"}, ${a.publishedAt ?? "no date"}, ${a.claims.length} claims ${JSON.stringify(counts)}\n`);
      }
    }
    if (result.comparison) process.stdout.write(formatComparison(result.comparison, names) + "\n");
  }
  if (result.articles.length === 0 && errors.length === 0) process.stderr.write("parallax: no input files found\n");
  return errors.length > 0 || result.articles.length === 0 ? 1 : 0;
}

function countBy(keys: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
}

// exitCode, not exit(): a pipe may still be draining a large JSON document.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`parallax: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
