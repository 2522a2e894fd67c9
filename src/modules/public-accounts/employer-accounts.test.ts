import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';

const admin = { email: 'hr@goodfood.example.tw', password: 'Sun Moon Lake at dawn', ubn: '22099131', employerName: '臺中好食餐飲有限公司', locale: 'zh-TW' };

describe('employer accounts: UBN sign-up, one admin, colleagues by invitation', () => {
  let t: TestContext;
  // Jobs do not run here: each mail waits in the outbox, and its link is read from there.
  const lastLink = async (to: string) => {
    const row = (await t.db.query<{ params: { link: string } }>(`SELECT params FROM notifications WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1`, [to])).rows[0];
    return /#token=([\w-]+)/.exec(row?.params.link ?? '')?.[1] ?? '';
  };
  const signIn = async (email: string, password: string) => {
    const response = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email, password } });
    assert.equal(response.status, 200, response.text);
    return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrfToken: response.json.csrfToken as string, json: response.json };
  };

  before(async () => {
    t = await createTestContext();
  });
  after(() => t.close());

  it('refuses a UBN whose check digit is wrong, naming the field', async () => {
    const wrong = await t.request('/api/v1/account/employer/sign-up?lang=en', { method: 'POST', body: { ...admin, ubn: '12345678' } });
    assert.equal(wrong.status, 400);
    assert.equal(wrong.json.errors[0].field, 'ubn');
  });

  it('the first account of a UBN is its admin, linked to the employer record; a second self-sign-up is refused', async () => {
    const signedUp = await t.request('/api/v1/account/employer/sign-up', { method: 'POST', body: admin });
    assert.equal(signedUp.status, 202, signedUp.text);
    const employer = await t.db.query<{ id: string; name: string }>('SELECT id, name FROM employers WHERE ubn = $1', [admin.ubn]);
    assert.equal(employer.rows[0]?.name, admin.employerName);
    assert.equal((await t.request('/api/v1/account/email-verification', { method: 'POST', body: { token: await lastLink(admin.email) } })).status, 204);
    const session = await signIn(admin.email, admin.password);
    assert.equal(session.json.kind, 'employer');
    assert.equal(session.json.employerRole, 'admin');
    assert.equal(session.json.employerId, employer.rows[0]?.id);

    const second = await t.request('/api/v1/account/employer/sign-up', { method: 'POST', body: { ...admin, email: 'boss@goodfood.example.tw' } });
    assert.equal(second.status, 409);
    assert.equal(second.json.code, 'EMPLOYER_HAS_ADMIN');
  });

  it('the admin invites a colleague, who accepts, signs in as a member and cannot invite', async () => {
    const adminSession = await signIn(admin.email, admin.password);
    const invited = await t.request('/api/v1/account/employer/invitations', {
      method: 'POST', headers: { cookie: adminSession.cookie, 'x-csrf-token': adminSession.csrfToken }, body: { email: 'clerk@goodfood.example.tw', locale: 'en' },
    });
    assert.equal(invited.status, 202, invited.text);
    const subject = await t.db.query<{ template: string; locale: string }>(`SELECT template, locale FROM notifications WHERE recipient = 'clerk@goodfood.example.tw'`);
    assert.deepEqual(subject.rows[0], { template: 'employer-invitation', locale: 'en' });
    const noPasswordYet = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email: 'clerk@goodfood.example.tw', password: 'anything long enough' } });
    assert.equal(noPasswordYet.status, 401);

    const accepted = await t.request('/api/v1/account/employer/invitations/accept', { method: 'POST', body: { token: await lastLink('clerk@goodfood.example.tw'), password: 'Paper cranes on the desk' } });
    assert.equal(accepted.status, 204, accepted.text);
    const member = await signIn('clerk@goodfood.example.tw', 'Paper cranes on the desk');
    assert.equal(member.json.employerRole, 'member');
    assert.equal(member.json.employerId, adminSession.json.employerId, 'both sign in for the same employer');

    const memberInvites = await t.request('/api/v1/account/employer/invitations', {
      method: 'POST', headers: { cookie: member.cookie, 'x-csrf-token': member.csrfToken }, body: { email: 'someone@example.tw' },
    });
    assert.equal(memberInvites.status, 403);
    const list = await t.request('/api/v1/account/employer/accounts', { headers: { cookie: member.cookie } });
    assert.deepEqual(list.json.items.map((i: { role: string; active: boolean }) => [i.role, i.active]), [['admin', true], ['member', true]]);
  });

  it('a citizen account is not an employer account', async () => {
    await t.request('/api/v1/account/sign-up', { method: 'POST', body: { email: 'wang@example.tw', password: 'Rain over Taiping hills', name: '王小明', idNumber: 'A123456789', locale: 'zh-TW' } });
    assert.equal((await t.request('/api/v1/account/email-verification', { method: 'POST', body: { token: await lastLink('wang@example.tw') } })).status, 204);
    const citizen = await signIn('wang@example.tw', 'Rain over Taiping hills');
    const list = await t.request('/api/v1/account/employer/accounts', { headers: { cookie: citizen.cookie } });
    assert.equal(list.status, 403);
  });
});
