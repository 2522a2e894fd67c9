import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Hono } from 'hono';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { createLogger } from '../logger.ts';
import type { AppEnv } from './app-env.ts';
import { requestContext } from './request-context.ts';

/** Security finding 11 (issue 16): the request id stored in the audit trail is the server's, never the client's. */
describe('request ids', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestContext();
  });
  after(() => t.close());

  it('generates the id on the server, even when the client sends one', async () => {
    await t.createStaff('rid-admin', ['admin']);
    const response = await t.request('/api/v1/auth/login', {
      method: 'POST',
      body: { username: 'rid-admin', password: 'correct horse battery' },
      headers: { 'x-request-id': 'client-chosen-id-0001' },
    });
    assert.equal(response.status, 200);
    const serverId = response.headers.get('x-request-id') ?? '';
    assert.notEqual(serverId, 'client-chosen-id-0001');
    assert.match(serverId, /^[0-9a-f-]{36}$/);
    const { rows } = await t.db.query<{ request_id: string }>(
      `SELECT request_id FROM audit_events WHERE action = 'auth.login' AND actor_username = 'rid-admin'`,
    );
    assert.deepEqual(rows.map((row) => row.request_id), [serverId]);
  });
});

describe('the request log', () => {
  /** The request context alone, in front of two routes, logging into `lines`. */
  function appLogging(lines: Record<string, unknown>[]) {
    const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
    const app = new Hono<AppEnv>();
    app.use(requestContext({ logger, hops: 0 }));
    app.get('/quiet', (c) => c.text('ok'));
    app.get('/noisy', (c) => {
      c.get('log').warn({ reason: 'test' }, 'something the route noticed');
      return c.text('ok');
    });
    return app;
  }

  it("writes one line per request with the server's id, the client's apart, and no query string", async () => {
    const lines: Record<string, unknown>[] = [];
    const response = await appLogging(lines).request('/quiet?idNumber=B123456789', { headers: { 'x-request-id': 'client-chosen-id-0002' } });
    assert.equal(lines.length, 1);
    const line = lines[0]!;
    assert.equal(line.msg, 'request');
    assert.equal(line.requestId, response.headers.get('x-request-id'));
    assert.equal(line.clientRequestId, 'client-chosen-id-0002');
    assert.deepEqual([line.method, line.path, line.status], ['GET', '/quiet', 200]);
    assert.doesNotMatch(JSON.stringify(line), /B123456789/);
  });

  it("binds what a route logs to the same request's ids", async () => {
    const lines: Record<string, unknown>[] = [];
    const response = await appLogging(lines).request('/noisy', { headers: { 'x-request-id': 'client-chosen-id-0003' } });
    const routeLine = lines.find((line) => line.msg === 'something the route noticed');
    assert.ok(routeLine, 'the route logged');
    assert.equal(routeLine.requestId, response.headers.get('x-request-id'));
    assert.equal(routeLine.clientRequestId, 'client-chosen-id-0003');
    assert.equal(routeLine.reason, 'test');
    assert.equal(lines.filter((line) => line.msg === 'request').length, 1);
  });
});
