// Which network addresses a server-side fetch may reach: public unicast only. ipaddr.js knows the
// IANA special-purpose ranges (private, loopback, link-local, carrier-grade NAT, documentation,
// benchmarking, 6to4, Teredo, NAT64, IPv4-mapped and -translated, multicast, reserved); the few it
// files under unicast are listed here. The host's own addresses are refused too.
import ipaddr from "ipaddr.js";

/** IANA special-purpose blocks that ipaddr.js reports as unicast. */
const ALSO_SPECIAL = [
  "::/96", // IPv4-compatible IPv6 (deprecated): ::7f00:1 is 127.0.0.1
  "fec0::/10", // site-local (deprecated)
  "3fff::/20", // documentation (RFC 9637)
  "5f00::/16", // SRv6 SIDs (RFC 9602)
  "192.31.196.0/24", // AS112-v4
  "192.52.193.0/24", // AMT
  "192.175.48.0/24", // direct delegation AS112
].map((c) => ipaddr.parseCIDR(c));

/** Normalised form of an address, or null when it is not an IP address. */
export function normalizeAddress(address: string): string | null {
  return ipaddr.isValid(address) ? ipaddr.process(address).toNormalizedString() : null;
}

/**
 * Whether an address is public unicast and not one of `own` (the host's interface addresses,
 * normalised): anything else could reach the server itself or its private network.
 */
export function isPublicAddress(address: string, own: ReadonlySet<string> = new Set()): boolean {
  if (!ipaddr.isValid(address)) return false;
  // an IPv4-mapped address is its IPv4 address
  const ip = ipaddr.process(address);
  if (ip.range() !== "unicast") return false;
  if (ALSO_SPECIAL.some(([net, bits]) => net.kind() === ip.kind() && ip.match(net, bits))) return false;
  return !own.has(normalizeAddress(address)!);
}
