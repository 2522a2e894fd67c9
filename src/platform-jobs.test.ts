import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type TestContext } from '../test/test-app.ts';
import { createLogger } from './shared/logger.ts';
import { housekeepingJob, runHousekeeping, schedulePlatformJobs } from './platform-jobs.ts';

describe('platform jobs', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestContext({ jobs: true, now: new Date('2026-03-02T02:00:00Z') });
  });
  after(() => t.close());

  it('housekeeping deletes expired sessions and ended rate-limit windows, and keeps live ones', async () => {
    const early = await t.signIn('early', ['admin']); // session until 03:00 (60 minutes)
    t.setNow(new Date('2026-03-02T02:45:00Z'));
    const late = await t.login('early');
    assert.equal((await t.request('/api/v1/auth/me', { session: early })).status, 200);
    const deleted = await runHousekeeping(t.db, new Date('2026-03-02T03:10:00Z'));
    assert.equal(deleted.sessions, 1);
    assert.ok(deleted.rateLimitWindows >= 1, 'the window of the two sign-ins ended');
    const left = await t.db.query<{ expires_at: Date }>('SELECT expires_at FROM staff_sessions');
    assert.deepEqual(left.rows.map((row) => new Date(row.expires_at).toISOString()), ['2026-03-02T03:45:00.000Z']);
    assert.equal((await t.request('/api/v1/auth/me', { session: late })).status, 200);
  });

  it('schedules the refresh, escalation and housekeeping jobs in the bureau’s time zone', async () => {
    await schedulePlatformJobs({
      jobs: t.jobs!,
      db: t.db,
      logger: createLogger('silent'),
      referenceData: t.referenceData,
      config: { cwaApiKey: undefined, cwaFetchIntervalMinutes: 30 },
      clock: () => new Date('2026-03-02T02:00:00Z'),
    });
    const { rows } = await t.db.query<{ name: string; cron: string; timezone: string }>('SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name');
    assert.deepEqual(rows, [
      { name: 'complaints.escalate-overdue', cron: '0 7 * * *', timezone: 'Asia/Taipei' },
      // Employment's 穩定就業 follow-ups (app.startWorkers), ADR 0018.
      { name: 'employment.followups-due', cron: '0 6 * * *', timezone: 'Asia/Taipei' },
      // The indicators' monthly snapshot, also scheduled by app.startWorkers (ADR 0022).
      { name: 'indicators.monthly-snapshot', cron: '0 2 1 * *', timezone: 'Asia/Taipei' },
      // Mediation: staff deadline reminders (app.startWorkers), ADR 0042.
      { name: 'mediation.deadline-reminders', cron: '30 7 * * *', timezone: 'Asia/Taipei' },
      // Mediation: agreed payments past their day are followed up (app.startWorkers), ADR 0038.
      { name: 'mediation.payment-follow-up', cron: '10 8 * * *', timezone: 'Asia/Taipei' },
      // Reminders to migrant officers of their visit tasks and 1955 dispatches (app.startWorkers), ADR 0032.
      { name: 'migrant-workers.reminders', cron: '30 7 * * *', timezone: 'Asia/Taipei' },
      // Scheduled by the app's own workers (createTestContext with jobs → app.startWorkers), ADR 0014.
      { name: 'notifications.erase-stale-addresses', cron: '15 3 * * *', timezone: 'Asia/Taipei' },
      { name: housekeepingJob, cron: '30 3 * * *', timezone: 'Asia/Taipei' },
      // Program deadlines escalated before they pass (app.startWorkers), ADR 0021.
      { name: 'programs.escalate-deadlines', cron: '*/10 * * * *', timezone: 'Asia/Taipei' },
      // The union election reminder (app.startWorkers), issue 11 §4, ADR 0037.
      { name: 'unions.election-reminders', cron: '0 7 * * *', timezone: 'Asia/Taipei' },
      // Youth counselling reminders, the day before (app.startWorkers), ADR 0027.
      { name: 'youth.booking-reminders', cron: '5 * * * *', timezone: 'Asia/Taipei' },
    ]);
  });
});
