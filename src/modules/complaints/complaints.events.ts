/**
 * What the complaint service's parts share: the row shapes they read, the one writer of a complaint's
 * timeline events, and the field error answered in the request's language.
 */
import type { Queryable } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { translate } from '../../shared/i18n/translate.ts';
import type { ComplaintLaw, ReplyOutcome } from './complaints.contract.ts';
import type { ComplaintStatus, EventKind } from './complaints.workflow.ts';

export type ComplaintRow = {
  id: string;
  tracking_code: string;
  status: ComplaintStatus;
  employer_name: string;
  employer_ubn: string | null;
  district_code: string;
  law: ComplaintLaw;
  description: string;
  received_at: Date;
  notice_due_on: string;
  reply_due_on: string;
  notice_sent_at: Date | null;
  replied_at: Date | null;
  closed_at: Date | null;
  transferred_to: string | null;
  assigned_to: string | null;
  locale: Locale;
  assignee_name: string | null;
};

export type EventRow = {
  kind: EventKind;
  status: ComplaintStatus;
  occurred_at: Date;
  id: number;
  public_message: string | null;
  outcome: ReplyOutcome | null;
  authority: string | null;
  actor_name: string | null;
};

export type RequestMeta = { requestId: string; locale: Locale };

/** A timeline event (the complainant's status page reads them, with their public message). */
export async function addComplaintEvent(
  tx: Queryable,
  complaintId: string,
  event: {
    kind: EventKind;
    status: ComplaintStatus;
    at: Date;
    message?: string | null;
    outcome?: ReplyOutcome | null;
    authority?: string | null;
    actorId?: string | null;
  },
): Promise<number> {
  const inserted = await tx.query<{ id: number }>(
    `INSERT INTO complaint_events (complaint_id, occurred_at, kind, status, public_message, outcome, authority, actor_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [complaintId, event.at, event.kind, event.status, event.message ?? null, event.outcome ?? null, event.authority ?? null, event.actorId ?? null],
  );
  return Number(inserted.rows[0]?.id);
}

export function validationError(locale: Locale, issues: { field: string; message: string; params?: Record<string, number> }[]) {
  return new AppError('VALIDATION_FAILED', {
    fieldIssues: issues.map((issue) => ({
      field: issue.field,
      code: 'custom',
      message: translate(locale, issue.message, issue.params ?? {}),
    })),
  });
}
