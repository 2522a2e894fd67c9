/**
 * The request path over a real socket (issue 16 §4): the body limits, the session cookie and the request's
 * own headers are read from Node's parsed request there, and from Hono's Request in-process. Both must
 * refuse and accept the same requests.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listen, send } from '../../../test/http-socket.ts';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';

describe('http: the request path over a socket', () => {
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

  const severance = JSON.stringify({ averageMonthlyWage: 48250, hireDate: '1998-03-16', switchDate: '2005-07-01', terminationDate: '2026-02-27' });

  it('answers a calculator with a Content-Length body, and refuses one over 64 KB by its Content-Length', async () => {
    const ok = await send(port, { method: 'POST', path: '/api/v1/calculators/severance-pay?lang=en', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(severance) }, chunks: [Buffer.from(severance)] });
    assert.equal(ok.status, 200, ok.body);
    assert.equal(JSON.parse(ok.body).amount, 643334);
    assert.equal(ok.headers['content-language'], 'en');
    const big = Buffer.from(JSON.stringify({ note: 'x'.repeat(70 * 1024) }));
    const refused = await send(port, { method: 'POST', path: '/api/v1/calculators/severance-pay', headers: { 'content-type': 'application/json', 'content-length': big.length }, chunks: [big] });
    assert.equal(refused.status, 413, refused.body);
  });

  it('sends the security headers, the request id and the language on every answer over a socket, as in-process', async () => {
    const calculator = await send(port, { method: 'POST', path: '/api/v1/calculators/severance-pay?lang=vi', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(severance) }, chunks: [Buffer.from(severance)] });
    const inProcess = await t.app.request('/api/v1/calculators/severance-pay?lang=vi', { method: 'POST', headers: { 'content-type': 'application/json' }, body: severance });
    for (const name of ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'cross-origin-opener-policy', 'cross-origin-resource-policy', 'permissions-policy', 'content-language']) {
      assert.equal(calculator.headers[name], inProcess.headers.get(name) ?? undefined, name);
      assert.ok(calculator.headers[name], `${name} over the socket`);
    }
    assert.match(String(calculator.headers['x-request-id']), /^[0-9a-f-]{36}$/);
    assert.equal(calculator.headers['content-type'], 'application/json', 'the answer keeps its own headers');
    // An error answer and the API docs (their own policy) carry them too; a staff answer stays uncacheable.
    const missing = await send(port, { method: 'GET', path: '/api/v1/no-such-thing' });
    assert.equal(missing.status, 404);
    assert.match(String(missing.headers['content-security-policy']), /script-src 'self'/);
    const docs = await send(port, { method: 'GET', path: '/api/v1/docs' });
    assert.match(String(docs.headers['content-security-policy']), /style-src 'self' 'unsafe-inline'/);
    const me = await send(port, { method: 'GET', path: '/api/v1/auth/me' });
    assert.equal(me.headers['cache-control'], 'no-store');
    assert.equal(me.headers['x-frame-options'], 'DENY');
  });

  it('counts a chunked body (no Content-Length) against the same limit', async () => {
    const small = await send(port, { method: 'POST', path: '/api/v1/calculators/severance-pay', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, chunks: [Buffer.from(severance.slice(0, 20)), Buffer.from(severance.slice(20))] });
    assert.equal(small.status, 200, small.body);
    const piece = Buffer.from('x'.repeat(16 * 1024));
    const big = await send(port, { method: 'POST', path: '/api/v1/calculators/severance-pay', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, chunks: [Buffer.from('{"note":"'), piece, piece, piece, piece, piece, Buffer.from('"}')] });
    assert.equal(big.status, 413, big.body);
  });

  it('refuses deep nesting and NUL escapes in the body and the query, as in-process', async () => {
    const deep = '['.repeat(40) + ']'.repeat(40);
    const nested = await send(port, { method: 'POST', path: '/api/v1/calculators/severance-pay', headers: { 'content-type': 'application/json', 'content-length': deep.length }, chunks: [Buffer.from(deep)] });
    assert.equal(nested.status, 400, nested.body);
    const nul = await send(port, { method: 'GET', path: '/api/v1/qa?q=%00' });
    assert.equal(nul.status, 400, nul.body);
    assert.equal(JSON.parse(nul.body).code, 'VALIDATION_FAILED');
    const nulPath = await send(port, { method: 'GET', path: '/api/v1/qa%00' });
    assert.equal(nulPath.status, 400, nulPath.body);
  });

  it('reads the staff session cookie, and the language from the cookie and Accept-Language', async () => {
    const session = await t.signIn('socket-admin', ['admin']);
    const me = await send(port, { method: 'GET', path: '/api/v1/auth/me', headers: { cookie: `lang=vi; ${session.cookie}` } });
    assert.equal(me.status, 200, me.body);
    assert.equal(me.headers['content-language'], 'vi');
    assert.equal(me.headers['cache-control'], 'no-store');
    const anonymous = await send(port, { method: 'GET', path: '/api/v1/auth/me', headers: { 'accept-language': 'th-TH,th;q=0.9,en;q=0.5' } });
    assert.equal(anonymous.status, 401, anonymous.body);
    assert.equal(anonymous.headers['content-language'], 'th');
  });

  it('keeps the client request id apart and answers with its own', async () => {
    const answer = await send(port, { method: 'GET', path: '/api/v1/health', headers: { 'x-request-id': 'client-chosen-id-1' } });
    assert.equal(answer.status, 200);
    assert.notEqual(answer.headers['x-request-id'], 'client-chosen-id-1');
    assert.match(String(answer.headers['x-request-id']), /^[0-9a-f-]{36}$/);
    assert.equal(answer.headers['x-content-type-options'], 'nosniff');
  });
});
