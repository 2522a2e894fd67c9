/**
 * The built web app (web/dist): hashed assets cached for a year, other files as they are, and every other
 * path the single-page app's index page, with its first paint for the public pages (ADR 0047). The build
 * writes Brotli and gzip copies beside each text asset (web/vite.config.ts): a phone on a slow line downloads
 * a quarter of the bytes, and the server spends no CPU compressing (issue 15 §7).
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono } from 'hono';
import type { Logger } from '../logger.ts';
import type { AppEnv } from './app-env.ts';
import { indexPage, pageKind } from './index-page.ts';
import { loggableError } from './loggable-error.ts';

export function mountWebApp(app: Hono<AppEnv>, { webRoot, city, logger }: { webRoot: string; city: unknown; logger: Logger }): void {
  if (!existsSync(webRoot)) return;
  const root = relative(process.cwd(), webRoot) || '.';
  const page = indexPage(webRoot, {
    city,
    onError: (error) => logger.error({ err: loggableError(error instanceof Error ? error : new Error(String(error))) }, 'the first-paint renderer failed; pages are sent without it'),
  });
  // Client-side routes: every page is the single-page app, the public ones with their first paint in the
  // visitor's language (the lang cookie, else Accept-Language), so it varies on both.
  const sendPage = async (c: Context<AppEnv>) => {
    const { body, encoding } = await page({ acceptEncoding: c.req.header('accept-encoding'), kind: pageKind(c.req.path), locale: c.get('locale') });
    const headers: Record<string, string> = {
      'content-type': 'text/html; charset=UTF-8',
      'cache-control': 'no-cache',
      vary: 'Accept-Encoding, Accept-Language, Cookie',
    };
    if (encoding) headers['content-encoding'] = encoding;
    return c.body(body as Uint8Array<ArrayBuffer>, 200, headers);
  };
  app.get('/', sendPage);
  app.get('/index.html', sendPage);
  app.use(
    '/assets/*',
    serveStatic({
      root,
      precompressed: true,
      onFound: (_path, c) => {
        c.header('cache-control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use('*', serveStatic({ root, precompressed: true }));
  app.get('*', sendPage);
}
