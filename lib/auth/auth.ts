import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { FailureLimiter } from "./attempt-limit";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import { oneAtATime } from "./one-at-a-time";
import { db } from "../db";
import { SESSION_REFRESH_SECONDS, SESSION_SECONDS, trustsProxy } from "./settings";

/** Sign-in attempts allowed per client address within SIGN_IN_WINDOW seconds (PARALLAX_SIGN_IN_LIMIT overrides). */
const SIGN_IN_LIMIT = Number(process.env.PARALLAX_SIGN_IN_LIMIT) || 20;
const SIGN_IN_WINDOW = 60;
/** Failed sign-ins allowed per account within ACCOUNT_WINDOW_MS, from any number of addresses. */
const ACCOUNT_LIMIT = Number(process.env.PARALLAX_ACCOUNT_SIGN_IN_LIMIT) || 10;
const ACCOUNT_WINDOW_MS = 15 * 60 * 1000;
const perAccount = new FailureLimiter(ACCOUNT_LIMIT, ACCOUNT_WINDOW_MS);
const accountOf = (body: unknown) => String((body as { email?: unknown } | undefined)?.email ?? "").trim().toLowerCase();

/**
 * Secure (and __Secure- prefixed) cookies only where the site is served over HTTPS: a browser drops
 * them on plain HTTP, which would make sign-in fail silently on a LAN host. HTTPS is known from the
 * settings, or per request from a trusted proxy's X-Forwarded-Proto.
 */
function configuredSecure(): boolean {
  return /^https:/i.test(process.env.BETTER_AUTH_URL ?? "") || /^(1|true|yes)$/i.test(process.env.PARALLAX_SECURE_COOKIES ?? "");
}

/**
 * better-auth: email + password on our Prisma database. Sign-up is closed
 * (users are created by the seed and by editors, see ./users.ts); the role is
 * a user field that no sign-in or sign-up input can set.
 */
function createAuth(secureCookies: boolean) {
  return betterAuth({
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
  emailAndPassword: {
    enabled: true, disableSignUp: true, minPasswordLength: 8, maxPasswordLength: 200,
    password: { hash: oneAtATime(hashPassword), verify: oneAtATime(verifyPassword) },
  },
  user: {
    additionalFields: {
      role: { type: "string", required: false, defaultValue: "viewer", input: false },
    },
  },
  session: { expiresIn: SESSION_SECONDS, updateAge: SESSION_REFRESH_SECONDS },
  rateLimit: {
    enabled: true,
    window: 60,
    max: 600,
    customRules: {
      "/sign-in/email": { window: SIGN_IN_WINDOW, max: SIGN_IN_LIMIT },
    },
  },
  // X-Forwarded-For is the connection's address (scripts/serve.ts) or a trusted proxy's; a client's
  // own is dropped (proxy.ts), leaving one shared bucket; the per-account limit below holds either way
  advanced: {
    ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
    useSecureCookies: secureCookies,
  },
  hooks: {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== "/sign-in/email") return;
      const verdict = perAccount.check(accountOf(ctx.body), Date.now());
      if (!verdict.ok) {
        ctx.setHeader("x-retry-after", String(verdict.retryAfter));
        throw new APIError("TOO_MANY_REQUESTS", { message: "Too many failed sign-ins for this account. Try again later." });
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== "/sign-in/email") return;
      const returned = ctx.context.returned;
      if (returned instanceof APIError && returned.statusCode === 401) perAccount.fail(accountOf(ctx.body), Date.now());
      else if (!(returned instanceof APIError)) perAccount.succeed(accountOf(ctx.body));
    }),
  },
  telemetry: { enabled: false },
  plugins: [nextCookies()],
  });
}

const overHttp = createAuth(false);
const overHttps = createAuth(true);

export type Auth = typeof overHttp;

/** The auth of a request: secure cookies when the site is HTTPS by its settings or by a trusted proxy's word. */
export function authFor(headers: Headers): Auth {
  const proto = headers.get("x-forwarded-proto")?.split(",")[0].trim().toLowerCase();
  return configuredSecure() || (trustsProxy() && proto === "https") ? overHttps : overHttp;
}
