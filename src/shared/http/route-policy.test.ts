import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hasPermission, permissionRoles, staffRoles } from '../../modules/access/permissions.ts';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { policyKey, routePolicies } from './route.ts';

/** Every API route the app answers, as `METHOD /path/{param}`. */
function apiRoutes(t: TestContext): string[] {
  const keys = t.app.routes
    .filter((route) => route.method !== 'ALL' && route.path.startsWith('/api/'))
    .map((route) => policyKey(route.method, route.path));
  return [...new Set(keys)];
}

function concretePath(key: string): { method: string; path: string } {
  const [method = 'GET', path = '/'] = key.split(' ');
  return { method, path: path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000') };
}

describe('route access policies', () => {
  let t: TestContext;
  const sessions = new Map<string, Session>();
  before(async () => {
    t = await createTestContext();
    for (const role of staffRoles) sessions.set(role, await t.signIn(`user-${role}`, [role]));
  });
  after(() => t.close());

  it('declares an access rule for every API route (deny by default)', () => {
    const routes = apiRoutes(t);
    assert.ok(routes.length >= 10);
    const undeclared = routes.filter((key) => !routePolicies.has(key));
    assert.deepEqual(undeclared, [], `routes without an access rule: ${undeclared.join(', ')}`);
  });

  it('lets through exactly the roles each staff route declares, and nobody signed out', async () => {
    const staffRoutes = apiRoutes(t).filter((key) => routePolicies.get(key)?.kind === 'permission');
    assert.ok(staffRoutes.length >= 5);
    for (const key of staffRoutes) {
      const policy = routePolicies.get(key);
      if (policy?.kind !== 'permission') continue;
      const allowed: readonly string[] = permissionRoles[policy.permission];
      const { method, path } = concretePath(key);
      const anonymous = await t.request(path, { method });
      assert.equal(anonymous.status, 401, `${key} without a session`);
      for (const role of staffRoles) {
        const response = await t.request(path, { method, session: sessions.get(role), body: method === 'GET' ? undefined : {} });
        if (allowed.includes(role)) {
          assert.notEqual(response.status, 403, `${key} must let ${role} through`);
          assert.notEqual(response.status, 401, `${key} must let ${role} through`);
        } else {
          assert.equal(response.status, 403, `${key} must refuse ${role}`);
          assert.equal(response.json.code, 'FORBIDDEN');
        }
      }
    }
  });

  it('refuses a state-changing staff request without the CSRF token before anything else', async () => {
    const admin = sessions.get('admin');
    assert.ok(admin);
    const response = await t.request('/api/v1/staff/accounts', {
      method: 'POST',
      session: admin,
      headers: { 'x-csrf-token': '' },
      body: { username: 'csrf-victim', displayName: 'x', password: 'a long enough pw', roles: ['admin'] },
    });
    assert.equal(response.status, 403);
    assert.equal(response.json.code, 'CSRF_FAILED');
  });
});

/** Staff routes whose OpenAPI operation takes the `scope` query option (src/shared/scope.ts). */
async function scopedRoutes(t: TestContext): Promise<string[]> {
  const document = (await t.request('/api/v1/openapi.json')).json as {
    paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
  };
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([, operation]) => operation.parameters?.some((p) => p.in === 'query' && p.name === 'scope'))
      .map(([method]) => policyKey(method, path)),
  );
}

