// The client's address as the server hands it to the app (scripts/serve.ts): the TCP peer's,
// whatever X-Forwarded-For the client sent, unless a trusted proxy stands in front.
import { test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { setPeerAddress } from "../../../lib/http/peer-address";

/** A loopback server that answers with the address headers the app would see. */
async function echoServer(trustProxy: boolean) {
  const server = http.createServer((req, res) => {
    setPeerAddress(req, trustProxy);
    res.end(JSON.stringify({ xff: req.headers["x-forwarded-for"] ?? null, realIp: req.headers["x-real-ip"] ?? null }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

function get(port: number, from: string, headers: Record<string, string>): Promise<{ xff: string | null; realIp: string | null }> {
  return new Promise((resolve, reject) => {
    http.get({ host: "127.0.0.1", port, localAddress: from, headers, agent: false }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c)).on("end", () => resolve(JSON.parse(body)));
    }).on("error", reject);
  });
}

const cases: { name: string; trustProxy: boolean; from: string; headers: Record<string, string>; xff: string; realIp: string | null }[] = [
  { name: "no header: the peer", trustProxy: false, from: "127.0.0.2", headers: {}, xff: "127.0.0.2", realIp: null },
  { name: "a forged X-Forwarded-For is replaced", trustProxy: false, from: "127.0.0.3", headers: { "x-forwarded-for": "203.0.113.9" }, xff: "127.0.0.3", realIp: null },
  { name: "a forged list is replaced whole", trustProxy: false, from: "127.0.0.2", headers: { "x-forwarded-for": "203.0.113.9, 127.0.0.2" }, xff: "127.0.0.2", realIp: null },
  { name: "a forged X-Real-IP is dropped", trustProxy: false, from: "127.0.0.2", headers: { "x-real-ip": "203.0.113.9" }, xff: "127.0.0.2", realIp: null },
  { name: "behind a trusted proxy its header stands", trustProxy: true, from: "127.0.0.2", headers: { "x-forwarded-for": "198.51.100.4", "x-real-ip": "198.51.100.4" }, xff: "198.51.100.4", realIp: "198.51.100.4" },
];

for (const c of cases) {
  test(`peer address: ${c.name}`, async () => {
    const { server, port } = await echoServer(c.trustProxy);
    try {
      assert.deepEqual(await get(port, c.from, c.headers), { xff: c.xff, realIp: c.realIp });
    } finally {
      server.close();
    }
  });
}

test("two clients on different addresses are told apart", async () => {
  const { server, port } = await echoServer(false);
  try {
    const [a, b] = await Promise.all([get(port, "127.0.0.2", { "x-forwarded-for": "10.0.0.1" }), get(port, "127.0.0.3", { "x-forwarded-for": "10.0.0.1" })]);
    assert.notEqual(a.xff, b.xff);
  } finally {
    server.close();
  }
});
