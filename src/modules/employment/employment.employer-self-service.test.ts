import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

// The test clock: 2026-03-02 in Taichung; minimum wage NT$29,500 a month.
const dali = { kind: 'station', code: 'dali' } as const;
const daliDistrict = '66000280';
type Account = { cookie: string; csrfToken: string };

describe('employment: an employer account posts, renews and closes its vacancies and answers referrals by card number', () => {
  let t: TestContext;
  let officer: Session;
  let hr: Account;
  let other: Account;
  let employerId: string;

  async function employerAccount(email: string, ubn: string, employerName: string): Promise<Account> {
    const password = 'Sun Moon Lake at dawn 2026';
    assert.equal((await t.request('/api/v1/account/employer/sign-up', { method: 'POST', body: { email, password, ubn, employerName } })).status, 202);
    const link = (await t.db.query<{ params: { link: string } }>('SELECT params FROM notifications WHERE recipient = $1', [email])).rows[0]?.params.link ?? '';
    const token = /#token=([\w-]+)/.exec(link)?.[1] ?? '';
    assert.equal((await t.request('/api/v1/account/email-verification', { method: 'POST', body: { token } })).status, 204);
    const signedIn = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email, password } });
    assert.equal(signedIn.status, 200, signedIn.text);
    return { cookie: (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrfToken: signedIn.json.csrfToken };
  }
  const as = (account: Account) => ({ cookie: account.cookie, 'x-csrf-token': account.csrfToken });
  const posting = (overrides: Record<string, unknown> = {}) => ({
    occupationCode: '5',
    title: '餐廳外場服務員',
    description: '點餐、送餐與收銀。',
    requirements: '',
    districtCode: daliDistrict,
    wage: { type: 'monthly', min: 31_000, max: 33_000 },
    employmentType: 'full-time',
    expiresOn: '2026-04-30',
    ...overrides,
  });

  before(async () => {
    t = await createTestContext();
    officer = await t.signIn('dali-officer', ['employment-officer'], dali);
    hr = await employerAccount('hr@goodfood.example.tw', '22099131', '臺中好食餐飲有限公司');
    other = await employerAccount('hr@other.example.tw', '04595257', '大里另一家有限公司');
    employerId = (await t.db.query<{ id: string }>(`SELECT id FROM employers WHERE ubn = '22099131'`)).rows[0]?.id ?? '';
  });
  after(() => t.close());

  it('a posting is held for an officer; 限男性 and an age limit are both listed; a wage under the minimum is a 400 on `wage`', async () => {
    const low = await t.request('/api/v1/me/employer/vacancies', { method: 'POST', headers: as(hr), body: posting({ wage: { type: 'monthly', min: 29_499 } }) });
    assert.equal(low.status, 400);
    assert.equal(low.json.errors[0].field, 'wage');
    const atMinimum = await t.request('/api/v1/me/employer/vacancies', { method: 'POST', headers: as(hr), body: posting({ wage: { type: 'monthly', min: 29_500 } }) });
    assert.equal(atMinimum.status, 201, atMinimum.text);

    const screened = await t.request('/api/v1/me/employer/vacancies', { method: 'POST', headers: as(hr), body: posting({ requirements: '限男性，25歲以下' }) });
    assert.equal(screened.status, 201, screened.text);
    assert.equal(screened.json.status, 'held');
    assert.deepEqual(screened.json.screening.map((h: { term: string }) => h.term), ['限男性', '25歲以下']);
    // Not on the public search until an officer publishes it.
    const search = await t.request('/api/v1/vacancies?q=外場');
    assert.equal(search.json.total, 0);
    const mine = await t.request('/api/v1/me/employer/vacancies', { headers: as(hr) });
    assert.equal(mine.json.items.length, 2);
    assert.equal((await t.request('/api/v1/me/employer/vacancies', { headers: as(other) })).json.items.length, 0, 'another employer sees none of them');
    const audit = await t.db.query<{ actor_username: string }>(`SELECT actor_username FROM audit_events WHERE action = 'vacancy.create' AND record_id = $1`, [screened.json.id]);
    assert.equal(audit.rows[0]?.actor_username, 'account:employer');
  });

  it('renews and closes only its own vacancies; a citizen, a staff session or no CSRF token opens none of it', async () => {
    const created = await t.request('/api/v1/me/employer/vacancies', { method: 'POST', headers: as(hr), body: posting({ title: '廚房助手' }) });
    const id = created.json.id;
    assert.equal((await t.request(`/api/v1/me/employer/vacancies/${id}/renew`, { method: 'POST', headers: as(other), body: { expiresOn: '2026-06-30' } })).status, 404);
    assert.equal((await t.request(`/api/v1/me/employer/vacancies/${id}/renew`, { method: 'POST', headers: { cookie: hr.cookie }, body: { expiresOn: '2026-06-30' } })).status, 403);
    assert.equal((await t.request(`/api/v1/me/employer/vacancies/${id}/renew`, { method: 'POST', session: officer, body: { expiresOn: '2026-06-30' } })).status, 401);
    const renewed = await t.request(`/api/v1/me/employer/vacancies/${id}/renew`, { method: 'POST', headers: as(hr), body: { expiresOn: '2026-06-30' } });
    assert.equal(renewed.status, 200, renewed.text);
    assert.equal(renewed.json.expiresOn, '2026-06-30');
    const past = await t.request(`/api/v1/me/employer/vacancies/${id}/renew`, { method: 'POST', headers: as(hr), body: { expiresOn: '2026-03-02' } });
    assert.equal(past.status, 400, 'an expiry of today or earlier is refused');
    const closed = await t.request(`/api/v1/me/employer/vacancies/${id}/close`, { method: 'POST', headers: as(hr), body: { reason: 'filled' } });
    assert.equal(closed.json.status, 'closed');
    assert.equal((await t.request(`/api/v1/me/employer/vacancies/${id}/close`, { method: 'POST', headers: as(hr), body: { reason: 'filled' } })).status, 409);
  });

  it('sees referrals to its vacancies without any personal data, and answers with the card number of its own referrals only', async () => {
    const created = await t.request('/api/v1/me/employer/vacancies', { method: 'POST', headers: as(hr), body: posting({ title: '洗碗人員' }) });
    assert.equal((await t.request(`/api/v1/staff/vacancies/${created.json.id}/publish`, { method: 'POST', session: officer, body: {} })).status, 200);
    const person = await t.request('/api/v1/staff/people', { method: 'POST', session: officer, body: { idNumber: 'A123456789', name: '陳志明', districtCode: daliDistrict } });
    const seeker = await t.request('/api/v1/staff/job-seekers', { method: 'POST', session: officer, body: { personId: person.json.id } });
    const referral = await t.request('/api/v1/staff/referrals', { method: 'POST', session: officer, body: { jobSeekerId: seeker.json.id, vacancyId: created.json.id } });
    assert.equal(referral.status, 201, referral.text);

    const listed = await t.request('/api/v1/me/employer/referrals', { headers: as(hr) });
    assert.equal(listed.json.items.length, 1);
    assert.doesNotMatch(listed.text, /陳|A123456789|DALI-/, 'no name, no ID number, no card number');

    const body = { cardNumber: referral.json.cardNumber, answer: 'interviewed' };
    assert.equal((await t.request('/api/v1/me/employer/referral-answers', { method: 'POST', headers: as(other), body })).status, 404, 'another employer\'s card');
    assert.equal((await t.request('/api/v1/me/employer/referral-answers', { method: 'POST', headers: as(hr), body: { ...body, cardNumber: 'nonsense' } })).status, 400);
    const answered = await t.request('/api/v1/me/employer/referral-answers', { method: 'POST', headers: as(hr), body });
    assert.equal(answered.status, 200, answered.text);
    const hired = await t.request('/api/v1/me/employer/referral-answers', { method: 'POST', headers: as(hr), body: { ...body, answer: 'hired' } });
    assert.equal(hired.status, 400, 'a hire needs its start date');
    const view = await t.request(`/api/v1/staff/referrals/${referral.json.id}`, { session: officer });
    assert.equal(view.json.status, 'interviewed');
    assert.equal(view.json.events.at(-1).actorKind, 'employer');
    void employerId;
  });
});
