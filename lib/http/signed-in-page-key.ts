import "server-only";
// What a signed-in reader's story page is made of, for the page cache (lib/http/page-microcache.ts):
// the reader (who, under what name, with what role: the header and the flag action show them), the
// story's version (everything the page shows of the story) and its pending analysis (the progress
// line). Any other page, an unknown story, or a session that is not valid or is due to be extended
// (its page sets a new cookie) gives null: rendered as always, not kept.
import type { IncomingMessage } from "node:http";
import { authFor } from "../auth/auth";
import { SESSION_REFRESH_SECONDS, SESSION_SECONDS } from "../auth/settings";
import { readStoryVersion } from "../data/page-cache";
import { isAppError } from "../data/errors";
import { getAnalysisProgress } from "../jobs/progress";
import { jobQueue } from "../jobs/queue";

/** The story page in any of its views (the query string is part of the cache's key, not of this one). */
const STORY_PAGE = /^\/stories\/([^/?#]+)(?:\?|$)/;

/** better-auth extends a session (and sets its cookie again) once this long has passed since it last did. */
export function sessionRefreshDue(expiresAt: Date, now: number): boolean {
  return expiresAt.getTime() - SESSION_SECONDS * 1000 + SESSION_REFRESH_SECONDS * 1000 <= now;
}

function headersOf(req: IncomingMessage): Headers {
  const h = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) h.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return h;
}

export async function signedInStoryPageKey(req: IncomingMessage): Promise<string | null> {
  const match = STORY_PAGE.exec(req.url ?? "");
  if (!match) return null;
  let storyId: string;
  try {
    storyId = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  const headers = headersOf(req);
  // disableRefresh: reading the key never writes; a page due for a new cookie is left to Next
  const session = await authFor(headers).api.getSession({ headers, query: { disableRefresh: true } });
  if (!session || sessionRefreshDue(new Date(session.session.expiresAt), Date.now())) return null;
  const user = session.user as { id: string; name: string; role?: unknown };
  let version: string;
  try {
    version = await readStoryVersion(storyId);
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") return null;
    throw e;
  }
  const progress = await getAnalysisProgress(jobQueue(), storyId);
  return JSON.stringify({ user: user.id, name: user.name, role: String(user.role ?? ""), story: storyId, version, progress });
}
