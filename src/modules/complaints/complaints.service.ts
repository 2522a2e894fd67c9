/**
 * @module complaints
 * Complaints (檢舉) against employers. The complainant's identity is sealed (LSA Art. 74, ADR 0008):
 * it lives in its own table, is never joined into a list, detail, notice or log, and is read only by
 * `revealIdentity`, which writes the reading to the audit trail in the same transaction.
 */
import type { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import type { ListDefinition, SortColumn } from '../../shared/http/list.ts';
import { formulaCellCount, neutralisedCsv } from './complaints.csv-evidence.ts';
import type { ComplaintSortKey, OverdueSortKey, ReplyOutcome } from './complaints.contract.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { hasPermission } from '../access/permissions.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import type { complaintDetail, complaintIdentity, complaintSummary } from './complaints.contract.ts';
import { employerNoticeText } from './complaints.notice.ts';
import { loadWrittenReply, queueWrittenReply, type ReplyNotifier } from './complaints.reply.ts';
import { messageTranslations, openMessageTranslation, type MessageTranslations } from './complaints.translation.ts';
import {
  allowedActions,
  assignableFrom,
  localDate,
  nextStatus,
  openStatuses,
  overdueDeadlines,
  type ComplaintAction,
  type ComplaintStatus,
} from './complaints.workflow.ts';
import { tableReference } from '../audit/audit.references.ts';
import { addComplaintEvent, type ComplaintRow, type EventRow, type RequestMeta, validationError } from './complaints.events.ts';
import { createComplaintFiling } from './complaints.filing.ts';

export type { RequestMeta } from './complaints.events.ts';

const iso = (value: Date | null) => (value === null ? null : new Date(value).toISOString());
const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });

// Named columns only: the identity table is never part of these selects.
const summarySelect = `
  SELECT c.id, c.tracking_code, c.status, c.employer_name, c.employer_ubn, c.district_code, c.law, c.description,
         c.received_at, c.notice_due_on, c.reply_due_on, c.notice_sent_at, c.replied_at, c.closed_at,
         c.transferred_to, c.assigned_to, c.locale, s.display_name AS assignee_name
  FROM complaints c LEFT JOIN staff_users s ON s.id = c.assigned_to`;

/** The list select of `summarySelect`, built with Kysely so that list filters compose. */
const summaryQuery = () =>
  qb
    .selectFrom('complaints as c')
    .leftJoin('staff_users as s', 's.id', 'c.assigned_to')
    .select([
      'c.id', 'c.tracking_code', 'c.status', 'c.employer_name', 'c.employer_ubn', 'c.district_code', 'c.law', 'c.description',
      'c.received_at', 'c.notice_due_on', 'c.reply_due_on', 'c.notice_sent_at', 'c.replied_at', 'c.closed_at',
      'c.transferred_to', 'c.assigned_to', 'c.locale', 's.display_name as assignee_name',
    ])
    .$castTo<ComplaintRow>();

const complaintSortColumns = {
  receivedAt: { expression: sql.ref('c.received_at'), type: 'timestamptz' },
  trackingCode: { expression: sql.ref('c.tracking_code'), type: 'text' },
  status: { expression: sql.ref('c.status'), type: 'text' },
  employerName: { expression: sql.ref('c.employer_name'), type: 'text' },
  districtCode: { expression: sql.ref('c.district_code'), type: 'text' },
  replyDueOn: { expression: sql.ref('c.reply_due_on'), type: 'date' },
} satisfies Record<ComplaintSortKey, SortColumn>;

/** The supervising role is whoever may assign complaints (ADR 0008). */
export const isSupervisor = (staff: StaffPrincipal) => hasPermission(staff.roles, 'complaints.assign');
const isAssignedInspector = (staff: StaffPrincipal, row: { assigned_to: string | null }) =>
  row.assigned_to === staff.id && hasPermission(staff.roles, 'complaints.handle');

