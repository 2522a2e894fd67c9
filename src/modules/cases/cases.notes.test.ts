import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { hasPermission, staffRoles, type StaffRole } from '../access/permissions.ts';

// Every role of the platform reads a case with a confidential note, each from the case's own station (or
// the whole city, for city-wide roles): only the case's manager and the supervising role read the note.
const dali = { kind: 'station', code: 'dali' } as const;
const confidentialText = '曾遭前夫跟蹤，聯絡時勿留言。';

describe('cases: confidential notes, every role × the notes', () => {
  let t: TestContext;
  let manager: Session;
  let caseId: string;
  const readers: { label: string; session: Session; allowed: boolean }[] = [];

  before(async () => {
    t = await createTestContext();
    manager = await t.signIn('the-manager', ['case-manager'], dali);
    const person = await t.request('/api/v1/staff/people', { method: 'POST', session: manager, body: { idNumber: 'F228765431', name: '黃淑芬' } });
    const created = await t.request('/api/v1/staff/cases', {
      method: 'POST',
      session: manager,
      body: { personId: person.json.id, kind: 'employment', source: 'department', targetGroups: ['domestic-violence-sexual-assault'] },
    });
    assert.equal(created.status, 201, created.text);
    caseId = created.json.id;
    for (const [body, confidential] of [
      ['初談：希望找日間工作。', false],
      [confidentialText, true],
    ] as const) {
      const note = await t.request(`/api/v1/staff/cases/${caseId}/notes`, { method: 'POST', session: manager, body: { body, confidential } });
      assert.equal(note.status, 201, note.text);
    }
    readers.push({ label: 'case-manager (the case\'s own)', session: manager, allowed: true });
    for (const role of staffRoles) {
      const unit = hasPermission([role], 'scope.city') ? undefined : dali;
      const session = await t.signIn(`reader-${role}`, [role as StaffRole], unit);
      // The only role allowed besides the case's own manager is the supervising one.
      readers.push({ label: role === 'case-manager' ? 'case-manager (a colleague)' : role, session, allowed: hasPermission([role], 'cases.supervise') });
    }
  });
  after(() => t.close());

  it('shows the confidential note to the case manager and the supervisor, and to nobody else', async () => {
    const outcomes: string[] = [];
    for (const reader of readers) {
      const view = await t.request(`/api/v1/staff/cases/${caseId}`, { session: reader.session });
      const reads = view.status === 200 && view.json.notes.some((n: { body: string }) => n.body === confidentialText);
      if (view.status === 200 && !reads) assert.equal(view.json.confidentialNotesHidden, 1, reader.label);
      if (reads !== reader.allowed) outcomes.push(`${reader.label}: ${view.status} reads=${reads}`);
    }
    assert.deepEqual(outcomes, []);
    assert.equal(readers.filter((r) => r.allowed).length, 2, 'exactly two readers may pass');
    assert.equal(readers.length, staffRoles.length + 1);
  });

  it('says in the access log whether the confidential notes were shown', async () => {
    const supervisor = readers.find((r) => r.label === 'admin');
    assert.ok(supervisor);
    const log = await t.request(`/api/v1/staff/cases/${caseId}/access-log?pageSize=100`, { session: supervisor.session });
    assert.equal(log.status, 200, log.text);
    assert.ok(log.json.items.some((e: { action: string }) => e.action === 'case.view'));
    const rows = await t.db.query<{ actor_username: string; details: { confidentialNotes: string } }>(
      `SELECT actor_username, details FROM audit_events WHERE record_type = 'case' AND action = 'case.view' ORDER BY id`,
    );
    const shown = rows.rows.filter((r) => r.details.confidentialNotes === 'shown').map((r) => r.actor_username);
    assert.deepEqual(shown.sort(), ['reader-admin', 'the-manager']);
  });
});
