import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { permissionRoles, staffRoles } from '../../modules/access/permissions.ts';
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
