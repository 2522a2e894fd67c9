import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp, loggableError } from './app.ts';
import type { Db } from './db/client.ts';
import { createReferenceData, loadCityConfig } from './modules/reference-data/reference-data.ts';
import { Writable } from 'node:stream';
import { createLogger } from './shared/logger.ts';
import { createTestContext, type TestContext } from '../test/test-app.ts';

describe('platform HTTP behaviour', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestContext();
  });
  after(() => t.close());

  it('answers the health check once the database is ready', async () => {
    const response = await t.request('/api/v1/health');
    assert.equal(response.status, 200);
    assert.deepEqual(response.json, { status: 'ok' });
    assert.match(response.headers.get('x-request-id') ?? '', /^[\w-]{8,}$/);
  });

  it('sends security headers with a strict Content-Security-Policy', async () => {
    const response = await t.request('/api/v1/health');
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  });

  it('answers an unknown API path with a 404 problem in the caller language', async () => {
    const zh = await t.request('/api/v1/nothing-here');
    assert.equal(zh.status, 404);
    assert.match(zh.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal(zh.json.code, 'NOT_FOUND');
    assert.equal(zh.json.title, '找不到您要的資源。');
    const vi = await t.request('/api/v1/nothing-here', { headers: { 'accept-language': 'vi-VN,vi;q=0.9' } });
    assert.equal(vi.json.title, 'Không tìm thấy nội dung bạn yêu cầu.');
    const th = await t.request('/api/v1/nothing-here?lang=th');
    assert.equal(th.json.title, 'ไม่พบสิ่งที่คุณต้องการ');
  });

  it('rejects malformed JSON with a 400 problem, not a 500', async () => {
    const response = await t.request('/api/v1/auth/login', { method: 'POST', rawBody: '{"username":', headers: { 'content-type': 'application/json' } });
    assert.equal(response.status, 400);
    assert.equal(response.json.code, 'MALFORMED_JSON');
  });

  it('rejects a body over the size limit with 413', async () => {
    const response = await t.request('/api/v1/auth/login', {
      method: 'POST',
      rawBody: JSON.stringify({ username: 'x'.repeat(70 * 1024), password: 'y' }),
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(response.status, 413);
    assert.equal(response.json.code, 'PAYLOAD_TOO_LARGE');
  });

  it('names each bad field of a request in the caller language', async () => {
    const response = await t.request('/api/v1/auth/login?lang=en', { method: 'POST', body: { username: 42 } });
    assert.equal(response.status, 400);
    assert.equal(response.json.code, 'VALIDATION_FAILED');
    const fields = response.json.errors.map((e: { field: string }) => e.field).sort();
    assert.deepEqual(fields, ['password', 'username']);
    const username = response.json.errors.find((e: { field: string }) => e.field === 'username');
    // Human words from our catalog, never zod's "expected string, received number" (issue 15 §4).
    assert.equal(username.message, 'This value is not valid. Check it and try again.');
    assert.equal(response.json.errors.find((e: { field: string }) => e.field === 'password').message, 'This field is required.');
  });

  it('publishes an OpenAPI 3.1 document and browsable docs', async () => {
    const doc = await t.request('/api/v1/openapi.json');
    assert.equal(doc.status, 200);
    assert.equal(doc.json.openapi, '3.1.0');
    assert.ok(doc.json.paths['/api/v1/health'].get);
    assert.ok(doc.json.paths['/api/v1/auth/login'].post);
    const docs = await t.request('/api/v1/docs');
    assert.equal(docs.status, 200);
    assert.match(docs.text, /swagger-ui-bundle\.js/);
  });
});

describe('unexpected failures', () => {
  it('answer 500 with the request id and no internals', async () => {
    const failing: Db = {
      engine: 'pglite',
      query: async () => {
        throw Object.assign(new Error('relation "secret_table" does not exist at /srv/app/db.ts:42'), {
          code: '23505',
          detail: 'Key (id_number)=(A123456789) already exists.',
        });
      },
      transaction: async () => {
        throw new Error('unreachable');
      },
      exec: async () => undefined,
      script: async () => [],
      close: async () => undefined,
    };
    let logged = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logged += chunk;
        done();
      },
    });
    const app = createApp({
      db: failing,
      logger: createLogger('error', sink),
      referenceData: createReferenceData(loadCityConfig('taichung')),
      settings: {
        sessionTtlMinutes: 60,
        loginMaxFailures: 5,
        loginLockoutMinutes: 15,
        bodyLimitBytes: 1024,
        secureCookies: false,
        trustProxy: false,
      },
    });
    const response = await app.request('/api/v1/auth/me', { headers: { cookie: 'sid=abc', 'accept-language': 'en' } });
    assert.equal(response.status, 500);
    const body = (await response.json()) as { code: string; title: string; requestId: string };
    assert.equal(body.code, 'INTERNAL');
    assert.doesNotMatch(JSON.stringify(body), /secret_table|db\.ts|stack/);
    assert.match(body.title, new RegExp(body.requestId));
    // The log has what a developer needs (the SQLSTATE, the request id), not the values a database error quotes.
    assert.match(logged, /database error 23505/);
    assert.match(logged, new RegExp(body.requestId));
    assert.doesNotMatch(logged, /A123456789|secret_table/);
    const health = await app.request('/api/v1/health');
    assert.equal(health.status, 503);
  });
});

describe('loggableError', () => {
  it('keeps a programming error whole and reduces a database error to its SQLSTATE and frames', () => {
    const bug = loggableError(new TypeError('cannot read x of undefined'));
    assert.equal(bug.type, 'TypeError');
    assert.equal(bug.message, 'cannot read x of undefined');
    const db = loggableError(Object.assign(new Error('invalid input syntax for type uuid: "0912345678"'), { code: '22P02' }));
    assert.deepEqual([db.message, db.code], ['database error 22P02', '22P02']);
    assert.doesNotMatch(JSON.stringify(db), /0912345678/);
  });
});
