import type { IncomingMessage } from "node:http";

/**
 * Without a trusted proxy in front, the client's address for rate limits is the TCP peer's: it
 * replaces any X-Forwarded-For the client sent, and X-Real-IP is dropped. Behind a trusted proxy
 * the proxy's headers stand (the peer is the proxy, shared by every client).
 */
export function setPeerAddress(req: IncomingMessage, trustProxy: boolean): void {
  if (trustProxy) return;
  delete req.headers["x-real-ip"];
  const peer = req.socket.remoteAddress;
  if (peer) req.headers["x-forwarded-for"] = peer;
  else delete req.headers["x-forwarded-for"];
}
