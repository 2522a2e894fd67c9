import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { createEmployersService } from '../employers/employers.service.ts';
import { createPeopleService } from '../people/people.service.ts';
import { createViolationsService } from '../violations/violations.service.ts';
import { createEmploymentService } from './employment.service.ts';

// The test clock: 2026-03-02 10:00 in Taichung; minimum wage NT$29,500 a month, NT$196 an hour.
const dali = { kind: 'station', code: 'dali' } as const;
const dadu = { kind: 'station', code: 'dadu' } as const;
const daliDistrict = '66000280';

describe('employment: job seekers, screened vacancies, search, matching, referrals, indicator 1', () => {
  let t: TestContext;
  let officer: Session;
  let otherOfficer: Session;
  let caseManager: Session;
  let admin: Session;
  let inspector: Session;
  let employerId: string;
  let jobSeekerId: string;
  let cleanVacancyId: string;
  let heldVacancyId: string;

  const vacancy = (overrides: Record<string, unknown> = {}) => ({
    employerId,
    occupationCode: '8',
    title: '堆高機作業員',
    description: '倉儲物料搬運，日班。',
    requirements: '具堆高機操作證照',
    districtCode: daliDistrict,
    wage: { type: 'monthly', min: 33_000, max: 36_000 },
    employmentType: 'full-time',
    shifts: ['day'],
    requiredCertificates: ['堆高機操作'],
    expiresOn: '2026-04-30',
    ...overrides,
  });

  before(async () => {
    t = await createTestContext();
    officer = await t.signIn('dali-officer', ['employment-officer'], dali);
    otherOfficer = await t.signIn('dadu-officer', ['employment-officer'], dadu);
    caseManager = await t.signIn('dali-cm', ['case-manager'], dali);
    admin = await t.signIn('admin', ['admin']);
    inspector = await t.signIn('inspector', ['labor-inspector']);
    const employer = await t.request('/api/v1/staff/employers', {
      method: 'POST',
      session: officer,
      body: { name: '大里精密股份有限公司', districtCode: daliDistrict },
    });
    assert.equal(employer.status, 201, employer.text);
    employerId = employer.json.id;
    const person = await t.request('/api/v1/staff/people', {
      method: 'POST',
      session: officer,
      body: { idNumber: 'A123456789', name: '陳志明', districtCode: daliDistrict, phone: '0912345678' },
    });
    assert.equal(person.status, 201, person.text);
    const seeker = await t.request('/api/v1/staff/job-seekers', {
      method: 'POST',
      session: officer,
      body: {
        personId: person.json.id,
        desiredOccupations: ['8'],
        districtCodes: [daliDistrict],
        lowestWage: { type: 'monthly', amount: 32_000 },
        employmentType: 'full-time',
        shifts: ['day'],
        certificates: [{ kind: '技術士', name: '堆高機操作', level: '單一級', number: '123-456789' }],
        languages: ['zh'],
        specialGroups: { groups: ['middle-aged'], consent: { givenOn: '2026-03-02', expiresOn: '2027-03-01' } },
      },
    });
    assert.equal(seeker.status, 201, seeker.text);
    jobSeekerId = seeker.json.id;
  });
  after(() => t.close());

  it('refuses a wage below the minimum wage with a 400 naming wage, and accepts the minimum itself', async () => {
    const low = await t.request('/api/v1/staff/vacancies?lang=en', { method: 'POST', session: officer, body: vacancy({ wage: { type: 'monthly', min: 29_499 } }) });
    assert.equal(low.status, 400, low.text);
    assert.deepEqual(low.json.errors.map((e: { field: string }) => e.field), ['wage']);
    assert.match(low.json.errors[0].message, /29500/);
    const atMinimum = await t.request('/api/v1/staff/vacancies', { method: 'POST', session: officer, body: vacancy({ wage: { type: 'monthly', min: 29_500 }, title: '包裝作業員' }) });
    assert.equal(atMinimum.status, 201, atMinimum.text);
    const negotiable = await t.request('/api/v1/staff/vacancies', { method: 'POST', session: officer, body: vacancy({ wage: { type: 'monthly', min: 39_999, negotiable: true } }) });
    assert.equal(negotiable.status, 400);
    assert.equal(negotiable.json.errors[0].field, 'wage');
  });

  it('holds a vacancy with 限男性 and an age limit, each hit with its article, and publishes over them only with a reason', async () => {
    const created = await t.request('/api/v1/staff/vacancies', {
      method: 'POST',
      session: officer,
      body: vacancy({ title: '倉管技術員', requirements: '限男性，25歲以下' }),
    });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.json.status, 'held');
    assert.deepEqual(
      created.json.screening.map((hit: { term: string; article: string }) => [hit.term, hit.article]),
      [
        ['限男性', '就業服務法第5條第1項'],
        ['25歲以下', '就業服務法第5條第1項'],
      ],
    );
    heldVacancyId = created.json.id;
    const noReason = await t.request(`/api/v1/staff/vacancies/${heldVacancyId}/publish`, { method: 'POST', session: officer, body: {} });
    assert.equal(noReason.status, 400);
    assert.equal(noReason.json.errors[0].field, 'overrideReason');
    const clean = await t.request('/api/v1/staff/vacancies', { method: 'POST', session: officer, body: vacancy() });
    assert.deepEqual(clean.json.screening, []);
    cleanVacancyId = clean.json.id;
    const published = await t.request(`/api/v1/staff/vacancies/${cleanVacancyId}/publish`, { method: 'POST', session: officer, body: {} });
    assert.equal(published.status, 200, published.text);
    assert.equal(published.json.status, 'published');
    const again = await t.request(`/api/v1/staff/vacancies/${cleanVacancyId}/publish`, { method: 'POST', session: officer, body: {} });
    assert.equal(again.status, 409);
  });

  it('searches published vacancies with partial words, 台/臺 alike and synonyms, flagging the employer\'s violations', async () => {
    const empty = await t.request(`/api/v1/vacancies?q=${encodeURIComponent('堆高機')}`);
    assert.equal(empty.json.total, 1);
    assert.equal(empty.json.items[0].violations, null);
    // The held vacancy (倉管技術員) is not listed; 作業員 finds the published 堆高機作業員, and so does 技術員.
    const synonym = await t.request(`/api/v1/vacancies?q=${encodeURIComponent('技術員')}`);
    assert.deepEqual(synonym.json.items.map((v: { id: string }) => v.id), [cleanVacancyId]);
    const port = await t.request('/api/v1/staff/vacancies', { method: 'POST', session: officer, body: vacancy({ title: '臺中港理貨員', requiredCertificates: [] }) });
    await t.request(`/api/v1/staff/vacancies/${port.json.id}/publish`, { method: 'POST', session: officer, body: {} });
    const tai = await t.request(`/api/v1/vacancies?q=${encodeURIComponent('台中港')}&district=${daliDistrict}`);
    assert.deepEqual(tai.json.items.map((v: { id: string }) => v.id), [port.json.id]);
    const partial = await t.request(`/api/v1/vacancies?q=${encodeURIComponent('理貨')}&sort=date`);
    assert.equal(partial.json.total, 1);
    // A one-character word has no character pair to narrow by through the index: LIKE alone finds it.
    const single = await t.request(`/api/v1/vacancies?q=${encodeURIComponent('港')}`);
    assert.ok(single.json.items.some((v: { id: string }) => v.id === port.json.id), single.text);
    // The pairs kept on posting are those migration 0040 computes in SQL for earlier rows.
    const grams = await t.db.query<{ kept: string[]; derived: string[] }>(
      `SELECT ARRAY(SELECT unnest(search_grams) ORDER BY 1) AS kept,
              ARRAY(SELECT DISTINCT substr(search_text, i, 2) FROM generate_series(1, char_length(search_text) - 1) AS i ORDER BY 1) AS derived
         FROM vacancies WHERE id = $1`,
      [port.json.id],
    );
    assert.ok((grams.rows[0]?.kept.length ?? 0) > 3);
    assert.deepEqual(grams.rows[0]?.kept, grams.rows[0]?.derived);
    const wage = await t.request('/api/v1/vacancies?wageMin=37000');
    assert.equal(wage.json.total, 0);
    const inspection = await t.request('/api/v1/staff/violations/inspections', {
      method: 'POST',
      session: inspector,
      body: { employerName: '大里精密股份有限公司', law: '勞動基準法', articles: ['24'] },
    });
    assert.equal(inspection.status, 201, inspection.text);
    const announced = await t.request(`/api/v1/staff/violations/inspections/${inspection.json.id}/publish`, { method: 'POST', session: inspector, body: {} });
    assert.equal(announced.status, 200, announced.text);
    const flagged = await t.request(`/api/v1/vacancies?q=${encodeURIComponent('堆高機')}`);
    assert.equal(flagged.json.items[0].violations.count, 1);
    assert.match(flagged.json.items[0].violations.link, /^\/violations\/employers\//);
  });

  it('matches both ways with a score and its reasons', async () => {
    const matches = await t.request(`/api/v1/staff/job-seekers/${jobSeekerId}/matches`, { session: officer });
    assert.equal(matches.status, 200, matches.text);
    const best = matches.json.items.find((m: { vacancyId: string }) => m.vacancyId === cleanVacancyId);
    assert.equal(matches.json.items[0].score, 100);
    assert.equal(best.score, 100);
    assert.deepEqual(best.reasons.map((r: { code: string }) => r.code), ['occupation', 'district', 'wage', 'hours', 'certificates', 'languages']);
    const seekers = await t.request(`/api/v1/staff/vacancies/${cleanVacancyId}/matches`, { session: officer });
    assert.equal(seekers.json.items[0].jobSeekerId, jobSeekerId);
    assert.equal(seekers.json.items[0].personName, '陳○明');
    const otherStation = await t.request(`/api/v1/staff/job-seekers/${jobSeekerId}/matches`, { session: otherOfficer });
    assert.equal(otherStation.status, 404);
  });

  it('still finds a seeker\'s best vacancy under 2,500 newer ones of other trades elsewhere (matching scores by occupation and district first)', async () => {
    const { rows } = await t.db.query<{ employer_id: string; published_on: string }>('SELECT employer_id, published_on::text FROM vacancies WHERE id = $1', [cleanVacancyId]);
    const clean = rows[0]!;
    await t.db.query(
      `INSERT INTO vacancies (employer_id, occupation_code, title, district_code, wage_type, wage_min, employment_type, expires_on, status, search_text, published_on)
       SELECT $1, '5220', '門市人員' || i, '66000110', 'monthly', 30000, 'part-time', date '2027-12-31', 'published', '門市人員', $2::date + 1
         FROM generate_series(1, 2500) AS i`,
      [clean.employer_id, clean.published_on],
    );
    const matches = await t.request(`/api/v1/staff/job-seekers/${jobSeekerId}/matches`, { session: officer });
    assert.equal(matches.status, 200, matches.text);
    // Scored, and at the top score (other vacancies may tie with it): under the old newest-2,000 window it was not scored at all.
    const found = matches.json.items.find((m: { vacancyId: string }) => m.vacancyId === cleanVacancyId);
    assert.equal(found?.score, 100, 'the older vacancy of the wanted trade and district is still found');
    assert.equal(matches.json.items[0].score, 100);
    await t.db.query(`DELETE FROM vacancies WHERE title LIKE '門市人員%' AND district_code = '66000110' AND employment_type = 'part-time'`);
  });

  it('shows 特定對象 only to the roles that need it and audits every full view', async () => {
    const byCaseManager = await t.request(`/api/v1/staff/job-seekers/${jobSeekerId}`, { session: caseManager });
    assert.equal(byCaseManager.status, 200, byCaseManager.text);
    assert.deepEqual(byCaseManager.json.specialGroups.groups, ['middle-aged']);
    assert.equal(byCaseManager.json.person.idNumber, 'A123456789');
    const byAdmin = await t.request(`/api/v1/staff/job-seekers/${jobSeekerId}`, { session: admin });
    assert.equal(byAdmin.status, 200, byAdmin.text);
    assert.equal('specialGroups' in byAdmin.json, false);
    const audited = await t.db.query<{ action: string; actor_username: string }>(
      `SELECT action, actor_username FROM audit_events WHERE record_type = 'job-seeker' AND action LIKE 'job-seeker.view%' ORDER BY id`,
    );
    assert.deepEqual(audited.rows.map((r) => `${r.actor_username}:${r.action}`), ['dali-cm:job-seeker.view-full-sensitive', 'admin:job-seeker.view-full']);
    const list = await t.request('/api/v1/staff/job-seekers', { session: officer });
    assert.equal(list.json.items[0].personName, '陳○明');
    assert.equal((await t.request('/api/v1/staff/job-seekers', { session: otherOfficer })).json.total, 0);
    const noConsent = await t.request('/api/v1/staff/job-seekers', {
      method: 'POST',
      session: officer,
      body: { personId: byAdmin.json.person.id, specialGroups: { groups: ['senior'], consent: { givenOn: '2026-03-03' } } },
    });
    assert.equal(noConsent.status, 400, 'consent dated in the future is no consent');
  });

  it('refers, lets the employer answer through the card link, records the hire with its follow-ups, and counts it in indicator 1', async () => {
    const [first, second] = await Promise.all([
      t.request('/api/v1/staff/referrals', { method: 'POST', session: officer, body: { jobSeekerId, vacancyId: cleanVacancyId } }),
      t.request('/api/v1/staff/referrals', { method: 'POST', session: officer, body: { jobSeekerId, vacancyId: cleanVacancyId } }),
    ]);
    assert.deepEqual([first?.status, second?.status].sort(), [201, 409], 'two officers referring at once make one open referral');
    const created = first?.status === 201 ? first : second;
    assert.match(created?.json.cardNumber, /^DALI-20260302-[0-9A-F]{8}$/);
    const referralId = created?.json.id as string;
    const toHeld = await t.request('/api/v1/staff/referrals', { method: 'POST', session: officer, body: { jobSeekerId, vacancyId: heldVacancyId } });
    assert.equal(toHeld.status, 409, 'a held vacancy takes no referrals');

    const card = await t.request(`/api/v1/staff/referrals/${referralId}/card`, { method: 'POST', session: officer });
    assert.equal(card.status, 200, card.text);
    assert.match(card.json.qrSvg, /^<svg/);
    const token = (card.json.answerPath as string).split('/').pop() as string;
    const oldToken = (created?.json.answerPath as string).split('/').pop() as string;
    assert.equal((await t.request(`/api/v1/referral-answers/${oldToken}`)).status, 404, 'printing again replaces the link');

    const view = await t.request(`/api/v1/referral-answers/${token}`);
    assert.equal(view.status, 200, view.text);
    assert.equal(view.json.personName, '陳○明');
    assert.equal(JSON.stringify(view.json).includes('A123456789'), false);
    const interviewed = await t.request(`/api/v1/referral-answers/${token}`, { method: 'POST', body: { answer: 'interviewed' } });
    assert.equal(interviewed.json.status, 'interviewed');
    const backwards = await t.request(`/api/v1/referral-answers/${token}`, { method: 'POST', body: { answer: 'contacted' } });
    assert.equal(backwards.status, 409);

    const hiredNoDate = await t.request(`/api/v1/staff/referrals/${referralId}/outcome`, { method: 'POST', session: officer, body: { outcome: 'hired' } });
    assert.equal(hiredNoDate.status, 400);
    assert.equal(hiredNoDate.json.errors[0].field, 'startDate');
    const hired = await t.request(`/api/v1/staff/referrals/${referralId}/outcome`, {
      method: 'POST',
      session: officer,
      body: { outcome: 'hired', startDate: '2026-03-16', monthlyWage: 34_000 },
    });
    assert.equal(hired.status, 200, hired.text);
    assert.deepEqual(hired.json.events.map((e: { status: string; actorKind: string }) => `${e.status}/${e.actorKind}`), ['referred/staff', 'interviewed/employer', 'hired/staff']);
    assert.deepEqual(hired.json.followups, [
      { months: 1, dueOn: '2026-04-16', status: 'scheduled' },
      { months: 3, dueOn: '2026-06-16', status: 'scheduled' },
    ]);

    const indicator = await t.request('/api/v1/staff/employment/indicators/placement-rate?from=2026-01-01&to=2026-12-31&by=station', { session: officer });
    assert.equal(indicator.status, 200, indicator.text);
    assert.equal(indicator.json.registered, 1);
    assert.equal(indicator.json.placed, 1);
    assert.equal(indicator.json.rate, 100);
    assert.deepEqual(indicator.json.rows, [{ key: 'dali', registered: 1, placed: 1, rate: 100 }]);
    const before = await t.request('/api/v1/staff/employment/indicators/placement-rate?from=2026-01-01&to=2026-03-15', { session: officer });
    assert.equal(before.json.placed, 0, 'a start date after the period does not count in it');
  });

  it('marks follow-ups due on their date (the daily job) and records 穩定就業', async () => {
    // The job's own function, on a service built as createApp builds it, at the due date's clock.
    const referenceData = t.referenceData;
    const people = createPeopleService({ db: t.db, referenceData });
    const employment = createEmploymentService({
      db: t.db,
      clock: () => new Date('2026-04-16T00:30:00Z'),
      referenceData,
      people,
      employers: createEmployersService({ db: t.db, referenceData }),
      violations: createViolationsService({ db: t.db, clock: () => new Date(), authority: referenceData.city.name }),
    });
    assert.equal(await employment.referrals.markFollowupsDue(), 1, 'the 1-month check is due on 2026-04-16 (Taichung date), the 3-month not yet');
    const referrals = await t.request(`/api/v1/staff/job-seekers/${jobSeekerId}/referrals`, { session: officer });
    const referralId = referrals.json.items[0].id as string;
    assert.deepEqual(referrals.json.items[0].followups.map((f: { status: string }) => f.status), ['due', 'scheduled']);
    const check = await t.request(`/api/v1/staff/referrals/${referralId}/followups/1`, { method: 'POST', session: officer, body: { stillEmployed: true } });
    assert.equal(check.status, 200, check.text);
    assert.equal(check.json.followups[0].status, 'employed');
    const twice = await t.request(`/api/v1/staff/referrals/${referralId}/followups/1`, { method: 'POST', session: officer, body: { stillEmployed: false } });
    assert.equal(twice.status, 409);
  });
});
