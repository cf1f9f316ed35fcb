import "server-only";
import { db } from "../db";

export interface Health {
  ok: boolean;
  /** whether the database takes writes: a health check that only reads misses a read-only or full disk */
  writable: boolean;
  stories?: number;
  error?: string;
}

/** Thrown inside the probe's transaction to roll it back: the probe writes and keeps nothing. */
class ProbeRollback extends Error {}

export async function checkHealth(): Promise<Health> {
  let stories: number;
  try {
    stories = await db.story.count();
  } catch {
    return { ok: false, writable: false, error: "The database cannot be read." };
  }
  try {
    await db.$transaction(async (tx) => {
      await tx.story.create({ data: { slug: `health-probe-${Date.now()}-${Math.random().toString(36).slice(2)}`, title: "health probe" } });
      throw new ProbeRollback();
    });
  } catch (e) {
    if (!(e instanceof ProbeRollback)) {
      return { ok: false, writable: false, stories, error: "The database does not accept writes (read-only, locked or out of disk space)." };
    }
  }
  return { ok: true, writable: true, stories };
}
