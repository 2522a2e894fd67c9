import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { escalateOverdueComplaints } from './complaints.escalation.ts';

const timeZone = 'Asia/Taipei';
const complaint = {
  employerName: '大里精密工業股份有限公司',
  districtCode: '66000130',
  law: 'laborPensionAct',
  description: '公司沒有幫我們提繳勞退。',
  anonymous: true,
};

describe('overdue complaint escalation (daily job)', () => {
  let t: TestContext;
  const ids: Record<string, string> = {};
  before(async () => {
    // Filed on 2 March (Taiwan): the notice is due 16 March, the reply 1 May.
    t = await createTestContext({ now: new Date('2026-03-02T02:00:00Z') });
    for (const name of ['silent', 'noticed', 'closed']) {
      const filed = await t.request('/api/v1/complaints', { method: 'POST', body: complaint });
      assert.equal(filed.status, 201, filed.text);
      ids[name] = (await t.db.query<{ id: string }>('SELECT id FROM complaints WHERE tracking_code = $1', [filed.json.trackingCode])).rows[0]!.id;
    }
    await t.db.query(`UPDATE complaints SET notice_sent_at = '2026-03-10T03:00:00Z' WHERE id = $1`, [ids.noticed]);
    await t.db.query(`UPDATE complaints SET status = 'closed', closed_at = '2026-03-10T03:00:00Z' WHERE id = $1`, [ids.closed]);
  });
  after(() => t.close());

  const escalations = async () =>
    (
      await t.db.query<{ complaint_id: string; deadline: string; due_on: string }>(
        'SELECT complaint_id, deadline, due_on FROM complaint_escalations ORDER BY due_on, complaint_id',
      )
    ).rows;

  it('records nothing while the deadlines run (the due day itself included)', async () => {
    assert.deepEqual(await escalateOverdueComplaints(t.db, { now: new Date('2026-03-16T15:59:00Z'), timeZone }), []);
  });

  it('records the missed notice of an open complaint once, with an audit line, and nothing on a second run', async () => {
    const now = new Date('2026-03-16T16:00:00Z'); // 17 March, 00:00 in Taichung
    const first = await escalateOverdueComplaints(t.db, { now, timeZone });
    assert.deepEqual(first, [{ complaintId: ids.silent, deadline: 'notice', dueOn: '2026-03-16' }]);
    assert.deepEqual(await escalateOverdueComplaints(t.db, { now, timeZone }), [], 'idempotent');
    const { rows } = await t.db.query<{ action: string; record_id: string; details: unknown; actor_id: string | null }>(
      `SELECT action, record_id, details, actor_id FROM audit_events WHERE action = 'complaint.escalate'`,
    );
    assert.deepEqual(rows, [{ action: 'complaint.escalate', record_id: ids.silent, details: { deadline: 'notice', dueOn: '2026-03-16' }, actor_id: null }]);
  });

  it('records the missed reply of every open complaint, never of a closed one', async () => {
    const escalated = await escalateOverdueComplaints(t.db, { now: new Date('2026-05-02T01:00:00Z'), timeZone });
    assert.deepEqual(
      new Set(escalated.map((e) => `${e.complaintId}:${e.deadline}`)),
      new Set([`${ids.silent}:reply`, `${ids.noticed}:reply`]),
    );
    const all = await escalations();
    assert.equal(all.length, 3);
    assert.ok(!all.some((row) => row.complaint_id === ids.closed));
  });
});
