import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { recordAudit } from './audit.service.ts';

describe('audit trail', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestContext();
  });
  after(() => t.close());

  it('is append-only: the database refuses updates and deletes', async () => {
    await t.db.transaction((tx) => recordAudit(tx, { actor: null, action: 'test.event', recordType: 'test' }));
    await assert.rejects(t.db.query("UPDATE audit_events SET action = 'tampered'"), /append-only/);
    await assert.rejects(t.db.query('DELETE FROM audit_events'), /append-only/);
    const rows = await t.db.query<{ action: string }>("SELECT action FROM audit_events WHERE action = 'test.event'");
    assert.equal(rows.rowCount, 1);
  });

  it('rolls the audit row back with the change it records', async () => {
    await assert.rejects(
      t.db.transaction(async (tx) => {
        await recordAudit(tx, { actor: null, action: 'test.rolled-back', recordType: 'test' });
        throw new Error('the change failed');
      }),
    );
    const rows = await t.db.query("SELECT 1 FROM audit_events WHERE action = 'test.rolled-back'");
    assert.equal(rows.rowCount, 0);
  });

  it('lets an admin search by actor, action prefix and Taiwan calendar day', async () => {
    const admin = await t.signIn('auditor', ['admin']);
    const all = await t.request('/api/v1/staff/audit-events?actor=auditor&action=auth.', { session: admin });
    assert.equal(all.status, 200);
    assert.ok(all.json.items.length >= 1);
    assert.ok(all.json.items.every((e: { action: string }) => e.action.startsWith('auth.')));
    // The test clock is 2026-03-02 10:00 in Taipei.
    const today = await t.request('/api/v1/staff/audit-events?actor=auditor&from=2026-03-02&to=2026-03-02', { session: admin });
    assert.ok(today.json.total >= 1);
    const yesterday = await t.request('/api/v1/staff/audit-events?actor=auditor&to=2026-03-01', { session: admin });
    assert.equal(yesterday.json.total, 0);
    const bad = await t.request('/api/v1/staff/audit-events?from=yesterday', { session: admin });
    assert.equal(bad.status, 400);
  });
});
