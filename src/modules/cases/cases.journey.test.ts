import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

// The test clock starts at 2026-03-02 10:00 in Taichung.
const dali = { kind: 'station', code: 'dali' } as const;
const daliDistrict = '66000280';

describe('cases: plan, a job referral through employment, placement, follow-ups at 1, 3 and 6 months, closure, caseload', () => {
  let t: TestContext;
  let manager: Session;
  let officer: Session;
  let supervisor: Session;
  let caseId: string;
  let vacancyId: string;

  async function at(iso: string) {
    t.setNow(new Date(iso));
    [manager, officer, supervisor] = await Promise.all([t.login('dali-cm'), t.login('dali-officer'), t.login('supervisor')]);
  }
  const post = (path: string, body: unknown, session = manager) => t.request(`/api/v1/staff/cases/${caseId}${path}`, { method: 'POST', session, body });
  const view = async () => (await t.request(`/api/v1/staff/cases/${caseId}`, { session: manager })).json;

  before(async () => {
    t = await createTestContext();
    manager = await t.signIn('dali-cm', ['case-manager'], dali);
    officer = await t.signIn('dali-officer', ['employment-officer'], dali);
    supervisor = await t.signIn('supervisor', ['admin']);
    const employer = await t.request('/api/v1/staff/employers', { method: 'POST', session: officer, body: { name: '大里食品股份有限公司', districtCode: daliDistrict } });
    const vacancy = await t.request('/api/v1/staff/vacancies', {
      method: 'POST',
      session: officer,
      body: {
        employerId: employer.json.id,
        occupationCode: '9',
        title: '食品包裝員',
        description: '日班包裝作業。',
        districtCode: daliDistrict,
        wage: { type: 'monthly', min: 30_000 },
        employmentType: 'full-time',
        shifts: ['day'],
        expiresOn: '2026-04-30',
      },
    });
    assert.equal(vacancy.status, 201, vacancy.text);
    vacancyId = vacancy.json.id;
    assert.equal((await t.request(`/api/v1/staff/vacancies/${vacancyId}/publish`, { method: 'POST', session: officer, body: {} })).status, 200);
    const person = await t.request('/api/v1/staff/people', { method: 'POST', session: manager, body: { idNumber: 'N224567891', name: '張雅婷', districtCode: daliDistrict } });
    const created = await t.request('/api/v1/staff/cases', {
      method: 'POST',
      session: manager,
      body: {
        personId: person.json.id,
        kind: 'employment',
        source: 'department',
        sourceDetail: '臺中市政府社會局',
        targetGroups: ['domestic-violence-sexual-assault'],
        consent: { purpose: '就業服務個案管理及轉介', scope: ['referral', 'share-notes'], expiresOn: '2027-03-01' },
      },
    });
    assert.equal(created.status, 201, created.text);
    caseId = created.json.id;
  });
  after(() => t.close());

  it('plans services and refers to a vacancy through the employment module, registering the job seeker', async () => {
    assert.equal((await post('/plan', { kind: 'goal', description: '三個月內找到日班工作' })).status, 201);
    const aptitude = await post('/plan', { kind: 'aptitude-test', description: '職業適性診斷', dueOn: '2026-03-09' });
    assert.equal(aptitude.status, 201, aptitude.text);
    assert.equal((await post('/plan', { kind: 'job-referral', description: 'x' })).status, 400, 'job referrals go through the employment module');
    assert.equal((await post(`/plan/${aptitude.json.id}/status`, { status: 'done' })).status, 200);
    const referred = await post('/job-referrals', { vacancyId });
    assert.equal(referred.status, 201, referred.text);
    const referral = await t.request(`/api/v1/staff/referrals/${referred.json.referralId}`, { session: officer });
    assert.equal(referral.status, 200, 'the employment module holds the referral');
    assert.equal(referral.json.vacancyTitle, '食品包裝員');
    const plan = (await view()).plan;
    assert.deepEqual(plan.map((p: { kind: string; status: string }) => [p.kind, p.status]), [
      ['goal', 'planned'],
      ['aptitude-test', 'done'],
      ['job-referral', 'planned'],
    ]);
    assert.equal(plan[2].employmentReferralId, referred.json.referralId);
  });

  it('records the placement with follow-ups at 1, 3 and 6 months, each recorded from its due date', async () => {
    const future = await post('/placement', { startOn: '2026-03-03', employer: '大里食品股份有限公司' });
    assert.equal(future.status, 400);
    assert.equal((await post('/placement', { startOn: '2026-03-02', employer: '大里食品股份有限公司' })).status, 200);
    assert.equal((await post('/placement', { startOn: '2026-03-02', employer: 'again' })).status, 409);
    const tasks = (await view()).tasks;
    assert.deepEqual(tasks.map((x: { followupMonths: number; dueOn: string }) => [x.followupMonths, x.dueOn]), [
      [1, '2026-04-02'],
      [3, '2026-06-02'],
      [6, '2026-09-02'],
    ]);
    const three = tasks[1].id;
    await at('2026-06-01T02:00:00Z'); // the day before the 3-month follow-up falls due
    const early = await post(`/tasks/${three}/done`, { outcome: 'employed' });
    assert.equal(early.status, 409);
    assert.equal(early.json.code, 'FOLLOWUP_NOT_DUE');
    const stableTooSoon = await post('/close', { reason: 'employed-stable' });
    assert.equal(stableTooSoon.status, 409);
    assert.equal(stableTooSoon.json.code, 'CASE_NOT_STABLE');
    assert.equal((await post(`/tasks/${three}/done`, { outcome: 'done' })).status, 400, 'a follow-up says employed or not');
    await at('2026-06-02T02:00:00Z'); // the due day
    assert.equal((await post(`/tasks/${three}/done`, { outcome: 'employed' })).status, 200);
    const after = await view();
    assert.deepEqual(after.tasks.map((x: { overdue: boolean }) => x.overdue), [true, false, false], 'the 1-month follow-up was missed');
  });

  it('shows the caseload per manager and per station, and closes the case as stable', async () => {
    const task = await post('/tasks', { title: '電訪確認適應情形', dueOn: '2026-06-01' });
    assert.equal(task.status, 201);
    const load = await t.request('/api/v1/staff/cases/caseload?by=manager', { session: manager });
    assert.equal(load.status, 200, load.text);
    assert.deepEqual(load.json.rows.map((r: Record<string, unknown>) => [r.label, r.open, r.overdueTasks, r.closed, r.averageDaysToClose, r.placedShare]), [
      ['dali-cm', 1, 2, 0, null, 1],
    ]);
    const other = await post('/close', { reason: 'other' });
    assert.equal(other.status, 400, '"other" needs a note');
    const closed = await post('/close', { reason: 'employed-stable' });
    assert.equal(closed.status, 200, closed.text);
    assert.equal((await post('/notes', { body: '結案後追蹤：穩定。' })).status, 201, 'notes may follow closure');
    assert.equal((await post('/tasks', { title: 'x', dueOn: '2026-07-01' })).status, 409, 'a closed case takes no new tasks');
    assert.ok((await view()).tasks.every((x: { overdue: boolean }) => !x.overdue), 'nothing is overdue on a closed case');
    const station = await t.request('/api/v1/staff/cases/caseload?by=station&scope=city', { session: supervisor });
    assert.deepEqual(station.json.rows.map((r: Record<string, unknown>) => [r.key, r.open, r.overdueTasks, r.closed, r.averageDaysToClose, r.placedShare]), [
      ['station:dali', 0, 0, 1, 92, 1],
    ]);
    const list = await t.request('/api/v1/staff/cases?status=closed&format=csv', { session: manager });
    assert.equal(list.status, 200);
    assert.match(list.text, /張○婷/);
    assert.doesNotMatch(list.text, /N224567891/);
  });
});
