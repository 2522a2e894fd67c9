import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
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

  it('refuses a multipart form of too many parts at the chunk that shows it, not at the end of its body', async () => {
    // 1,000 parts in the first 70 KB of a body that says 3 MB and never sends the rest: answered at once.
    const boundary = 'crafted';
    const head = Buffer.from(Array.from({ length: 1000 }, (_, i) => `--${boundary}\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nx\r\n`).join(''));
    const answer = await new Promise<{ status: number; connection: string | undefined; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/v1/complaints?lang=en',
          headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': 3 * 1024 * 1024 },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => {
            resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body: text });
            req.destroy();
          });
        },
      );
      req.on('error', reject);
      req.write(head);
      setTimeout(() => {
        req.destroy();
        reject(new Error('no answer while the body was still coming: the form was read to its end first'));
      }, 5_000).unref();
    });
    assert.equal(answer.status, 400, answer.body);
    assert.equal((JSON.parse(answer.body) as { errors: { code: string }[] }).errors[0]?.code, 'too_many_parts');
    assert.equal(answer.connection, 'close', 'the rest of the body is not waited for');
  });

  it('after refusing a small form of too many parts early, reads the rest and keeps the connection for the next request', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const boundary = 'crafted';
    const body = Buffer.from(`${Array.from({ length: 3000 }, (_, i) => `--${boundary}\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nx\r\n`).join('')}--${boundary}--\r\n`);
    const headers = { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': body.length };
    // Sent in pieces, so that the refusal comes while most of the body is still on its way.
    const chunks = Array.from({ length: Math.ceil(body.length / 16_384) }, (_, i) => body.subarray(i * 16_384, (i + 1) * 16_384));
    const refused = await sendOver(port, { method: 'POST', path: '/api/v1/complaints?lang=en', agent, headers, chunks });
    assert.equal(refused.status, 400, refused.body);
    const health = await send(port, agent, 'GET', '/api/v1/health');
    assert.equal(health.status, 200, health.body);
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
