// The demo account of a role as the data layer's Actor (call after the temp database is set up and seeded).
import type { Actor } from "../../lib/auth/permissions";

export async function actorOf(role: Actor["role"]): Promise<Actor> {
  const { db } = await import("../../lib/db");
  const u = await db.user.findFirstOrThrow({ where: { role } });
  return { id: u.id, name: u.name, email: u.email, role };
}
