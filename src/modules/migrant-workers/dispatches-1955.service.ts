/**
 * Cases the national 1955 hotline dispatches to the city (派案), issue 10 §3: entered by hand or imported
 * from the hotline's file (CSV or JSON, docs/migrant-workers.md), each tracked to the city's reply before
 * the deadline the dispatch gives (dispatches-1955.deadline.ts). The worker's name and document number
 * are personal data: masked in lists, shown in full through an audited view.
 */
import type { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import { toFieldIssues } from '../../shared/http/validation.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { maskIdNumber, maskName } from '../people/identifiers.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { decodeCsv, parseCsv } from '../violations/violations.csv.ts';
import { dispatchState } from './dispatches-1955.deadline.ts';
import {
  dispatchColumnOfField,
  dispatchImportColumns,
  dispatchRequest,
  dispatchRequiredColumns,
  type DispatchInput,
  type dispatchRecord,
  type dispatchReplyRequest,
  type DispatchSortKey,
  type dispatchSummary,
} from './dispatches-1955.contract.ts';
import { localDay } from './migrant-workers.visits.ts';

type Meta = { requestId: string; locale: Locale };

export type DispatchRow = {
  id: string;
  dispatch_number: string;
  received_at: Date | string;
  worker_name: string;
  worker_document_kind: string;
  worker_document: string;
  worker_id: string | null;
  employer_name: string;
  reply_deadline: string;
  assigned_to: string;
  assignee_name: string;
  replied_on: string | null;
  reply_outcome: string | null;
  source: string;
};

export type DispatchFilters = { status?: 'open' | 'overdue' | 'replied' | undefined; mine?: 'true' | 'false' | undefined };

/** The most rows one import file may hold: a day's dispatches are a few dozen. */
export const maxImportRows = 2000;

const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });
const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', { fieldIssues: [{ field, code: 'custom', message }] });

