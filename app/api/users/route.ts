import { z } from "zod";
import { requireSignedIn } from "@/lib/auth/session";
import { addUser } from "@/lib/data/add-user";
import { handle, readJson } from "../_lib/http";

export const dynamic = "force-dynamic";

const NewUser = z.object({
  email: z.email(),
  name: z.string().trim().min(1).max(200),
  password: z.string().min(8, "A password needs at least 8 characters.").max(200),
  role: z.enum(["viewer", "reviewer", "editor"]),
});

/** POST /api/users {email, name, password, role}: editors create accounts (sign-up is closed). */
export function POST(request: Request) {
  return handle(async () => {
    const user = await requireSignedIn("user.manage");
    const input = await readJson(request, NewUser);
    return Response.json({ user: await addUser(user, input) }, { status: 201 });
  });
}
