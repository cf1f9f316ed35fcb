import "server-only";
import { authFor } from "./auth";
import { isRole, PERMISSIONS, type Role } from "./roles";

/**
 * Form posts up to this size (sign-out, a review note) are let through to the action, which checks
 * the user; larger ones (uploads) are checked before their body is read.
 */
export const UNCHECKED_ACTION_BYTES = 64 * 1024;

/** Whether a role may change anything at all (viewers only read). */
export const mayChange = (role: Role): boolean => PERMISSIONS[role].some((a) => !a.endsWith(".read"));

/**
 * The role of the session a request carries, validated against the session table; null when the
 * session is unknown or expired, undefined when the check itself failed (the handler decides then).
 * For the proxy's check before a write's body is read.
 */
export async function sessionRole(headers: Headers): Promise<Role | null | undefined> {
  let session;
  try {
    session = await authFor(headers).api.getSession({ headers });
  } catch {
    return undefined;
  }
  if (!session) return null;
  const role = (session.user as { role?: unknown }).role;
  return isRole(role) ? role : "viewer";
}
