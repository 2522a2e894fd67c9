import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

type Queue = { key: string; mine: boolean; counts: { new: number; unassigned: number; dueSoon: number; overdue: number }; links: Record<string, string> };

// Issue 15 §8a: each dashboard shows the role's work waiting. A supervisor sees the whole complaints queue; an
// inspector only their own; a role that handles no complaints has no such queue. Times are Taipei days.
describe('work queues', () => {
  let t: TestContext;
  let supervisor: Session;
  let inspector: Session;
  let analyst: Session;
  const file = async () => {
    const filed = await t.request('/api/v1/complaints', {
      method: 'POST',
      body: { employerName: '臺中測試有限公司', districtCode: '北屯區', law: 'laborStandardsAct', description: '加班沒有加班費。', anonymous: true },
    });
    assert.equal(filed.status, 201, filed.text);
    return (await t.db.query<{ id: string }>('SELECT id FROM complaints WHERE tracking_code = $1', [filed.json.trackingCode])).rows[0]!.id;
  };
  const queues = async (session: Session) => {
    const response = await t.request('/api/v1/staff/work-queue', { session });
    assert.equal(response.status, 200, response.text);
    return response.json.queues as Queue[];
  };

  before(async () => {
    // Filed on Monday 2 March 2026: the 14-day notice is due 16 March, the 60-day reply 1 May.
    t = await createTestContext({ now: new Date('2026-03-02T02:00:00Z') });
    supervisor = await t.signIn('section-chief', ['complaints-supervisor']);
    inspector = await t.signIn('inspector', ['labor-inspector']);
    analyst = await t.signIn('analyst', ['analyst']);
    const first = await file();
    await file();
    const inspectorId = (await t.db.query<{ id: string }>("SELECT id FROM staff_users WHERE username = 'inspector'")).rows[0]!.id;
    const assigned = await t.request(`/api/v1/staff/complaints/${first}/assignment`, { method: 'POST', session: supervisor, body: { inspectorId } });
    assert.equal(assigned.status, 204, 'the complaints supervisor assigns');
  });
  after(() => t.close());

  it('counts the whole queue for the supervisor, and only their own for the inspector', async () => {
    const [all] = await queues(supervisor);
    assert.deepEqual({ key: all?.key, mine: all?.mine, counts: all?.counts }, { key: 'complaints', mine: false, counts: { new: 2, unassigned: 1, dueSoon: 0, overdue: 0 } });
    assert.equal(all?.links.overdue, '/staff/complaints/overdue');
    const [own] = await queues(inspector);
    assert.deepEqual({ mine: own?.mine, counts: own?.counts }, { mine: true, counts: { new: 1, unassigned: 0, dueSoon: 0, overdue: 0 } });
    assert.equal(own?.links.overdue, undefined, 'the overdue list is the supervisor’s');
  });

  it('has no complaints queue for a role that handles none', async () => {
    assert.deepEqual((await queues(analyst)).map((q) => q.key), []);
  });

  it('moves a complaint to due soon a week before its notice deadline, and to overdue the day after it', async () => {
    t.setNow(new Date('2026-03-08T15:30:00Z')); // 8 March, 23:30 in Taipei: 16 March is 8 days off; filed 6 days ago
    supervisor = await t.login('section-chief');
    assert.deepEqual((await queues(supervisor))[0]?.counts, { new: 2, unassigned: 1, dueSoon: 0, overdue: 0 });
    t.setNow(new Date('2026-03-08T16:30:00Z')); // 9 March in Taipei: 7 days off, and filed a week ago, no longer new
    supervisor = await t.login('section-chief'); // sessions last an hour
    assert.deepEqual((await queues(supervisor))[0]?.counts, { new: 0, unassigned: 1, dueSoon: 2, overdue: 0 });
    t.setNow(new Date('2026-03-16T15:59:00Z')); // 16 March, 23:59 in Taipei: the last day, not yet overdue
    supervisor = await t.login('section-chief');
    assert.deepEqual((await queues(supervisor))[0]?.counts, { new: 0, unassigned: 1, dueSoon: 2, overdue: 0 });
    t.setNow(new Date('2026-03-16T16:00:00Z')); // 17 March in Taipei
    supervisor = await t.login('section-chief');
    assert.deepEqual((await queues(supervisor))[0]?.counts, { new: 0, unassigned: 1, dueSoon: 0, overdue: 2 });
  });
});

// The mediation queue: a mediator counts the cases they are appointed to; a supervisor the site's, with the
// cases still waiting for a mediator (勞資爭議處理法 Art. 12 I: appointed within 3 days of receipt).
describe('work queues: mediation', () => {
  let t: TestContext;
  let chief: Session;
  let mediator: Session;
  let mediatorId: string;
  const apply = async () => {
    const filed = await t.request('/api/v1/mediation-applications', {
      method: 'POST',
      body: {
        disputeType: 'rights',
        siteCode: 'shalu-office',
        applicant: { kind: 'worker', name: '王小明', phone: '0912-345-678', locale: 'zh-TW' },
        respondent: { kind: 'employer', name: '好棒棒餐飲有限公司', ubn: '04595257' },
        claims: [{ kind: 'unpaid-wages', amount: 56000 }],
        summary: '雇主積欠二月工資。',
      },
    });
    assert.equal(filed.status, 201, filed.text);
    return (await t.db.query<{ id: string }>('SELECT id FROM mediation_cases WHERE case_number = $1', [filed.json.caseNumber])).rows[0]!.id;
  };
  const queueOf = async (session: Session) => {
    const response = await t.request('/api/v1/staff/work-queue', { session });
    assert.equal(response.status, 200, response.text);
    return (response.json.queues as Queue[]).find((q) => q.key === 'mediation');
  };

  before(async () => {
    t = await createTestContext({ now: new Date('2026-03-02T02:00:00Z') });
    chief = await t.signIn('chief', ['admin']);
    const account = await t.createStaff('wu', ['mediator'], { kind: 'mediation-site', code: 'shalu-office' });
    mediator = await t.login('wu');
    mediatorId = (
      await t.db.query<{ id: string }>(
        `INSERT INTO mediators (name, staff_user_id, certificate_valid_until, languages, created_at) VALUES ('吳調解人', $1, '2027-12-31', '{zh-TW}', now()) RETURNING id`,
        [account.id],
      )
    ).rows[0]!.id;
    const first = await apply();
    await apply();
    const appointed = await t.request(`/api/v1/staff/mediation-cases/${first}/mediator`, { method: 'POST', session: chief, body: { mediatorId } });
    assert.equal(appointed.status, 204, appointed.text);
  });
  after(() => t.close());

  it('counts the unit for the supervisor and the appointed cases for the mediator', async () => {
    // The unappointed case is due by 5 March (3 days): due soon; the appointed one starts by 9 March (7 days).
    assert.deepEqual((await queueOf(chief))?.counts, { new: 2, unassigned: 1, dueSoon: 1, overdue: 0 });
    assert.deepEqual(await queueOf(mediator).then((q) => ({ mine: q?.mine, counts: q?.counts })), { mine: true, counts: { new: 1, unassigned: 0, dueSoon: 0, overdue: 0 } });
  });

  it('marks the unappointed case overdue once its third day has passed', async () => {
    t.setNow(new Date('2026-03-05T16:00:00Z')); // 6 March in Taipei: received 2 March, due 5 March
    chief = await t.login('chief');
    assert.equal((await queueOf(chief))?.counts.overdue, 1);
  });
});
