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
