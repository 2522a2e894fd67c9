import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, testPassword, type TestContext } from '../../../test/test-app.ts';

describe('staff sign-in', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestContext();
    await t.createStaff('officer', ['employment-officer']);
    await t.createStaff('twoRoles', ['case-manager', 'analyst']);
  });
  after(() => t.close());

  it('signs in, sets an HttpOnly SameSite cookie and returns the roles and a CSRF token', async () => {
    const response = await t.request('/api/v1/auth/login', { method: 'POST', body: { username: 'twoRoles', password: testPassword } });
    assert.equal(response.status, 200);
    assert.equal(response.json.username, 'twoRoles');
    assert.deepEqual(response.json.roles, ['case-manager', 'analyst']);
    assert.match(response.json.csrfToken, /^[\w-]{40,}$/);
    const cookie = response.headers.get('set-cookie') ?? '';
    assert.match(cookie, /^sid=[\w-]{40,};/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
  });

  it('answers 401 problem+json for a wrong password and for an unknown user alike', async () => {
    const wrong = await t.request('/api/v1/auth/login', { method: 'POST', body: { username: 'officer', password: 'nope' } });
    const unknown = await t.request('/api/v1/auth/login', { method: 'POST', body: { username: 'ghost', password: 'nope' } });
    for (const response of [wrong, unknown]) {
      assert.equal(response.status, 401);
      assert.equal(response.json.code, 'INVALID_CREDENTIALS');
      assert.equal(response.headers.get('set-cookie'), null);
    }
  });

  it('answers /auth/me with 401 without a session and with the user with one', async () => {
    const anonymous = await t.request('/api/v1/auth/me');
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.json.code, 'UNAUTHENTICATED');
    const session = await t.login('officer');
    const me = await t.request('/api/v1/auth/me', { session });
    assert.equal(me.status, 200);
    assert.equal(me.json.username, 'officer');
    assert.deepEqual(me.json.roles, ['employment-officer']);
  });

  it('ends the session on logout, which needs the CSRF token', async () => {
    const session = await t.login('officer');
    const forged = await t.request('/api/v1/auth/logout', { method: 'POST', session, headers: { 'x-csrf-token': 'forged' } });
    assert.equal(forged.status, 403);
    assert.equal(forged.json.code, 'CSRF_FAILED');
    const out = await t.request('/api/v1/auth/logout', { method: 'POST', session });
    assert.equal(out.status, 204);
    const me = await t.request('/api/v1/auth/me', { session });
    assert.equal(me.status, 401);
  });

  it('locks an account after five failures in a row, even against the right password, then lets it in later', async () => {
    await t.createStaff('clumsy', ['mediator']);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await t.request('/api/v1/auth/login', { method: 'POST', body: { username: 'clumsy', password: 'bad' } });
      assert.equal(response.status, 401);
    }
    const locked = await t.request('/api/v1/auth/login?lang=en', {
      method: 'POST',
      body: { username: 'clumsy', password: testPassword },
    });
    assert.equal(locked.status, 423);
    assert.equal(locked.json.code, 'ACCOUNT_LOCKED');
    assert.match(locked.json.title, /15 minutes/);
    t.setNow(new Date(Date.parse('2026-03-02T02:00:00Z') + 16 * 60_000));
    const later = await t.request('/api/v1/auth/login', { method: 'POST', body: { username: 'clumsy', password: testPassword } });
    assert.equal(later.status, 200);
    t.setNow(new Date('2026-03-02T02:00:00Z'));
  });

  it('expires a session after its lifetime', async () => {
    const session = await t.login('officer');
    t.setNow(new Date(Date.parse('2026-03-02T02:00:00Z') + 61 * 60_000));
    const me = await t.request('/api/v1/auth/me', { session });
    assert.equal(me.status, 401);
    t.setNow(new Date('2026-03-02T02:00:00Z'));
  });
});