export function createDispatchesService(deps: { db: Db; clock: () => Date; referenceData: ReferenceData }) {
  const { db, clock, referenceData } = deps;
  const timeZone = referenceData.city.bureau.timeZone;
  const today = () => localDay(clock(), timeZone);

  async function assertMigrantOfficer(on: Queryable, officerId: string) {
    const row = (await on.query<{ roles: string[] }>('SELECT roles FROM staff_users WHERE id = $1 AND is_active', [officerId])).rows[0];
    if (!row || !row.roles.includes('migrant-officer')) throw invalid('assignedTo', 'validation.migrant.officer');
  }

  /**
   * The registered worker with this resident certificate number (their latest arrival), and the officer
   * of their work district: the dispatch goes to that officer unless one is named.
   */
  async function matchWorker(on: Queryable, residentCertificateNumber: string | undefined): Promise<{ workerId: string | null; officerId: string | null }> {
    if (!residentCertificateNumber) return { workerId: null, officerId: null };
    const row = (
      await on.query<{ id: string; officer_id: string | null }>(
        `SELECT w.id, o.officer_id FROM migrant_workers w JOIN people p ON p.id = w.person_id
         LEFT JOIN migrant_district_officers o ON o.district_code = w.district_code
         WHERE p.id_number = $1 ORDER BY w.arrival_date DESC LIMIT 1`,
        [residentCertificateNumber],
      )
    ).rows[0];
    return { workerId: row?.id ?? null, officerId: row?.officer_id ?? null };
  }

  /** Inserts one dispatch in `tx`: `created: false` when its number is already registered (nothing written). */
  async function insertInTransaction(
    tx: Queryable,
    staff: StaffPrincipal,
    input: DispatchInput,
    source: 'form' | 'import',
    requestId: string,
  ): Promise<{ id: string; created: boolean; sameAsStored: boolean }> {
    const existing = (
      await tx.query<{ id: string; worker_document: string; reply_deadline: string; employer_name: string }>(
        'SELECT id, worker_document, reply_deadline, employer_name FROM migrant_dispatches WHERE dispatch_number = $1',
        [input.dispatchNumber],
      )
    ).rows[0];
    const document = input.residentCertificateNumber ?? input.passportNumber ?? '';
    if (existing) {
      const same = existing.worker_document === document && existing.reply_deadline === input.replyDeadline && existing.employer_name === input.employerName;
      return { id: existing.id, created: false, sameAsStored: same };
    }
    const match = await matchWorker(tx, input.residentCertificateNumber);
    const assignedTo = input.assignedTo ?? match.officerId ?? staff.id;
    const row = (
      await tx.query<{ id: string }>(
        `INSERT INTO migrant_dispatches (dispatch_number, received_at, worker_name, worker_document_kind, worker_document, worker_id,
           employer_name, issue, reply_deadline, assigned_to, source, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (dispatch_number) DO NOTHING RETURNING id`,
        [
          input.dispatchNumber,
          new Date(input.receivedAt),
          input.workerName,
          input.residentCertificateNumber ? 'resident-certificate' : 'passport',
          document,
          match.workerId,
          input.employerName,
          input.issue,
          input.replyDeadline,
          assignedTo,
          source,
          staff.id,
        ],
      )
    ).rows[0];
    // A concurrent writer took the number between the check and the insert: the same dispatch, stored once.
    if (!row) return { id: '', created: false, sameAsStored: true };
    await recordAudit(tx, {
      actor: actorOf(staff),
      action: 'migrant-dispatch.create',
      recordType: 'migrant-dispatch',
      recordId: row.id,
      requestId,
      details: { dispatchNumber: input.dispatchNumber, replyDeadline: input.replyDeadline, source, assignedTo },
    });
    return { id: row.id, created: true, sameAsStored: true };
  }

  function checkDates(input: DispatchInput): { field: string; message: string } | undefined {
    const receivedOn = localDay(new Date(input.receivedAt), timeZone);
    if (new Date(input.receivedAt).getTime() > clock().getTime()) return { field: 'receivedAt', message: 'validation.migrant.received_in_future' };
    if (input.replyDeadline < receivedOn) return { field: 'replyDeadline', message: 'validation.migrant.deadline_before_received' };
    return undefined;
  }

  const listQuery = () =>
    qb
      .selectFrom('migrant_dispatches as d')
      .innerJoin('staff_users as s', 's.id', 'd.assigned_to')
      .select([
        'd.id',
        'd.dispatch_number',
        'd.received_at',
        'd.worker_name',
        'd.worker_document_kind',
        'd.worker_document',
        'd.worker_id',
        'd.employer_name',
        'd.reply_deadline',
        'd.assigned_to',
        's.display_name as assignee_name',
        'd.replied_on',
        'd.reply_outcome',
        'd.source',
      ]);

  const toSummary = (row: DispatchRow, day: string): z.infer<typeof dispatchSummary> => ({
    id: row.id,
    dispatchNumber: row.dispatch_number,
    receivedAt: new Date(row.received_at).toISOString(),
    workerName: maskName(row.worker_name),
    workerDocument: maskIdNumber(row.worker_document),
    workerId: row.worker_id,
    employerName: row.employer_name,
    replyDeadline: row.reply_deadline,
    state: dispatchState({ replyDeadline: row.reply_deadline, repliedOn: row.replied_on, today: day }),
    assignedTo: { id: row.assigned_to, displayName: row.assignee_name },
    repliedOn: row.replied_on,
    replyOutcome: row.reply_outcome as z.infer<typeof dispatchSummary>['replyOutcome'],
    source: row.source as 'form' | 'import',
  });

  return {
    today,
    toSummary: (row: DispatchRow) => toSummary(row, today()),

    async create(staff: StaffPrincipal, input: DispatchInput, meta: Meta): Promise<{ id: string; replyDeadline: string }> {
      const dates = checkDates(input);
      if (dates) throw invalid(dates.field, dates.message);
      return db.transaction(async (tx) => {
        if (input.assignedTo) await assertMigrantOfficer(tx, input.assignedTo);
        const result = await insertInTransaction(tx, staff, input, 'form', meta.requestId);
        if (!result.created) throw new AppError('CONFLICT');
        return { id: result.id, replyDeadline: input.replyDeadline };
      });
    },

    /**
     * The hotline's file, CSV (a header naming the columns, in any order) or JSON (an array of objects with
     * the same keys). Every valid row in one transaction; a dispatch number already registered with the
     * same worker, employer and deadline is unchanged, so the same file imported twice adds nothing; with
     * other details it is refused. Rejected rows carry their line (JSON: the item's position) and a reason in
     * the officer's language.
     */
    async importFile(
      staff: StaffPrincipal,
      bytes: Uint8Array,
      options: Meta & { fileName: string; afterRow?: (line: number) => void },
    ): Promise<{ imported: number; unchanged: number; rejected: { line: number; reason: string }[] }> {
      const t = (key: string, params: Record<string, string | number> = {}) => translate(options.locale, key, params);
      const fileIssue = (key: string, params: Record<string, string | number> = {}) => invalid('file', t(key, params));
      const decoded = decodeCsv(bytes);
      if (!decoded.ok) throw fileIssue('validation.migrant.file.encoding');
      const text = decoded.text.replace(/^\uFEFF/, '');
      const rows: { line: number; cell: (column: (typeof dispatchImportColumns)[number]) => string | undefined }[] = [];
      const rejected: { line: number; reason: string }[] = [];
      if (/^\s*[[{]/.test(text)) {
        let items: unknown;
        try {
          items = JSON.parse(text);
        } catch {
          throw fileIssue('validation.migrant.file.json');
        }
        if (!Array.isArray(items)) throw fileIssue('validation.migrant.file.json');
        for (const [index, item] of items.entries()) {
          if (typeof item !== 'object' || item === null || Array.isArray(item)) {
            rejected.push({ line: index + 1, reason: t('validation.migrant.row.not_object') });
            continue;
          }
          const record = item as Record<string, unknown>;
          rows.push({
            line: index + 1,
            cell: (column) => {
              const value = record[column];
              if (value === undefined || value === null) return undefined;
              const textValue = String(value).trim();
              return textValue === '' ? undefined : textValue;
            },
          });
        }
      } else {
        const records = [...parseCsv(text)];
        const header = records[0];
        if (!header || 'error' in header) throw fileIssue('validation.migrant.file.empty');
        const names = header.fields.map((name) => name.trim().toLowerCase());
        const missing = dispatchRequiredColumns.filter((column) => !names.includes(column));
        if (missing.length > 0) throw fileIssue('validation.migrant.file.columns', { columns: missing.join(', ') });
        for (const record of records.slice(1)) {
          if ('error' in record) {
            rejected.push({ line: record.line, reason: t('validation.migrant.row.quote') });
            continue;
          }
          if (record.fields.every((field) => field.trim() === '')) continue;
          rows.push({
            line: record.line,
            cell: (column) => {
              const index = names.indexOf(column);
              const value = index < 0 ? '' : (record.fields[index] ?? '').trim();
              return value === '' ? undefined : value;
            },
          });
        }
      }
      if (rows.length > maxImportRows) throw fileIssue('validation.migrant.file.too_many', { max: maxImportRows });
      const valid: { line: number; input: DispatchInput }[] = [];
      const seen = new Map<string, number>();
      for (const row of rows) {
        const raw = {
          dispatchNumber: row.cell('dispatch_number') ?? '',
          receivedAt: row.cell('received_at') ?? '',
          workerName: row.cell('worker_name') ?? '',
          residentCertificateNumber: row.cell('resident_certificate_number'),
          passportNumber: row.cell('passport_number'),
          employerName: row.cell('employer_name') ?? '',
          issue: row.cell('issue') ?? '',
          replyDeadline: row.cell('reply_deadline') ?? '',
        };
        const parsed = dispatchRequest.safeParse(raw);
        if (!parsed.success) {
          const issue = toFieldIssues(parsed.error.issues, options.locale, raw)[0];
          const column = issue ? (dispatchColumnOfField[issue.field] ?? issue.field) : '';
          rejected.push({ line: row.line, reason: `${column}: ${issue?.message ?? ''}` });
          continue;
        }
        const dates = checkDates(parsed.data);
        if (dates) {
          rejected.push({ line: row.line, reason: `${dispatchColumnOfField[dates.field] ?? dates.field}: ${t(dates.message)}` });
          continue;
        }
        const earlier = seen.get(parsed.data.dispatchNumber);
        if (earlier !== undefined) {
          rejected.push({ line: row.line, reason: t('validation.migrant.row.duplicate_dispatch', { line: earlier }) });
          continue;
        }
        seen.set(parsed.data.dispatchNumber, row.line);
        valid.push({ line: row.line, input: parsed.data });
      }
      return db.transaction(async (tx) => {
        let imported = 0;
        let unchanged = 0;
        for (const row of valid) {
          const result = await insertInTransaction(tx, staff, row.input, 'import', options.requestId);
          if (result.created) imported += 1;
          else if (result.sameAsStored) unchanged += 1;
          else rejected.push({ line: row.line, reason: `dispatch_number: ${t('validation.migrant.row.dispatch_differs')}` });
          options.afterRow?.(row.line);
        }
        rejected.sort((a, b) => a.line - b.line);
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'migrant-dispatch.import',
          recordType: 'migrant-dispatch-import',
          recordId: null,
          requestId: options.requestId,
          details: { fileName: options.fileName, imported, unchanged, rejected: rejected.length },
        });
        return { imported, unchanged, rejected };
      });
    },

    /**
     * `open`: not replied and the deadline is today or later; `overdue`: not replied and the deadline has
     * passed (the deadline day itself is on time); `replied`. Soonest deadline first.
     */
    list(staff: StaffPrincipal, filters: DispatchFilters): ListDefinition<DispatchSortKey, DispatchRow> {
      const day = today();
      let query = listQuery().$castTo<DispatchRow>();
      if (filters.status === 'replied') query = query.where('d.replied_on', 'is not', null);
      if (filters.status === 'open') query = query.where('d.replied_on', 'is', null).where('d.reply_deadline', '>=', day);
      if (filters.status === 'overdue') query = query.where('d.replied_on', 'is', null).where('d.reply_deadline', '<', day);
      if (filters.mine === 'true') query = query.where('d.assigned_to', '=', staff.id);
      return {
        query,
        sortKeys: {
          replyDeadline: { expression: sql.ref('d.reply_deadline'), type: 'date' },
          receivedAt: { expression: sql.ref('d.received_at'), type: 'timestamptz' },
          dispatchNumber: { expression: sql.ref('d.dispatch_number'), type: 'text' },
        },
        defaultSort: 'replyDeadline',
        unique: { expression: sql.ref('d.id'), type: 'uuid' },
      };
    },

    /** One dispatch in full (the worker's name and document, the issue, the reply): every view audited. */
    async view(staff: StaffPrincipal, id: string, requestId: string): Promise<z.infer<typeof dispatchRecord>> {
      return db.transaction(async (tx) => {
        const compiled = listQuery()
          .leftJoin('staff_users as r', 'r.id', 'd.replied_by')
          .select(['d.issue', 'd.reply_text', 'r.display_name as replied_by_name'])
          .where('d.id', '=', id)
          .compile();
        const row = (await tx.query(compiled.sql, compiled.parameters)).rows[0] as
          | (DispatchRow & { issue: string; reply_text: string | null; replied_by_name: string | null })
          | undefined;
        if (!row) throw new AppError('NOT_FOUND');
        await recordAudit(tx, { actor: actorOf(staff), action: 'migrant-dispatch.view-full', recordType: 'migrant-dispatch', recordId: id, requestId });
        return {
          ...toSummary(row, today()),
          workerName: row.worker_name,
          workerDocument: row.worker_document,
          workerDocumentKind: row.worker_document_kind as 'resident-certificate' | 'passport',
          issue: row.issue,
          replyText: row.reply_text,
          repliedBy: row.replied_by_name,
        };
      });
    },

    /** One dispatch as lists show it (masked): not audited. */
    async summary(id: string) {
      const compiled = listQuery().where('d.id', '=', id).compile();
      const row = (await db.query(compiled.sql, compiled.parameters)).rows[0] as DispatchRow | undefined;
      if (!row) throw new AppError('NOT_FOUND');
      return toSummary(row, today());
    },

    /** Where a migrant officer's reminders go (the supervisor keeps it; audited). */
    async setStaffContact(staff: StaffPrincipal, staffId: string, contact: { email: string; locale: string }, requestId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const officer = (await tx.query<{ roles: string[] }>('SELECT roles FROM staff_users WHERE id = $1 AND is_active', [staffId])).rows[0];
        if (!officer?.roles.includes('migrant-officer')) throw invalid('staffId', 'validation.migrant.officer');
        await tx.query(
          `INSERT INTO migrant_staff_contacts (staff_id, email, locale) VALUES ($1, $2, $3)
           ON CONFLICT (staff_id) DO UPDATE SET email = EXCLUDED.email, locale = EXCLUDED.locale, updated_at = now()`,
          [staffId, contact.email, contact.locale],
        );
        await recordAudit(tx, { actor: actorOf(staff), action: 'migrant-staff-contact.set', recordType: 'staff-user', recordId: staffId, requestId });
      });
    },

    /** The city's reply to the hotline, once; dated from the day received to today (audited). */
    async reply(staff: StaffPrincipal, id: string, input: z.infer<typeof dispatchReplyRequest>, meta: Meta) {
      const day = today();
      if (input.repliedOn > day) throw invalid('repliedOn', 'validation.migrant.reply_in_future');
      return db.transaction(async (tx) => {
        const row = (
          await tx.query<{ received_at: Date; replied_on: string | null; reply_deadline: string }>(
            'SELECT received_at, replied_on, reply_deadline FROM migrant_dispatches WHERE id = $1 FOR UPDATE',
            [id],
          )
        ).rows[0];
        if (!row) throw new AppError('NOT_FOUND');
        if (row.replied_on) throw new AppError('INVALID_TRANSITION');
        if (input.repliedOn < localDay(new Date(row.received_at), timeZone)) throw invalid('repliedOn', 'validation.migrant.reply_before_received');
        await tx.query(
          `UPDATE migrant_dispatches SET replied_on = $2, reply_outcome = $3, reply_text = $4, replied_by = $5, updated_at = now() WHERE id = $1`,
          [id, input.repliedOn, input.outcome, input.text, staff.id],
        );
        const state = dispatchState({ replyDeadline: row.reply_deadline, repliedOn: input.repliedOn, today: day });
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'migrant-dispatch.reply',
          recordType: 'migrant-dispatch',
          recordId: id,
          requestId: meta.requestId,
          details: { repliedOn: input.repliedOn, outcome: input.outcome, onTime: state === 'replied' },
        });
        return { state };
      });
    },
  };
}

export type DispatchesService = ReturnType<typeof createDispatchesService>;
