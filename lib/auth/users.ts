import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { db } from "../db";
import { whenUnlocked } from "../data/when-unlocked";
import { AppError } from "../data/errors";
import type { Role } from "./roles";

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: Role;
}

/**
 * Creates a user with an email + password account in better-auth's schema
 * (User + Account with providerId "credential", scrypt hash as better-auth
 * makes it). Used by the seed and by editors; sign-up itself is closed.
 */
export async function createUserWithPassword(input: NewUser): Promise<{ id: string; created: boolean }> {
  const email = input.email.trim().toLowerCase();
  if (input.password.length < 8) throw new AppError("invalid_input", "A password needs at least 8 characters.", "password");
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const hash = await hashPassword(input.password);
  const id = randomUUID();
  await whenUnlocked(() => db.$transaction([
    db.user.create({ data: { id, email, name: input.name.trim(), role: input.role, emailVerified: true } }),
    db.account.create({ data: { id: randomUUID(), userId: id, accountId: id, providerId: "credential", password: hash } }),
  ]));
  return { id, created: true };
}
