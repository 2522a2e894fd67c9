import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startOidcProvider } from '../../../test/oidc-test-provider.ts';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';

const redirectUri = 'http://localhost:3000/api/v1/account/oidc/callback';
const client = { clientId: 'labor-bureau', clientSecret: 'a-test-client-secret', redirectUri };

describe('public accounts: sign-in with the national identity service (a real OIDC provider)', () => {
  let t: TestContext;
  let idp: Awaited<ReturnType<typeof startOidcProvider>>;

  before(async () => {
    idp = await startOidcProvider(client);
    t = await createTestContext({
      oidc: { issuer: idp.issuer, ...client, scope: 'openid profile email national_id', idNumberClaim: 'tw_id_number' },
    });
  });
  after(async () => {
    await t.close();
    await idp.close();
  });

  /** Start at our API, pass the provider, come back to our callback with the state cookie. */
  async function signInThroughProvider(cookieOverride?: string) {
    const started = await t.app.request('/api/v1/account/oidc/start');
    assert.equal(started.status, 302);
    const location = new URL(started.headers.get('location') ?? '');
    assert.equal(location.origin, idp.issuer);
    assert.equal(location.searchParams.get('code_challenge_method'), 'S256');
    assert.ok(location.searchParams.get('nonce'));
    const stateCookie = (started.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    assert.match(started.headers.get('set-cookie') ?? '', /HttpOnly; SameSite=Lax/);
    const back = await idp.authorize(location.href);
    return t.app.request(`${back.pathname}${back.search}`, { headers: { cookie: cookieOverride ?? stateCookie } });
  }

  it('the sign-in options name the identity service when it is configured', async () => {
    const options = await t.app.request('/api/v1/account/sign-in-options');
    assert.deepEqual(await options.json(), { identityService: true });
  });

  it('a citizen signs in, gets an account linked to the person of their proven ID number, and no personal data in any URL', async () => {
    idp.signInAs({ sub: 'fido-0001', name: '張雅婷', email: 'ya-ting@example.tw', email_verified: true, tw_id_number: 'A223456781' });
    const callback = await signInThroughProvider();
    assert.equal(callback.status, 302);
    assert.equal(callback.headers.get('location'), '/account');
    const sessionCookie = (callback.headers.get('set-cookie') ?? '').split(/,(?=\s*\w+=)/).find((c) => c.trim().startsWith('account_sid=')) ?? '';
    assert.match(sessionCookie, /HttpOnly/);
    const cookie = sessionCookie.trim().split(';')[0] ?? '';
    const me = await t.request('/api/v1/account/session', { headers: { cookie } });
    assert.equal(me.status, 200, me.text);
    assert.equal(me.json.email, 'ya-ting@example.tw');
    assert.equal(me.json.linkedToPerson, true);
    const person = await t.db.query<{ name: string }>(`SELECT p.name FROM public_accounts a JOIN people p ON p.id = a.person_id WHERE a.oidc_subject = 'fido-0001'`);
    assert.equal(person.rows[0]?.name, '張雅婷');

    const again = await signInThroughProvider();
    assert.equal(again.headers.get('location'), '/account', 'the same subject signs in again to the same account');
    assert.equal((await t.db.query(`SELECT 1 FROM public_accounts WHERE oidc_subject = 'fido-0001'`)).rowCount, 1);
    assert.equal((await t.db.query('SELECT 1 FROM public_oidc_logins')).rowCount, 0, 'each login is used once and gone');
  });

  it('a callback without the state cookie of the browser that started it fails (login CSRF)', async () => {
    idp.signInAs({ sub: 'fido-0002', name: '李志明' });
    const callback = await signInThroughProvider('account_oidc_state=someone-elses-state');
    assert.equal(callback.status, 302);
    assert.equal(callback.headers.get('location'), '/account/sign-in?oidc=failed');
    assert.equal(callback.headers.get('set-cookie')?.includes('account_sid='), false);
  });

  it('a replayed callback (code and state used once) fails', async () => {
    idp.signInAs({ sub: 'fido-0003' });
    const started = await t.app.request('/api/v1/account/oidc/start');
    const stateCookie = (started.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const back = await idp.authorize(started.headers.get('location') ?? '');
    const first = await t.app.request(`${back.pathname}${back.search}`, { headers: { cookie: stateCookie } });
    assert.equal(first.headers.get('location'), '/account');
    const replay = await t.app.request(`${back.pathname}${back.search}`, { headers: { cookie: stateCookie } });
    assert.equal(replay.headers.get('location'), '/account/sign-in?oidc=failed');
  });
});
