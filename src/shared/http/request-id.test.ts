import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';

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