describe('login rate limit', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestContext({ loginLimit: 3 });
  });
  after(() => t.close());

  it('answers 429 with Retry-After once an address exceeds the limit', async () => {
    const statuses: number[] = [];
    let last;
    for (let attempt = 0; attempt < 4; attempt += 1) {
      last = await t.request('/api/v1/auth/login', { method: 'POST', body: { username: 'x', password: 'y' } });
      statuses.push(last.status);
    }
    assert.deepEqual(statuses, [401, 401, 401, 429]);
    assert.equal(last?.json.code, 'RATE_LIMITED');
    assert.ok(Number(last?.headers.get('retry-after')) > 0);
  });
});

describe('account administration', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestContext();
  });
  after(() => t.close());

  it('lets an admin create an account, change its roles and deactivate it, all audited', async () => {
    const admin = await t.signIn('chief', ['admin']);
    const created = await t.request('/api/v1/staff/accounts', {
      method: 'POST',
      session: admin,
      body: { username: 'newbie', displayName: '新進人員', password: 'a long enough pw', roles: ['mediator'] },
    });
    assert.equal(created.status, 201);
    assert.deepEqual(created.json.roles, ['mediator']);
    const duplicate = await t.request('/api/v1/staff/accounts', {
      method: 'POST',
      session: admin,
      body: { username: 'NEWBIE', displayName: 'x', password: 'a long enough pw', roles: ['mediator'] },
    });
    assert.equal(duplicate.status, 409);
    const newbie = await t.login('newbie', 'a long enough pw');
    const changed = await t.request(`/api/v1/staff/accounts/${created.json.id}`, {
      method: 'PATCH',
      session: admin,
      body: { roles: ['mediator', 'analyst'], isActive: false },
    });
    assert.equal(changed.status, 200);
    assert.deepEqual(changed.json.roles, ['mediator', 'analyst']);
    assert.equal(changed.json.isActive, false);
    // Deactivation ends the open session at once.
    assert.equal((await t.request('/api/v1/auth/me', { session: newbie })).status, 401);
    const trail = await t.request(`/api/v1/staff/audit-events?recordId=${created.json.id}`, { session: admin });
    const actions = trail.json.items.map((e: { action: string }) => e.action);
    assert.ok(actions.includes('staff-account.create'));
    assert.ok(actions.includes('staff-account.update'));
    const update = trail.json.items.find((e: { action: string }) => e.action === 'staff-account.update');
    assert.equal(update.actorUsername, 'chief');
    assert.deepEqual(update.details.changed.roles, { from: ['mediator'], to: ['mediator', 'analyst'] });
    assert.ok(update.requestId);
  });

  it('reads one account, and refuses to let an admin deactivate or demote themselves', async () => {
    const admin = await t.signIn('solo', ['admin']);
    const list = await t.request('/api/v1/staff/accounts', { session: admin });
    const me = list.json.items.find((a: { username: string }) => a.username === 'solo');
    const one = await t.request(`/api/v1/staff/accounts/${me.id}`, { session: admin });
    assert.equal(one.status, 200);
    assert.equal(one.json.username, 'solo');
    for (const body of [{ isActive: false }, { roles: ['analyst'] }]) {
      const response = await t.request(`/api/v1/staff/accounts/${me.id}`, { method: 'PATCH', session: admin, body });
      assert.equal(response.status, 409);
      assert.equal(response.json.code, 'SELF_LOCKOUT');
    }
    const stillAdmin = await t.request(`/api/v1/staff/accounts/${me.id}`, { session: admin });
    assert.equal(stillAdmin.json.isActive, true);
    assert.deepEqual(stillAdmin.json.roles, ['admin']);
  });

  it('rejects an unknown role and a short password with field errors', async () => {
    const admin = await t.signIn('chief2', ['admin']);
    const response = await t.request('/api/v1/staff/accounts?lang=zh-TW', {
      method: 'POST',
      session: admin,
      body: { username: 'x1x', displayName: 'x', password: 'short', roles: ['overlord'] },
    });
    assert.equal(response.status, 400);
    const byField = Object.fromEntries(response.json.errors.map((e: { field: string; message: string }) => [e.field, e.message]));
    assert.equal(byField.password, '密碼至少需要 10 個字元。');
    assert.equal(byField['roles.0'], '未知的角色。');
  });
});
