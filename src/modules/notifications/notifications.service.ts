/**
 * @module notifications
 * The outbox. `notify(tx, …)` writes a message in the transaction of the change that causes it and
 * enqueues its delivery job in the same transaction, so both commit or neither does. `deliver(id)` is the
 * job: it claims the row, sends through the channel, and records the attempt. The full address lives only
 * in the outbox row and is erased once the message is sent (ADR 0014).
 */
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { JobsService } from '../../shared/jobs/jobs.service.ts';
import type { Logger } from '../../shared/logger.ts';
import { hasPermission } from '../access/permissions.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { NotificationChannel } from './notifications.channels.ts';
import { recordTypes, type NotificationItem, type RecordType } from './notifications.contract.ts';
import { maskRecipient, scrubError, type Channel } from './notifications.mask.ts';
import { renderNotice, resolveLocale, type TemplateKey, type TemplateParams } from './notifications.templates.ts';

/** What the outbox needs from the jobs service: enqueue inside the caller's transaction. */
export type JobSender = Pick<JobsService, 'send' | 'started'>;

export const deliveryJobName = 'notifications.deliver';
export const eraseJobName = 'notifications.erase-stale-addresses';
/** Six tries over about half an hour (30 s, then doubling): a greylisting server lets the second one in. */
export const deliveryRetry = { retryLimit: 5, retryDelaySeconds: 30, retryBackoff: true } as const;
const maxAttempts = deliveryRetry.retryLimit + 1;
/** How long one attempt holds the row; longer than the SMTP socket timeout (notifications.channels.ts). */
const claimMs = 5 * 60_000;
/** A message that never went out keeps its address this long after its last attempt, for a retry by hand. */
export const failedAddressRetentionDays = 30;

export type NotifyInput<K extends TemplateKey> = {
  recordType: RecordType;
  recordId: string;
  channel: Channel;
  template: K;
  /** The recipient's language; anything but our five falls back to zh-TW. */
  locale: string;
  to: string;
  params: TemplateParams<K>;
};

type OutboxRow = {
  id: string;
  channel: Channel;
  template: TemplateKey;
  locale: string;
  recipient: string | null;
  recipient_masked: string;
  params: Record<string, string>;
  status: 'queued' | 'sent' | 'failed';
  attempts: number;
  last_error: string | null;
  claimed_until: Date | null;
  sent_at: Date | null;
  created_at: Date;
};

export type DeliveryOutcome = 'sent' | 'already-sent' | 'missing';

