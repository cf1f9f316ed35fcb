// Auth-related settings read from the environment at request time.

/** PARALLAX_REQUIRE_SIGN_IN=1: reading needs a sign-in too (pages redirect, API reads get 401). */
export function readingRequiresSignIn(): boolean {
  return /^(1|true|yes)$/i.test(process.env.PARALLAX_REQUIRE_SIGN_IN ?? "");
}

/** Sessions last this long; better-auth extends them once a day while used. */
export const SESSION_SECONDS = 60 * 60 * 24 * 7;
/** How often a used session is extended (better-auth's updateAge): a page view this long after the last extension sets a new cookie. */
export const SESSION_REFRESH_SECONDS = 60 * 60 * 24;

/**
 * PARALLAX_TRUST_PROXY=1: the app runs behind a reverse proxy that sets X-Forwarded-For (and -Host,
 * -Proto). Without it those headers are the client's own words and are dropped at the door.
 */
export function trustsProxy(): boolean {
  return /^(1|true|yes)$/i.test(process.env.PARALLAX_TRUST_PROXY ?? "");
}

/**
 * Whether X-Forwarded-For names the client: a trusted proxy set it, or Parallax's own server
 * (scripts/serve.ts, which sets PARALLAX_PEER_ADDRESS_SET_BY_SERVER) wrote the TCP peer's address
 * there in place of anything the client sent. Otherwise (`next dev`, or a server started some other
 * way) it is the client's own word and every client shares one rate-limit bucket.
 */
export function forwardedAddressIsTrusted(): boolean {
  return trustsProxy() || process.env.PARALLAX_PEER_ADDRESS_SET_BY_SERVER === "1";
}

/** Headers only a trusted proxy, or Parallax's own server, may set. */
export const FORWARDED_HEADERS = ["x-forwarded-for", "x-real-ip"] as const;
