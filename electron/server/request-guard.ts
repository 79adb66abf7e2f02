import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Checks that protect the loopback server from other web pages in the user's browser and from
 * other local users' tools: DNS rebinding (Host), cross-site requests (Origin, Sec-Fetch-Site)
 * and anything without the per-run token.
 */

/** Host header values this server answers to; anything else may be a DNS-rebinding attack. */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  if (hostHeader === undefined) return false;
  const host = hostHeader.toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** A browser sends Origin on cross-origin and on POST requests; it must be this server's own. */
export function isSameOriginRequest(request: IncomingMessage, port: number): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

/** Compares the bearer token in constant time (hashing first makes the lengths equal). */
export function hasValidToken(request: IncomingMessage, expectedToken: string): boolean {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return false;
  const match = /^Bearer ([A-Za-z0-9_-]+)$/.exec(header.trim());
  if (!match?.[1]) return false;
  return timingSafeEqual(digest(match[1]), digest(expectedToken));
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
