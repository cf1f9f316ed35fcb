import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { getSessionCookie } from "better-auth/cookies";
import { redirect } from "next/navigation";
import { authFor } from "./auth";
import { authorize, authorizeUser, type Action, type Actor } from "./permissions";
import { isRole } from "./roles";
import { readingRequiresSignIn } from "./settings";
import { safeNext } from "./safe-next";

export { safeNext };

/** The signed-in user of this request, or null. Validated against the session table; cached per request. */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const incoming = await headers();
  // no session cookie, no session: an anonymous page view skips better-auth's request handling
  if (!getSessionCookie(incoming)) return null;
  const session = await authFor(incoming).api.getSession({ headers: incoming });
  if (!session) return null;
  const { user } = session as { user: { id: string; name: string; email: string; role?: unknown } };
  return { id: user.id, name: user.name, email: user.email, role: isRole(user.role) ? user.role : "viewer" };
});

/** The current user when they may do `action` (anonymous is fine for reads when reading is open); throws AppError otherwise. */
export async function requireUser(action: Action): Promise<Actor | null> {
  const user = await getCurrentUser();
  authorize(user, action);
  return user;
}

/** Like requireUser for actions that always need a signed-in user. */
export async function requireSignedIn(action: Action): Promise<Actor> {
  return authorizeUser(await getCurrentUser(), action);
}

/**
 * Page guard for reading: when sign-in is required for reading and nobody is
 * signed in, redirects to /sign-in?next=<this page>.
 */
export async function requireReader(path: string): Promise<Actor | null> {
  const user = await getCurrentUser();
  if (!user && readingRequiresSignIn()) redirect(`/sign-in?next=${encodeURIComponent(safeNext(path))}`);
  return user;
}
