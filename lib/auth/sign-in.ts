import "server-only";
import { cookies } from "next/headers";
import { parseSetCookieHeader, toCookieOptions } from "better-auth/cookies";
import { auth } from "./auth";

export type SignInResult = { ok: true } | { ok: false; status: number; message: string };

/**
 * Signs in through better-auth's own HTTP handler rather than auth.api, so its
 * origin check and rate limit apply to the sign-in form as they do to
 * /api/auth/sign-in/email; the session cookie it sets is copied to the response.
 */
export async function signInWithPassword(email: string, password: string, incoming: Headers): Promise<SignInResult> {
  const host = incoming.get("x-forwarded-host") ?? incoming.get("host") ?? "localhost";
  const proto = incoming.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  const origin = `${proto}://${host}`;
  const base = process.env.BETTER_AUTH_URL?.replace(/\/+$/, "") || origin;
  const forward = new Headers({ "content-type": "application/json", origin: incoming.get("origin") ?? base });
  for (const name of ["x-forwarded-for", "x-real-ip", "user-agent", "x-forwarded-host", "x-forwarded-proto"]) {
    const v = incoming.get(name);
    if (v) forward.set(name, v);
  }
  if (!forward.has("x-forwarded-for")) forward.set("x-forwarded-for", "127.0.0.1");
  const res = await auth.handler(
    new Request(`${base}/api/auth/sign-in/email`, { method: "POST", headers: forward, body: JSON.stringify({ email, password }) }),
  );
  if (res.status === 429) {
    const wait = res.headers.get("x-retry-after");
    return { ok: false, status: 429, message: `Too many sign-in attempts. Try again in ${wait ?? "a few"} seconds.` };
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { code?: string; message?: string } | null;
    const wrong = res.status === 401 || body?.code === "INVALID_EMAIL_OR_PASSWORD";
    return {
      ok: false,
      status: res.status,
      message: wrong ? "The email or password is wrong." : body?.message || "Signing in failed; try again.",
    };
  }
  const store = await cookies();
  const setCookie = res.headers.getSetCookie().join(", ");
  parseSetCookieHeader(setCookie).forEach((value, key) => {
    if (key) store.set(key, value.value, toCookieOptions(value));
  });
  return { ok: true };
}

/** Ends the session (deletes it in the database and clears the cookie). */
export async function signOut(incoming: Headers): Promise<void> {
  await auth.api.signOut({ headers: incoming });
}
