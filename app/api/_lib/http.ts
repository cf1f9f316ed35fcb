import "server-only";
import { z } from "zod";
import { AppError, isAppError } from "@/lib/data/errors";
import { isJsonMediaType } from "@/lib/http/same-origin";
import { isStorageRefusal } from "@/lib/data/failure-reason";
import { IngestError } from "@/lib/ingest";

export interface ApiErrorBody {
  error: { code: string; message: string; field?: string };
}

export function apiError(status: number, code: string, message: string, field?: string): Response {
  const body: ApiErrorBody = { error: { code, message, ...(field ? { field } : {}) } };
  return Response.json(body, { status, headers: status === 401 ? { "www-authenticate": 'Cookie realm="parallax"' } : undefined });
}

/** Turns thrown errors into JSON {error: {code, message, field?}} with the AppError's status. */
export function toErrorResponse(e: unknown): Response {
  if (isAppError(e)) return apiError(e.status, e.code, e.message, e.field);
  if (e instanceof IngestError) return apiError(400, "invalid_input", e.message, "content");
  if (e instanceof z.ZodError) {
    const issue = e.issues[0];
    return apiError(400, "invalid_input", issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "Invalid input.", issue?.path.join(".") || undefined);
  }
  console.error(e);
  // the storage refusing writes is the operator's to fix, and the client's to retry later
  if (isStorageRefusal(e)) {
    return apiError(503, "storage_unavailable", "The database does not accept changes right now (read-only or out of disk space); nothing was stored. Try again later.");
  }
  return apiError(500, "internal", "The server hit an error; nothing was stored half-way.");
}

export async function handle(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (e) {
    return toErrorResponse(e);
  }
}

/** Parses a JSON request body with a zod schema; refuses other content types and malformed JSON. */
export async function readJson<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  // exactly JSON: a form or "text/plain;application/json" is what a cross-site page can send without asking
  if (!isJsonMediaType(request.headers.get("content-type"))) {
    throw new AppError("forbidden", "Send a JSON body (Content-Type: application/json).");
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch (e) {
    throw new z.ZodError([{ code: "custom", path: [], message: `The body is not valid JSON: ${(e as Error).message}`, input: undefined }]);
  }
  return schema.parse(body);
}

/** The site's public origin, for links in exports. */
export function originOf(request: Request): string {
  if (process.env.BETTER_AUTH_URL) return process.env.BETTER_AUTH_URL.replace(/\/+$/, "");
  const h = request.headers;
  const host = h.get("x-forwarded-host") ?? h.get("host");
  const proto = h.get("x-forwarded-proto")?.split(",")[0] ?? "http";
  return host ? `${proto}://${host}` : new URL(request.url).origin;
}
