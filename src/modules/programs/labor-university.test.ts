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

  it('holds the course’s meetings and takes attendance at each, once it has started, for its enrolments only', async () => {
    // The test clock: 2026-03-02T02:00Z (10:00 in Taichung). One meeting last night, one next week.
    const add = (body: object) => t.request(`/api/v1/staff/labor-university/courses/${courseId}/sessions?lang=en`, { method: 'POST', session: officer, body });
    const past = await add({ startsAt: '2026-03-01T19:00:00+08:00', endsAt: '2026-03-01T21:00:00+08:00' });
    assert.equal(past.status, 201, past.text);
    const next = await add({ startsAt: '2026-03-08T19:00:00+08:00', endsAt: '2026-03-08T21:00:00+08:00', location: '北屯區勞工育樂中心' });
    assert.equal(next.status, 201);
    assert.equal((await add({ startsAt: '2026-03-08T19:00:00+08:00', endsAt: '2026-03-08T21:00:00+08:00' })).status, 409, 'the same start twice');
    const backwards = await add({ startsAt: '2026-03-09T21:00:00+08:00', endsAt: '2026-03-09T19:00:00+08:00' });
    assert.equal(backwards.status, 400);
    assert.equal(backwards.json.errors[0].field, 'endsAt');

    const detail = await t.request(`/api/v1/staff/labor-university/courses/${courseId}`, { session: officer });
    assert.equal(detail.json.enrolments.length, 4);
    assert.match(detail.json.enrolments[0].name, /○|\*/, 'names masked');
    const [first, second] = detail.json.enrolments as { id: string }[];
    const take = (sessionId: string, present: string[]) =>
      t.request(`/api/v1/staff/labor-university/sessions/${sessionId}/attendance?lang=en`, { method: 'PUT', session: officer, body: { present } });
    const early = await take(next.json.id, [first!.id]);
    assert.equal(early.status, 400, 'not before the meeting starts');
    assert.match(early.json.errors[0].message, /not started/);
    assert.equal((await take(past.json.id, ['00000000-0000-4000-8000-000000000000'])).status, 400, 'not someone who is not enrolled');
    const taken = await take(past.json.id, [first!.id, second!.id]);
    assert.deepEqual(taken.json, { present: 2, absent: 2 });
    const retaken = await take(past.json.id, [first!.id]);
    assert.deepEqual(retaken.json, { present: 1, absent: 3 }, 'a retake replaces the record');
    const after = await t.request(`/api/v1/staff/labor-university/courses/${courseId}`, { session: officer });
    assert.deepEqual(after.json.sessions.map((s: { taken: boolean; present: number }) => [s.taken, s.present]), [[true, 1], [false, 0]]);
    assert.deepEqual(after.json.enrolments[0].present, [past.json.id]);
  });
});

