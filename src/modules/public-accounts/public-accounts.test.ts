import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSmtpServer, waitFor } from '../../../test/smtp-test-server.ts';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { createSmtpChannel } from '../notifications/notifications.channels.ts';
import { passwordProblem } from './password-policy.ts';

const citizen = { email: 'chen.mei-ling@example.tw', password: 'Plum blossoms in Dali 2026', name: '陳美玲', idNumber: 'A123456789', locale: 'vi' };

type Account = { cookie: string; csrfToken: string };
const cookieOf = (headers: Headers) => (headers.get('set-cookie') ?? '').split(';')[0] ?? '';
const tokenIn = (text: string) => /#token=([\w-]+)/.exec(text)?.[1] ?? '';

describe('public accounts: sign-up, verification by a real mail, sign-in, reset, lockout', () => {
  let t: TestContext;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

  before(async () => {
    smtp = await startSmtpServer();
    t = await createTestContext({
      jobs: true,
      notificationChannels: { email: createSmtpChannel({ url: smtp.url, from: '臺中市政府勞工局 <no-reply@labor.example.gov.tw>' }) },
    });
  });
  after(async () => {
    await t.close();
    await smtp.close();
  });

  it('a citizen signs up, reads the mail in their language, follows the link, verifies and signs in', async () => {
    const early = await t.request('/api/v1/account/sign-up', { method: 'POST', body: citizen });
    assert.equal(early.status, 202, early.text);

    const mail = await waitFor(() => smtp.received.find((m) => m.to.includes(citizen.email)));
    assert.match(mail.subject, /vui lòng xác minh địa chỉ e-mail/);
    const token = tokenIn(mail.text);
    assert.ok(token.length > 20, 'the mail carries the link with its token in the fragment');
    assert.match(mail.text, /http:\/\/localhost:3000\/account\/verify#token=/);

    const before = await t.request('/api/v1/account/sign-in?lang=en', { method: 'POST', body: { email: citizen.email, password: citizen.password } });
    assert.equal(before.status, 403);
    assert.equal(before.json.code, 'EMAIL_NOT_VERIFIED');

    const verified = await t.request('/api/v1/account/email-verification', { method: 'POST', body: { token } });
    assert.equal(verified.status, 204, verified.text);
    const again = await t.request('/api/v1/account/email-verification', { method: 'POST', body: { token } });
    assert.equal(again.status, 400, 'a token works once');
    assert.equal(again.json.code, 'TOKEN_INVALID');

    const signedIn = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email: 'CHEN.MEI-LING@example.tw', password: citizen.password } });
    assert.equal(signedIn.status, 200, signedIn.text);
    const setCookie = signedIn.headers.get('set-cookie') ?? '';
    assert.match(setCookie, /^account_sid=/);
    assert.match(setCookie, /HttpOnly/);
    assert.match(setCookie, /SameSite=Strict/);
    assert.equal(signedIn.json.linkedToPerson, true);
    assert.equal(signedIn.json.emailVerified, true);
    const session: Account = { cookie: cookieOf(signedIn.headers), csrfToken: signedIn.json.csrfToken };

    const me = await t.request('/api/v1/account/session', { headers: { cookie: session.cookie } });
    assert.equal(me.status, 200);
    assert.equal(me.json.email, citizen.email);

    const noCsrf = await t.request('/api/v1/account/sign-out', { method: 'POST', headers: { cookie: session.cookie } });
    assert.equal(noCsrf.status, 403, 'a state change without the CSRF token is refused');
    assert.equal(noCsrf.json.code, 'CSRF_FAILED');

    // The two kinds of session never open each other's routes.
    const staff = await t.signIn('officer', ['admin']);
    const staffOnAccount = await t.request('/api/v1/account/session', { session: staff });
    assert.equal(staffOnAccount.status, 401);
    const accountOnStaff = await t.request('/api/v1/staff/accounts', { headers: { cookie: session.cookie } });
    assert.equal(accountOnStaff.status, 401);

    const out = await t.request('/api/v1/account/sign-out', { method: 'POST', headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken } });
    assert.equal(out.status, 204);
    assert.equal((await t.request('/api/v1/account/session', { headers: { cookie: session.cookie } })).status, 401);

    const trail = await t.db.query<{ details: string; actor_username: string }>(
      `SELECT details::text, actor_username FROM audit_events WHERE record_type = 'public-account'`,
    );
    assert.ok(trail.rows.length >= 3);
    assert.equal(trail.rows.some((r) => `${r.details}${r.actor_username}`.includes(citizen.email)), false, 'the trail never holds the address');
  });

  it('signing up again with the same address answers alike and sends a reset link instead; the reset ends sessions', async () => {
    const first = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email: citizen.email, password: citizen.password } });
    assert.equal(first.status, 200);
    const oldSession = cookieOf(first.headers);
    const count = smtp.received.length;
    const repeated = await t.request('/api/v1/account/sign-up', { method: 'POST', body: citizen });
    assert.equal(repeated.status, 202, 'the same answer as a new address: no account enumeration');
    const mail = await waitFor(() => smtp.received[count]);
    assert.match(mail.text, /account\/reset-password#token=/);

    const weak = await t.request('/api/v1/account/password-reset/confirm?lang=en', { method: 'POST', body: { token: tokenIn(mail.text), password: 'password123' } });
    assert.equal(weak.status, 400);
    assert.equal(weak.json.errors[0].field, 'password');
    assert.match(weak.json.errors[0].message, /too common/);

    const reset = await t.request('/api/v1/account/password-reset/confirm', { method: 'POST', body: { token: tokenIn(mail.text), password: 'A new and longer passphrase' } });
    assert.equal(reset.status, 204, 'the weak try did not spend the token');
    assert.equal((await t.request('/api/v1/account/session', { headers: { cookie: oldSession } })).status, 401, 'sessions end with a reset');
    const old = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email: citizen.email, password: citizen.password } });
    assert.equal(old.status, 401);
    const fresh = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email: citizen.email, password: 'A new and longer passphrase' } });
    assert.equal(fresh.status, 200);
  });

  it('an unknown address asking for a reset gets the same 202 and no mail', async () => {
    const count = smtp.received.length;
    const answer = await t.request('/api/v1/account/password-reset', { method: 'POST', body: { email: 'nobody@example.tw' } });
    assert.equal(answer.status, 202);
    const outbox = await t.db.query(`SELECT 1 FROM notifications WHERE record_type = 'public-account' AND status = 'queued'`);
    assert.equal(outbox.rowCount, 0);
    assert.equal(smtp.received.length, count);
  });

  it('five wrong passwords lock the account, which then refuses the right one (as for staff)', async () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const wrong = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email: citizen.email, password: `wrong guess number ${attempt}` } });
      assert.equal(wrong.status, 401);
    }
    const locked = await t.request('/api/v1/account/sign-in?lang=en', { method: 'POST', body: { email: citizen.email, password: 'A new and longer passphrase' } });
    assert.equal(locked.status, 423);
    assert.equal(locked.json.code, 'ACCOUNT_LOCKED');
  });

  it('refuses a weak password at sign-up, naming the field, in the caller language', async () => {
    const weak = await t.request('/api/v1/account/sign-up?lang=zh-TW', { method: 'POST', body: { ...citizen, email: 'other@example.tw', password: 'short' } });
    assert.equal(weak.status, 400);
    assert.equal(weak.json.errors[0].field, 'password');
    assert.match(weak.json.errors[0].message, /至少需要 10 個字元/);
  });
});

describe('password policy', () => {
  it('takes a long passphrase and refuses short, common, repetitive and address-based ones', () => {
    assert.equal(passwordProblem('Plum blossoms in Dali 2026'), undefined);
    assert.equal(passwordProblem('123456789'), 'too-short');
    assert.equal(passwordProblem('1234567890'), 'common');
    assert.equal(passwordProblem('Taichung123!'), 'common');
    assert.equal(passwordProblem('!!Password123'), 'common');
    assert.equal(passwordProblem('zzzzzzzzzzzz'), 'repetitive');
    assert.equal(passwordProblem('meiling-loves-tea', { email: 'meiling@example.tw' }), 'contains-email');
    assert.equal(passwordProblem('x'.repeat(129)), 'too-long');
  });
});
