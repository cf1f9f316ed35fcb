// Checks an import input before anything is stored: bytes decoded to text
// (UTF-8, or the charset the source declares), not binary, not empty, under
// the size cap, JSON that parses when it is JSON, and an article body (in any language). Each failure is an
// AppError naming the form field it concerns.
import { validateRawInput, MAX_ARTICLE_BYTES } from "./add-articles";
import { AppError } from "./errors";
import { detectInputType, ingest, IngestError } from "../ingest";
import type { InputType } from "../ingest/types";

export { MAX_ARTICLE_BYTES };

/** File names (or URL paths) the importer accepts, by extension. */
export const ACCEPTED_EXTENSIONS = [".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".json"];

function fail(message: string, field: string): never {
  throw new AppError("invalid_input", message, field);
}

function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? null;
}

/**
 * Bytes to text. A UTF-8 or UTF-16 byte-order mark wins; then a declared
 * charset (HTTP header, or an HTML meta tag); else the bytes must be valid
 * UTF-8.
 */
export function decodeBytes(bytes: Uint8Array, options: { label: string; field: string; charset?: string | null }): string {
  const { label, field } = options;
  if (bytes.byteLength === 0) fail(`${label} is empty.`, field);
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    fail(`${label} is ${(bytes.byteLength / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB.`, field);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) fail(`${label} looks like a binary file, not text, HTML or JSON.`, field);
  const declared = (options.charset ?? charsetFromMeta(bytes))?.trim().toLowerCase() ?? null;
  if (declared && !/^(utf-?8|us-ascii|ascii)$/.test(declared)) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      fail(`${label} declares the character set "${declared}", which Parallax cannot read. Save it as UTF-8.`, field);
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return fail(`${label} is not valid UTF-8 text (it may use another encoding, such as Latin-1). Save it as UTF-8 and try again.`, field);
  }
}

/**
 * Validates text about to be imported and returns its input type. JSON input
 * must parse (news-please JSON); the parser's position is reported.
 */
export function checkImportContent(content: string, options: { label: string; field: string; type?: InputType; source?: string | null }): InputType {
  try {
    validateRawInput(content, options.label);
  } catch (e) {
    if (e instanceof AppError) throw new AppError(e.code, e.message, options.field);
    throw e;
  }
  const type = options.type ?? detectInputType(content, options.source ?? undefined);
  if (type === "json") {
    try {
      const parsed: unknown = JSON.parse(content.replace(/^\uFEFF/, ""));
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) fail(`${options.label} is JSON but not an article object (news-please JSON).`, options.field);
    } catch (e) {
      if (e instanceof AppError) throw e;
      fail(`${options.label} is not valid JSON: ${(e as Error).message}.`, options.field);
    }
  }
  // Extraction is pure and takes milliseconds: run it now so that input it
  // can never analyse (no article body, another language, JSON that is no
  // article, nesting too deep to read) is refused at its field instead of
  // being stored as a failed article. Extraction gives the same verdict on
  // every retry, so nothing retryable is lost.
  try {
    ingest({ content, type, source: options.source ?? undefined });
  } catch (e) {
    if (e instanceof IngestError) fail(`${options.label}: ${e.message}`, options.field);
    if (e instanceof RangeError) fail(`${options.label} is nested too deeply to read as an article.`, options.field);
    throw e;
  }
  return type;
}

/** Whether a file name has an extension the importer accepts. */
export function acceptedFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return ACCEPTED_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
