import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { csvText, molHeader, utf8 } from './violations.fixtures.ts';
import { createViolationsService, type ViolationsService } from './violations.service.ts';

/**
 * Issue 16, finding 14: the ministry republishes a decision with changes. The same decision is its
 * authority, decision number and decision date; it is updated, its earlier text kept as a version.
 */
const decision = ['臺中市', '20240315', '20240301', '府授勞動字第1130000001號', '大里精密工業股份有限公司/王大明', '勞動基準法第24條', '延長工時工資未依法給付', '20000', ''];
const file = (...rows: string[][]) => utf8(csvText([molHeader, ...rows]));

describe('violations: a decision republished with changes', () => {
  let t: TestContext;
  let service: ViolationsService;
  let inspector: Session;
  before(async () => {
    t = await createTestContext({ now: new Date('2026-03-02T17:00:00Z') });
    service = createViolationsService({ db: t.db, clock: () => new Date('2026-03-02T17:00:00Z'), authority: '臺中市' });
    inspector = await t.signIn('rev-inspector', ['labor-inspector']);
  });
  after(() => t.close());

  const publicItems = async (q: string) => (await t.request(`/api/v1/violations?q=${encodeURIComponent(q)}`)).json.items;

  it('updates the record in place, keeps the earlier version, and says when it was updated', async () => {
    const first = await service.importFile({ bytes: file(decision), fileName: 'a.csv', actor: null, channel: 'cli' });
    assert.ok(first.ok && first.imported === 1);
    const [before] = await publicItems('大里精密');
    assert.equal(before.revisedOn, null);

    const corrected = [...decision];
    corrected[7] = '60000';
    corrected[8] = '訴願駁回';
    const second = await service.importFile({ bytes: file(corrected), fileName: 'b.csv', actor: null, channel: 'cli' });
    assert.ok(second.ok);
    assert.deepEqual([second.imported, second.updated, second.unchanged], [0, 1, 0]);

    const items = await publicItems('大里精密');
    assert.equal(items.length, 1, 'one decision, one record');
    assert.equal(items[0].id, before.id);
    assert.equal(items[0].fine, 60000);
    // 17:00 UTC is 01:00 the next day in Taiwan.
    assert.equal(items[0].revisedOn, '2026-03-03');

    const versions = await t.request(`/api/v1/staff/violations/${before.id}/versions`, { session: inspector });
    assert.equal(versions.status, 200, versions.text);
    assert.deepEqual(versions.json.versions.map((v: { fine: number }) => v.fine), [20000]);

    const again = await service.importFile({ bytes: file(corrected), fileName: 'b.csv', actor: null, channel: 'cli' });
    assert.ok(again.ok);
    assert.deepEqual([again.imported, again.updated, again.unchanged], [0, 0, 1], 'the same file twice changes nothing');
  });

  it('treats another decision number or another decision date as another decision', async () => {
    const otherNumber = [...decision];
    otherNumber[3] = '府授勞動字第1130000002號';
    const otherDate = [...decision];
    otherDate[2] = '20240302';
    const result = await service.importFile({ bytes: file(otherNumber, otherDate), fileName: 'c.csv', actor: null, channel: 'cli' });
    assert.ok(result.ok);
    assert.deepEqual([result.imported, result.updated], [2, 0]);
    assert.equal((await publicItems('大里精密')).length, 3);
  });

  it('withdraws a decision revoked on appeal, with its reason, from search and downloads', async () => {
    const [item] = (await publicItems('大里精密')).filter((i: { decisionNumber: string; decidedOn: string }) => i.decidedOn === '2024-03-02');
    const path = `/api/v1/staff/violations/${item.id}/withdrawal`;
    const noReason = await t.request(path, { method: 'POST', session: inspector, body: {} });
    assert.equal(noReason.status, 400);
    assert.equal(noReason.json.errors[0].field, 'reason');
    const anonymous = await t.request(path, { method: 'POST', body: { reason: '訴願決定撤銷原處分' } });
    assert.equal(anonymous.status, 401);

    const withdrawn = await t.request(path, { method: 'POST', session: inspector, body: { reason: '訴願決定撤銷原處分' } });
    assert.equal(withdrawn.status, 204, withdrawn.text);
    assert.equal((await t.request(path, { method: 'POST', session: inspector, body: { reason: 'again' } })).status, 409);

    const left = await publicItems('大里精密');
    assert.equal(left.length, 2);
    assert.ok(!left.some((i: { id: number }) => i.id === item.id));
    const csv = await (await t.app.request('/api/v1/violations.csv?q=大里精密')).text();
    assert.ok(!csv.includes('2024-03-02'), 'the withdrawn decision is not in the download');
    const versions = await t.request(`/api/v1/staff/violations/${item.id}/versions`, { session: inspector });
    assert.equal(versions.json.status, 'withdrawn');
    assert.equal(versions.json.withdrawnReason, '訴願決定撤銷原處分');
    const audit = await t.db.query(`SELECT 1 FROM audit_events WHERE action = 'violations.withdraw' AND record_id = $1`, [String(item.id)]);
    assert.equal(audit.rowCount, 1);

    // The ministry's next file still lists it: it stays withdrawn (changed or not).
    const republished = await service.importFile({ bytes: file(((r) => ((r[2] = '20240302'), (r[7] = '30000'), r))([...decision])), fileName: 'd.csv', actor: null, channel: 'cli' });
    assert.ok(republished.ok && republished.updated === 1);
    assert.equal((await publicItems('大里精密')).length, 2);
  });

  it('lists the decisions for staff, withdrawn ones with their reason, found by name or decision number', async () => {
    const all = await t.request('/api/v1/staff/violations/decisions?q=大里精密', { session: inspector });
    assert.equal(all.status, 200, all.text);
    assert.equal(all.json.total, 3);
    const withdrawn = await t.request('/api/v1/staff/violations/decisions?status=withdrawn', { session: inspector });
    assert.deepEqual(withdrawn.json.items.map((i: { withdrawnReason: string }) => i.withdrawnReason), ['訴願決定撤銷原處分']);
    const byNumber = await t.request(`/api/v1/staff/violations/decisions?q=${encodeURIComponent('1130000002')}`, { session: inspector });
    assert.equal(byNumber.json.total, 1);
    assert.equal((await t.request('/api/v1/staff/violations/decisions')).status, 401);
  });
});
