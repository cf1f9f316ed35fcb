import "server-only";
import { db } from "../db";

export async function checkHealth(): Promise<{ ok: boolean; stories?: number; error?: string }> {
  try {
    return { ok: true, stories: await db.story.count() };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}
