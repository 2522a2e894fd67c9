import assert from 'node:assert/strict';
import { request, Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { serve, type ServerType } from '@hono/node-server';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';

type Answer = { status: number; connection: string | undefined; body: string };

function send(port: number, agent: Agent, method: string, path: string, body?: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method, path, agent, headers: body ? { 'content-type': 'application/json', 'content-length': body.length } : {} },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body: text }));
      },
    );
    req.on('error', reject);
    // The client keeps sending after the answer, as a real one does: the server must not read the rest
    // of those bytes as the next request on a kept-alive connection.
    if (body) req.write(body);
    req.end();
  });
}

/** Issue 16 §2: the fuzzer lost keep-alive connections after early 413s to 2 MB bodies. */
describe('http: an answer sent before the body is read closes the connection', () => {
  let t: TestContext;
  let server: ServerType;
  let port: number;
  before(async () => {
    t = await createTestContext();
    server = serve({ fetch: t.app.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    port = (server.address() as AddressInfo).port;
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await t.close();
  });

  it('says Connection: close on an early 413, and the next request on the same agent is answered', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const big = Buffer.from(JSON.stringify({ note: 'x'.repeat(2 * 1024 * 1024) }));
    for (let i = 0; i < 3; i += 1) {
      const refused = await send(port, agent, 'POST', '/api/v1/calculators/severance-pay', big);
      assert.equal(refused.status, 413, refused.body);
      assert.equal(refused.connection, 'close');
      const health = await send(port, agent, 'GET', '/api/v1/health');
      assert.equal(health.status, 200, health.body);
    }
    agent.destroy();
  });

  it('keeps the connection alive after an answer whose body was read', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const small = Buffer.from(JSON.stringify({ hireDate: 'nonsense' }));
    const refused = await send(port, agent, 'POST', '/api/v1/calculators/severance-pay', small);
    assert.equal(refused.status, 400, refused.body);
    assert.equal(refused.connection, 'keep-alive');
    agent.destroy();
  });
});
