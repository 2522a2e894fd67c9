import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

// The test clock: 2026-03-02 10:00 in Taichung. The fair is on 2026-03-20, 09:30–16:30 (+08:00).
const dali = { kind: 'station', code: 'dali' } as const;
const daliDistrict = '66000280';
type Account = { cookie: string; csrfToken: string };
const fairBody = (overrides: Record<string, unknown> = {}) => ({
  kind: 'regional',
  title: '大里區聯合徵才活動',
  description: '15 家廠商、500 個以上職缺，現場面試。',
  startsAt: '2026-03-20T09:30:00+08:00',
  endsAt: '2026-03-20T16:30:00+08:00',
  venue: '大里區公所 1 樓大禮堂',
  districtCode: daliDistrict,
  capacity: 300,
  ...overrides,
});

describe('job fairs: publish, employers sign up, pre-registration, check-in, interviews and hires, figures, iCalendar', () => {
  let t: TestContext;
  let officer: Session;
  let inspector: Session;
  let employerAccount: Account;
  let mei: Account;
  let meiJobSeekerId: string;
  let employerId: string;
  let vacancyId: string;
  let otherVacancyId: string;
  let fairId: string;
  let meiCode: string;

  const as = (account: Account) => ({ cookie: account.cookie, 'x-csrf-token': account.csrfToken });
  async function signIn(email: string, password: string): Promise<Account> {
    const token = /#token=([\w-]+)/.exec(
      (await t.db.query<{ params: { link: string } }>('SELECT params FROM notifications WHERE recipient = $1', [email])).rows[0]?.params.link ?? '',
    )?.[1] ?? '';
    assert.equal((await t.request('/api/v1/account/email-verification', { method: 'POST', body: { token } })).status, 204);
    const signedIn = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email, password } });
    assert.equal(signedIn.status, 200, signedIn.text);
    return { cookie: (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrfToken: signedIn.json.csrfToken };
  }
  async function publishedVacancy(forEmployer: string, title: string) {
    const created = await t.request('/api/v1/staff/vacancies', {
      method: 'POST',
      session: officer,
      body: { employerId: forEmployer, occupationCode: '8', title, districtCode: daliDistrict, wage: { type: 'monthly', min: 32_000 }, employmentType: 'full-time', expiresOn: '2026-05-31' },
    });
    assert.equal(created.status, 201, created.text);
    assert.equal((await t.request(`/api/v1/staff/vacancies/${created.json.id}/publish`, { method: 'POST', session: officer, body: {} })).status, 200);
    return created.json.id as string;
  }
  const createFair = async (overrides: Record<string, unknown> = {}, publish = true) => {
    const created = await t.request('/api/v1/staff/job-fairs', { method: 'POST', session: officer, body: fairBody(overrides) });
    assert.equal(created.status, 201, created.text);
    if (publish) assert.equal((await t.request(`/api/v1/staff/job-fairs/${created.json.id}/publish`, { method: 'POST', session: officer })).status, 200);
    return created.json.id as string;
  };
  const report = async (id: string) => (await t.request(`/api/v1/staff/job-fairs/${id}/report`, { session: officer })).json;

  before(async () => {
    t = await createTestContext();
    officer = await t.signIn('dali-officer', ['employment-officer'], dali);
    inspector = await t.signIn('inspector', ['labor-inspector']);
    const password = 'Lanterns along the Han River 2026';
    assert.equal((await t.request('/api/v1/account/employer/sign-up', { method: 'POST', body: { email: 'hr@dali-precision.example.tw', password, ubn: '22099131', employerName: '大里精密股份有限公司' } })).status, 202);
    employerAccount = await signIn('hr@dali-precision.example.tw', password);
    employerId = (await t.db.query<{ id: string }>(`SELECT id FROM employers WHERE ubn = '22099131'`)).rows[0]?.id ?? '';
    const other = await t.request('/api/v1/staff/employers', { method: 'POST', session: officer, body: { name: '另一家物流有限公司', districtCode: daliDistrict } });
    vacancyId = await publishedVacancy(employerId, 'CNC 技術員');
    otherVacancyId = await publishedVacancy(other.json.id, '倉儲作業員');
    assert.equal((await t.request('/api/v1/account/sign-up', { method: 'POST', body: { email: 'nguyen.mei@example.tw', password, name: '阮美玲', idNumber: 'A223456781' } })).status, 202);
    mei = await signIn('nguyen.mei@example.tw', password);
    const profile = await t.request('/api/v1/me/job-seeker', {
      method: 'PUT',
      headers: as(mei),
      body: { stationCode: 'dali', desiredOccupations: ['8'], districtCodes: [daliDistrict], lowestWage: { type: 'monthly', amount: 30_000 }, employmentType: 'full-time' },
    });
    assert.equal(profile.status, 201, profile.text);
    meiJobSeekerId = profile.json.id;
  });
  after(() => t.close());

  it('lets only employment officers create fairs, and refuses a fair that ends before it starts', async () => {
    assert.equal((await t.request('/api/v1/staff/job-fairs', { method: 'POST', session: inspector, body: fairBody() })).status, 403);
    assert.equal((await t.request('/api/v1/staff/job-fairs', { session: inspector })).status, 403);
    const backwards = await t.request('/api/v1/staff/job-fairs', { method: 'POST', session: officer, body: fairBody({ endsAt: '2026-03-20T09:30:00+08:00' }) });
    assert.equal(backwards.status, 400);
    assert.equal(backwards.json.errors[0].field, 'endsAt');
    const unknownKind = await t.request('/api/v1/staff/job-fairs', { method: 'POST', session: officer, body: fairBody({ kind: 'carnival' }) });
    assert.equal(unknownKind.status, 400);
  });

  it('shows published fairs on the public calendar and drafts nowhere', async () => {
    const draft = await createFair({ title: '草稿博覽會' }, false);
    fairId = await createFair();
    const calendar = await t.request('/api/v1/job-fairs');
    assert.equal(calendar.status, 200);
    assert.deepEqual(calendar.json.items.map((f: { id: string }) => f.id), [fairId]);
    assert.equal(calendar.json.items[0].placesLeft, 300);
    assert.equal((await t.request(`/api/v1/job-fairs/${draft}`)).status, 404);
    assert.equal((await t.request(`/api/v1/job-fairs/${draft}.ics`)).status, 404);
    assert.equal((await t.request('/api/v1/job-fairs/not-an-id')).status, 400);
    assert.equal((await t.request(`/api/v1/staff/job-fairs/${fairId}/publish`, { method: 'POST', session: officer })).status, 409, 'published once');
    const later = await t.request('/api/v1/job-fairs?from=2026-03-21');
    assert.deepEqual(later.json.items, [], 'a fair that ended before `from` is left out');
  });

  it('answers a valid iCalendar file per fair and a feed: CRLF, folded lines, UID, DTSTAMP, UTC times', async () => {
    const file = await t.request(`/api/v1/job-fairs/${fairId}.ics`);
    assert.equal(file.status, 200);
    assert.match(file.headers.get('content-type') ?? '', /^text\/calendar/);
    assert.match(file.headers.get('content-disposition') ?? '', /attachment; filename="job-fair-.+\.ics"/);
    const lines = file.text.split('\r\n');
    assert.equal(file.text.replace(/\r\n/g, '').includes('\n'), false, 'every line ends in CRLF');
    assert.ok(lines.every((line) => Buffer.byteLength(line) <= 75), 'no line is longer than 75 octets');
    const event = new ICAL.Component(ICAL.parse(file.text)).getFirstSubcomponent('vevent');
    assert.ok(event);
    assert.equal(event.getFirstPropertyValue('uid'), `job-fair-${fairId}@localhost`);
    assert.ok(event.getFirstPropertyValue('dtstamp'));
    assert.equal(event.getFirstPropertyValue('summary'), '大里區聯合徵才活動');
    assert.equal((event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(), '2026-03-20T01:30:00.000Z');
    assert.equal((event.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString(), '2026-03-20T08:30:00.000Z');
    await createFair({ kind: 'expo', title: '臺中市就業博覽會：年度最大場，40 至 50 家廠商、1,000 個以上職缺，歡迎求職朋友踴躍參加', startsAt: '2026-04-11T09:00:00+08:00', endsAt: '2026-04-11T16:00:00+08:00' });
    const feed = await t.request('/api/v1/job-fairs.ics');
    assert.equal(feed.status, 200);
    const events = new ICAL.Component(ICAL.parse(feed.text)).getAllSubcomponents('vevent');
    assert.equal(events.length, 2);
    assert.ok(feed.text.split('\r\n').some((line) => line.startsWith(' ')), 'the long title is folded');
    assert.ok(feed.text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75));
  });

  it('signs an employer up with its own published vacancies only, and shows it once an officer approves', async () => {
    const foreign = await t.request(`/api/v1/me/employer/job-fairs/${fairId}/sign-up`, { method: 'POST', headers: as(employerAccount), body: { vacancyIds: [otherVacancyId] } });
    assert.equal(foreign.status, 400);
    assert.equal(foreign.json.errors[0].field, 'vacancyIds');
    assert.equal((await t.request(`/api/v1/me/employer/job-fairs/${fairId}/sign-up`, { method: 'POST', headers: as(mei), body: { vacancyIds: [vacancyId] } })).status, 403, 'a citizen is not an employer');
    const signedUp = await t.request(`/api/v1/me/employer/job-fairs/${fairId}/sign-up`, { method: 'POST', headers: as(employerAccount), body: { vacancyIds: [vacancyId] } });
    assert.equal(signedUp.status, 201, signedUp.text);
    assert.deepEqual((await t.request(`/api/v1/job-fairs/${fairId}`)).json.employers, [], 'pending sign-ups are not public');
    const approved = await t.request(`/api/v1/staff/job-fairs/${fairId}/employers/${employerId}/decision`, { method: 'POST', session: officer, body: { decision: 'approved' } });
    assert.equal(approved.status, 200);
    const page = await t.request(`/api/v1/job-fairs/${fairId}`);
    assert.equal(page.json.employers[0].employerName, '大里精密股份有限公司');
    assert.deepEqual(page.json.employers[0].vacancies.map((v: { id: string }) => v.id), [vacancyId]);
    assert.equal(page.json.fair.employers, 1);
    const mine = await t.request('/api/v1/me/employer/job-fairs', { headers: as(employerAccount) });
    assert.equal(mine.json.items[0].status, 'approved');
  });

  it('pre-registers a signed-in citizen once, with a QR code of the code', async () => {
    assert.equal((await t.request(`/api/v1/me/job-fairs/${fairId}/registrations`, { method: 'POST', body: { name: '阮美玲' } })).status, 401);
    const registered = await t.request(`/api/v1/me/job-fairs/${fairId}/registrations`, { method: 'POST', headers: { ...as(mei), 'accept-language': 'vi' }, body: { name: '阮美玲' } });
    assert.equal(registered.status, 201, registered.text);
    meiCode = registered.json.code;
    assert.match(meiCode, /^[A-Z2-9]{10}$/);
    assert.match(registered.json.qrSvg, /^<svg/);
    const again = await t.request(`/api/v1/me/job-fairs/${fairId}/registrations`, { method: 'POST', headers: as(mei), body: { name: '阮美玲' } });
    assert.equal(again.status, 409);
    assert.equal(again.json.code, 'ALREADY_BOOKED');
    const mine = await t.request('/api/v1/me/job-fairs', { headers: as(mei) });
    assert.equal(mine.json.items[0].code, meiCode);
    assert.equal(mine.json.items[0].fair.placesLeft, 299);
  });

  it('never gives more places than the capacity: two at once for the last place are one 201 and one 409', async () => {
    // Today's fair, so that the door is open.
    const small = await createFair({ kind: 'single-employer', title: '單一徵才：大里精密', capacity: 1, startsAt: '2026-03-02T09:00:00+08:00', endsAt: '2026-03-02T17:00:00+08:00' });
    const [a, b] = await Promise.all([
      t.request(`/api/v1/staff/job-fairs/${small}/registrations`, { method: 'POST', session: officer, body: { name: '王大明' } }),
      t.request(`/api/v1/staff/job-fairs/${small}/registrations`, { method: 'POST', session: officer, body: { name: '陳小華' } }),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [201, 409]);
    assert.equal([a, b].find((r) => r.status === 409)?.json.code, 'NO_PLACES_LEFT');
    const row = (await t.db.query<{ registered: number }>('SELECT registered FROM job_fairs WHERE id = $1', [small])).rows[0];
    assert.equal(row?.registered, 1);
  });

  it('checks in by code once (twice answers the first), records interviews and hires, and reports the figures', async () => {
    const before = await report(fairId);
    assert.equal(before.checkedIn, 0);
    assert.equal(before.preliminaryMatchRate, null, 'no rate with nobody checked in');
    // An interview before the person is at the fair is refused.
    const early = await t.request(`/api/v1/staff/job-fairs/${fairId}/outcomes`, {
      method: 'POST', session: officer, body: { registrationId: (await t.request('/api/v1/me/job-fairs', { headers: as(mei) })).json.items[0].id, employerId, kind: 'interview' },
    });
    assert.equal(early.status, 409);
    assert.equal((await t.request(`/api/v1/staff/job-fairs/${fairId}/check-ins`, { method: 'POST', session: officer, body: { code: 'ZZZZZZZZZZ' } })).status, 404);
    assert.equal((await t.request(`/api/v1/staff/job-fairs/${fairId}/check-ins`, { method: 'POST', session: officer, body: { code: 'short' } })).status, 400);
    // The day before the fair (23:59 in Taichung) the door is closed; on its day (00:00) it is open.
    t.setNow(new Date('2026-03-19T15:59:00Z'));
    officer = await t.login('dali-officer');
    const dayBefore = await t.request(`/api/v1/staff/job-fairs/${fairId}/check-ins`, { method: 'POST', session: officer, body: { code: meiCode } });
    assert.equal(dayBefore.status, 409);
    assert.equal(dayBefore.json.code, 'INVALID_TRANSITION');
    assert.equal((await t.request(`/api/v1/staff/job-fairs/${fairId}/registrations`, { method: 'POST', session: officer, body: { name: '早到者' } })).status, 409);
    t.setNow(new Date('2026-03-19T16:00:00Z'));
    officer = await t.login('dali-officer');
    const first = await t.request(`/api/v1/staff/job-fairs/${fairId}/check-ins`, { method: 'POST', session: officer, body: { code: meiCode.toLowerCase() } });
    assert.equal(first.status, 200, first.text);
    assert.equal(first.json.alreadyCheckedIn, false);
    assert.equal(first.json.maskedName, '阮○玲');
    const second = await t.request(`/api/v1/staff/job-fairs/${fairId}/check-ins`, { method: 'POST', session: officer, body: { code: meiCode } });
    assert.equal(second.status, 200);
    assert.equal(second.json.alreadyCheckedIn, true);
    assert.equal(second.json.checkedInAt, first.json.checkedInAt);
    const walkIn = await t.request(`/api/v1/staff/job-fairs/${fairId}/registrations`, { method: 'POST', session: officer, body: { name: '林志豪' } });
    assert.equal(walkIn.status, 201);

    const registrationId = first.json.registrationId;
    const outcome = (body: Record<string, unknown>) => t.request(`/api/v1/staff/job-fairs/${fairId}/outcomes`, { method: 'POST', session: officer, body: { registrationId, employerId, ...body } });
    assert.equal((await outcome({ kind: 'interview', vacancyId })).status, 201);
    assert.equal((await outcome({ kind: 'interview', vacancyId })).status, 409, 'one interview per job seeker and employer');
    assert.equal((await outcome({ kind: 'hire', vacancyId: otherVacancyId })).status, 400, 'a vacancy not offered at the fair');
    assert.equal((await outcome({ kind: 'hire', vacancyId })).status, 201);

    const figures = await report(fairId);
    assert.equal(figures.registered, 2);
    assert.equal(figures.preRegistered, 1);
    assert.equal(figures.checkedIn, 2);
    assert.equal(figures.interviews, 1, 'an interview and a hire with the same employer are one interview');
    assert.equal(figures.hiredOnSpot, 1);
    assert.equal(figures.preliminaryMatchRate, 50, '1 hired of 2 checked in');
    assert.equal(figures.confirmedHires, 0, 'no referral recorded as hired yet');

    const detail = await t.request(`/api/v1/staff/job-fairs/${fairId}`, { session: officer });
    assert.equal(detail.status, 200);
    assert.deepEqual(detail.json.registrations.map((r: { maskedName: string }) => r.maskedName), ['阮○玲', '林○豪']);
    assert.deepEqual(detail.json.registrations.map((r: { locale: string }) => r.locale), ['vi', 'zh-TW'], 'the online registration keeps its language; the door one is the desk\'s');
    assert.deepEqual(detail.json.outcomes.map((o: { kind: string }) => o.kind), ['interview', 'hire']);
    assert.equal(detail.text.includes('阮美玲'), false, 'names are masked');
  });

  it('counts a later confirmed hire from the referral recorded as hired, starting on or after the fair day', async () => {
    const referral = await t.request('/api/v1/staff/referrals', { method: 'POST', session: officer, body: { jobSeekerId: meiJobSeekerId, vacancyId } });
    assert.equal(referral.status, 201, referral.text);
    const hired = await t.request(`/api/v1/staff/referrals/${referral.json.id}/outcome`, { method: 'POST', session: officer, body: { outcome: 'hired', startDate: '2026-04-01', monthlyWage: 33_000 } });
    assert.equal(hired.status, 200, hired.text);
    assert.equal((await report(fairId)).confirmedHires, 1);
  });

  it('lists the registration in the citizen\'s data download; deletion erases the name and keeps the place in the counts', async () => {
    // The clock has moved on: the citizen signs in again.
    const again = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email: 'nguyen.mei@example.tw', password: 'Lanterns along the Han River 2026' } });
    mei = { cookie: (again.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrfToken: again.json.csrfToken };
    const data = await t.request('/api/v1/account/data', { headers: as(mei) });
    assert.equal(data.status, 200, data.text);
    assert.equal(JSON.stringify(data.json).includes('大里區聯合徵才活動'), true);
    const deleted = await t.request('/api/v1/account/deletion', { method: 'POST', headers: as(mei), body: { password: 'Lanterns along the Han River 2026' } });
    assert.equal(deleted.status, 200, deleted.text);
    const left = await t.db.query<{ name: string; person_id: string | null }>('SELECT name, person_id FROM job_fair_registrations WHERE fair_id = $1 AND channel = $2', [fairId, 'online']);
    assert.deepEqual(left.rows, [{ name: '-', person_id: null }]);
    assert.equal((await report(fairId)).checkedIn, 2, 'the place stays in the figures');
  });

  it('refuses check-in once the fair has ended', async () => {
    t.setNow(new Date('2026-03-20T09:00:00Z'));
    officer = await t.login('dali-officer');
    const late = await t.request(`/api/v1/staff/job-fairs/${fairId}/registrations`, { method: 'POST', session: officer, body: { name: '遲到者' } });
    assert.equal(late.status, 409);
    assert.equal(late.json.code, 'INVALID_TRANSITION');
  });
});