describe('unit scope (ADR 0016)', () => {
  let t: TestContext;
  const dajia = { kind: 'station', code: 'dajia' } as const;
  const dongshi = { kind: 'station', code: 'dongshi' } as const;
  let dajiaOfficer: Session;
  let dongshiOfficer: Session;
  let dongshiPersonId: string;
  const dongshiIdNumber = 'F131104093';
  const search = (session: Session | undefined, body: unknown, scope?: string) =>
    t.request(`/api/v1/staff/people/search${scope ? `?scope=${scope}` : ''}`, { method: 'POST', session, body });

  before(async () => {
    t = await createTestContext();
    dajiaOfficer = await t.signIn('officer-dajia', ['employment-officer'], dajia);
    dongshiOfficer = await t.signIn('officer-dongshi', ['employment-officer'], dongshi);
    const created = await t.request('/api/v1/staff/people', {
      method: 'POST',
      session: dongshiOfficer,
      body: { idNumber: dongshiIdNumber, name: '東勢求職者', districtCode: '66000100' },
    });
    assert.equal(created.status, 201, created.text);
    dongshiPersonId = created.json.id;
  });
  after(() => t.close());

  it('registers a person at the unit of the staff member who registers them', async () => {
    const row = await t.db.query<{ unit_kind: string; unit_code: string }>('SELECT unit_kind, unit_code FROM people WHERE id = $1', [
      dongshiPersonId,
    ]);
    assert.deepEqual({ ...row.rows[0] }, { unit_kind: 'station', unit_code: 'dongshi' });
  });

  it('answers a 大甲 officer 404 for a 東勢 person read by id, exactly as for an id that does not exist', async () => {
    const outside = await t.request(`/api/v1/staff/people/${dongshiPersonId}?lang=en`, { session: dajiaOfficer });
    const missing = await t.request('/api/v1/staff/people/00000000-0000-4000-8000-000000000000?lang=en', { session: dajiaOfficer });
    assert.equal(outside.status, 404);
    assert.equal(outside.json.code, 'NOT_FOUND');
    assert.deepEqual({ ...outside.json, requestId: '' }, { ...missing.json, requestId: '' });
    assert.doesNotMatch(outside.text, /東勢|dongshi|F131104093/);
    const views = await t.db.query("SELECT 1 FROM audit_events WHERE action LIKE 'person.view%' AND record_id = $1", [dongshiPersonId]);
    assert.equal(views.rowCount, 0, 'a refused read is not a view');
    const own = await t.request(`/api/v1/staff/people/${dongshiPersonId}`, { session: dongshiOfficer });
    assert.equal(own.status, 200);
    assert.deepEqual(own.json.unit, dongshi);
  });

  it('leaves a 東勢 person out of a 大甲 officer list, even searched by the whole ID number', async () => {
    for (const body of [{}, { q: dongshiIdNumber }, { q: '東勢' }]) {
      const list = await search(dajiaOfficer, body);
      assert.equal(list.status, 200);
      assert.equal(list.json.total, 0, JSON.stringify(body));
      assert.deepEqual(list.json.items, []);
    }
    const own = await search(dongshiOfficer, { q: dongshiIdNumber });
    assert.equal(own.json.total, 1);
    assert.equal(own.json.items[0].id, dongshiPersonId);
  });

  it('lets an account with scope.city read and list every unit', async () => {
    const inspector = await t.signIn('inspector-city', ['labor-inspector']);
    // By name: an exact-ID search is for people.read-full roles only (issue 16, finding 4).
    const byDefault = await search(inspector, { q: '東勢求職' });
    assert.equal(byDefault.json.total, 1, 'a city-wide home unit lists the whole city');
    const cityWide = await search(inspector, { q: '東勢求職' }, 'city');
    assert.equal(cityWide.json.total, 1);
    // scope.city with people.read-full: the migrant-worker officer, and a station officer who is also an analyst.
    const migrantOfficer = await t.signIn('migrant-city', ['migrant-officer']);
    assert.equal((await t.request(`/api/v1/staff/people/${dongshiPersonId}`, { session: migrantOfficer })).status, 200);
    const officerAnalyst = await t.signIn('dajia-analyst', ['employment-officer', 'analyst'], dajia);
    assert.equal((await t.request(`/api/v1/staff/people/${dongshiPersonId}`, { session: officerAnalyst })).status, 200);
    assert.equal((await search(officerAnalyst, { q: dongshiIdNumber })).json.total, 0, 'the default is still the home unit');
    assert.equal((await search(officerAnalyst, { q: dongshiIdNumber }, 'city')).json.total, 1);
  });

  it('refuses scope=city with 403 to every role without scope.city, on every route that takes it', async () => {
    const routes = await scopedRoutes(t);
    assert.ok(routes.includes('POST /api/v1/staff/people/search'), routes.join(', '));
    const sessions = new Map<string, Session>();
    for (const role of staffRoles) sessions.set(role, await t.signIn(`scope-${role}`, [role]));
    for (const key of routes) {
      const policy = routePolicies.get(key);
      assert.equal(policy?.kind, 'permission', key);
      if (policy?.kind !== 'permission') continue;
      const [method = 'GET', path = '/'] = key.split(' ');
      for (const role of permissionRoles[policy.permission]) {
        const response = await t.request(`${path}?scope=city&lang=en`, {
          method,
          session: sessions.get(role),
          body: method === 'GET' ? undefined : {},
        });
        if (hasPermission([role], 'scope.city')) {
          assert.equal(response.status, 200, `${key} with scope=city must let ${role} through`);
        } else {
          assert.equal(response.status, 403, `${key} with scope=city must refuse ${role}`);
          assert.equal(response.json.code, 'SCOPE_FORBIDDEN');
          assert.match(response.json.title, /own unit/);
        }
      }
    }
    const bad = await search(dajiaOfficer, {}, 'galaxy');
    assert.equal(bad.status, 400);
    assert.equal(bad.json.errors[0].field, 'scope');
  });

  it('finds a duplicate ID number in another unit without revealing that record', async () => {
    const duplicate = await t.request('/api/v1/staff/people?lang=en', {
      method: 'POST',
      session: dajiaOfficer,
      body: { idNumber: dongshiIdNumber.toLowerCase(), name: '重複' },
    });
    assert.equal(duplicate.status, 409);
    assert.equal(duplicate.json.code, 'CONFLICT');
    assert.doesNotMatch(duplicate.text, new RegExp(`${dongshiPersonId}|dongshi|東勢`));
    const count = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM people WHERE id_number = $1', [dongshiIdNumber]);
    assert.equal(count.rows[0]?.n, 1);
  });

  it('refuses lists and registration to a unit-bound account left without a unit, and hides every record', async () => {
    const legacy = await t.signIn('legacy-officer', ['employment-officer'], dajia);
    // As migration 0008 leaves an account made before home units existed.
    await t.db.query("UPDATE staff_users SET home_unit_kind = 'city', home_unit_code = NULL WHERE username = 'legacy-officer'");
    const list = await search(legacy, {});
    assert.equal(list.status, 403);
    assert.equal(list.json.code, 'HOME_UNIT_REQUIRED');
    assert.equal((await t.request(`/api/v1/staff/people/${dongshiPersonId}`, { session: legacy })).status, 404);
    const register = await t.request('/api/v1/staff/people', {
      method: 'POST',
      session: legacy,
      body: { idNumber: 'A123456789', name: '無單位' },
    });
    assert.equal(register.status, 403);
    assert.equal(register.json.code, 'HOME_UNIT_REQUIRED');
  });
});
