import { toNextJsHandler } from "better-auth/next-js";
import { authFor } from "@/lib/auth/auth";

// better-auth's endpoints (sign-in, sign-out, session); sign-up is disabled in its config. Each
// request goes to the auth whose cookies fit its scheme (secure over HTTPS).
export const GET = (request: Request) => toNextJsHandler(authFor(request.headers)).GET(request);
export const POST = (request: Request) => toNextJsHandler(authFor(request.headers)).POST(request);
