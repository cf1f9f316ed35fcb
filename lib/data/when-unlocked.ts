// SQLite lets one process write at a time. A transaction that began reading before another
// process wrote cannot wait for the lock (SQLite answers "busy" at once, Prisma's P1008), so
// the whole transaction is run again, a little later; it rolled back, so nothing is doubled. On
// PostgreSQL the same goes for a transaction aborted as conflicting with another.

const ATTEMPTS = 8;
const FIRST_PAUSE_MS = 50;

function isBusy(e: unknown): boolean {
  const err = e as { code?: string; message?: string; cause?: { kind?: string } } | null;
  // PostgreSQL aborted a serializable transaction that conflicted with another (lib/db.ts): P2034 from a
  // statement, the driver adapter's own error when it happens at COMMIT
  if (err?.code === "P2034" || err?.cause?.kind === "TransactionWriteConflict") return true;
  // the same from a raw statement (pg-boss's, lib/jobs/pg-boss-queue.ts, run in the transaction): P2010 with PostgreSQL's code
  if (err?.code === "P2010" && /\b40001\b|\b40P01\b|could not serialize access|deadlock detected/.test(err.message ?? "")) return true;
  return err?.code === "P1008" || /database is locked|SQLITE_BUSY|Operation has timed out/i.test(err?.message ?? "");
}

/** Runs a write transaction, again after a growing, jittered pause while another process holds the lock. */
export async function whenUnlocked<T>(write: () => Promise<T>, { attempts = ATTEMPTS, firstPauseMs = FIRST_PAUSE_MS } = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (e) {
      if (attempt >= attempts || !isBusy(e)) throw e;
      const pause = firstPauseMs * 2 ** (attempt - 1);
      await new Promise((resolve) => setTimeout(resolve, pause / 2 + Math.random() * pause));
    }
  }
}
