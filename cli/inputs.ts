// File-system side of the CLI: expands directories and reads inputs, turning
// every problem into a per-path error instead of aborting the batch.
import fs from "node:fs/promises";
import path from "node:path";

export const INPUT_EXTENSIONS = [".txt", ".html", ".htm", ".json"];
/** Inputs larger than this are refused: no news article is 5 MB of text. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export interface PathError {
  path: string;
  message: string;
}

export interface LoadedInput {
  path: string;
  content: string;
}

export async function collectInputs(paths: string[]): Promise<{ files: string[]; errors: PathError[] }> {
  const files: string[] = [];
  const errors: PathError[] = [];
  for (const p of paths) {
    try {
      const stat = await fs.stat(p);
      if (stat.isDirectory()) {
        const names = (await fs.readdir(p)).sort();
        for (const name of names) {
          if (INPUT_EXTENSIONS.includes(path.extname(name).toLowerCase())) files.push(path.join(p, name));
        }
      } else {
        files.push(p);
      }
    } catch (e) {
      errors.push({ path: p, message: describeFsError(e) });
    }
  }
  return { files, errors };
}

export async function readInputs(files: string[]): Promise<{ inputs: LoadedInput[]; errors: PathError[] }> {
  const inputs: LoadedInput[] = [];
  const errors: PathError[] = [];
  for (const file of files) {
    try {
      const stat = await fs.stat(file);
      if (stat.size > MAX_INPUT_BYTES) {
        errors.push({ path: file, message: `is ${(stat.size / 1048576).toFixed(1)} MB; inputs over ${MAX_INPUT_BYTES / 1048576} MB are refused` });
        continue;
      }
      const bytes = await fs.readFile(file);
      inputs.push({ path: file, content: decodeText(bytes) });
    } catch (e) {
      errors.push({ path: file, message: describeFsError(e) });
    }
  }
  return { inputs, errors };
}

/** UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is read as UTF-8 and judged by ingest. */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString("utf16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString("utf16le");
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return e instanceof Error ? e.message : String(e);
}
