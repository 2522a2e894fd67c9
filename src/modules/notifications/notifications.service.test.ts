import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDb } from '../../../test/create-test-db.ts';
import { waitFor } from '../../../test/smtp-test-server.ts';
import type { Db } from '../../db/client.ts';
import { createJobsService, type JobsService } from '../../shared/jobs/jobs.service.ts';
import { createLogger } from '../../shared/logger.ts';
import type { NotificationChannel, OutgoingMessage } from './notifications.channels.ts';
import { createNotificationsService, deliveryJobName, type NotificationsService } from './notifications.service.ts';

/** A transport that records what it is given; `gate` holds a send until released, `refuse` throws. */
function recordingChannel() {
  const sent: OutgoingMessage[] = [];
  let gate: Promise<void> | undefined;
  let refuse: string | undefined;
  const channel: NotificationChannel = {
    async send(message) {
      if (gate) await gate;
      if (refuse) throw Object.assign(new Error(refuse), { responseCode: 550 });
      sent.push(message);
      return { providerMessageId: `<${message.id}@test>` };
    },
  };
  return {
    channel,
    sent,
    hold() {
      let release = () => {};
      gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      return () => {
        gate = undefined;
        release();
      };
    },
    refuseWith(message: string | undefined) {
      refuse = message;
    },
  };
}

const reply = (id: string, to = 'lin@example.tw') => ({
  recordType: 'complaint' as const,
  recordId: id,
  channel: 'email' as const,
  template: 'complaint-reply' as const,
  locale: 'en',
  to,
  params: { bureau: 'Labor Affairs Bureau', trackingCode: 'TC-7K3M9Q2X', reply: 'Fined.', repliedOn: '2026-03-02' },
});

describe('the notifications outbox', () => {
  let db: Db;
  let jobs: JobsService;
  let now = new Date('2026-03-02T02:00:00Z');
  const clock = () => now;
  const logger = createLogger('silent');
  const viaJobs = recordingChannel();
  const direct = recordingChannel();
  let withJobs: NotificationsService;
  /** Writes rows without enqueueing (as when no jobs run), so these tests call deliver() themselves. */
  let byHand: NotificationsService;

  before(async () => {
    db = await createTestDb();
    jobs = createJobsService({ db, logger });
    withJobs = createNotificationsService({ db, jobs, clock, channels: { email: viaJobs.channel, sms: viaJobs.channel }, logger });
    byHand = createNotificationsService({
      db,
      jobs: { started: false, send: async () => null },
      clock,
      channels: { email: direct.channel, sms: direct.channel },
      logger,
    });
  });
  after(async () => {
    await jobs.stop({ timeoutMs: 2000 });
    await db.close();
  });

  it('keeps a message written while no jobs ran, and delivers it once the workers start', async () => {
    const id = await db.transaction((tx) => withJobs.notify(tx, reply('11111111-1111-4111-8111-111111111111')));
    const waiting = await db.query<{ job_id: string | null; status: string }>('SELECT job_id, status FROM notifications WHERE id = $1', [id]);
    assert.deepEqual(waiting.rows[0], { job_id: null, status: 'queued' });
    await jobs.start();
    await withJobs.startWorkers(jobs, { pollingIntervalSeconds: 0.5 });
    await waitFor(() => viaJobs.sent.find((message) => message.id === id));
    const row = await waitFor(async () => {
      const result = await db.query<{ status: string; job_id: string | null; recipient: string | null }>(
        'SELECT status, job_id, recipient FROM notifications WHERE id = $1',
        [id],
      );
      return result.rows[0]?.status === 'sent' && result.rows[0];
    });
    assert.ok(row.job_id);
    assert.equal(row.recipient, null);
    assert.equal(await withJobs.deliver(id), 'already-sent', 'a job run again after the send sends nothing');
    assert.equal(viaJobs.sent.filter((message) => message.id === id).length, 1);
  });

  it('writes neither the message nor its job when the causing transaction rolls back', async () => {
    const jobsBefore = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM pgboss.job WHERE name = $1`, [deliveryJobName]);
    await assert.rejects(
      db.transaction(async (tx) => {
        await withJobs.notify(tx, reply('22222222-2222-4222-8222-222222222222'));
        throw new Error('the change failed');
      }),
      /the change failed/,
    );
    const rows = await db.query(`SELECT 1 FROM notifications WHERE record_id = '22222222-2222-4222-8222-222222222222'`);
    assert.equal(rows.rowCount, 0);
    const jobsAfter = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM pgboss.job WHERE name = $1`, [deliveryJobName]);
    assert.equal(jobsAfter.rows[0]?.count, jobsBefore.rows[0]?.count);

    const committed = await db.transaction((tx) => withJobs.notify(tx, reply('22222222-2222-4222-8222-222222222222')));
    const row = await db.query<{ job_id: string | null }>('SELECT job_id FROM notifications WHERE id = $1', [committed]);
    assert.ok(row.rows[0]?.job_id, 'a committed message has its job from the same transaction');
  });

  it('sends once when two runs of the same job overlap', async () => {
    const id = await db.transaction((tx) => byHand.notify(tx, reply('33333333-3333-4333-8333-333333333333')));
    const release = direct.hold();
    const first = byHand.deliver(id);
    await waitFor(async () => (await db.query('SELECT 1 FROM notifications WHERE id = $1 AND claimed_until IS NOT NULL', [id])).rowCount > 0);
    await assert.rejects(byHand.deliver(id), /another delivery attempt holds/);
    release();
    assert.equal(await first, 'sent');
    assert.equal(direct.sent.filter((message) => message.id === id).length, 1);
    const row = await db.query<{ attempts: number; status: string }>('SELECT attempts, status FROM notifications WHERE id = $1', [id]);
    assert.deepEqual(row.rows[0], { attempts: 1, status: 'sent' });
  });

  it('records each refusal without the address, and fails the message after its last try', async () => {
    const id = await db.transaction((tx) => byHand.notify(tx, reply('44444444-4444-4444-8444-444444444444', 'chen.mei@example.tw')));
    direct.refuseWith('550 5.1.1 <chen.mei@example.tw>: mailbox unavailable');
    for (let attempt = 1; attempt <= 6; attempt++) {
      await assert.rejects(byHand.deliver(id), (error: Error) => !error.message.includes('chen.mei') && /mailbox unavailable/.test(error.message));
      const row = await db.query<{ status: string; attempts: number; last_error: string }>(
        'SELECT status, attempts, last_error FROM notifications WHERE id = $1',
        [id],
      );
      assert.equal(row.rows[0]?.attempts, attempt);
      assert.equal(row.rows[0]?.status, attempt < 6 ? 'queued' : 'failed');
      assert.equal(row.rows[0]?.last_error, 'SMTP 550: 550 5.1.1 <<recipient>>: mailbox unavailable');
    }
    direct.refuseWith(undefined);

    // A failed message keeps its address 30 days after its last try (for a retry by hand), then loses it.
    now = new Date('2026-03-31T02:00:00Z');
    assert.equal(await byHand.eraseStaleAddresses(), 0);
    now = new Date('2026-04-02T02:00:00Z');
    assert.ok((await byHand.eraseStaleAddresses()) >= 1);
    const erased = await db.query<{ recipient: string | null; recipient_masked: string }>(
      'SELECT recipient, recipient_masked FROM notifications WHERE id = $1',
      [id],
    );
    assert.deepEqual(erased.rows[0], { recipient: null, recipient_masked: '***@***' });
    assert.equal(await byHand.deliver(id), 'missing', 'nothing can be sent once the address is gone');
    now = new Date('2026-03-02T02:00:00Z');
  });
});