export function createNotificationsService(deps: {
  db: Db;
  jobs: JobSender;
  clock: () => Date;
  channels: Record<Channel, NotificationChannel>;
  logger: Logger;
}) {
  const { db, clock } = deps;

  const service = {
    /**
     * Writes the message and enqueues its delivery, both in `tx`. The notice is rendered once here, so a
     * missing parameter fails the caller's transaction instead of a job later.
     */
    async notify<K extends TemplateKey>(tx: Queryable, input: NotifyInput<K>): Promise<string> {
      const locale = resolveLocale(input.locale);
      renderNotice(input.template, locale, input.params);
      const masked = maskRecipient(input.channel, input.to, recordTypes[input.recordType].sealedRecipient);
      const row = (
        await tx.query<{ id: string }>(
          `INSERT INTO notifications (record_type, record_id, channel, template, locale, recipient, recipient_masked, params, status, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'queued', $9) RETURNING id`,
          [input.recordType, input.recordId, input.channel, input.template, locale, input.to, masked, JSON.stringify(input.params), clock()],
        )
      ).rows[0];
      if (!row) throw new Error('outbox insert returned no row');
      // Without running jobs (a CLI, most tests) the row waits; startWorkers enqueues it later.
      if (deps.jobs.started) {
        const jobId = await deps.jobs.send(deliveryJobName, { notificationId: row.id }, { tx });
        await tx.query('UPDATE notifications SET job_id = $2 WHERE id = $1', [row.id, jobId]);
      }
      return row.id;
    },

    /**
     * Erases the addresses of a record's messages that have not gone out (a public account deleted on
     * request, ADR 0017): nothing is sent to them any more. Sent messages hold only the masked form.
     */
    async forgetRecipients(tx: Queryable, recordType: RecordType, recordId: string): Promise<number> {
      const result = await tx.query(
        `UPDATE notifications SET recipient = NULL, status = 'failed', last_error = 'address erased on request'
         WHERE record_type = $1 AND record_id = $2 AND recipient IS NOT NULL`,
        [recordType, recordId],
      );
      return result.rowCount;
    },

    /**
     * One delivery attempt (the job's handler). Throws when the channel refuses, with the refusal scrubbed
     * of addresses, so the job retries and its stored error holds no personal data either. Running it again
     * after the message went out sends nothing; two runs at once send once (the claim below).
     */
    async deliver(notificationId: string): Promise<DeliveryOutcome> {
      const now = clock();
      const claimed = (
        await db.query<OutboxRow>(
          `UPDATE notifications SET attempts = attempts + 1, last_attempt_at = $2, claimed_until = $3
           WHERE id = $1 AND status <> 'sent' AND recipient IS NOT NULL AND (claimed_until IS NULL OR claimed_until <= $2)
           RETURNING *`,
          [notificationId, now, new Date(now.getTime() + claimMs)],
        )
      ).rows[0];
      if (!claimed) {
        const current = (await db.query<OutboxRow>('SELECT * FROM notifications WHERE id = $1', [notificationId])).rows[0];
        if (!current) return 'missing';
        if (current.status === 'sent') return 'already-sent';
        if (current.recipient === null) {
          await db.query(`UPDATE notifications SET status = 'failed', last_error = $2 WHERE id = $1`, [
            notificationId,
            'the address was erased after the retention period; nothing can be sent',
          ]);
          return 'missing';
        }
        throw new Error('another delivery attempt holds this notification; retrying later');
      }
      const recipient = claimed.recipient as string;
      const rendered = renderNotice(claimed.template, claimed.locale, claimed.params as TemplateParams<TemplateKey>);
      try {
        const sent = await deps.channels[claimed.channel].send({
          id: claimed.id,
          to: recipient,
          locale: rendered.locale,
          subject: rendered.subject,
          text: rendered.text,
          html: rendered.html,
        });
        // Sent: the address has done its work and is erased; the masked form stays as the case's record.
        await db.query(
          `UPDATE notifications SET status = 'sent', sent_at = $2, recipient = NULL, claimed_until = NULL, last_error = NULL,
                  provider_message_id = $3
           WHERE id = $1`,
          [claimed.id, clock(), sent.providerMessageId],
        );
        return 'sent';
      } catch (error) {
        const scrubbed = scrubError(describe(error), recipient);
        const final = claimed.attempts >= maxAttempts;
        await db.query(`UPDATE notifications SET status = $2, last_error = $3, claimed_until = NULL WHERE id = $1`, [
          claimed.id,
          final ? 'failed' : 'queued',
          scrubbed,
        ]);
        deps.logger.warn(
          { notificationId: claimed.id, channel: claimed.channel, to: claimed.recipient_masked, attempt: claimed.attempts, error: scrubbed },
          'notification refused',
        );
        throw new Error(scrubbed);
      }
    },

    /**
     * Declares the delivery job (and the daily erasure of stale addresses) on a started jobs service, then
     * enqueues the messages written while no jobs were running. Call once per process, before serving.
     */
    async startWorkers(jobs: JobsService, options: { pollingIntervalSeconds?: number; retryDelaySeconds?: number } = {}) {
      await jobs.work<{ notificationId: string }>(deliveryJobName, async (job) => {
        await service.deliver(job.data.notificationId);
      }, {
        ...deliveryRetry,
        ...(options.retryDelaySeconds !== undefined ? { retryDelaySeconds: options.retryDelaySeconds } : {}),
        ...(options.pollingIntervalSeconds !== undefined ? { pollingIntervalSeconds: options.pollingIntervalSeconds } : {}),
      });
      await jobs.work(eraseJobName, async () => {
        const erased = await service.eraseStaleAddresses();
        if (erased > 0) deps.logger.info({ erased }, 'notifications: stale addresses erased');
      });
      await jobs.schedule(eraseJobName, '15 3 * * *');
      // In batches, each row locked while its job is enqueued: instances starting together enqueue it once.
      for (let more = true; more; ) {
        more = await db.transaction(async (tx) => {
          const waiting = await tx.query<{ id: string }>(
            `SELECT id FROM notifications WHERE job_id IS NULL AND status = 'queued'
             ORDER BY created_at, id LIMIT 100 FOR UPDATE SKIP LOCKED`,
          );
          for (const row of waiting.rows) {
            const jobId = await jobs.send(deliveryJobName, { notificationId: row.id }, { tx });
            await tx.query('UPDATE notifications SET job_id = $2 WHERE id = $1', [row.id, jobId]);
          }
          return waiting.rows.length === 100;
        });
      }
    },

    /** What was sent about a record, to whom (masked) and when. The reading is audited on the record. */
    async listForRecord(
      staff: StaffPrincipal,
      query: { recordType: RecordType; recordId: string },
      meta: { requestId: string },
    ): Promise<{ items: NotificationItem[] }> {
      if (!hasPermission(staff.roles, recordTypes[query.recordType].permission)) throw new AppError('FORBIDDEN');
      return db.transaction(async (tx) => {
        const rows = await tx.query<OutboxRow>(
          `SELECT id, channel, template, locale, recipient_masked, status, attempts, last_error, sent_at, created_at
           FROM notifications WHERE record_type = $1 AND record_id = $2 ORDER BY created_at, id`,
          [query.recordType, query.recordId],
        );
        await recordAudit(tx, {
          actor: { id: staff.id, username: staff.username },
          action: 'notifications.view',
          recordType: query.recordType,
          recordId: query.recordId,
          requestId: meta.requestId,
          details: { count: rows.rows.length },
          occurredAt: clock(),
        });
        return {
          items: rows.rows.map((row) => ({
            id: row.id,
            channel: row.channel,
            template: row.template,
            locale: row.locale,
            recipient: row.recipient_masked,
            status: row.status,
            attempts: row.attempts,
            lastError: row.last_error,
            sentAt: row.sent_at === null ? null : new Date(row.sent_at).toISOString(),
            createdAt: new Date(row.created_at).toISOString(),
          })),
        };
      });
    },

    /**
     * Erases the addresses of messages that never went out, `failedAddressRetentionDays` after their last
     * attempt (sent ones lose theirs at once). Run daily by a scheduled job; returns how many were erased.
     */
    async eraseStaleAddresses(): Promise<number> {
      const cutoff = new Date(clock().getTime() - failedAddressRetentionDays * 86_400_000);
      const result = await db.query(
        `UPDATE notifications SET recipient = NULL
         WHERE recipient IS NOT NULL AND status <> 'sent' AND COALESCE(last_attempt_at, created_at) < $1`,
        [cutoff],
      );
      return result.rowCount;
    },
  };
  return service;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const smtp = error as Error & { responseCode?: number; code?: string; response?: string };
  const parts = [smtp.code, smtp.responseCode ? `SMTP ${smtp.responseCode}` : undefined, smtp.response ?? error.message];
  return parts.filter(Boolean).join(': ');
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
