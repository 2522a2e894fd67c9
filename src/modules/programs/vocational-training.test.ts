import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

// Tests run at 2026-03-02T02:00Z (10:00 in Taichung).
const daliDistrict = '66000280';
const base = '/api/v1/staff/training';

describe('vocational training: classes, job-seeker applicants, selection without overbooking, completion and the placement prompt', () => {
  let t: TestContext;
  let officer: Session;
  let otherOfficer: Session;
  let programsOfficer: Session;
  let seekers: string[] = [];
  let classId: string;
  let enrolments: string[] = [];

  const klass = (overrides: Record<string, unknown> = {}) => ({
    code: 'VT-2026-01', title: '餐飲服務人員培訓班', provider: '社團法人臺中市職業訓練協會', occupationCode: '5', hours: 300,
    startsOn: '2026-03-16', endsOn: '2026-06-12', place: '大里區訓練教室', districtCode: daliDistrict, places: 2, selectionOn: '2026-03-10',
    ...overrides,
  });
  const move = (id: string, body: unknown) => t.request(`${base}/enrolments/${id}/transition?lang=en`, { method: 'POST', session: programsOfficer, body });

  before(async () => {
    t = await createTestContext();
    officer = await t.signIn('dali-officer', ['employment-officer'], { kind: 'station', code: 'dali' });
    otherOfficer = await t.signIn('dadu-officer', ['employment-officer'], { kind: 'station', code: 'dadu' });
    programsOfficer = await t.signIn('programs', ['programs-officer']);
    const ids = ['A123456789', 'B123456780', 'C123456781'];
    seekers = [];
    for (const [i, idNumber] of ids.entries()) {
      const person = await t.request('/api/v1/staff/people', { method: 'POST', session: officer, body: { idNumber, name: `求職者${i}`, districtCode: daliDistrict } });
      assert.equal(person.status, 201, person.text);
      const seeker = await t.request('/api/v1/staff/job-seekers', {
        method: 'POST', session: officer, body: { personId: person.json.id, desiredOccupations: ['5'], districtCodes: [daliDistrict], employmentType: 'full-time', shifts: ['day'] },
      });
      assert.equal(seeker.status, 201, seeker.text);
      seekers.push(seeker.json.id);
    }
  });
  after(() => t.close());

  it('adds a class only with a known occupation, and an allowance only with its source', async () => {
    const badOccupation = await t.request(`${base}/classes?lang=en`, { method: 'POST', session: programsOfficer, body: klass({ occupationCode: '0099' }) });
    assert.equal(badOccupation.status, 400, badOccupation.text);
    assert.equal(badOccupation.json.errors[0].field, 'occupationCode');
    const noSource = await t.request(`${base}/classes?lang=en`, { method: 'POST', session: programsOfficer, body: klass({ allowanceMonthlyTwd: 17_000 }) });
    assert.equal(noSource.status, 400);
    assert.equal(noSource.json.errors[0].field, 'allowanceSource');
    const notADay = await t.request(`${base}/classes?lang=en`, { method: 'POST', session: programsOfficer, body: klass({ startsOn: '2026-02-30' }) });
    assert.equal(notADay.status, 400, notADay.text);
    assert.equal(notADay.json.errors[0].field, 'startsOn');
    const added = await t.request(`${base}/classes`, { method: 'POST', session: programsOfficer, body: klass() });
    assert.equal(added.status, 201, added.text);
    classId = added.json.id;
    const again = await t.request(`${base}/classes`, { method: 'POST', session: programsOfficer, body: klass() });
    assert.equal(again.status, 409);
    const denied = await t.request(`${base}/classes`, { method: 'POST', session: officer, body: klass({ code: 'VT-X' }) });
    assert.equal(denied.status, 403);
    const open = await t.request('/api/v1/training/classes?lang=en');
    assert.equal(open.status, 200);
    assert.deepEqual(open.json.map((c: { code: string; placesLeft: number; allowanceMonthlyTwd: number | null }) => [c.code, c.placesLeft, c.allowanceMonthlyTwd]), [['VT-2026-01', 2, null]]);
  });

  it('takes one application per job seeker, by the job seeker id', async () => {
    enrolments = [];
    for (const seeker of seekers) {
      const applied = await t.request(`${base}/classes/${classId}/applications`, { method: 'POST', session: programsOfficer, body: { jobSeekerId: seeker } });
      assert.equal(applied.status, 201, applied.text);
      enrolments.push(applied.json.id);
    }
    const twice = await t.request(`${base}/classes/${classId}/applications`, { method: 'POST', session: programsOfficer, body: { jobSeekerId: seekers[0] } });
    assert.equal(twice.status, 409);
    assert.equal(twice.json.code, 'DUPLICATE_APPLICATION');
    const unknown = await t.request(`${base}/classes/${classId}/applications?lang=en`, { method: 'POST', session: programsOfficer, body: { jobSeekerId: '00000000-0000-4000-8000-000000000000' } });
    assert.equal(unknown.status, 400);
    const detail = await t.request(`${base}/classes/${classId}`, { session: programsOfficer });
    assert.equal(detail.status, 200, detail.text);
    assert.deepEqual(detail.json.enrolments.map((e: { stationCode: string; status: string }) => [e.stationCode, e.status]), [['dali', 'applied'], ['dali', 'applied'], ['dali', 'applied']]);
    assert.doesNotMatch(detail.json.enrolments[0].name, /求職者0/);
  });

  it('never overbooks: two selections racing for the last place, one wins and the other gets NO_PLACES_LEFT', async () => {
    assert.equal((await move(enrolments[0]!, { to: 'selected' })).status, 200);
    const [a, b] = await Promise.all([move(enrolments[1]!, { to: 'selected' }), move(enrolments[2]!, { to: 'selected' })]);
    assert.deepEqual([a.status, b.status].sort(), [200, 409]);
    const loser = a.status === 409 ? a : b;
    assert.equal(loser.json.code, 'NO_PLACES_LEFT');
    const row = await t.db.query<{ selected: number }>('SELECT selected FROM training_classes WHERE id = $1', [classId]);
    assert.equal(row.rows[0]!.selected, 2);
    const waiting = a.status === 409 ? enrolments[1]! : enrolments[2]!;
    const winner = a.status === 409 ? enrolments[2]! : enrolments[1]!;
    assert.equal((await move(waiting, { to: 'waitlisted' })).status, 200);
    // A dropped trainee gives the place back; the waitlisted one takes it.
    assert.equal((await move(winner, { to: 'dropped', note: '找到工作' })).status, 200);
    assert.equal((await move(waiting, { to: 'selected' })).status, 200);
    assert.equal((await move(winner, { to: 'selected' })).status, 409);
  });

  it('completes a trainee with the hours attended (never more than the class has) and prompts their station to place them', async () => {
    const noHours = await move(enrolments[0]!, { to: 'completed' });
    assert.equal(noHours.status, 400);
    const tooMany = await move(enrolments[0]!, { to: 'completed', attendedHours: 301 });
    assert.equal(tooMany.status, 400);
    assert.equal(tooMany.json.errors[0].field, 'attendedHours');
    const hours = await t.request(`${base}/enrolments/${enrolments[0]}/attendance`, { method: 'PUT', session: programsOfficer, body: { attendedHours: 120 } });
    assert.equal(hours.status, 200, hours.text);
    const done = await move(enrolments[0]!, { to: 'completed', attendedHours: 300 });
    assert.equal(done.status, 200, done.text);
    assert.equal((await move(enrolments[0]!, { to: 'dropped' })).status, 409);
    const prompts = await t.request(`${base}/placement-prompts`, { session: officer });
    assert.equal(prompts.status, 200, prompts.text);
    assert.deepEqual(prompts.json.map((p: { jobSeekerId: string; completedOn: string; placed: boolean; stationCode: string }) => [p.jobSeekerId, p.completedOn, p.placed, p.stationCode]), [[seekers[0], '2026-03-02', false, 'dali']]);
    const elsewhere = await t.request(`${base}/placement-prompts`, { session: otherOfficer });
    assert.deepEqual(elsewhere.json, []);
  });

  it('lets a signed-in citizen apply only as a registered job seeker, and closes applications on the selection day', async () => {
    const email = 'trainee@example.tw';
    const password = 'Lanterns along the Han River 2026';
    assert.equal((await t.request('/api/v1/account/sign-up', { method: 'POST', body: { email, password, name: '黃小玉', idNumber: 'A223456781', locale: 'zh-TW' } })).status, 202);
    const queued = await t.db.query<{ params: { link: string } }>(`SELECT params FROM notifications WHERE record_type = 'public-account' AND recipient = $1`, [email]);
    const token = /#token=([\w-]+)/.exec(queued.rows[0]?.params.link ?? '')?.[1] ?? '';
    assert.equal((await t.request('/api/v1/account/email-verification', { method: 'POST', body: { token } })).status, 204);
    const signedIn = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email, password } });
    const headers = { cookie: (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '', 'x-csrf-token': signedIn.json.csrfToken };
    const notSeeker = await t.request('/api/v1/me/training/applications?lang=en', { method: 'POST', headers, body: { classId } });
    assert.equal(notSeeker.status, 409, notSeeker.text);
    assert.equal(notSeeker.json.code, 'NOT_A_JOB_SEEKER');
    const person = await t.db.query<{ id: string }>(`SELECT id FROM people WHERE id_number = 'A223456781'`);
    const seeker = await t.request('/api/v1/staff/job-seekers', {
      method: 'POST', session: officer, body: { personId: person.rows[0]!.id, desiredOccupations: ['5'], districtCodes: [daliDistrict], employmentType: 'either', shifts: [] },
    });
    assert.equal(seeker.status, 201, seeker.text);
    const applied = await t.request('/api/v1/me/training/applications', { method: 'POST', headers, body: { classId } });
    assert.equal(applied.status, 201, applied.text);
    const mine = await t.request('/api/v1/me/training/applications', { headers });
    assert.deepEqual(mine.json.items.map((i: { classCode: string; status: string }) => [i.classCode, i.status]), [['VT-2026-01', 'applied']]);
    t.setNow(new Date('2026-03-10T02:00:00Z'));
    const closed = await t.request(`${base}/classes/${classId}/applications`, { method: 'POST', session: await t.login('programs'), body: { jobSeekerId: seeker.json.id } });
    assert.equal(closed.status, 409);
    assert.equal(closed.json.code, 'PROGRAM_CLOSED');
    assert.deepEqual((await t.request('/api/v1/training/classes')).json, []);
  });
});
