import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '../../db/client.ts';
import { createTestDb } from '../../../test/create-test-db.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { healthCheckMs, healthRoutes } from './health.routes.ts';

/** Issue 16 §4: probes share one database check for a quarter second; a failure is never kept. */
describe('health: one database check shared by the probes of 250 ms', () => {
  let real: Db;
  let queries = 0;
  let failing = false;
  let now = 0;
  let app: OpenAPIHono<AppEnv>;
  before(async () => {
    real = await createTestDb();
    // The real database, counted, and able to stop answering as a crashed server would.
    const counted: Db = {
      ...real,
      query: async (sql, params) => {
        queries += 1;
        if (failing) throw new Error('connection refused');
        return real.query(sql, params);
      },
    };
    app = new OpenAPIHono<AppEnv>();
    app.onError((_error, c) => c.json({ code: 'SERVICE_UNAVAILABLE' }, 503));
    app.route('/', healthRoutes({ db: counted, nowMs: () => now }));
  });
  after(() => real.close());

  it('asks the database once for probes within 250 ms, and again after', async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => app.request('/api/v1/health')));
    assert.deepEqual(answers.map((a) => a.status), [200, 200, 200, 200, 200]);
    assert.equal(queries, 1);
    now += healthCheckMs - 1;
    assert.equal((await app.request('/api/v1/health')).status, 200);
    assert.equal(queries, 1);
    now += 1;
    assert.equal((await app.request('/api/v1/health')).status, 200);
    assert.equal(queries, 2);
  });

  it('says at once when the database stops answering, and asks again on the next probe', async () => {
    now += healthCheckMs;
    failing = true;
    assert.equal((await app.request('/api/v1/health')).status, 503);
    assert.equal((await app.request('/api/v1/health')).status, 503);
    assert.equal(queries, 4, 'a failed check is not shared');
    failing = false;
    assert.equal((await app.request('/api/v1/health')).status, 200);
  });
});
