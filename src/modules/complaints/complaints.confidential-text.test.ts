import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

/**
 * Finding 5 (issue 16): complainants write their name and phone into the description, which the sealed
 * identity table does not cover (LSA Art. 74). Only the assigned inspector and the supervisor read it.
 */
describe('complaints: the description is for the assigned inspector and the supervisor only', () => {
  let t: TestContext;
  let supervisor: Session;
  let assigned: Session;
  let other: Session;
  let id: string;
  const words = '我是林秀英（0933-222-111），老闆要我每天加班四小時。';
  before(async () => {
    t = await createTestContext();
    supervisor = await t.signIn('ct-supervisor', ['admin']);
    assigned = await t.signIn('ct-assigned', ['labor-inspector']);
    other = await t.signIn('ct-other', ['labor-inspector']);
    const filed = await t.request('/api/v1/complaints', {
      method: 'POST',
      body: { employerName: '大里精密工業股份有限公司', districtCode: '66000130', law: 'laborStandardsAct', description: words, anonymous: true },
    });
    assert.equal(filed.status, 201, filed.text);
    id = (await t.db.query<{ id: string }>('SELECT id FROM complaints WHERE tracking_code = $1', [filed.json.trackingCode])).rows[0]!.id;
    const assignedId = (await t.db.query<{ id: string }>(`SELECT id FROM staff_users WHERE username = 'ct-assigned'`)).rows[0]!.id;
    const done = await t.request(`/api/v1/staff/complaints/${id}/assignment`, { method: 'POST', session: supervisor, body: { inspectorId: assignedId } });
    assert.ok(done.status < 300, done.text);
  });
  after(() => t.close());

  it('gives the assigned inspector and the supervisor the text', async () => {
    for (const session of [assigned, supervisor]) {
      const detail = await t.request(`/api/v1/staff/complaints/${id}`, { session });
      assert.equal(detail.status, 200, detail.text);
      assert.equal(detail.json.description, words);
      assert.equal(detail.json.redacted, false);
    }
  });

  it('gives another inspector the structured summary only, and says so in the audit line', async () => {
    const detail = await t.request(`/api/v1/staff/complaints/${id}`, { session: other });
    assert.equal(detail.status, 200, detail.text);
    assert.equal(detail.json.description, null);
    assert.equal(detail.json.redacted, true);
    assert.deepEqual(detail.json.attachments, []);
    assert.equal(detail.json.employerName, '大里精密工業股份有限公司');
    assert.ok(!detail.text.includes('0933'), 'the phone written in the text leaks');
    const audit = await t.db.query<{ details: { text: boolean } }>(
      `SELECT a.details FROM audit_events a JOIN staff_users s ON s.id = a.actor_id
       WHERE a.action = 'complaint.view' AND a.record_id = $1 AND s.username = 'ct-other'`,
      [id],
    );
    assert.equal(audit.rows[0]?.details.text, false);
  });

  it('warns about formulas in CSV evidence and serves a neutralised copy beside the original (finding 10)', async () => {
    const csv = '日期,上班,下班,備註\r\n2026-03-02,09:00,21:00,"=HYPERLINK(""http://evil.example"",""點我"")"\r\n';
    const data = new FormData();
    for (const [key, value] of Object.entries({ employerName: '大里精密工業股份有限公司', districtCode: '66000130', law: 'laborStandardsAct', description: '加班', anonymous: 'true' })) {
      data.append(key, value);
    }
    data.append('attachments', new File([csv], 'hours.csv', { type: 'text/csv' }));
    const filed = await t.app.request('/api/v1/complaints', { method: 'POST', body: data });
    assert.equal(filed.status, 201, await filed.clone().text());
    const code = ((await filed.json()) as { trackingCode: string }).trackingCode;
    const csvId = (await t.db.query<{ id: string }>('SELECT id FROM complaints WHERE tracking_code = $1', [code])).rows[0]!.id;
    const assignedId = (await t.db.query<{ id: string }>(`SELECT id FROM staff_users WHERE username = 'ct-assigned'`)).rows[0]!.id;
    await t.request(`/api/v1/staff/complaints/${csvId}/assignment`, { method: 'POST', session: supervisor, body: { inspectorId: assignedId } });
    const detail = await t.request(`/api/v1/staff/complaints/${csvId}`, { session: assigned });
    const attachment = detail.json.attachments[0];
    assert.equal(attachment.formulaCells, 1);
    const path = `/api/v1/staff/complaints/${csvId}/attachments/${attachment.id}`;
    const original = await t.app.request(path, { headers: { cookie: assigned.cookie } });
    assert.ok((await original.text()).includes(',"=HYPERLINK('), 'the evidence is kept as filed');
    const copy = await t.app.request(`${path}?copy=neutralised`, { headers: { cookie: assigned.cookie } });
    assert.equal(copy.status, 200);
    assert.match(copy.headers.get('content-disposition') ?? '', /-neutralised\.csv"/);
    const text = await copy.text();
    assert.ok(text.includes(`"'=HYPERLINK(""http://evil.example"",""點我"")"`), text);
    assert.equal((await t.request(`${path}?copy=everything`, { session: assigned })).status, 400);
  });
});
