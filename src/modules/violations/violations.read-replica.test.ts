import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../../db/client.ts';
import { createTestDb } from '../../../test/create-test-db.ts';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { csvText, molHeader, utf8 } from './violations.fixtures.ts';
import { createViolationsService } from './violations.service.ts';

/**
 * Issue 16 §3: with DATABASE_READ_URL the public search reads the replica. Two databases that hold
 * different rows show which one each read went to: the public search sees the replica's decision, staff
 * (who must read their own writes) see the primary's.
 */
describe('violations: a read replica for the public search', () => {
  let replica: Db;
  let t: TestContext;
  let inspector: Session;
  before(async () => {
    replica = await createTestDb();
    const onReplica = createViolationsService({ db: replica, clock: () => new Date('2026-03-02T02:00:00Z'), authority: '臺中市' });
    const row = ['臺中市', '20240315', '20240301', '府授勞動字第1139999999號', '複本測試股份有限公司', '勞動基準法第24條', '延長工時工資未依法給付', '20000', ''];
    const imported = await onReplica.importFile({ bytes: utf8(csvText([molHeader, row])), fileName: 'replica.csv', actor: null, channel: 'cli' });
    assert.ok(imported.ok && imported.imported === 1);
    t = await createTestContext({ readDb: replica });
    inspector = await t.signIn('replica-inspector', ['labor-inspector']);
  });
  after(async () => {
    await t.close();
    await replica.close();
  });

  it('answers the public search, the download and the employer page from the replica', async () => {
    const search = await t.request(`/api/v1/violations?q=${encodeURIComponent('複本測試')}`);
    assert.equal(search.status, 200, search.text);
    assert.deepEqual(search.json.items.map((i: { companyName: string }) => i.companyName), ['複本測試股份有限公司']);
    const csv = await (await t.app.request(`/api/v1/violations.csv?q=${encodeURIComponent('複本測試')}`)).text();
    assert.match(csv, /複本測試股份有限公司/);
    const employer = await t.request(`/api/v1/violations/employers/${encodeURIComponent('複本測試股份有限公司')}`);
    assert.equal(employer.status, 200);
  });

  it('keeps staff reads on the primary, which does not hold that decision', async () => {
    const staff = await t.request(`/api/v1/staff/violations/decisions?q=${encodeURIComponent('複本測試')}`, { session: inspector });
    assert.equal(staff.status, 200, staff.text);
    assert.equal(staff.json.total, 0);
  });
});
