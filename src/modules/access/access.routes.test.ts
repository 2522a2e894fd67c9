import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, testPassword, type Session, type TestContext } from '../../../test/test-app.ts';

const bureauSite = { kind: 'mediation-site', code: 'bureau' } as const;
const dajiaStation = { kind: 'station', code: 'dajia' } as const;
const dongshiStation = { kind: 'station', code: 'dongshi' } as const;
const wholeCity = { kind: 'city', code: null } as const;

describe('staff sign-in', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestContext();
    await t.createStaff('officer', ['employment-officer'], dajiaStation);
    await t.createStaff('twoRoles', ['case-manager', 'analyst']);
  });
  after(() => t.close());

  it('signs in, sets an HttpOnly SameSite cookie and returns the roles and a CSRF token', async () => {
    const response = await t.request('/api/v1/auth/login', { method: 'POST', body: { username: 'twoRoles', password: testPassword } });
    assert.equal(response.status, 200);
    assert.equal(response.json.username, 'twoRoles');
    assert.deepEqual(response.json.roles, ['case-manager', 'analyst']);
    assert.deepEqual(response.json.homeUnit, wholeCity, 'analyst is a city-wide role');
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
    assert.deepEqual(me.json.homeUnit, dajiaStation);
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

  it('locks an address out of an account after five failures in a row, answering like a wrong password, then lets it in later', async () => {
    await t.createStaff('clumsy', ['mediator']);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await t.request('/api/v1/auth/login', { method: 'POST', body: { username: 'clumsy', password: 'bad' } });
      assert.equal(response.status, 401);
    }
    const locked = await t.request('/api/v1/auth/login?lang=en', {
      method: 'POST',
      body: { username: 'clumsy', password: testPassword },
    });
    assert.equal(locked.status, 401);
    assert.equal(locked.json.code, 'INVALID_CREDENTIALS');
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
      body: {
        username: 'newbie',
        displayName: '新進人員',
        password: 'a long enough pw',
        roles: ['mediator'],
        homeUnit: bureauSite,
      },
    });
    assert.equal(created.status, 201);
    assert.deepEqual(created.json.roles, ['mediator']);
    assert.deepEqual(created.json.homeUnit, bureauSite);
    const duplicate = await t.request('/api/v1/staff/accounts', {
      method: 'POST',
      session: admin,
      body: { username: 'NEWBIE', displayName: 'x', password: 'a long enough pw', roles: ['mediator'], homeUnit: bureauSite },
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
    const create = trail.json.items.find((e: { action: string }) => e.action === 'staff-account.create');
    assert.deepEqual(create.details.homeUnit, bureauSite);
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
      body: { username: 'x1x', displayName: 'x', password: 'short', roles: ['overlord'], homeUnit: bureauSite },
    });
    assert.equal(response.status, 400);
    const byField = Object.fromEntries(response.json.errors.map((e: { field: string; message: string }) => [e.field, e.message]));
    assert.equal(byField.password, '密碼至少需要 10 個字元。');
    assert.equal(byField['roles.0'], '未知的角色。');
  });
});

