import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

/** Security finding 4 (issue 16): the masked list must not be a way to unmask names and ID numbers. */
describe('people search guards', () => {
  let t: TestContext;
  let officer: Session;
  let inspector: Session;
  const search = (session: Session, q: string) =>
    t.request('/api/v1/staff/people/search?lang=en', { method: 'POST', session, body: { q } });

  before(async () => {
    t = await createTestContext();
    officer = await t.signIn('officer', ['employment-officer']);
    inspector = await t.signIn('inspector', ['labor-inspector']);
    const created = await t.request('/api/v1/staff/people', {
      method: 'POST',
      session: officer,
      body: { idNumber: 'B201234522', name: '林美玲', districtCode: '66000080' },
    });
    assert.equal(created.status, 201, created.text);
  });
  after(() => t.close());

  it('refuses a one-character name fragment, which would reveal a masked character', async () => {
    const response = await search(inspector, '美');
    assert.equal(response.status, 400);
    assert.equal(response.json.errors[0].field, 'q');
    assert.equal((await search(inspector, '美玲')).json.total, 1, 'two characters are a search');
  });

  it('allows an exact ID search only to roles that may read the full record', async () => {
    const denied = await search(inspector, 'B201234522');
    assert.equal(denied.status, 403);
    assert.equal(denied.json.code, 'FORBIDDEN');
    const allowed = await search(officer, 'b201234522');
    assert.equal(allowed.status, 200);
    assert.equal(allowed.json.total, 1);
  });

  it('audits every search, without the text searched for', async () => {
    const before = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'people.search'`);
    await search(officer, '林美');
    const { rows } = await t.db.query<{ actor_username: string; details: Record<string, unknown> }>(
      `SELECT actor_username, details FROM audit_events WHERE action = 'people.search' ORDER BY occurred_at DESC, id DESC`,
    );
    assert.equal(rows.length, before.rows[0]!.n + 1);
    assert.equal(rows[0]!.actor_username, 'officer');
    assert.equal(rows[0]!.details.by, 'name');
    assert.doesNotMatch(JSON.stringify(rows), /林美|B201234522/);
  });

  it('limits each staff member to 60 searches in 5 minutes', async () => {
    const prober = await t.signIn('prober', ['case-manager']);
    let last;
    for (let i = 0; i < 61; i += 1) last = await search(prober, `王${i}`);
    assert.equal(last?.status, 429);
    assert.equal(last?.json.code, 'RATE_LIMITED');
    assert.equal((await search(officer, '林美')).status, 200, 'counted per staff member');
  });
});
