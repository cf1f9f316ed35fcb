// What a stored failure says: the reason in words a user can act on, never the database's or a
// library's internal message (those go to the server log).
import { IngestError } from "../ingest";
import { isAppError } from "./errors";
import { AnalysisTimeout } from "../jobs/analysis-process";

const STORAGE = /readonly database|read-only|disk is full|SQLITE_FULL|SQLITE_READONLY|no space left/i;

/** Whether an error is the storage refusing writes (read-only or full): the operator's to fix, the client's to retry. */
export function isStorageRefusal(e: unknown): boolean {
  return STORAGE.test(String((e as Error)?.message ?? ""));
}

/**
 * Whether an error came from the database (a lock, a conflict, storage) rather than from the input:
 * such a failure says nothing about the article, so its job runs again instead of failing it.
 */
export function isDatabaseFailure(e: unknown): boolean {
  const err = e as { name?: string; code?: unknown } | null;
  if (!err || typeof err !== "object") return false;
  if (typeof err.code === "string" && /^P\d{4}$/.test(err.code)) return true;
  return /^(PrismaClient\w*Error|DriverAdapterError)$/.test(err.name ?? "") || isStorageRefusal(e);
}

export function publicReason(e: unknown): string {
  if (isAppError(e) || e instanceof IngestError || e instanceof AnalysisTimeout) return e.message;
  if (isStorageRefusal(e)) return "the database refused the write (read-only or out of disk space)";
  return "an internal error (the details are in the server log)";
}
