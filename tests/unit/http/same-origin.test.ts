// Which writes a browser may send: same-origin only; which bodies are JSON: exactly application/json.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkSameOrigin, isJsonMediaType } from "../../../lib/http/same-origin";

const h = (o: Record<string, string>) => new Headers(o);
const CASES: [string, string, Record<string, string>, string | undefined, boolean][] = [
  ["GET from anywhere", "GET", { host: "127.0.0.1:3000", origin: "http://evil.example" }, undefined, true],
  ["POST same origin", "POST", { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }, undefined, true],
  ["POST same host over https", "POST", { host: "news.example", origin: "https://news.example" }, undefined, true],
  ["POST from the public URL", "POST", { host: "10.0.0.5:3000", origin: "https://parallax.example" }, "https://parallax.example/", true],
  ["POST without a browser", "POST", { host: "127.0.0.1:3000" }, undefined, true],
  ["POST from a foreign site", "POST", { host: "127.0.0.1:3000", origin: "http://evil.example" }, undefined, false],
  ["POST from another port of the host", "POST", { host: "127.0.0.1:3000", origin: "http://127.0.0.1:8081" }, undefined, false],
  ["DELETE with a null origin", "DELETE", { host: "127.0.0.1:3000", origin: "null" }, undefined, false],
  ["PATCH cross-site without Origin", "PATCH", { host: "127.0.0.1:3000", "sec-fetch-site": "cross-site" }, undefined, false],
  ["PUT same-site without Origin", "PUT", { host: "127.0.0.1:3000", "sec-fetch-site": "same-site" }, undefined, false],
  ["POST typed in the address bar", "POST", { host: "127.0.0.1:3000", "sec-fetch-site": "none" }, undefined, true],
];
for (const [name, method, headers, publicUrl, ok] of CASES) {
  test(`same origin: ${name}`, () => assert.equal(checkSameOrigin(method, h(headers), publicUrl).ok, ok));
}

const TYPES: [string | null, boolean][] = [
  ["application/json", true],
  ["application/json; charset=utf-8", true],
  ["Application/JSON", true],
  ["text/plain;application/json", false],
  ["text/plain", false],
  ["application/x-www-form-urlencoded", false],
  ["multipart/form-data; boundary=x", false],
  ["application/jsonp", false],
  [null, false],
];
for (const [type, ok] of TYPES) test(`JSON media type: ${type}`, () => assert.equal(isJsonMediaType(type), ok));
