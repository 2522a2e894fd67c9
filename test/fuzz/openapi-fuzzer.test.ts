import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { serve, type ServerType } from '@hono/node-server';
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { fuzzOpenApi, type OpenApiDocument } from './openapi-fuzzer.ts';

/**
 * The fuzzer must be able to fail: a small app with a route that crashes on large numbers and one that
 * never answers for some inputs. `npm run fuzz` runs the same fuzzer against the platform in CI.
 */
describe('the OpenAPI fuzzer finds what it is for', () => {
  let server: ServerType;
  let baseUrl: string;
  let document: OpenApiDocument;
  before(async () => {
    const app = new OpenAPIHono();
    const fragile = createRoute({
      method: 'post',
      path: '/fragile',
      request: { body: { content: { 'application/json': { schema: z.object({ n: z.number().int().min(0).max(1000) }) } } } },
      responses: { 200: { description: 'ok' } },
    });
    app.openapi(fragile, (c) => {
      if (c.req.valid('json').n > 100) throw new Error('fragile');
      return c.json({ ok: true }, 200);
    });
    const slow = createRoute({
      method: 'get',
      path: '/slow/{id}',
      request: { params: z.object({ id: z.string() }) },
      responses: { 200: { description: 'ok' } },
    });
    app.openapi(slow, async (c) => {
      if (c.req.valid('param').id.length > 3) await new Promise((resolve) => setTimeout(resolve, 2000));
      return c.json({ ok: true }, 200);
    });
    app.onError((_error, c) => c.json({ error: true }, 500));
    document = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1' } }) as unknown as OpenApiDocument;
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reports the 5xx and the hang, with the operation and the case to replay', async () => {
    const report = await fuzzOpenApi({ baseUrl, document, sessions: [{ label: 'anonymous' }], cases: 40, seed: 1, timeoutMs: 500 });
    assert.equal(report.operations, 2);
    assert.ok(report.failures.some((f) => f.kind === '5xx' && f.operation === 'post /fragile'), JSON.stringify(report.statuses));
    assert.ok(report.failures.some((f) => f.kind === 'hang' && f.operation === 'get /slow/{id}'));
    // The same seed finds the same cases again.
    const again = await fuzzOpenApi({ baseUrl, document, sessions: [{ label: 'anonymous' }], cases: 40, seed: 1, timeoutMs: 500 });
    assert.deepEqual(again.failures.map((f) => f.case), report.failures.map((f) => f.case));
  });
});
