import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { seedProgramCatalog } from './programs.seed.ts';
import { createProgramsService } from './programs.service.ts';

describe('labor university: enrolments, full subsidy for special groups, indicator 7', () => {
  let t: TestContext;
  let officer: Session;
  let registrar: Session;
  const ids: string[] = [];
  let courseId: string;

  before(async () => {
    t = await createTestContext();
    officer = await t.signIn('officer', ['programs-officer']);
    registrar = await t.signIn('registrar', ['employment-officer']);
    const programs = createProgramsService({ db: t.db, referenceData: t.referenceData, clock: () => new Date('2026-03-02T02:00:00Z') });
    await seedProgramCatalog(programs, { staff: null, year: 2026, requestId: 'test-seed' });
    for (const [index, idNumber] of ['A123456789', 'F131104093', 'B123456780', 'C123456781', 'D123456782'].entries()) {
      const response = await t.request('/api/v1/staff/people', { method: 'POST', session: registrar, body: { idNumber, name: `學員${index}`, birthDate: '1980-01-01' } });
      ids.push(response.json.id);
    }
    const course = await t.request('/api/v1/staff/labor-university/courses', {
      method: 'POST',
      session: officer,
      body: { year: 2026, code: 'LU-101', title: '勞動法入門', location: '臺中市勞工教育中心', schedule: '週二 19:00–21:00', hours: 18, feeTwd: 1800, places: 4 },
    });
    assert.equal(course.status, 201, course.text);
    courseId = course.json.id;
  });
  after(() => t.close());

  const enrol = (personId: string, extra: object = {}) =>
    t.request('/api/v1/staff/labor-university/enrolments?lang=en', { method: 'POST', session: officer, body: { courseId, personId, ...extra } });

  it('enrols a new immigrant with the full subsidy (share 100 % of the fee), and indicator 7 moves', async () => {
    const empty = await t.request('/api/v1/staff/labor-university/indicator-7?year=2026', { session: officer });
    assert.deepEqual(empty.json, { year: 2026, subsidisedEnrolments: 0, enrolments: 0, percent: null, target: 14.5 });
    assert.equal((await enrol(ids[0] as string)).status, 201);
    const subsidised = await enrol(ids[1] as string, { specialGroup: 'new-immigrant', specialGroupConsent: true });
    assert.equal(subsidised.status, 201, subsidised.text);
    const application = await t.request(`/api/v1/staff/applications/${subsidised.json.applicationId}?lang=en`, { session: officer });
    assert.equal(application.json.eligible, true);
    assert.equal(application.json.amountTwd, 1800);
    assert.match(application.json.rules[0].message, /New immigrant/);
    const moved = await t.request('/api/v1/staff/labor-university/indicator-7?year=2026', { session: officer });
    assert.deepEqual(moved.json, { year: 2026, subsidisedEnrolments: 1, enrolments: 2, percent: 50, target: 14.5 });
  });

  it('without consent the special group is not used, and the rule fails', async () => {
    const response = await enrol(ids[2] as string, { specialGroup: 'disability', specialGroupConsent: false });
    assert.equal(response.status, 201);
    const application = await t.request(`/api/v1/staff/applications/${response.json.applicationId}`, { session: officer });
    assert.equal(application.json.eligible, false);
  });

  it('lets exactly one of two enrolments racing for the last place win', async () => {
    // Three enrolled, one place left.
    const [a, b] = await Promise.all([enrol(ids[3] as string), enrol(ids[4] as string)]);
    assert.deepEqual([a.status, b.status].sort(), [201, 409]);
    assert.equal([a, b].find((r) => r.status === 409)?.json.code, 'PROGRAM_FULL');
    const course = await t.db.query<{ enrolled: number }>('SELECT enrolled FROM labor_university_courses WHERE id = $1', [courseId]);
    assert.equal(course.rows[0]?.enrolled, 4);
  });
});
