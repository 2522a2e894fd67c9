/** The baseline for the benchmark: the same framework and adapter with one route and no middleware. */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/bare', (c) => c.json({ status: 'ok' }));
// The floor for a JSON POST: parse the same body, answer a small JSON (issue 16 §4).
app.post('/bare', async (c) => {
  const body = (await c.req.json()) as Record<string, unknown>;
  return c.json({ fields: Object.keys(body).length });
});
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT) }, () => {
  process.stdout.write('ready\n');
});
