/**
 * @module client-ip
 * The client address that rate limits and sign-in lockouts are keyed on. Behind `hops` trusted proxies,
 * each proxy appends the address it received the request from to X-Forwarded-For, so the client is the
 * entry `hops` from the right; everything left of it was written by the client and is not trusted
 * (issue 16, finding 3). Anything that is not an IP address falls back to the socket's address.
 */
import { isIP } from 'node:net';

export function clientAddress(forwardedFor: string | undefined, socketAddress: string | undefined, hops: number): string | undefined {
  if (hops > 0 && forwardedFor) {
    const entries = forwardedFor.split(',').map((entry) => entry.trim());
    const candidate = entries.length >= hops ? entries[entries.length - hops] : undefined;
    if (candidate && isIP(candidate)) return candidate;
  }
  return socketAddress;
}

/** TRUST_PROXY as a hop count: `true` is one proxy, `false` none. */
export const proxyHops = (trustProxy: boolean | number): number => (typeof trustProxy === 'number' ? trustProxy : trustProxy ? 1 : 0);
