import "server-only";
import { db } from "../db";
import { createUserWithPassword } from "../auth/users";
import type { Role } from "../auth/roles";

export const DEMO_PASSWORD = "parallax-demo";

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "viewer@parallax.local", name: "Vera Viewer", role: "viewer" },
  { email: "reviewer@parallax.local", name: "Rafael Reviewer", role: "reviewer" },
  { email: "editor@parallax.local", name: "Edith Editor", role: "editor" },
];

/**
 * Creates the demo accounts (password "parallax-demo") on first start, when
 * the database has no users yet; idempotent (existing emails are kept as they
 * are), and never re-created once real users exist.
 */
export async function seedDemoUsers(options: { force?: boolean } = {}): Promise<{ created: string[]; skipped: boolean }> {
  if (!options.force && (await db.user.count()) > 0) return { created: [], skipped: true };
  const created: string[] = [];
  for (const u of DEMO_USERS) {
    const r = await createUserWithPassword({ ...u, password: DEMO_PASSWORD });
    if (r.created) created.push(u.email);
  }
  return { created, skipped: false };
}
