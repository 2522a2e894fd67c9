/**
 * The written reply reaching the complainant (ADR 0014): the language they filed in, and the e-mail that
 * carries the reply. The address is read here, inside the complaints module that seals it (ADR 0008), and
 * handed only to the notifications outbox; the use is audited in the same transaction.
 */
import type { Queryable } from '../../db/client.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { translate } from '../../shared/i18n/translate.ts';
import type { ReplyOutcome } from './complaints.contract.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';

export type ReplyNotifier = Pick<NotificationsService, 'notify'>;

/** The public site's language at filing, kept so the reply can be written in it. */
export async function recordFilingLocale(tx: Queryable, complaintId: string, locale: Locale): Promise<void> {
  await tx.query('UPDATE complaints SET locale = $2 WHERE id = $1', [complaintId, locale]);
}

export type WrittenReply = {
  complaintId: string;
  trackingCode: string;
  /** The structured outcome, written in the complainant's language (issue 15 §1). */
  outcome: ReplyOutcome | null;
  /** The inspector's free text, in Chinese. */
  reply: string | null;
  /** An interpreter is translating the free text: the e-mail says so. */
  translating: boolean;
  /** YYYY-MM-DD on the bureau's calendar. */
  repliedOn: string;
  actor: { id: string; username: string };
  requestId: string;
  at: Date;
};

/** The outcome sentence in the complainant's language, then the free text, then (if so) that it is being translated. */
function replyText(locale: Locale, reply: Pick<WrittenReply, 'outcome' | 'reply' | 'translating'>): string {
  return [
    reply.outcome ? translate(locale, `complaints.outcome.${reply.outcome}`) : null,
    reply.reply,
    reply.translating ? translate(locale, 'complaints.reply_translation_pending') : null,
  ]
    .filter((part): part is string => part !== null)
    .join('\n\n');
}

/**
 * Queues the reply by e-mail when the complainant left an address; answers whether it did. Anonymous
 * complaints and complainants who gave only a phone get the reply on the status page only.
 */
export async function queueWrittenReply(
  tx: Queryable,
  deps: { notifier: ReplyNotifier; bureauName: (locale: Locale) => string },
  reply: WrittenReply,
): Promise<boolean> {
  const identity = (
    await tx.query<{ email: string | null }>('SELECT email FROM complaint_identities WHERE complaint_id = $1', [reply.complaintId])
  ).rows[0];
  if (!identity?.email) return false;
  const { locale } = (await tx.query<{ locale: Locale }>('SELECT locale FROM complaints WHERE id = $1', [reply.complaintId])).rows[0] ?? {
    locale: 'zh-TW' as Locale,
  };
  await deps.notifier.notify(tx, {
    recordType: 'complaint',
    recordId: reply.complaintId,
    channel: 'email',
    template: 'complaint-reply',
    locale,
    to: identity.email,
    params: { bureau: deps.bureauName(locale), trackingCode: reply.trackingCode, reply: replyText(locale, reply), repliedOn: reply.repliedOn },
  });
  await recordAudit(tx, {
    actor: reply.actor,
    action: 'complaint.identity-use',
    recordType: 'complaint',
    recordId: reply.complaintId,
    requestId: reply.requestId,
    details: { purpose: 'written-reply', channel: 'email', locale },
    occurredAt: reply.at,
  });
  return true;
}

/** The latest written reply of a complaint, for its PDF; undefined before the inspector has replied. */
export async function loadWrittenReply(
  tx: Queryable,
  complaintId: string,
): Promise<{ trackingCode: string; reply: string; repliedAt: Date } | undefined> {
  const complaint = (await tx.query<{ tracking_code: string }>('SELECT tracking_code FROM complaints WHERE id = $1', [complaintId])).rows[0];
  if (!complaint) return undefined;
  const event = (
    await tx.query<{ public_message: string | null; outcome: ReplyOutcome | null; occurred_at: Date }>(
      `SELECT public_message, outcome, occurred_at FROM complaint_events
       WHERE complaint_id = $1 AND kind = 'replied' AND (public_message IS NOT NULL OR outcome IS NOT NULL)
       ORDER BY occurred_at DESC, id DESC LIMIT 1`,
      [complaintId],
    )
  ).rows[0];
  if (!event) return undefined;
  // The letter is the bureau's Chinese record: the outcome's Chinese sentence, then the inspector's text.
  const reply = replyText('zh-TW', { outcome: event.outcome, reply: event.public_message, translating: false });
  return { trackingCode: complaint.tracking_code, reply, repliedAt: new Date(event.occurred_at) };
}
