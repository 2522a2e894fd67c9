import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { pdfPageTexts } from '../../../test/pdf-text.ts';

type Account = { cookie: string; csrfToken: string };
const daliDistrict = '66000280';
const tokenIn = (url: string) => /#token=([\w-]+)/.exec(url)?.[1] ?? '';

describe('career record (勞工職涯工作卡): entries, verification, hiding, evaluations by consent, shares, PDF and JSON', () => {
  let t: TestContext;
  let officer: Session;
  let worker: Account;
  let other: Account;
  let referralId: string;

  const as = (account: Account) => ({ cookie: account.cookie, 'x-csrf-token': account.csrfToken });
  const me = (path: string, account: Account, init: { method?: string; body?: unknown } = {}) =>
    t.request(`/api/v1/me/career-record${path}`, { ...init, headers: as(account) });

  /** A citizen account, verified through the link of its mail, signed in. */
  async function citizen(email: string, idNumber: string, name: string): Promise<Account> {
    const signUp = await t.request('/api/v1/account/sign-up', { method: 'POST', body: { email, password: 'Plum blossoms in Dali 2026', name, idNumber, locale: 'zh-TW' } });
    assert.equal(signUp.status, 202, signUp.text);
    const mail = await t.db.query<{ params: { link: string } }>(`SELECT params FROM notifications WHERE template = 'account-verify-email' AND recipient = $1`, [email]);
    const verified = await t.request('/api/v1/account/email-verification', { method: 'POST', body: { token: tokenIn(mail.rows[0]?.params.link ?? '') } });
    assert.equal(verified.status, 204, verified.text);
    const signedIn = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email, password: 'Plum blossoms in Dali 2026' } });
    assert.equal(signedIn.status, 200, signedIn.text);
    return { cookie: (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrfToken: signedIn.json.csrfToken };
  }

  before(async () => {
    t = await createTestContext();
    officer = await t.signIn('officer', ['employment-officer']);
    worker = await citizen('chen.mei@example.tw', 'A123456789', '陳美玲');
    other = await citizen('lin.hao@example.tw', 'B123456780', '林浩');
    // A placement through the employment module: job seeker, published vacancy, referral, hired.
    const personId = (await t.db.query<{ id: string }>(`SELECT id FROM people WHERE id_number = 'A123456789'`)).rows[0]?.id;
    const employer = await t.request('/api/v1/staff/employers', { method: 'POST', session: officer, body: { name: '大里精密股份有限公司', districtCode: daliDistrict } });
    const seeker = await t.request('/api/v1/staff/job-seekers', { method: 'POST', session: officer, body: { personId } });
    assert.equal(seeker.status, 201, seeker.text);
    const vacancy = await t.request('/api/v1/staff/vacancies', {
      method: 'POST',
      session: officer,
      body: { employerId: employer.json.id, occupationCode: '8', title: '堆高機作業員', districtCode: daliDistrict, wage: { type: 'monthly', min: 33_000, max: 36_000 }, employmentType: 'full-time', expiresOn: '2026-04-30' },
    });
    await t.request(`/api/v1/staff/vacancies/${vacancy.json.id}/publish`, { method: 'POST', session: officer, body: {} });
    const referral = await t.request('/api/v1/staff/referrals', { method: 'POST', session: officer, body: { jobSeekerId: seeker.json.id, vacancyId: vacancy.json.id } });
    assert.equal(referral.status, 201, referral.text);
    referralId = referral.json.id;
    // A labor-university course through the programs module.
    const programsOfficer = await t.signIn('programs', ['programs-officer']);
    const course = await t.request('/api/v1/staff/labor-university/courses', {
      method: 'POST',
      session: programsOfficer,
      body: { year: 2026, code: 'LU-101', title: '勞動法入門', location: '臺中市勞工教育中心', schedule: '週二 19:00–21:00', hours: 18, feeTwd: 1800, places: 4 },
    });
    assert.equal(course.status, 201, course.text);
    const enrolled = await t.request('/api/v1/staff/labor-university/enrolments', { method: 'POST', session: programsOfficer, body: { courseId: course.json.id, personId } });
    assert.equal(enrolled.status, 201, enrolled.text);
    const hired = await t.request(`/api/v1/staff/referrals/${referralId}/outcome`, { method: 'POST', session: officer, body: { outcome: 'hired', startDate: '2026-03-09', monthlyWage: 34_000 } });
    assert.equal(hired.status, 200, hired.text);
  });
  after(() => t.close());

  it('only a signed-in citizen has a record; the placement (employment) and the course (programs) come from their modules, verified', async () => {
    assert.equal((await t.request('/api/v1/me/career-record')).status, 401);
    assert.equal((await t.request('/api/v1/me/career-record', { session: officer })).status, 401, 'a staff session is not an account');
    const record = await me('', worker);
    assert.equal(record.status, 200, record.text);
    assert.equal(record.json.name, '陳美玲');
    assert.deepEqual(record.json.entries.map((e: { id: string; source: string; verification: string; organisation: string }) => [e.id, e.source, e.verification, e.organisation]), [
      // In date order: enrolled on 2026-03-02, placed from 2026-03-09.
      [record.json.entries[0]?.id, 'platform', 'verified', '臺中市勞工教育中心'],
      [`placement:${referralId}`, 'platform', 'verified', '大里精密股份有限公司'],
    ]);
    assert.match(record.json.entries[0]?.id ?? '', /^course:/);
    assert.equal(record.json.entries[0]?.kind, 'training');
    const others = await me('', other);
    assert.deepEqual(others.json.entries, [], 'nobody sees another worker\'s placements');
  });

  it('the worker adds a 技術士 certificate (level and number required) and an award; an officer verifies one and rejects the other; a correction goes back to unverified', async () => {
    const noLevel = await me('/entries', worker, { method: 'POST', body: { kind: 'certificate', title: '技術士 堆高機操作' } });
    assert.equal(noLevel.status, 400);
    assert.equal(noLevel.json.errors[0].field, 'certificate');
    const certificate = await me('/entries', worker, {
      method: 'POST',
      body: { kind: 'certificate', title: '技術士 堆高機操作', organisation: '勞動部勞動力發展署技能檢定中心', startedOn: '2024-05-10', certificate: { level: '丙', number: '123-045678' } },
    });
    assert.equal(certificate.status, 201, certificate.text);
    const award = await me('/entries', worker, { method: 'POST', body: { kind: 'award', title: '勞工藝級棒 銀牌', startedOn: '2025-10-01' } });
    assert.equal(award.status, 201);

    const waiting = await t.request('/api/v1/staff/career-entries?verification=unverified', { session: officer });
    assert.equal(waiting.json.total, 2);
    assert.match(waiting.json.items[0].maskedName, /○/);
    const inspector = await t.signIn('inspector', ['labor-inspector']);
    assert.equal((await t.request('/api/v1/staff/career-entries', { session: inspector })).status, 403);
    assert.equal((await t.request(`/api/v1/staff/career-entries/${certificate.json.id}/verify`, { method: 'POST', session: officer, body: { decision: 'verified' } })).status, 200);
    assert.equal((await t.request(`/api/v1/staff/career-entries/${award.json.id}/verify`, { method: 'POST', session: officer, body: { decision: 'rejected' } })).status, 200);
    assert.equal((await t.request(`/api/v1/staff/career-entries/${award.json.id}/verify`, { method: 'POST', session: officer, body: { decision: 'verified' } })).status, 409, 'decided once');

    const corrected = await me(`/entries/${award.json.id}`, worker, { method: 'PUT', body: { kind: 'award', title: '勞工藝級棒 金牌', startedOn: '2025-10-01' } });
    assert.equal(corrected.status, 200, corrected.text);
    assert.equal(corrected.json.verification, 'unverified');
    assert.equal((await me(`/entries/${award.json.id}`, other, { method: 'PUT', body: { kind: 'award', title: 'x' } })).status, 404, 'only one\'s own entries');
    assert.equal((await me(`/entries/placement:${referralId}`, worker, { method: 'PUT', body: { kind: 'work', title: 'x' } })).status, 409, 'a placement is the bureau\'s record');
  });

  it('an employer evaluates only through the worker\'s invitation, once', async () => {
    const without = await t.request('/api/v1/career-evaluations', { method: 'POST', body: { token: 'x'.repeat(32), rating: 5 } });
    assert.equal(without.status, 404);
    const invitation = await me('/evaluation-invitations', worker, { method: 'POST', body: { employerName: '大里精密股份有限公司' } });
    assert.equal(invitation.status, 201, invitation.text);
    const token = tokenIn(invitation.json.url);
    const given = await t.request('/api/v1/career-evaluations', { method: 'POST', body: { token, rating: 4, text: '操作熟練、守時。', startedOn: '2026-03-09' } });
    assert.equal(given.status, 201, given.text);
    assert.equal((await t.request('/api/v1/career-evaluations', { method: 'POST', body: { token, rating: 1 } })).status, 404, 'the invitation is spent');
    const record = await me('', worker);
    const evaluation = record.json.entries.find((e: { kind: string }) => e.kind === 'evaluation');
    assert.deepEqual([evaluation.source, evaluation.rating, evaluation.note], ['employer', 4, '操作熟練、守時。']);
  });

  it('a share link shows the visible entries and logs every opening; hidden and rejected entries stay out; revoked or expired it answers 404', async () => {
    assert.equal((await me(`/entries/placement:${referralId}/hide`, worker, { method: 'POST' })).status, 200);
    assert.equal((await me('/entries/placement:00000000-0000-0000-0000-000000000000/hide', worker, { method: 'POST' })).status, 404);
    const created = await me('/shares', worker, { method: 'POST', body: { days: 7 } });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.json.expiresAt, '2026-03-09T02:00:00.000Z');
    assert.match(created.json.url, /\/career-card#token=/);
    const token = tokenIn(created.json.url);
    const opened = await t.request('/api/v1/career-cards/open', { method: 'POST', body: { token } });
    assert.equal(opened.status, 200, opened.text);
    assert.equal(opened.json.name, '陳美玲');
    const titles = opened.json.entries.map((e: { title: string }) => e.title);
    assert.ok(titles.includes('技術士 堆高機操作'));
    assert.ok(!titles.includes('堆高機作業員'), 'the hidden placement is not shown');
    assert.equal(opened.json.entries.some((e: { verification: string }) => e.verification === 'rejected'), false);
    await t.request('/api/v1/career-cards/open', { method: 'POST', body: { token } });
    const shares = await me('/shares', worker);
    assert.equal(shares.json.items[0].openings.length, 2);

    // Shown again, the placement is on the card.
    await me(`/entries/placement:${referralId}/show`, worker, { method: 'POST' });
    const again = await t.request('/api/v1/career-cards/open', { method: 'POST', body: { token } });
    assert.ok(again.json.entries.some((e: { title: string }) => e.title === '堆高機作業員'));

    assert.equal((await me(`/shares/${created.json.id}/revoke`, other, { method: 'POST' })).status, 404, 'only the owner revokes');
    assert.equal((await me(`/shares/${created.json.id}/revoke`, worker, { method: 'POST' })).status, 200);
    assert.equal((await t.request('/api/v1/career-cards/open', { method: 'POST', body: { token } })).status, 404);

    const short = await me('/shares', worker, { method: 'POST', body: { days: 1 } });
    const shortToken = tokenIn(short.json.url);
    t.setNow(new Date('2026-03-03T01:59:59Z'));
    assert.equal((await t.request('/api/v1/career-cards/open', { method: 'POST', body: { token: shortToken } })).status, 200, 'a second before it expires');
    t.setNow(new Date('2026-03-03T02:00:00Z'));
    assert.equal((await t.request('/api/v1/career-cards/open', { method: 'POST', body: { token: shortToken } })).status, 404, 'at its expiry');
    t.setNow(new Date('2026-03-02T02:00:00Z'));
  });

  it('prints the 工作卡 as a PDF with the CJK text, and exports the record as JSON', async () => {
    const pdf = await t.app.request('/api/v1/me/career-record/pdf', { headers: as(worker) });
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    const text = (await pdfPageTexts(new Uint8Array(await pdf.arrayBuffer()))).flat().join('');
    assert.match(text, /勞工職涯工作卡/);
    assert.match(text, /陳美玲/);
    assert.match(text, /123-045678/);
    const json = await t.app.request('/api/v1/me/career-record/export', { headers: as(worker) });
    assert.match(json.headers.get('content-disposition') ?? '', /career-record\.json/);
    const data = JSON.parse(await json.text()) as { entries: unknown[] };
    assert.equal(data.entries.length, 5);
  });
});
