// The sign-in redirect target: only same-origin paths, whatever encoding tricks the link uses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { safeNext } from "../../../lib/auth/safe-next";

const CASES: [string | null | undefined, string][] = [
  ["/review/abc", "/review/abc"],
  ["/stories/1?tab=matrix#row-3", "/stories/1?tab=matrix#row-3"],
  ["/", "/"],
  [null, "/"],
  [undefined, "/"],
  ["", "/"],
  ["https://evil.example/", "/"],
  ["//evil.example/phish", "/"],
  ["/\\evil.example", "/"],
  ["/\t/evil.example:8081/phish", "/"],
  ["/\n/x", "/"],
  ["/\r\n/x", "/"],
  ["javascript:alert(1)", "/"],
  ["/%2F/evil.example", "/%2F/evil.example"],
  ["/a/../b", "/b"],
];

for (const [input, want] of CASES) {
  test(`safeNext(${JSON.stringify(input)}) = ${want}`, () => assert.equal(safeNext(input), want));
}
