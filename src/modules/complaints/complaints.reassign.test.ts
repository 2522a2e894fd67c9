import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

/** Finding 13 (issue 16): assigning a complaint to the inspector it already has changes nothing. */
describe('complaints: re-assigning to the same inspector', () => {
  let t: TestContext;
  let admin: Session;
  let inspectorId: string;
  before(async () => {
    t = await createTestContext();
    admin = await t.signIn('re-supervisor', ['admin']);
    inspectorId = (await t.createStaff('re-inspector', ['labor-inspector'])).id;
  });
  after(() => t.close());

  it('adds no second "assigned" event to the timeline, and no audit line', async () => {
    const filed = await t.request('/api/v1/complaints', {
      method: 'POST',
      body: { employerName: '大里精密工業股份有限公司', districtCode: '66000130', law: 'laborPensionAct', description: '公司沒有幫我們提繳勞退。', anonymous: true },
    });
    assert.equal(filed.status, 201, filed.text);
    const id = (await t.db.query<{ id: string }>('SELECT id FROM complaints WHERE tracking_code = $1', [filed.json.trackingCode])).rows[0]!.id;
    for (let i = 0; i < 2; i += 1) {
      const assigned = await t.request(`/api/v1/staff/complaints/${id}/assignment`, { method: 'POST', session: admin, body: { inspectorId } });
      assert.ok(assigned.status < 300, assigned.text);
    }
    const events = await t.db.query(`SELECT 1 FROM complaint_events WHERE complaint_id = $1 AND kind = 'assigned'`, [id]);
    assert.equal(events.rowCount, 1);
    const audits = await t.db.query(`SELECT 1 FROM audit_events WHERE action = 'complaint.assign' AND record_id = $1`, [id]);
    assert.equal(audits.rowCount, 1);
  });
});
