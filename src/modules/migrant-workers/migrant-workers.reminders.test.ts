import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { createNotificationsService } from '../notifications/notifications.service.ts';
import { createLogger } from '../../shared/logger.ts';
import { createMigrantReminders } from './migrant-workers.reminders.ts';
import { workerBody } from './migrant-workers.test-helpers.ts';

describe('migrant workers: reminders to officers', () => {
  let t: TestContext;
  let officer: Session;
  let officerId: string;
  let otherId: string;
  let now = new Date('2026-03-02T02:00:00Z');
  const reminders = () => {
    const notifications = createNotificationsService({
      db: t.db,
      jobs: { started: false, send: async () => null },
      clock: () => now,
      channels: { email: { send: async () => ({ providerMessageId: null }) }, sms: { send: async () => ({ providerMessageId: null }) } },
      logger: createLogger('silent'),
    });
    return createMigrantReminders({ db: t.db, clock: () => now, timeZone: 'Asia/Taipei', notifications, publicBaseUrl: 'https://labor.example.gov.tw' });
  };
  const outbox = async () =>
    (
      await t.db.query<{ record_type: string; template: string; recipient: string; params: Record<string, string> }>(
        'SELECT record_type, template, recipient, params FROM notifications ORDER BY created_at, template, record_id',
      )
    ).rows;

  before(async () => {
    // Today in the tests is 2026-03-02 (Taiwan).
    t = await createTestContext();
    officer = await t.signIn('migrant', ['migrant-officer']);
    await t.createStaff('migrant2', ['migrant-officer']);
    const supervisor = await t.signIn('chief', ['admin']);
    const id = async (username: string) => (await t.db.query<{ id: string }>('SELECT id FROM staff_users WHERE username = $1', [username])).rows[0]?.id ?? '';
    officerId = await id('migrant');
    otherId = await id('migrant2');
    assert.equal((await t.request('/api/v1/staff/migrant-visit-districts/66000080', { method: 'PUT', session: supervisor, body: { officerId } })).status, 200);
    assert.equal((await t.request('/api/v1/staff/migrant-visit-districts/66000010', { method: 'PUT', session: supervisor, body: { officerId: otherId } })).status, 200);
    const contact = await t.request(`/api/v1/staff/migrant-staff-contacts/${officerId}`, { method: 'PUT', session: supervisor, body: { email: 'migrant@example.gov.tw', locale: 'vi' } });
    assert.equal(contact.status, 204, contact.text);
    assert.equal((await t.request(`/api/v1/staff/migrant-staff-contacts/${officerId}`, { method: 'PUT', session: officer, body: { email: 'x@example.gov.tw' } })).status, 403);
    const register = async (overrides: Record<string, unknown>) => {
      const created = await t.request('/api/v1/staff/migrant-workers', { method: 'POST', session: officer, body: workerBody(overrides) });
      assert.equal(created.status, 201, created.text);
    };
    await register({ residentCertificateNumber: 'B812345618', arrivalDate: '2025-12-16' }); // due 2026-03-16: the 14th day ahead
    await register({ residentCertificateNumber: 'B812345627', arrivalDate: '2025-12-17' }); // due 2026-03-17: the 15th, not yet
    await register({ residentCertificateNumber: 'B912345601', arrivalDate: '2025-11-20' }); // due 2026-02-20: overdue
    await register({ residentCertificateNumber: 'B912345610', arrivalDate: '2025-12-10', districtCode: '66000010' }); // the other officer, no address
  });
  after(() => t.close());

  it('tells each officer of their tasks due within 14 days and overdue, once a day', async () => {
    const first = await reminders().run();
    assert.deepEqual(first, { officersNotified: 1, tasksReminded: 2, dispatchesReminded: 0, unreachable: 1 });
    const sent = await outbox();
    assert.equal(sent.length, 1);
    assert.equal(sent[0]?.template, 'migrant-visit-tasks-reminder');
    assert.equal(sent[0]?.recipient, 'migrant@example.gov.tw');
    assert.deepEqual(sent[0]?.params, { dueSoon: '1', overdue: '1', days: '14', link: 'https://labor.example.gov.tw/staff/migrant-workers/tasks?mine=true' });
    assert.ok(!JSON.stringify(sent).includes('NGUYEN'), 'no worker named in the message');

    const again = await reminders().run();
    assert.deepEqual(again, { officersNotified: 0, tasksReminded: 0, dispatchesReminded: 0, unreachable: 1 }, 'idempotent for the day');
    assert.equal((await outbox()).length, 1);

    // The next day, the task due on the 17th has come within 14 days: both days' reminders are kept.
    now = new Date('2026-03-03T02:00:00Z');
    const next = await reminders().run();
    assert.deepEqual(next, { officersNotified: 1, tasksReminded: 3, dispatchesReminded: 0, unreachable: 1 });
    const rows = await t.db.query<{ kind: string; reminded_on: string }>('SELECT kind, reminded_on FROM migrant_reminders ORDER BY reminded_on, kind');
    assert.deepEqual(
      rows.rows.map((row) => `${row.reminded_on} ${row.kind}`),
      ['2026-03-02 visit-task-due', '2026-03-02 visit-task-overdue', '2026-03-03 visit-task-due', '2026-03-03 visit-task-due', '2026-03-03 visit-task-overdue'],
    );
    now = new Date('2026-03-02T02:00:00Z');
  });

  it('reminds of a dispatch the day before its deadline and once when it is overdue, not after the reply', async () => {
    officer = await t.login('migrant');
    const enter = (dispatchNumber: string, replyDeadline: string) =>
      t.request('/api/v1/staff/dispatches-1955', {
        method: 'POST',
        session: officer,
        body: { dispatchNumber, receivedAt: '2026-03-01T09:00:00+08:00', workerName: 'A B', passportNumber: 'P1234567', employerName: 'X', issue: 'wages', replyDeadline },
      });
    const tomorrow = await enter('1955-R-1', '2026-03-04');
    const later = await enter('1955-R-2', '2026-03-06');
    assert.equal(tomorrow.status, 201, tomorrow.text);
    assert.equal(later.status, 201);
    now = new Date('2026-03-02T23:30:00Z'); // 2026-03-03 07:30 in Taiwan: the day before 1955-R-1's deadline
    const dayBefore = await reminders().run();
    assert.equal(dayBefore.dispatchesReminded, 1);
    const due = (await outbox()).filter((row) => row.record_type === 'migrant-dispatch');
    assert.deepEqual(due.map((row) => [row.template, row.params.dispatchNumber, row.params.deadline]), [['migrant-dispatch-due', '1955-R-1', '2026-03-04']]);
    assert.equal((await reminders().run()).dispatchesReminded, 0, 'once');

    now = new Date('2026-03-04T02:00:00Z'); // the deadline day: already reminded, not overdue yet
    assert.equal((await reminders().run()).dispatchesReminded, 0);
    now = new Date('2026-03-05T02:00:00Z'); // the day after: overdue, reminded once
    assert.equal((await reminders().run()).dispatchesReminded, 2, '1955-R-1 overdue, 1955-R-2 due tomorrow');
    now = new Date('2026-03-06T02:00:00Z');
    assert.equal((await reminders().run()).dispatchesReminded, 0, '1955-R-1 overdue told once; 1955-R-2 already told on the 5th');
    const templates = (await outbox()).filter((row) => row.record_type === 'migrant-dispatch').map((row) => `${row.params.dispatchNumber} ${row.template}`);
    assert.deepEqual(templates.sort(), ['1955-R-1 migrant-dispatch-due', '1955-R-1 migrant-dispatch-overdue', '1955-R-2 migrant-dispatch-due']);

    // A reply before its deadline means no overdue reminder for 1955-R-2.
    now = new Date('2026-03-06T02:00:00Z');
    t.setNow(now);
    const session = await t.login('migrant');
    const replied = await t.request(`/api/v1/staff/dispatches-1955/${later.json.id}/reply`, { method: 'POST', session, body: { repliedOn: '2026-03-06', outcome: 'resolved', text: 'Answered.' } });
    assert.equal(replied.status, 200, replied.text);
    t.setNow(new Date('2026-03-02T02:00:00Z'));
    now = new Date('2026-03-07T02:00:00Z');
    assert.equal((await reminders().run()).dispatchesReminded, 0);
    now = new Date('2026-03-02T02:00:00Z');
  });

  it('runs as a scheduled job on pg-boss', async () => {
    const jobs = await createTestContext({ jobs: true });
    try {
      const schedules = await jobs.db.query<{ name: string; cron: string }>("SELECT name, cron FROM pgboss.schedule WHERE name = 'migrant-workers.reminders'");
      assert.deepEqual(schedules.rows, [{ name: 'migrant-workers.reminders', cron: '30 7 * * *' }]);
    } finally {
      await jobs.close();
    }
  });
});
