import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

// The test clock: 2026-03-02 in Taichung.
const dali = { kind: 'station', code: 'dali' } as const;
const daliDistrict = '66000280';
type Account = { cookie: string; csrfToken: string };

describe('employment self-service: a citizen registers as a job seeker, applies, and sees only their own referrals', () => {
  let t: TestContext;
  let officer: Session;
  let caseManager: Session;
  let inspector: Session;
  let mei: Account;
  let vacancyId: string;

  /** Sign-up, verification from the outbox, sign-in: a citizen account with its session. */
  async function citizen(email: string, name: string, idNumber: string): Promise<Account> {
    const password = 'Lanterns along the Han River 2026';
    assert.equal((await t.request('/api/v1/account/sign-up', { method: 'POST', body: { email, password, name, idNumber } })).status, 202);
    const queued = await t.db.query<{ params: { link: string } }>(
      `SELECT params FROM notifications WHERE record_type = 'public-account' AND recipient = $1`,
      [email],
    );
    const token = /#token=([\w-]+)/.exec(queued.rows[0]?.params.link ?? '')?.[1] ?? '';
    assert.equal((await t.request('/api/v1/account/email-verification', { method: 'POST', body: { token } })).status, 204);
    const signedIn = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email, password } });
    assert.equal(signedIn.status, 200, signedIn.text);
    return { cookie: (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrfToken: signedIn.json.csrfToken };
  }
  const as = (account: Account, write = false) => ({ cookie: account.cookie, ...(write ? { 'x-csrf-token': account.csrfToken } : {}) });

  const profile = {
    stationCode: 'dali',
    desiredOccupations: ['8'],
    districtCodes: [daliDistrict],
    lowestWage: { type: 'monthly', amount: 30_000 },
    employmentType: 'full-time',
    shifts: ['day'],
    skills: ['倉儲管理'],
    certificates: [{ kind: '技術士', name: '堆高機操作', level: '丙', number: '123-456789' }],
    languages: ['zh', 'vi'],
    drivingLicences: ['普通小型車'],
  };

  before(async () => {
    t = await createTestContext();
    officer = await t.signIn('dali-officer', ['employment-officer'], dali);
    caseManager = await t.signIn('dali-cm', ['case-manager'], dali);
    inspector = await t.signIn('inspector', ['labor-inspector']);
    const employer = await t.request('/api/v1/staff/employers', { method: 'POST', session: officer, body: { name: '大里物流股份有限公司', districtCode: daliDistrict } });
    const created = await t.request('/api/v1/staff/vacancies', {
      method: 'POST',
      session: officer,
      body: {
        employerId: employer.json.id, occupationCode: '8', title: '倉儲作業員', districtCode: daliDistrict,
        wage: { type: 'monthly', min: 32_000 }, employmentType: 'full-time', expiresOn: '2026-05-31',
      },
    });
    vacancyId = created.json.id;
    assert.equal((await t.request(`/api/v1/staff/vacancies/${vacancyId}/publish`, { method: 'POST', session: officer, body: {} })).status, 200);
    mei = await citizen('nguyen.mei@example.tw', '阮美玲', 'A223456781');
  });
  after(() => t.close());

  it('registers at the chosen station (201), updates (200), and nobody without the session or the CSRF token may', async () => {
    assert.equal((await t.request('/api/v1/me/job-seeker', { headers: as(mei) })).status, 404, 'not a job seeker yet');
    assert.equal((await t.request('/api/v1/me/job-seeker', { method: 'PUT', body: profile })).status, 401);
    assert.equal((await t.request('/api/v1/me/job-seeker', { method: 'PUT', headers: as(mei), body: profile })).status, 403, 'no CSRF token');
    assert.equal((await t.request('/api/v1/me/job-seeker', { method: 'PUT', session: officer, body: profile })).status, 401, 'a staff session opens no account route');
    const bad = await t.request('/api/v1/me/job-seeker', { method: 'PUT', headers: as(mei, true), body: { ...profile, stationCode: 'atlantis' } });
    assert.equal(bad.status, 400);
    assert.equal(bad.json.errors[0].field, 'stationCode');

    const registered = await t.request('/api/v1/me/job-seeker', { method: 'PUT', headers: as(mei, true), body: profile });
    assert.equal(registered.status, 201, registered.text);
    const again = await t.request('/api/v1/me/job-seeker', { method: 'PUT', headers: as(mei, true), body: { ...profile, stationCode: 'dadu', skills: ['倉儲管理', '盤點'] } });
    assert.equal(again.status, 200);
    assert.equal(again.json.id, registered.json.id);
    const own = await t.request('/api/v1/me/job-seeker', { headers: as(mei) });
    assert.equal(own.json.stationCode, 'dali', 'the station stays the first one');
    assert.deepEqual(own.json.skills, ['倉儲管理', '盤點']);
    assert.equal(own.json.person.name, '阮○玲');
    assert.equal(own.json.specialGroups, null);
    assert.equal('idNumber' in own.json.person, false, 'the ID number is not sent back to the browser');

    // The officer at 大里 finds the online registration on the station's list.
    const list = await t.request('/api/v1/staff/job-seekers', { session: officer });
    assert.ok(list.json.items.some((s: { id: string }) => s.id === registered.json.id));
  });

  it('special-group status only with the box ticked; the roles that need it see it, others not; withdrawing erases it', async () => {
    const without = await t.request('/api/v1/me/job-seeker', { method: 'PUT', headers: as(mei, true), body: { ...profile, specialGroups: { groups: ['new-resident'], consent: false } } });
    assert.equal(without.status, 400);
    const withConsent = await t.request('/api/v1/me/job-seeker', {
      method: 'PUT', headers: as(mei, true), body: { ...profile, specialGroups: { groups: ['new-resident', 'disability'], consent: true } },
    });
    assert.equal(withConsent.status, 200, withConsent.text);
    const id = withConsent.json.id;
    const own = await t.request('/api/v1/me/job-seeker', { headers: as(mei) });
    assert.deepEqual(own.json.specialGroups.groups, ['new-resident', 'disability']);
    assert.equal(own.json.specialGroups.consentGivenOn, '2026-03-02', 'consent dated by the server');

    const byOfficer = await t.request(`/api/v1/staff/job-seekers/${id}`, { session: officer });
    assert.deepEqual(byOfficer.json.specialGroups.groups, ['new-resident', 'disability']);
    const byCaseManager = await t.request(`/api/v1/staff/job-seekers/${id}`, { session: caseManager });
    assert.deepEqual(byCaseManager.json.specialGroups.groups, ['new-resident', 'disability']);
    const byInspector = await t.request(`/api/v1/staff/job-seekers/${id}`, { session: inspector });
    assert.equal(byInspector.status, 403, 'a labor inspector has no business with job seekers');
    const audits = await t.db.query<{ action: string; actor_username: string }>(
      `SELECT action, actor_username FROM audit_events WHERE record_type = 'job-seeker' AND record_id = $1 AND action LIKE 'job-seeker.view-full%' ORDER BY occurred_at`,
      [id],
    );
    assert.deepEqual(audits.rows.map((r) => r.actor_username), ['dali-officer', 'dali-cm'], 'every full view is audited');

    assert.equal((await t.request('/api/v1/me/job-seeker', { method: 'PUT', headers: as(mei, true), body: profile })).status, 200);
    assert.equal((await t.db.query('SELECT 1 FROM job_seeker_special_groups WHERE job_seeker_id = $1', [id])).rowCount, 0);
  });

  it('applies once to a published vacancy (a second time, or two at once, is a 409), and sees only their own referrals', async () => {
    const [first, second] = await Promise.all([
      t.request('/api/v1/me/applications', { method: 'POST', headers: { ...as(mei, true), 'accept-language': 'vi' }, body: { vacancyId } }),
      t.request('/api/v1/me/applications', { method: 'POST', headers: { ...as(mei, true), 'accept-language': 'vi' }, body: { vacancyId } }),
    ]);
    assert.deepEqual([first.status, second.status].sort(), [201, 409]);
    const mine = await t.request('/api/v1/me/applications', { headers: as(mei) });
    assert.equal(mine.json.items.length, 1);
    assert.equal(mine.json.items[0].vacancyTitle, '倉儲作業員');

    const seekerId = (await t.request('/api/v1/me/job-seeker', { headers: as(mei) })).json.id;
    const seen = await t.request(`/api/v1/staff/job-seekers/${seekerId}/applications`, { session: officer });
    assert.equal(seen.status, 200, seen.text);
    assert.equal(seen.json.items[0].vacancyId, vacancyId, 'the officer sees the online application');
    assert.equal(seen.json.items[0].locale, 'vi', 'and the language it was made in, to answer in it (issue 15 §1)');
    const referral = await t.request('/api/v1/staff/referrals', { method: 'POST', session: officer, body: { jobSeekerId: seekerId, vacancyId } });
    assert.equal(referral.status, 201, referral.text);
    const other = await citizen('chen.hao@example.tw', '陳浩', 'A123456789');
    assert.equal((await t.request('/api/v1/me/referrals', { headers: as(other) })).status, 404, 'another citizen is not a job seeker, and sees nothing');
    const referrals = await t.request('/api/v1/me/referrals', { headers: as(mei) });
    assert.equal(referrals.json.items.length, 1);
    assert.equal(referrals.json.items[0].status, 'referred');
    assert.equal(referrals.json.items[0].events[0].actorKind, 'staff');
    assert.equal('actorName' in referrals.json.items[0].events[0], false, 'no officer names');
  });
});
