/** The baseline for the benchmark: the same framework and adapter with one route and no middleware. */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { calculateSeverancePay, type SeverancePayInput } from '#labor-rules';
import { presentSteps } from '../src/modules/calculators/calculators.present.ts';

const app = new Hono();
app.get('/bare', (c) => c.json({ status: 'ok' }));
// The floor for a JSON POST: parse the same body, answer a small JSON (issue 16 §4).
app.post('/bare', async (c) => {
  const body = (await c.req.json()) as Record<string, unknown>;
  return c.json({ fields: Object.keys(body).length });
});
// The same body through the same rule and the same wording (Vietnamese steps), with none of our middleware,
// validation or routing: what is left between this and our route is the platform's own cost per request.
app.post('/bare-severance', async (c) => {
  const body = (await c.req.json()) as SeverancePayInput;
  const result = calculateSeverancePay(body);
  return c.json({ ...result, steps: presentSteps(result.steps, 'vi') });
});
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT) }, () => {
  process.stdout.write('ready\n');
});
