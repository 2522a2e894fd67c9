import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { createTestContext, testPassword, type TestContext } from '../../../test/test-app.ts';
import { deleteStaleLoginFailures } from './sessions.housekeeping.ts';

/** Security finding 2 (issue 16): the lockout must not lock the owner out from elsewhere, nor tell who exists. */
describe('sign-in lockout by account and address', () => {
  let t: TestContext;
  const from = (address: string) => ({ 'x-forwarded-for': address });
  const attempt = (username: string, password: string, address: string) =>
    t.request('/api/v1/auth/login?lang=en', { method: 'POST', body: { username, password }, headers: from(address) });

  before(async () => {
    t = await createTestContext({ trustProxy: 1 });
    await t.createStaff('boss', ['admin']);
  });
  after(() => t.close());

  it('five failures from one address do not lock the account for another address', async () => {
    for (let i = 0; i < 5; i += 1) assert.equal((await attempt('boss', 'wrong', '203.0.113.9')).status, 401);
    const elsewhere = await attempt('boss', testPassword, '198.51.100.20');
    assert.equal(elsewhere.status, 200);
  });

  it('answers a locked account exactly like a wrong password, and like an unknown user', async () => {
    for (let i = 0; i < 5; i += 1) await attempt('boss', 'wrong', '203.0.113.10');
    const locked = await attempt('boss', testPassword, '203.0.113.10');
    const wrong = await attempt('boss', 'wrong', '203.0.113.11');
    const unknown = await attempt('nobody-here', 'wrong', '203.0.113.12');
    for (const response of [locked, wrong, unknown]) {
      assert.equal(response.status, 401);
      assert.equal(response.json.code, 'INVALID_CREDENTIALS');
    }
    assert.equal(locked.json.title, wrong.json.title);
    assert.equal(locked.json.detail, wrong.json.detail);
    // The lock ends by itself after the lockout.
    t.setNow(new Date(Date.parse('2026-03-02T02:00:00Z') + 16 * 60_000));
    assert.equal((await attempt('boss', testPassword, '203.0.113.10')).status, 200);
    t.setNow(new Date('2026-03-02T02:00:00Z'));
  });

  it('an administrator unlock clears the locks of every address', async () => {
    await t.createStaff('fumbler', ['mediator']);
    for (let i = 0; i < 5; i += 1) await attempt('fumbler', 'wrong', '203.0.113.30');
    assert.equal((await attempt('fumbler', testPassword, '203.0.113.30')).status, 401);
    const admin = await t.login('boss');
    const accounts = await t.request('/api/v1/staff/accounts?pageSize=100', { session: admin });
    const fumbler = accounts.json.items.find((account: { username: string }) => account.username === 'fumbler');
    assert.equal(fumbler.isLocked, true, 'the list shows the account locked from some address');
    const unlocked = await t.request(`/api/v1/staff/accounts/${fumbler.id}`, { method: 'PATCH', session: admin, body: { unlock: true } });
    assert.equal(unlocked.status, 200);
    assert.equal((await attempt('fumbler', testPassword, '203.0.113.30')).status, 200);
  });

  it('housekeeping forgets failure counts a day old, and keeps a lock that still holds', async () => {
    await t.createStaff('sleepy', ['mediator']);
    await attempt('sleepy', 'wrong', '203.0.113.40');
    const countOf = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM login_failures')).rows[0]!.n;
    const before = await countOf();
    assert.equal(await deleteStaleLoginFailures(t.db, new Date('2026-03-02T12:00:00Z')), 0, 'not a day old yet');
    assert.equal(await deleteStaleLoginFailures(t.db, new Date('2026-03-03T03:00:00Z')), before);
  });
});

describe('npm run account:unlock', () => {
  it('names its usage when called without a username', async () => {
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, ['src/cli/unlock-account.ts'], { env: { ...process.env, LOG_LEVEL: 'silent' } }, (error, _out, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stderr }),
      );
    });
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /usage: npm run account:unlock -- <username>/);
  });
});
