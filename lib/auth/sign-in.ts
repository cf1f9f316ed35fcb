import "server-only";
import { cookies } from "next/headers";
import { parseSetCookieHeader, toCookieOptions } from "better-auth/cookies";
import { authFor } from "./auth";
import { FORWARDED_HEADERS, forwardedAddressIsTrusted } from "./settings";

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
  // the client's address only as a trusted proxy or our server gave it (proxy.ts drops it otherwise)
  const names = ["user-agent", "x-forwarded-host", "x-forwarded-proto", ...(forwardedAddressIsTrusted() ? FORWARDED_HEADERS : [])];
  for (const name of names) {
    const v = incoming.get(name);
    if (v) forward.set(name, v);
  }
  const res = await authFor(incoming).handler(
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
  await authFor(incoming).api.signOut({ headers: incoming });
}
