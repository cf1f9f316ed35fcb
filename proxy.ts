import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";
import { checkSameOrigin } from "./lib/http/same-origin";
import { overLimit, tooLargeMessage } from "./lib/http/limits";
import { FORWARDED_HEADERS, forwardedAddressIsTrusted } from "./lib/auth/settings";
import { mayChange, sessionRole, UNCHECKED_ACTION_BYTES } from "./lib/auth/write-gate";

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

// Refuses bodies over the one request limit (lib/http/limits.ts) and cross-site
// writes to the API (lib/http/same-origin.ts), passes the
// requested path to server components (x-parallax-path, for the sign-in
// redirect's ?next=) and, with PARALLAX_REQUIRE_SIGN_IN=1, turns away
// requests without a session cookie early: pages go to /sign-in, the API
// answers 401; a viewer's upload or API write is refused on the session's role
// before its body is read. Pages, route handlers and the data layer still check
// the user themselves.
const OPEN = [/^\/sign-in(?:\/|$)/, /^\/api\/auth\//, /^\/api\/health$/];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (overLimit(request.headers.get("content-length"))) {
    return NextResponse.json({ error: { code: "too_large", message: tooLargeMessage() } }, { status: 413 });
  }
  // a server action (every form post of the app) changes something: without a session it is refused
  // before Next reads its body, so an anonymous upload of thousands of files costs nothing
  const action = request.method === "POST" && request.headers.has("next-action") && !pathname.startsWith("/sign-in");
  if (action && !getSessionCookie(request)) {
    return new NextResponse("Sign in to make changes.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  // with a session, an upload-sized form post or an API write is checked against the session's
  // role before its body is read: a viewer's upload costs nothing either
  const length = Number(request.headers.get("content-length") ?? Number.NaN);
  const bigAction = action && !(length <= UNCHECKED_ACTION_BYTES);
  const apiWrite = WRITE_METHODS.has(request.method) && pathname.startsWith("/api/") && !pathname.startsWith("/api/auth/");
  if ((bigAction || apiWrite) && getSessionCookie(request)) {
    const role = await sessionRole(request.headers);
    if (role === null || (role && !mayChange(role))) {
      const [status, code, message] = role
        ? [403, "forbidden", `Your role (${role}) reads only; ask an editor for a reviewer or editor account to make changes.`]
        : [401, "unauthorized", "Your session has ended. Sign in again to make changes."];
      return apiWrite
        ? NextResponse.json({ error: { code, message } }, { status })
        : new NextResponse(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
    }
  }
  // writes to the API only from this site (better-auth checks its own routes against trustedOrigins)
  if (pathname.startsWith("/api/") && !pathname.startsWith("/api/auth/")) {
    const verdict = checkSameOrigin(request.method, request.headers, process.env.BETTER_AUTH_URL);
    if (!verdict.ok) {
      return NextResponse.json(
        { error: { code: "forbidden", message: `Cross-site request refused (${verdict.reason}): changes are accepted only from Parallax's own pages or from clients without a browser origin.` } },
        { status: 403 },
      );
    }
  }
  const requireSignIn = /^(1|true|yes)$/i.test(process.env.PARALLAX_REQUIRE_SIGN_IN ?? "");
  if (requireSignIn && !OPEN.some((re) => re.test(pathname)) && !getSessionCookie(request)) {
    if (pathname.startsWith("/api/")) {
      return NextResponse.json({ error: { code: "unauthorized", message: "Sign in to read." } }, { status: 401 });
    }
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  const forwarded = new Headers(request.headers);
  forwarded.set("x-parallax-path", pathname + search);
  // a client cannot choose its own address for rate limits: only a trusted proxy or our server sets it
  if (!forwardedAddressIsTrusted()) for (const name of FORWARDED_HEADERS) forwarded.delete(name);
  return NextResponse.next({ request: { headers: forwarded } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|jpg|svg|ico|css|js)$).*)"],
};
