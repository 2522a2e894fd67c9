import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Hono } from 'hono';
import type { AppEnv } from './app-env.ts';
import { publicAccess, routePolicies, policyKey } from './route.ts';

const swaggerDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>API documentation · Labor Affairs Platform</title>
<link rel="stylesheet" href="/api/v1/docs/swagger-ui.css"></head>
<body><main id="swagger-ui"></main>
<script src="/api/v1/docs/swagger-ui-bundle.js"></script>
<script src="/api/v1/docs/init.js"></script></body></html>`;

// Kept in a file of its own: the Content-Security-Policy forbids inline scripts.
const init = `window.ui = SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#swagger-ui', deepLinking: true });`;

/** Browsable API docs from the package's own files, so they work with no network. */
export function mountApiDocs(app: Hono<AppEnv>): void {
  const assets: Record<string, [string, string]> = {
    'swagger-ui.css': ['text/css; charset=utf-8', 'swagger-ui.css'],
    'swagger-ui-bundle.js': ['text/javascript; charset=utf-8', 'swagger-ui-bundle.js'],
  };
  const cache = new Map<string, string>();
  routePolicies.set(policyKey('get', '/api/v1/docs'), publicAccess);
  routePolicies.set(policyKey('get', '/api/v1/docs/:file'), publicAccess);
  app.get('/api/v1/docs', (c) => c.html(page));
  app.get('/api/v1/docs/:file', (c) => {
    const file = c.req.param('file');
    if (file === 'init.js') return c.body(init, 200, { 'content-type': 'text/javascript; charset=utf-8' });
    const asset = assets[file];
    if (!asset) return c.notFound();
    let body = cache.get(file);
    if (body === undefined) {
      body = readFileSync(join(swaggerDir, asset[1]), 'utf8');
      cache.set(file, body);
    }
    return c.body(body, 200, { 'content-type': asset[0], 'cache-control': 'public, max-age=86400' });
  });
}
