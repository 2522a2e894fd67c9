import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

type Item = { actorUsername: string | null; actorName: string | null; action: string; recordType: string; reference: string | null };

// Issue 15 §8a: a supervisor finds people by their name and records by the reference on the paper in front of
// them (a complaint's tracking code), and reads names rather than ids.
describe('audit trail search in people’s terms', () => {
  let t: TestContext;
  let admin: Session;
  let trackingCode: string;

  before(async () => {
    t = await createTestContext();
    admin = await t.signIn('auditor', ['admin']);
    await t.signIn('inspector-3', ['labor-inspector']);
    await t.db.query("UPDATE staff_users SET display_name = '張勞檢員' WHERE username = 'inspector-3'");
    const filed = await t.request('/api/v1/complaints', {
      method: 'POST',
      body: { employerName: '臺中測試有限公司', districtCode: '北屯區', law: 'laborStandardsAct', description: '加班沒有加班費。', anonymous: true },
    });
    assert.equal(filed.status, 201, filed.text);
    trackingCode = filed.json.trackingCode;
    const inspector = await t.login('inspector-3');
    const id = (await t.db.query<{ id: string }>('SELECT id FROM complaints WHERE tracking_code = $1', [trackingCode])).rows[0]!.id;
    const assigned = await t.request(`/api/v1/staff/complaints/${id}/assignment`, { method: 'POST', session: admin, body: { inspectorId: (await t.db.query<{ id: string }>("SELECT id FROM staff_users WHERE username = 'inspector-3'")).rows[0]!.id } });
    assert.equal(assigned.status, 204, assigned.text);
    assert.equal((await t.request(`/api/v1/staff/complaints/${id}`, { session: inspector })).status, 200);
  });
  after(() => t.close());

  const search = async (query: string) => {
    const response = await t.request(`/api/v1/staff/audit-events?${query}`, { session: admin });
    assert.equal(response.status, 200, response.text);
    return response.json.items as Item[];
  };

  it('finds a complaint’s events by its tracking code, in any case, and shows the code on each row', async () => {
    const items = await search(`reference=${trackingCode.toLowerCase()}`);
    assert.deepEqual(items.map((i) => i.action).sort(), ['complaint.assign', 'complaint.file', 'complaint.view']);
    assert.ok(items.every((i) => i.recordType === 'complaint' && i.reference === trackingCode));
  });

  it('finds nothing, rather than everything, for a reference no record has or no module knows', async () => {
    assert.deepEqual(await search('reference=TC-00000000'), []);
    assert.deepEqual(await search('reference=hello'), []);
  });

  it('finds a staff member by part of their name as well as by username, and names them on the row', async () => {
    const byName = await search(`actor=${encodeURIComponent('張勞檢')}`);
    assert.ok(byName.length >= 2, 'the sign-in and the complaint view');
    assert.ok(byName.every((i) => i.actorUsername === 'inspector-3' && i.actorName === '張勞檢員'));
    assert.deepEqual((await search('actor=inspector-3')).length, byName.length);
    // A part of a username is not a name: usernames match whole, as before.
    assert.deepEqual(await search('actor=inspector'), []);
    const system = (await search('action=complaint.file'))[0];
    assert.equal(system?.actorName, null, 'a public filing has no staff actor');
  });
});
