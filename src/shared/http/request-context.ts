/**
 * The first middleware of every request: the server's own request id (a client's well-formed id is kept
 * apart), the client's address behind the configured proxies, the language, a logger bound to the request,
 * and after the answer the headers every answer carries and one log line (method, path, status, time).
 */
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { lazyChild, type Logger } from '../logger.ts';
import { isLocale, negotiateLocale, sourceLocale } from '../i18n/locales.ts';
import type { AppEnv } from './app-env.ts';
import { clientAddress } from './client-ip.ts';
import { mayHaveCookies, nodeResponse, requestHeader } from './node-request.ts';

const requestIdPattern = /^[\w.-]{8,64}$/;

/** A body of known, bounded length on a request whose answer does not depend on it. */
function drainable(incoming: IncomingMessage, maxBytes = drainLimitBytes): boolean {
  const length = incoming.headers['content-length'];
  return incoming.headers['transfer-encoding'] === undefined && length !== undefined && Number(length) <= maxBytes;
}

/** Larger unread bodies are not waited for: the answer says Connection: close instead. */
const drainLimitBytes = 1024 * 1024;

function drain(incoming: IncomingMessage): Promise<void> {
  // Already ended or gone (an aborted upload): nothing to wait for, and no event would come.
  if (incoming.readableEnded || incoming.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    incoming.once('end', resolve);
    incoming.once('close', resolve);
    incoming.once('error', () => resolve());
    incoming.resume();
  });
}

export function requestContext({ logger, hops }: { logger: Logger; hops: number }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // Always the server's own: a client could otherwise write what it likes into the audit trail (issue 16,
    // finding 11). A well-formed id the client sent is logged apart, as clientRequestId, to trace a call.
    const requestId = randomUUID();
    const incoming = requestHeader(c, 'x-request-id');
    const clientRequestId = incoming && requestIdPattern.test(incoming) ? incoming : undefined;
    c.set('requestId', requestId);
    // As @hono/node-server's getConnInfo reads it; in-process requests (tests) have no socket. Read here
    // rather than through getConnInfo, which throws (a costly stack trace per request) where there is none.
    const socketRequest = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    const socketAddress = socketRequest?.socket?.remoteAddress;
    c.set('clientIp', clientAddress(hops > 0 ? requestHeader(c, 'x-forwarded-for') : undefined, socketAddress, hops) ?? 'local');
    const chosen = c.req.query('lang') ?? (mayHaveCookies(c) ? getCookie(c, 'lang') : undefined);
    c.set('locale', isLocale(chosen) ? chosen : (negotiateLocale(requestHeader(c, 'accept-language')) ?? sourceLocale));
    const bindings = clientRequestId ? { requestId, clientRequestId } : { requestId };
    c.set('log', lazyChild(logger, bindings));
    c.set('staff', undefined);
    const started = performance.now();
    await next();
    // An answer sent before the request's body has arrived (an early 413, a refusal before reading): the
    // unread bytes would otherwise be parsed as the next request on a kept-alive connection, which the
    // fuzzer saw as dropped connections (issue 16 §2). In-process requests (tests) have no socket.
    // Set on the answer's own headers: `c.header()` after the answer is made copies the whole Response each
    // time (Hono re-creates it), which cost the calculators most of their speed (issue 16 §4).
    if (socketRequest && !socketRequest.complete && c.res.status !== 413 && drainable(socketRequest)) {
      // A body within the limit that the route did not read (refused before reading it, not JSON): read
      // to its end and dropped, as reading it into a stream used to, so the connection stays usable.
      await drain(socketRequest);
    }
    // On Node's response where there is one, so that the answer's Headers object is built only when a header
    // must replace one of the answer's own (no-store, connection: close): see security-headers.ts.
    const outgoing = nodeResponse(c);
    if (outgoing) {
      outgoing.setHeader('x-request-id', requestId);
      outgoing.setHeader('content-language', c.get('locale'));
    } else {
      c.res.headers.set('x-request-id', requestId);
      c.res.headers.set('content-language', c.get('locale'));
    }
    if (socketRequest && !socketRequest.complete) c.res.headers.set('connection', 'close');
    if (c.get('noStore')) c.res.headers.set('cache-control', 'no-store');
    // Method, path and status only: query strings and bodies may carry personal data.
    // With the request's ids as fields, as a child would add them, without making one per request.
    if (logger.isLevelEnabled('info')) {
      logger.info({ ...bindings, method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
    }
  };
}
