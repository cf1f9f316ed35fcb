// Public unicast only: every IANA special-purpose range refused, embedded loopback in every IPv6
// disguise refused, the host's own addresses refused; ordinary public addresses pass.
import { test } from "node:test";
import assert from "node:assert/strict";
import { isPublicAddress, normalizeAddress } from "../../../lib/http/address-ranges";

const REFUSED = [
  "127.0.0.1", "10.0.0.1", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "0.1.2.3",
  "255.255.255.255", "224.0.0.1", "240.0.0.1", "192.0.0.8", "192.0.2.1", "198.18.0.1", "198.51.100.7", "203.0.113.9",
  "192.88.99.1", "192.31.196.1", "192.52.193.1", "192.175.48.1",
  "::", "::1", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
  "::7f00:1", "::ffff:0:7f00:1", "fec0::1", "2002:7f00:1::1", "2001::1", "2001:db8::1", "64:ff9b::7f00:1", "100::1",
  "3fff::1", "5f00::1", "not-an-ip", "",
];
const PUBLIC = ["93.184.216.34", "8.8.8.8", "172.32.0.1", "1.1.1.1", "2606:4700::1111", "2a00:1450:4001::200e", "::ffff:8.8.8.8"];

for (const ip of REFUSED) test(`refused: ${ip || "(empty)"}`, () => assert.equal(isPublicAddress(ip), false));
for (const ip of PUBLIC) test(`public: ${ip}`, () => assert.equal(isPublicAddress(ip), true));

test("the host's own addresses are refused, in any spelling", () => {
  const own = new Set(["93.184.216.34", "2606:4700:0:0:0:0:0:1111"].map((a) => normalizeAddress(a)!));
  assert.equal(isPublicAddress("93.184.216.34", own), false);
  assert.equal(isPublicAddress("::ffff:93.184.216.34", own), false);
  assert.equal(isPublicAddress("2606:4700::1111", own), false);
  assert.equal(isPublicAddress("8.8.8.8", own), true);
});
