import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "../db";
import { SESSION_SECONDS } from "./settings";

/** Sign-in attempts allowed per client address within SIGN_IN_WINDOW seconds (PARALLAX_SIGN_IN_LIMIT overrides). */
const SIGN_IN_LIMIT = Number(process.env.PARALLAX_SIGN_IN_LIMIT) || 20;
const SIGN_IN_WINDOW = 60;

/**
 * better-auth: email + password on our Prisma database. Sign-up is closed
 * (users are created by the seed and by editors, see ./users.ts); the role is
 * a user field that no sign-in or sign-up input can set.
 */
export const auth = betterAuth({
  appName: "Parallax",
  baseURL: process.env.BETTER_AUTH_URL || undefined,
  // The app is served under whatever host it is started on (localhost, 127.0.0.1, a LAN name):
  // trust the origin of the host the request was sent to, i.e. a same-origin check, plus BETTER_AUTH_URL.
  trustedOrigins: async (request?: Request) => {
    const h = request?.headers;
    const hosts = [h?.get("x-forwarded-host"), h?.get("host")].filter((x): x is string => !!x);
    return hosts.flatMap((host) => [`http://${host}`, `https://${host}`]);
  },
  database: prismaAdapter(db, { provider: "sqlite" }),
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8, maxPasswordLength: 200 },
  user: {
    additionalFields: {
      role: { type: "string", required: false, defaultValue: "viewer", input: false },
    },
  },
  session: { expiresIn: SESSION_SECONDS, updateAge: 60 * 60 * 24 },
  rateLimit: {
    enabled: true,
    window: 60,
    max: 600,
    customRules: {
      "/sign-in/email": { window: SIGN_IN_WINDOW, max: SIGN_IN_LIMIT },
    },
  },
  telemetry: { enabled: false },
  plugins: [nextCookies()],
});

export type Auth = typeof auth;
