import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

async function waitFor<T>(check: () => Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('jobs API: an admin sees failed jobs with their error and retries one', () => {
  let t: TestContext;
  let admin: Session;
  let inspector: Session;
  let mailUp = false;
  let runs = 0;
  before(async () => {
    t = await createTestContext({ jobs: true });
    admin = await t.signIn('admin1', ['admin']);
    inspector = await t.signIn('inspector1', ['labor-inspector']);
    await t.jobs!.work(
      'test-mail',
      async () => {
        runs += 1;
        if (!mailUp) throw new Error('connect ECONNREFUSED 127.0.0.1:2525');
      },
      { retryLimit: 2, retryDelaySeconds: 1, retryBackoff: false, pollingIntervalSeconds: 0.5 },
    );
  });
  after(() => t.close());

  it('lists a job that failed every try as failed, with its attempts and last error', async () => {
    const id = await t.jobs!.send('test-mail', { outboxId: 1 });
    assert.ok(id);
    const failed = await waitFor(async () => {
      const response = await t.request('/api/v1/staff/jobs?state=failed', { session: admin });
      assert.equal(response.status, 200);
      return response.json.items.find((item: { id: string }) => item.id === id);
    });
    assert.deepEqual(Object.keys(failed).sort(), ['attempts', 'id', 'lastError', 'name', 'runAt', 'state']);
    assert.equal(failed.name, 'test-mail');
    assert.equal(failed.state, 'failed');
    assert.equal(failed.attempts, 3, 'the first try and two retries');
    assert.equal(failed.lastError, 'connect ECONNREFUSED 127.0.0.1:2525');
    assert.equal(runs, 3);

    const all = await t.request('/api/v1/staff/jobs', { session: admin });
    assert.ok(all.json.items.some((item: { id: string }) => item.id === id));
    const queued = await t.request('/api/v1/staff/jobs?state=created', { session: admin });
    assert.deepEqual(queued.json.items, []);
    const bad = await t.request('/api/v1/staff/jobs?state=lost', { session: admin });
    assert.equal(bad.status, 400);
    assert.equal(bad.json.code, 'VALIDATION_FAILED');
  });

  it('retries it (audited, CSRF-checked, admins only) and the next try succeeds', async () => {
    const [failed] = (await t.request('/api/v1/staff/jobs?state=failed', { session: admin })).json.items;
    const path = `/api/v1/staff/jobs/${failed.id}/retry`;
    assert.equal((await t.request(path, { method: 'POST', session: inspector })).status, 403);
    const noToken = await t.request(path, { method: 'POST', session: admin, headers: { 'x-csrf-token': 'wrong' } });
    assert.equal(noToken.json.code, 'CSRF_FAILED');

    mailUp = true;
    const retried = await t.request(path, { method: 'POST', session: admin });
    assert.equal(retried.status, 204);
    const again = await t.request(path, { method: 'POST', session: admin });
    assert.equal(again.status, 409, 'queued again, no longer failed');
    assert.equal(again.json.code, 'CONFLICT');

    const done = await waitFor(async () => {
      const response = await t.request('/api/v1/staff/jobs?state=completed', { session: admin });
      return response.json.items.find((item: { id: string }) => item.id === failed.id);
    });
    assert.equal(done.attempts, 4);
    assert.equal(done.lastError, null);
    assert.equal(runs, 4);

    const audit = await t.request(`/api/v1/staff/audit-events?action=job.retry`, { session: admin });
    assert.equal(audit.json.total, 1);
    assert.equal(audit.json.items[0].recordId, failed.id);
    assert.equal(audit.json.items[0].actorUsername, 'admin1');
    assert.deepEqual(audit.json.items[0].details, { name: 'test-mail' });

    const missing = await t.request('/api/v1/staff/jobs/00000000-0000-4000-8000-000000000000/retry', { method: 'POST', session: admin });
    assert.equal(missing.status, 404);
    const malformed = await t.request('/api/v1/staff/jobs/not-an-id/retry', { method: 'POST', session: admin });
    assert.equal(malformed.status, 400);
  });
});
