// Secure cookies follow each request's scheme: HTTPS by the settings, or by a trusted proxy's
// X-Forwarded-Proto; a client's own header on plain HTTP changes nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useTempDatabase } from "../../helpers/temp-db";

useTempDatabase("secure-cookies");
const { authFor } = await import("../../../lib/auth/auth");

const secure = (headers: Record<string, string>) => authFor(new Headers(headers)).options.advanced?.useSecureCookies === true;

test("secure cookies per request: settings, or a trusted proxy's word that the request came over HTTPS", () => {
  const saved = { url: process.env.BETTER_AUTH_URL, trust: process.env.PARALLAX_TRUST_PROXY, sec: process.env.PARALLAX_SECURE_COOKIES };
  try {
    delete process.env.BETTER_AUTH_URL;
    delete process.env.PARALLAX_SECURE_COOKIES;
    delete process.env.PARALLAX_TRUST_PROXY;
    assert.equal(secure({}), false);
    assert.equal(secure({ "x-forwarded-proto": "https" }), false, "an untrusted client's header");
    process.env.PARALLAX_TRUST_PROXY = "1";
    assert.equal(secure({ "x-forwarded-proto": "https" }), true);
    assert.equal(secure({ "x-forwarded-proto": "http" }), false);
    assert.equal(secure({ "x-forwarded-proto": "https, http" }), true, "the first hop is the client's");
    delete process.env.PARALLAX_TRUST_PROXY;
    process.env.BETTER_AUTH_URL = "https://parallax.example.org";
    assert.equal(secure({}), true);
  } finally {
    for (const [k, v] of [["BETTER_AUTH_URL", saved.url], ["PARALLAX_TRUST_PROXY", saved.trust], ["PARALLAX_SECURE_COOKIES", saved.sec]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
});
