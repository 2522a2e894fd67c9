/**
 * @module node-request
 * Request headers read from what Node's HTTP parser already made, when the request came over a socket.
 * `c.req.header()` on the Node adapter first builds a Fetch `Headers` object from the raw header list, which
 * was a visible part of a small request's cost (issue 16 §4); a request that needs no other header (health,
 * a public GET) then never builds it. Names are lower case. In-process requests (the tests) have no socket
 * and are read through Hono as before.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from 'hono';

const nodeHeaders = (c: Context) => (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.headers;

/** One header, as `c.req.header(name)` gives it (repeated fields joined with ", "). */
export function requestHeader(c: Context, name: string): string | undefined {
  const headers = nodeHeaders(c);
  if (!headers) return c.req.header(name);
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** False only when the request surely carries no Cookie header, so that cookie lookups can be skipped. */
export function mayHaveCookies(c: Context): boolean {
  const headers = nodeHeaders(c);
  return !headers || headers.cookie !== undefined;
}

/**
 * Node's response, when the request came over a socket: headers set on it before the answer is written are
 * merged into the head Node writes (the answer's own headers win on the same name).
 */
export function nodeResponse(c: Context): ServerResponse | undefined {
  const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
  return outgoing && !outgoing.headersSent ? outgoing : undefined;
}
