// Cross-site request forgery defence for state-changing requests: a browser names the page that
// sent a request in Origin (and Sec-Fetch-Site); a write is accepted only from this site itself.
// Clients that are not browsers (curl, scripts) send neither header and are judged by their
// credentials alone, since a forged request always comes from a browser.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface OriginVerdict {
  ok: boolean;
  reason?: string;
}

/**
 * Whether a request may change state: safe methods always; otherwise its Origin must be this
 * site's (the Host it was sent to, over http or https, or the configured public URL).
 */
export function checkSameOrigin(method: string, headers: Headers, publicUrl?: string): OriginVerdict {
  if (SAFE_METHODS.has(method.toUpperCase())) return { ok: true };
  const origin = headers.get("origin");
  const site = headers.get("sec-fetch-site");
  if (origin === null) {
    // no Origin: a browser that sends Sec-Fetch-Site says where the request came from
    if (site && site !== "same-origin" && site !== "none") return { ok: false, reason: `a ${site} request` };
    return { ok: true };
  }
  const allowed = new Set<string>();
  const host = headers.get("host");
  if (host) for (const proto of ["http", "https"]) allowed.add(`${proto}://${host}`.toLowerCase());
  if (publicUrl) {
    try {
      allowed.add(new URL(publicUrl).origin.toLowerCase());
    } catch {
      // a malformed setting allows nothing extra
    }
  }
  return allowed.has(origin.toLowerCase()) ? { ok: true } : { ok: false, reason: `origin ${origin}` };
}

/** Exactly application/json, parameters such as charset allowed: "text/plain;application/json" is not JSON. */
export function isJsonMediaType(contentType: string | null): boolean {
  if (!contentType) return false;
  return contentType.split(";")[0].trim().toLowerCase() === "application/json";
}