export function createComplaintsService({
  db,
  referenceData,
  clock,
  notifications,
  translations,
}: {
  db: Db;
  referenceData: ReferenceData;
  clock: () => Date;
  /** The outbox that e-mails the written reply (ADR 0014); without it the reply is on the status page only. */
  notifications?: ReplyNotifier;
  /** The interpreters' queue (issue 15 §1): free text to someone who filed in another language waits there. */
  translations?: MessageTranslations;
}) {
  const timeZone = referenceData.city.bureau.timeZone;
  const bureauName = (locale: Locale) => referenceData.bureauName(locale);
  const today = () => localDate(clock(), timeZone);

  const toSummary = (row: ComplaintRow, day: string): z.infer<typeof complaintSummary> => ({
    id: row.id,
    trackingCode: row.tracking_code,
    status: row.status,
    employerName: row.employer_name,
    districtCode: row.district_code,
    law: row.law,
    receivedAt: new Date(row.received_at).toISOString(),
    noticeDueOn: row.notice_due_on,
    replyDueOn: row.reply_due_on,
    assignedTo: row.assigned_to ? { id: row.assigned_to, displayName: row.assignee_name ?? '' } : null,
    overdue: overdueDeadlines(
      { status: row.status, noticeDueOn: row.notice_due_on, replyDueOn: row.reply_due_on, noticeSent: row.notice_sent_at !== null },
      day,
    ),
  });

  async function loadForUpdate(tx: Queryable, id: string): Promise<ComplaintRow> {
    const row = (await tx.query<ComplaintRow>(`${summarySelect} WHERE c.id = $1 FOR UPDATE OF c`, [id])).rows[0];
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  return {
    ...createComplaintFiling({ db, referenceData, clock, translations }),

    /** Complaints for staff, newest first by default; never the complainant (no identity columns here). */
    list(staff: StaffPrincipal, filters: { status?: ComplaintStatus | undefined; mine?: boolean }): ListDefinition<ComplaintSortKey, ComplaintRow> {
      let query = summaryQuery();
      if (filters.status) query = query.where('c.status', '=', filters.status);
      if (filters.mine) query = query.where('c.assigned_to', '=', staff.id);
      return { query, sortKeys: complaintSortColumns, defaultSort: '-receivedAt', unique: { expression: sql.ref('c.id'), type: 'uuid' } };
    },

    /** A list row as the API shows it, with the deadlines missed by today's Taiwan date. */
    toSummary: (row: ComplaintRow) => toSummary(row, today()),

    /**
     * Open complaints past a deadline on today's Taiwan date, the longest overdue first. Days overdue count
     * from the earliest missed deadline: the notice's when it is missed, else the reply's.
     */
    overdueList(): { today: string; list: ListDefinition<OverdueSortKey, ComplaintRow & { days_overdue: number }> } {
      const day = today();
      const noticeMissed = sql<boolean>`(c.notice_sent_at IS NULL AND c.notice_due_on < cast(${day} as date))`;
      const daysOverdue = sql<number>`(cast(${day} as date) - CASE WHEN ${noticeMissed} THEN c.notice_due_on ELSE c.reply_due_on END)`;
      const query = summaryQuery()
        .select(daysOverdue.as('days_overdue'))
        .where('c.status', 'in', [...openStatuses])
        .where((eb) => eb.or([eb('c.reply_due_on', '<', day), noticeMissed]));
      return {
        today: day,
        list: {
          query,
          sortKeys: { ...complaintSortColumns, daysOverdue: { expression: daysOverdue, type: 'integer' } },
          defaultSort: '-daysOverdue',
          unique: { expression: sql.ref('c.id'), type: 'uuid' },
        },
      };
    },

    /** Active accounts a supervisor can assign to. */
    async inspectors(): Promise<{ id: string; displayName: string }[]> {
      const rows = await db.query<{ id: string; display_name: string }>(
        `SELECT id, display_name FROM staff_users WHERE is_active AND 'labor-inspector' = ANY(roles) ORDER BY display_name, id`,
      );
      return rows.rows.map((row) => ({ id: row.id, displayName: row.display_name }));
    },

    /** Everything staff see about a complaint, never the identity. The view is audited. */
    async detail(staff: StaffPrincipal, id: string, meta: RequestMeta): Promise<z.infer<typeof complaintDetail>> {
      return db.transaction(async (tx) => {
        const row = (await tx.query<ComplaintRow>(`${summarySelect} WHERE c.id = $1`, [id])).rows[0];
        if (!row) throw new AppError('NOT_FOUND');
        const events = await tx.query<EventRow>(
          `SELECT e.id, e.kind, e.status, e.occurred_at, e.public_message, e.outcome, e.authority, s.display_name AS actor_name
           FROM complaint_events e LEFT JOIN staff_users s ON s.id = e.actor_id
           WHERE e.complaint_id = $1 ORDER BY e.occurred_at, e.id`,
          [id],
        );
        // The bytes of CSV evidence only, to count the formula cells the page warns about (finding 10).
        const attachments = await tx.query<{ id: string; file_name: string; media_type: string; byte_size: number; content: Uint8Array | null }>(
          `SELECT id, file_name, media_type, byte_size, CASE WHEN media_type = 'text/csv' THEN content END AS content
           FROM complaint_attachments WHERE complaint_id = $1 ORDER BY position`,
          [id],
        );
        const states = await messageTranslations(tx, translations, events.rows);
        const assignedToCaller = isAssignedInspector(staff, row);
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'complaint.view',
          recordType: 'complaint',
          recordId: id,
          requestId: meta.requestId,
          details: { text: assignedToCaller || isSupervisor(staff) },
          occurredAt: clock(),
        });
        const assigned = isAssignedInspector(staff, row);
        // Complainants write their name and phone into the description and attach signed documents; the
        // sealed identity (LSA Art. 74) would mean little if every inspector read those. Others get the
        // structured summary only (issue 16, finding 5).
        const mayReadText = assigned || isSupervisor(staff);
        return {
          ...toSummary(row, today()),
          employerUbn: row.employer_ubn,
          locale: row.locale,
          description: mayReadText ? row.description : null,
          redacted: !mayReadText,
          attachmentCount: attachments.rows.length,
          noticeSentAt: iso(row.notice_sent_at),
          repliedAt: iso(row.replied_at),
          closedAt: iso(row.closed_at),
          transferredTo: row.transferred_to,
          attachments: mayReadText
            ? attachments.rows.map((a) => ({
                id: a.id,
                fileName: a.file_name,
                mediaType: a.media_type,
                byteSize: a.byte_size,
                formulaCells: a.content ? formulaCellCount(new Uint8Array(a.content)) : 0,
              }))
            : [],
          events: events.rows.map((event) => ({
            kind: event.kind,
            status: event.status,
            at: new Date(event.occurred_at).toISOString(),
            message: event.public_message,
            outcome: event.outcome,
            translation: states.get(String(event.id))?.status === 'done' ? 'done' : states.has(String(event.id)) ? 'pending' : null,
            authority: event.authority,
            actor: event.actor_name,
          })),
          can: {
            assign: isSupervisor(staff) && assignableFrom.includes(row.status),
            actions: assigned ? allowedActions(row.status) : [],
            revealIdentity: hasPermission(staff.roles, 'complaints.read-identity') && (assigned || isSupervisor(staff)),
            downloadAttachments: assigned,
          },
        };
      });
    },

    async assign(staff: StaffPrincipal, id: string, inspectorId: string, meta: RequestMeta): Promise<void> {
      await db.transaction(async (tx) => {
        const row = await loadForUpdate(tx, id);
        if (!assignableFrom.includes(row.status)) {
          throw new AppError('INVALID_TRANSITION', { params: { status: row.status, action: 'assign' } });
        }
        const inspector = (
          await tx.query<{ id: string }>(
            `SELECT id FROM staff_users WHERE id = $1 AND is_active AND 'labor-inspector' = ANY(roles)`,
            [inspectorId],
          )
        ).rows[0];
        if (!inspector) throw validationError(meta.locale, [{ field: 'inspectorId', message: 'validation.inspector' }]);
        // Already theirs: nothing happens, so the complainant's timeline shows one assignment (issue 16, finding 13).
        if (row.status === 'assigned' && row.assigned_to === inspectorId) return;
        const now = clock();
        await tx.query(`UPDATE complaints SET status = 'assigned', assigned_to = $2, assigned_at = $3, updated_at = $3 WHERE id = $1`, [
          id,
          inspectorId,
          now,
        ]);
        await addComplaintEvent(tx, id, { kind: 'assigned', status: 'assigned', at: now, actorId: staff.id });
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'complaint.assign',
          recordType: 'complaint',
          recordId: id,
          requestId: meta.requestId,
          details: { from: row.assigned_to, to: inspectorId },
          occurredAt: now,
        });
      });
    },

    /** A step of the assigned inspector; an action the status does not allow is INVALID_TRANSITION (409). */
    async transition(
      staff: StaffPrincipal,
      id: string,
      input: { action: ComplaintAction; outcome?: ReplyOutcome | undefined; message?: string | undefined; authority?: string | undefined },
      meta: RequestMeta,
    ): Promise<{ status: ComplaintStatus }> {
      return db.transaction(async (tx) => {
        const row = await loadForUpdate(tx, id);
        if (!isAssignedInspector(staff, row)) throw new AppError('NOT_ASSIGNED');
        const next = nextStatus(row.status, input.action);
        if (!next) throw new AppError('INVALID_TRANSITION', { params: { status: row.status, action: input.action } });
        const now = clock();
        const sets = ['status = $2', 'updated_at = $3'];
        // A message to the complainant meets the 14-day notice; the reply also meets the 60-day one.
        if (input.message && row.notice_sent_at === null) sets.push('notice_sent_at = $3');
        if (input.action === 'reply') sets.push('replied_at = $3');
        if (input.action === 'close') sets.push('closed_at = $3');
        const params: unknown[] = [id, next.status, now];
        if (input.action === 'transfer') {
          params.push(input.authority ?? null);
          sets.push(`transferred_to = $${params.length}`);
        }
        await tx.query(`UPDATE complaints SET ${sets.join(', ')} WHERE id = $1`, params);
        const eventId = await addComplaintEvent(tx, id, {
          kind: next.kind,
          status: next.status,
          at: now,
          message: input.message ?? null,
          outcome: input.action === 'reply' ? (input.outcome ?? null) : null,
          authority: input.action === 'transfer' ? (input.authority ?? null) : null,
          actorId: staff.id,
        });
        const translating =
          input.message !== undefined && translations !== undefined && (await openMessageTranslation(tx, translations, { complaintId: id, eventId, message: input.message }));
        if (input.action === 'reply' && notifications) {
          await queueWrittenReply(tx, { notifier: notifications, bureauName }, {
            complaintId: id,
            trackingCode: row.tracking_code,
            outcome: input.outcome ?? null,
            reply: input.message ?? null,
            translating,
            repliedOn: localDate(now, timeZone),
            actor: actorOf(staff),
            requestId: meta.requestId,
            at: now,
          });
        }
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: `complaint.${input.action}`,
          recordType: 'complaint',
          recordId: id,
          requestId: meta.requestId,
          details: { from: row.status, to: next.status },
          occurredAt: now,
        });
        return { status: next.status };
      });
    },

    /**
     * The sealed identity, for the assigned inspector and the supervising role only. Every reading,
     * of a named or an anonymous complaint, is written to the audit trail in the same transaction.
     */
    async revealIdentity(staff: StaffPrincipal, id: string, meta: RequestMeta): Promise<z.infer<typeof complaintIdentity>> {
      return db.transaction(async (tx) => {
        const row = (await tx.query<{ assigned_to: string | null }>('SELECT assigned_to FROM complaints WHERE id = $1', [id])).rows[0];
        if (!row) throw new AppError('NOT_FOUND');
        if (!isSupervisor(staff) && !isAssignedInspector(staff, row)) throw new AppError('NOT_ASSIGNED');
        const identity = (
          await tx.query<{ name: string; phone: string | null; email: string | null; id_number: string | null }>(
            'SELECT name, phone, email, id_number FROM complaint_identities WHERE complaint_id = $1',
            [id],
          )
        ).rows[0];
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'complaint.identity-view',
          recordType: 'complaint',
          recordId: id,
          requestId: meta.requestId,
          details: { anonymous: !identity, as: isAssignedInspector(staff, row) ? 'assigned-inspector' : 'supervisor' },
          occurredAt: clock(),
        });
        return identity
          ? { anonymous: false, name: identity.name, phone: identity.phone, email: identity.email, idNumber: identity.id_number }
          : { anonymous: true, name: null, phone: null, email: null, idNumber: null };
      });
    },

    /** One piece of evidence, for the assigned inspector; the download is audited. */
    async attachment(
      staff: StaffPrincipal,
      id: string,
      attachmentId: string,
      meta: RequestMeta,
      copy?: 'neutralised',
    ): Promise<{ fileName: string; mediaType: string; bytes: Uint8Array<ArrayBuffer> }> {
      return db.transaction(async (tx) => {
        const row = (await tx.query<{ assigned_to: string | null }>('SELECT assigned_to FROM complaints WHERE id = $1', [id])).rows[0];
        if (!row) throw new AppError('NOT_FOUND');
        if (!isAssignedInspector(staff, row)) throw new AppError('NOT_ASSIGNED');
        const file = (
          await tx.query<{ file_name: string; media_type: string; content: Uint8Array }>(
            'SELECT file_name, media_type, content FROM complaint_attachments WHERE complaint_id = $1 AND id = $2',
            [id, attachmentId],
          )
        ).rows[0];
        if (!file) throw new AppError('NOT_FOUND');
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'complaint.attachment-download',
          recordType: 'complaint',
          recordId: id,
          requestId: meta.requestId,
          details: { attachmentId, fileName: file.file_name, ...(copy ? { copy } : {}) },
          occurredAt: clock(),
        });
        if (copy === 'neutralised' && file.media_type === 'text/csv') {
          const fileName = file.file_name.replace(/\.csv$/, '-neutralised.csv');
          return { fileName, mediaType: file.media_type, bytes: neutralisedCsv(new Uint8Array(file.content)) };
        }
        return { fileName: file.file_name, mediaType: file.media_type, bytes: new Uint8Array(file.content) };
      });
    },

    /**
     * The written reply as a letter (its PDF is rendered by the route): for staff who may read the
     * complaint; NOT_FOUND before the reply exists. The reading is audited.
     */
    async writtenReply(staff: StaffPrincipal, id: string, meta: RequestMeta): Promise<{ trackingCode: string; reply: string; repliedOn: string }> {
      return db.transaction(async (tx) => {
        const found = await loadWrittenReply(tx, id);
        if (!found) throw new AppError('NOT_FOUND');
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'complaint.reply-document',
          recordType: 'complaint',
          recordId: id,
          requestId: meta.requestId,
          occurredAt: clock(),
        });
        return { trackingCode: found.trackingCode, reply: found.reply, repliedOn: localDate(found.repliedAt, timeZone) };
      });
    },

    /**
     * The notice the inspector sends the employer. Built from the complaint's employer and law only:
     * never the identity, the description (written by the complainant, often in the first person) or
     * the date of receipt (which can point to whoever complained that day).
     */
    async employerNotice(staff: StaffPrincipal, id: string, meta: RequestMeta): Promise<{ text: string }> {
      return db.transaction(async (tx) => {
        const row = (await tx.query<ComplaintRow>(`${summarySelect} WHERE c.id = $1`, [id])).rows[0];
        if (!row) throw new AppError('NOT_FOUND');
        if (!isAssignedInspector(staff, row)) throw new AppError('NOT_ASSIGNED');
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'complaint.employer-notice',
          recordType: 'complaint',
          recordId: id,
          requestId: meta.requestId,
          occurredAt: clock(),
        });
        const district = referenceData.district(row.district_code);
        return {
          text: employerNoticeText({
            bureau: referenceData.city.bureau.name,
            employerName: row.employer_name,
            employerUbn: row.employer_ubn,
            districtName: district ? `${referenceData.city.name}${district.name}` : null,
            law: row.law,
            issuedOn: today(),
          }),
        };
      });
    },
  };
}

export type ComplaintsService = ReturnType<typeof createComplaintsService>;

/** The audit trail finds a complaint by its tracking code (issue 15 §8a). */
export const complaintAuditReference = (db: Db) =>
  tableReference(db, { recordType: 'complaint', table: 'complaints', column: 'tracking_code', pattern: /^TC-[0-9A-HJKMNP-TV-Z]{8}$/i });
