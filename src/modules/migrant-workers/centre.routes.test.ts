import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

// Test values, not the centre's numbers: the plan gives none (docs/migrant-workers.md).
const line = { number: '04 0000-0000 #12', languages: ['vi', 'th'] };
const weekdays = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '17:30' };

describe("the consultation centre's lines and hours (issue 10 §4)", () => {
  let t: TestContext;
  let supervisor: Session;
  let officer: Session;

  before(async () => {
    t = await createTestContext({ now: new Date('2026-12-01T02:00:00Z') });
    supervisor = await t.signIn('supervisor', ['admin']);
    officer = await t.signIn('officer', ['migrant-officer']);
  });
  after(() => t.close());

  const save = (body: unknown, session: Session = supervisor) => t.request('/api/v1/staff/migrant-centre', { method: 'PUT', session, body });

  it('starts empty, publicly, with the languages of the city file and no number the plan does not give', async () => {
    const response = await t.request('/api/v1/migrant-centre');
    assert.equal(response.status, 200, response.text);
    assert.deepEqual(response.json, { languages: ['en', 'id', 'vi', 'th'], phones: [], hours: [], updatedAt: null });
    assert.equal(response.headers.get('cache-control'), 'public, no-cache');
  });

  it('lets only the supervisor read and change it', async () => {
    assert.equal((await t.request('/api/v1/staff/migrant-centre')).status, 401);
    assert.equal((await t.request('/api/v1/staff/migrant-centre', { session: officer })).status, 403);
    assert.equal((await save({ phones: [line], hours: [], version: 0 }, officer)).status, 403);
    const read = await t.request('/api/v1/staff/migrant-centre', { session: supervisor });
    assert.equal(read.status, 200, read.text);
    assert.equal(read.json.version, 0);
  });

  it('refuses a bad number, an unknown language and hours that close before they open, naming each field, in the caller\'s language', async () => {
    const response = await t.request('/api/v1/staff/migrant-centre', {
      method: 'PUT',
      session: supervisor,
      headers: { 'accept-language': 'vi' },
      body: { phones: [{ number: 'gọi cho chúng tôi', languages: ['fr'] }], hours: [{ ...weekdays, opens: '17:30', closes: '08:00' }], version: 0 },
    });
    assert.equal(response.status, 400, response.text);
    const fields = (response.json.errors as { field: string }[]).map((error) => error.field).sort();
    assert.deepEqual(fields, ['hours.0.closes', 'phones.0.languages.0', 'phones.0.number']);
    const numberError = (response.json.errors as { field: string; message: string }[]).find((error) => error.field === 'phones.0.number');
    assert.ok(numberError && !/[A-Z]{3,}|validation\./.test(numberError.message), numberError?.message);
    assert.equal((await t.request('/api/v1/migrant-centre')).json.phones.length, 0, 'nothing was written');
    // A version beyond the integer column is the caller's mistake (400), never the database's (500).
    const huge = await save({ phones: [], hours: [], version: 2 ** 40 });
    assert.equal(huge.status, 400, huge.text);
    assert.deepEqual((huge.json.errors as { field: string }[]).map((error) => error.field), ['version']);
  });

  it('saves the lines and hours, shows them publicly, and audits the change in its transaction', async () => {
    const response = await save({ phones: [line], hours: [weekdays], version: 0 });
    assert.equal(response.status, 200, response.text);
    assert.equal(response.json.version, 1);
    const shown = await t.request('/api/v1/migrant-centre');
    assert.deepEqual(shown.json.phones, [line]);
    assert.deepEqual(shown.json.hours, [weekdays]);
    assert.equal(shown.json.updatedAt, '2026-12-01T02:00:00.000Z');
    assert.equal(shown.json.version, undefined, 'the public answer has no version');
    const audit = await t.db.query<{ actor_username: string; details: { version: number } }>(
      "SELECT actor_username, details FROM audit_events WHERE action = 'migrant-centre.update'",
    );
    assert.equal(audit.rows.length, 1);
    assert.equal(audit.rows[0]?.actor_username, 'supervisor');
    assert.equal(audit.rows[0]?.details.version, 1);
  });

  it('refuses a save made from an older version (409), so a second editor never overwrites the first silently', async () => {
    const stale = await save({ phones: [], hours: [], version: 0 });
    assert.equal(stale.status, 409, stale.text);
    assert.equal(stale.json.code, 'CONFLICT');
    assert.deepEqual((await t.request('/api/v1/migrant-centre')).json.phones, [line], 'the first save stands');
    // Two editors from the same version at once: exactly one wins.
    const [a, b] = await Promise.all([save({ phones: [], hours: [], version: 1 }), save({ phones: [line, line], hours: [], version: 1 })]);
    assert.deepEqual([a.status, b.status].sort(), [200, 409]);
    const audited = await t.db.query("SELECT 1 FROM audit_events WHERE action = 'migrant-centre.update'");
    assert.equal(audited.rows.length, 2, 'the refused saves wrote no audit row');
  });
});