describe('home units of accounts', () => {
  let t: TestContext;
  let admin: Session;
  before(async () => {
    t = await createTestContext();
    admin = await t.signIn('unit-admin', ['admin']);
  });
  after(() => t.close());

  const create = (username: string, roles: string[], homeUnit: unknown, lang = 'en') =>
    t.request(`/api/v1/staff/accounts?lang=${lang}`, {
      method: 'POST',
      session: admin,
      body: { username, displayName: username, password: 'a long enough pw', roles, homeUnit },
    });
  const fieldsOf = (response: { json: { errors: { field: string; message: string }[] } }) =>
    Object.fromEntries(response.json.errors.map((e) => [e.field, e.message]));

  it('refuses a unit the city does not have, in the caller language, and writes nothing', async () => {
    const unknown = await create('ghost-station', ['employment-officer'], { kind: 'station', code: 'atlantis' });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.json.code, 'VALIDATION_FAILED');
    assert.match(unknown.headers.get('content-type') ?? '', /application\/problem\+json/);
    assert.deepEqual(fieldsOf(unknown), {
      'homeUnit.code': 'Choose an employment service station, mediation site or rehabilitation region of this city.',
    });
    // A real code of another kind is still unknown: 'bureau' is a mediation site, not a station.
    const wrongKind = await create('ghost-kind', ['employment-officer'], { kind: 'station', code: 'bureau' }, 'zh-TW');
    assert.equal(wrongKind.status, 400);
    assert.equal(fieldsOf(wrongKind)['homeUnit.code'], '請選擇本市的就業服務台、調解地點或職業重建區。');
    const badKind = await create('ghost-kind2', ['employment-officer'], { kind: 'district', code: '66000110' });
    assert.equal(badKind.status, 400);
    assert.equal(fieldsOf(badKind)['homeUnit.kind'], 'Unknown kind of unit.');
    const cityWithCode = await create('ghost-city', ['admin'], { kind: 'city', code: 'dajia' });
    assert.equal(fieldsOf(cityWithCode)['homeUnit.code'], 'The whole city takes no code; every other unit needs one.');
    const stationWithout = await create('ghost-null', ['employment-officer'], { kind: 'station', code: null });
    assert.equal(fieldsOf(stationWithout)['homeUnit.code'], 'The whole city takes no code; every other unit needs one.');
    const missing = await create('ghost-missing', ['employment-officer'], undefined);
    assert.equal(missing.status, 400);
    assert.ok('homeUnit' in fieldsOf(missing));
    const rows = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM staff_users WHERE username LIKE 'ghost-%'");
    assert.equal(rows.rows[0]?.n, 0);
  });

  it('gives the whole city only to roles with scope.city', async () => {
    const officer = await create('city-officer', ['employment-officer'], wholeCity);
    assert.equal(officer.status, 400);
    assert.match(fieldsOf(officer).homeUnit ?? '', /city-wide/);
    for (const [username, roles] of [['city-inspector', ['labor-inspector']], ['city-mixed', ['case-manager', 'analyst']]] as const) {
      const created = await create(username, [...roles], wholeCity);
      assert.equal(created.status, 201, `${username}: ${created.text}`);
      assert.deepEqual(created.json.homeUnit, wholeCity);
    }
  });

  it('moves an account to another unit, audited, and checks a role change against the unit', async () => {
    const created = await create('mover', ['labor-inspector'], wholeCity);
    const id = created.json.id;
    const patch = (body: unknown) => t.request(`/api/v1/staff/accounts/${id}?lang=en`, { method: 'PATCH', session: admin, body });
    // Dropping the city-wide role while staying at the whole city would widen an officer's view.
    const demoted = await patch({ roles: ['employment-officer'] });
    assert.equal(demoted.status, 400);
    assert.ok('homeUnit' in fieldsOf(demoted));
    const unknown = await patch({ roles: ['employment-officer'], homeUnit: { kind: 'station', code: 'atlantis' } });
    assert.equal(unknown.status, 400);
    assert.ok('homeUnit.code' in fieldsOf(unknown));
    const moved = await patch({ roles: ['employment-officer'], homeUnit: dongshiStation });
    assert.equal(moved.status, 200, moved.text);
    assert.deepEqual(moved.json.homeUnit, dongshiStation);
    const again = await patch({ homeUnit: dajiaStation });
    assert.deepEqual(again.json.homeUnit, dajiaStation);
    const renamed = await patch({ displayName: 'Mover' });
    assert.deepEqual(renamed.json.homeUnit, dajiaStation, 'a change that names no unit keeps it');
    const list = await t.request('/api/v1/staff/accounts', { session: admin });
    assert.deepEqual(list.json.items.find((a: { id: string }) => a.id === id).homeUnit, dajiaStation);
    const trail = await t.request(`/api/v1/staff/audit-events?recordId=${id}`, { session: admin });
    const moves = trail.json.items
      .filter((e: { action: string; details: { changed: { homeUnit?: unknown } } }) => e.action === 'staff-account.update' && e.details.changed.homeUnit)
      .map((e: { details: { changed: { homeUnit: unknown } } }) => e.details.changed.homeUnit);
    assert.deepEqual(moves.toReversed(), [
      { from: wholeCity, to: dongshiStation },
      { from: dongshiStation, to: dajiaStation },
    ]);
    // The new unit applies to the account's open session at its next request.
    const session = await t.login('mover', 'a long enough pw');
    assert.deepEqual((await t.request('/api/v1/auth/me', { session })).json.homeUnit, dajiaStation);
    await patch({ homeUnit: dongshiStation });
    assert.deepEqual((await t.request('/api/v1/auth/me', { session })).json.homeUnit, dongshiStation);
  });
});
