import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/auth";

// better-auth's endpoints (sign-in, sign-out, session); sign-up is disabled in its config.
export const { GET, POST } = toNextJsHandler(auth);
