import "server-only";
import { authorizeUser, type Actor } from "../auth/permissions";
import { isRole } from "../auth/roles";
import { createUserWithPassword } from "../auth/users";
import { AppError } from "./errors";

/** An editor creates an account (sign-up is closed). Refuses an email that is already taken. */
export async function addUser(
  actor: Actor | null,
  input: { email: string; name: string; password: string; role: string },
): Promise<{ id: string; email: string; role: string }> {
  authorizeUser(actor, "user.manage");
  if (!isRole(input.role)) throw new AppError("invalid_input", `There is no role "${input.role}"; use viewer, reviewer or editor.`, "role");
  if (!input.name.trim()) throw new AppError("invalid_input", "A user needs a name.", "name");
  const r = await createUserWithPassword({ email: input.email, name: input.name, password: input.password, role: input.role });
  if (!r.created) throw new AppError("duplicate", "There is already an account with this email.", "email");
  return { id: r.id, email: input.email.trim().toLowerCase(), role: input.role };
}
