import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { permissionRoles } from '../../modules/access/permissions.ts';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { policyKey, routePolicies } from './route.ts';

/**
 * Security finding 7 (issue 16): staff and session answers must never be stored by a browser or proxy cache.
 * Walks every GET route that needs a session, so a new module's routes are checked without a new test.
 */
describe('Cache-Control: no-store on staff and session answers', () => {
  let t: TestContext;
  const sessions = new Map<string, Session>();
  before(async () => {
    t = await createTestContext();
  });
  after(() => t.close());

  const sessionFor = async (role: string) => {
    if (!sessions.has(role)) sessions.set(role, await t.signIn(`cache-${role}`, [role as never]));
    return sessions.get(role)!;
  };

  it('sets no-store on the sign-in answer and on /auth/me, which carry the CSRF token', async () => {
    await t.createStaff('cache-me', ['admin']);
    const login = await t.request('/api/v1/auth/login', { method: 'POST', body: { username: 'cache-me', password: 'correct horse battery' } });
    assert.equal(login.status, 200);
    assert.match(login.headers.get('cache-control') ?? '', /no-store/);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const me = await t.request('/api/v1/auth/me', { headers: { cookie } });
    assert.equal(me.status, 200);
    assert.match(me.headers.get('cache-control') ?? '', /no-store/);
  });

  it('sets no-store on every staff GET, allowed or refused', async () => {
    const keys = [...new Set(t.app.routes.filter((r) => r.method === 'GET').map((r) => policyKey(r.method, r.path)))];
    const staffGets = keys.filter((key) => routePolicies.get(key) && routePolicies.get(key)?.kind !== 'public');
    assert.ok(staffGets.length >= 10, `found ${staffGets.length}`);
    const missing: string[] = [];
    for (const key of staffGets) {
      const policy = routePolicies.get(key)!;
      const path = key.split(' ')[1]!.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      const role = policy.kind === 'permission' ? permissionRoles[policy.permission][0] : 'admin';
      const answers = [await t.request(path, { session: await sessionFor(role) }), await t.request(path)];
      for (const response of answers) {
        if (!/no-store/.test(response.headers.get('cache-control') ?? '')) missing.push(`${key} (${response.status})`);
      }
    }
    assert.deepEqual(missing, []);
  });
});
