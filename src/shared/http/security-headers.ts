import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';

/**
 * The pages load only their own scripts, styles and data: no inline script, no third-party origin.
 * The API docs page (Swagger UI) sets inline styles and is given that one exception.
 */
const basePolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
const docsPolicy = basePolicy.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

export function securityHeaders(options: { hsts: boolean }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set('content-security-policy', c.req.path.startsWith('/api/v1/docs') ? docsPolicy : basePolicy);
    headers.set('x-content-type-options', 'nosniff');
    headers.set('x-frame-options', 'DENY');
    headers.set('referrer-policy', 'same-origin');
    headers.set('cross-origin-opener-policy', 'same-origin');
    headers.set('cross-origin-resource-policy', 'same-origin');
    headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=(self), payment=()');
    if (options.hsts) headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
  };
}
