import assert from 'node:assert/strict';
import { Agent } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { listen, send as sendOver } from '../../../test/http-socket.ts';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';

const send = (port: number, agent: Agent, method: string, path: string, body?: Buffer) =>
  sendOver(port, { method, path, agent, ...(body ? { headers: { 'content-type': 'application/json', 'content-length': body.length }, chunks: [body] } : {}) });

/** Issue 16 §2: the fuzzer lost keep-alive connections after early 413s to 2 MB bodies. */
describe('http: an answer sent before the body is read closes the connection', () => {
  let t: TestContext;
  let port: number;
  let close: () => Promise<void>;
  before(async () => {
    t = await createTestContext();
    ({ port, close } = await listen(t));
  });
  after(async () => {
    await close();
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
