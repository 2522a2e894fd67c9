/**
 * @module programs/recoveries
 * Recovery of an overpayment (追繳, ADR 0039). Staff open a recovery on a paid application for at most
 * what was paid less what earlier recoveries claim, with the reason and the legal basis as they enter
 * them (the system names no article) and a due date. Repayments may be partial; the recovery is settled
 * when they reach its amount, and each one takes its amount off the program's paid figure for the year.
 * A write-off is asked for by one person and approved by another. The applicant is told through the
 * notifications outbox, in the application's language, with the appeal instructions of the decisions.
 */
import type { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import { sourceLocale, type Locale } from '../../shared/i18n/locales.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import { maskName } from '../people/identifiers.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { applicationNumber, type NoticeRecipient } from './programs.notices.ts';
import type { recoveryDetail, recoveryRequest, RecoverySortKey, recoverySummary, repaymentRequest } from './programs.payments.contract.ts';

const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });
const fieldIssue = (field: string, message: string) => new AppError('VALIDATION_FAILED', { fieldIssues: [{ field, code: 'custom', message }] });
const formatMoney = (amount: number, locale: Locale) => `NT$ ${new Intl.NumberFormat(locale === 'zh-TW' ? 'zh-TW' : 'en-US').format(amount)}`;

type RecoveryRow = {
  id: string;
  application_id: string;
  program_code: string;
  amount_twd: string | number;
  recovered_twd: string | number;
  reason: string;
  legal_basis: string;
  due_on: string;
  status: string;
  opened_by: string;
  opened_at: Date;
  write_off_reason: string | null;
  write_off_requested_by: string | null;
  written_off_by: string | null;
  names: Record<string, string>;
  person_name: string | null;
  employer_name: string | null;
};

/** What an application was paid: its paid batch lines and a payment approved one by one. */
export async function paidOf(on: Queryable, applicationId: string): Promise<number> {
  const row = (
    await on.query<{ paid: string }>(
      `SELECT (SELECT coalesce(sum(amount_twd), 0) FROM program_payment_lines WHERE application_id = $1 AND status = 'paid')
            + (SELECT coalesce(sum(amount_twd), 0) FROM program_payments WHERE application_id = $1 AND status = 'paid') AS paid`,
      [applicationId],
    )
  ).rows[0];
  return Number(row?.paid ?? 0);
}

export function createProgramRecoveries(deps: {
  db: Db;
  clock: () => Date;
  referenceData: ReferenceData;
  /** Where the applicant's notices go (the decision notices' own reading); absent in data loaders. */
  recipientOf?: (applicationId: string) => Promise<NoticeRecipient | undefined>;
  notifications?: Pick<NotificationsService, 'notify'>;
}) {
  const { db, clock, referenceData } = deps;
  const timeZone = referenceData.city.bureau.timeZone;
  const today = () => new Intl.DateTimeFormat('en-CA', { timeZone }).format(clock());
  const appealAuthority = (locale: Locale) =>
    locale === 'zh-TW' ? `${referenceData.city.name}政府` : `${referenceData.city.nameEn} City Government (${referenceData.city.name}政府)`;

  function baseQuery() {
    return qb
      .selectFrom('program_recoveries as r')
      .innerJoin('program_applications as a', 'a.id', 'r.application_id')
      .innerJoin('program_definitions as d', 'd.id', 'a.definition_id')
      .leftJoin('people as p', 'p.id', 'a.person_id')
      .leftJoin('employers as e', 'e.id', 'a.employer_id')
      .selectAll('r')
      .select(['d.names', 'p.name as person_name', 'e.name as employer_name']);
  }

  const toSummary =
    (locale: Locale) =>
    (row: RecoveryRow): z.infer<typeof recoverySummary> => ({
      id: row.id,
      applicationId: row.application_id,
      applicationNumber: applicationNumber(row.application_id),
      programCode: row.program_code,
      programName: row.names[locale] ?? row.names[sourceLocale] ?? row.program_code,
      applicant: maskName(row.person_name ?? row.employer_name ?? ''),
      amountTwd: Number(row.amount_twd),
      recoveredTwd: Number(row.recovered_twd),
      outstandingTwd: Number(row.amount_twd) - Number(row.recovered_twd),
      dueOn: row.due_on,
      status: row.status as z.infer<typeof recoverySummary>['status'],
      openedAt: row.opened_at.toISOString(),
      writeOffRequestedById: row.write_off_requested_by,
    });

  async function locked(tx: Queryable, id: string) {
    const row = (
      await tx.query<{ id: string; application_id: string; program_code: string; quota_year: number; amount_twd: string; recovered_twd: string; status: string; write_off_requested_by: string | null }>(
        'SELECT id, application_id, program_code, quota_year, amount_twd, recovered_twd, status, write_off_requested_by FROM program_recoveries WHERE id = $1 FOR UPDATE',
        [id],
      )
    ).rows[0];
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  return {
    /**
     * Opens a recovery. The amount may be at most what the application was paid less what earlier
     * recoveries claim (recovering exactly that is allowed; one dollar more is refused).
     */
    async open(staff: StaffPrincipal, input: z.infer<typeof recoveryRequest>, requestId: string) {
      // The notice's address is read before the transaction (the public accounts' record: the deadlock trap).
      const recipient = deps.recipientOf ? await deps.recipientOf(input.applicationId) : undefined;
      return db.transaction(async (tx) => {
        const app = (
          await tx.query<{ id: string; program_code: string; quota_year: number; names: Record<string, string> }>(
            `SELECT a.id, a.program_code, a.quota_year, d.names FROM program_applications a JOIN program_definitions d ON d.id = a.definition_id WHERE a.id = $1 FOR UPDATE OF a`,
            [input.applicationId],
          )
        ).rows[0];
        if (!app) throw new AppError('NOT_FOUND');
        const paid = await paidOf(tx, app.id);
        if (paid === 0) throw new AppError('INVALID_TRANSITION');
        const claimed = Number((await tx.query<{ n: string }>('SELECT coalesce(sum(amount_twd), 0) AS n FROM program_recoveries WHERE application_id = $1', [app.id])).rows[0]?.n ?? 0);
        if (input.amountTwd > paid - claimed) throw fieldIssue('amountTwd', 'validation.programs.recoveryAmount');
        if (input.dueOn < today()) throw fieldIssue('dueOn', 'validation.programs.recoveryDue');
        const inserted = await tx.query<{ id: string }>(
          `INSERT INTO program_recoveries (application_id, program_code, quota_year, amount_twd, reason, legal_basis, due_on, status, opened_by, opened_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', $8, $9) RETURNING id`,
          [app.id, app.program_code, app.quota_year, input.amountTwd, input.reason, input.legalBasis, input.dueOn, staff.id, clock()],
        );
        const id = (inserted.rows[0] as { id: string }).id;
        const status = (await tx.query<{ status: string }>('SELECT status FROM program_applications WHERE id = $1', [app.id])).rows[0]?.status ?? 'paid';
        await tx.query('INSERT INTO program_application_events (application_id, occurred_at, kind, status, actor_id) VALUES ($1, $2, $3, $4, $5)', [app.id, clock(), 'recovery-opened', status, staff.id]);
        if (recipient && deps.notifications) {
          const locale = recipient.locale;
          await deps.notifications.notify(tx, {
            recordType: 'program-application',
            recordId: app.id,
            channel: 'email',
            template: 'program-recovery',
            locale,
            to: recipient.email,
            params: {
              bureau: referenceData.bureauName(locale),
              programName: app.names[locale] ?? app.names[sourceLocale] ?? '',
              applicationNumber: applicationNumber(app.id),
              amount: formatMoney(input.amountTwd, locale),
              reason: input.reason,
              legalBasis: input.legalBasis,
              dueOn: input.dueOn,
              openedOn: today(),
              appealAuthority: appealAuthority(locale),
            },
          });
        }
        await recordAudit(tx, { actor: actorOf(staff), action: 'program.recovery.open', recordType: 'program_recovery', recordId: id, requestId, details: { applicationId: app.id, amountTwd: input.amountTwd, paidTwd: paid } });
        return { id, noticeQueued: Boolean(recipient && deps.notifications) };
      });
    },

    /** A repayment (partial or the rest): at most what is outstanding; it takes its amount off the program's paid figure. */
    async repay(staff: StaffPrincipal, id: string, input: z.infer<typeof repaymentRequest>, requestId: string) {
      return db.transaction(async (tx) => {
        const row = await locked(tx, id);
        if (row.status !== 'open') throw new AppError('INVALID_TRANSITION');
        const outstanding = Number(row.amount_twd) - Number(row.recovered_twd);
        if (input.amountTwd > outstanding) throw fieldIssue('amountTwd', 'validation.programs.repaymentAmount');
        if (input.receivedOn > today()) throw fieldIssue('receivedOn', 'validation.programs.repaymentDate');
        await tx.query(
          'INSERT INTO program_recovery_repayments (recovery_id, amount_twd, received_on, note, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6)',
          [id, input.amountTwd, input.receivedOn, input.note ?? null, staff.id, clock()],
        );
        const status = input.amountTwd === outstanding ? 'settled' : 'open';
        await tx.query('UPDATE program_recoveries SET recovered_twd = recovered_twd + $2, status = $3 WHERE id = $1', [id, input.amountTwd, status]);
        // A quota row set after the payment never counted it: it cannot go below zero (nor answer a 500).
        await tx.query('UPDATE program_quotas SET budget_paid_twd = budget_paid_twd - LEAST(budget_paid_twd, $3) WHERE program_code = $1 AND year = $2', [
          row.program_code,
          row.quota_year,
          input.amountTwd,
        ]);
        await recordAudit(tx, { actor: actorOf(staff), action: 'program.recovery.repayment', recordType: 'program_recovery', recordId: id, requestId, details: { amountTwd: input.amountTwd, status } });
        return { id, status, outstandingTwd: outstanding - input.amountTwd };
      });
    },

    /** The first of the two write-off steps: the reason, by anyone who recovers. */
    async requestWriteOff(staff: StaffPrincipal, id: string, reason: string, requestId: string) {
      return db.transaction(async (tx) => {
        const row = await locked(tx, id);
        if (row.status !== 'open' || row.write_off_requested_by) throw new AppError('INVALID_TRANSITION');
        await tx.query('UPDATE program_recoveries SET write_off_reason = $2, write_off_requested_by = $3, write_off_requested_at = $4 WHERE id = $1', [id, reason, staff.id, clock()]);
        await recordAudit(tx, { actor: actorOf(staff), action: 'program.recovery.write-off-request', recordType: 'program_recovery', recordId: id, requestId, details: {} });
        return { id, status: 'open' as const };
      });
    },

    /** The second write-off step, never by the one who asked for it (403 MAKER_CANNOT_CHECK, also a CHECK). */
    async approveWriteOff(staff: StaffPrincipal, id: string, requestId: string) {
      return db.transaction(async (tx) => {
        const row = await locked(tx, id);
        if (row.status !== 'open' || !row.write_off_requested_by) throw new AppError('INVALID_TRANSITION');
        if (row.write_off_requested_by === staff.id) throw new AppError('MAKER_CANNOT_CHECK');
        await tx.query(`UPDATE program_recoveries SET status = 'written-off', written_off_by = $2, written_off_at = $3 WHERE id = $1`, [id, staff.id, clock()]);
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'program.recovery.write-off',
          recordType: 'program_recovery',
          recordId: id,
          requestId,
          details: { writtenOffTwd: Number(row.amount_twd) - Number(row.recovered_twd) },
        });
        return { id, status: 'written-off' as const };
      });
    },

    list(filters: { status?: string | undefined }): ListDefinition<RecoverySortKey, RecoveryRow> {
      let query = baseQuery();
      if (filters.status) query = query.where('r.status', '=', filters.status);
      return {
        query: query as never,
        sortKeys: {
          openedAt: { expression: sql.ref('r.opened_at'), type: 'timestamptz' },
          dueOn: { expression: sql.ref('r.due_on'), type: 'date' },
          status: { expression: sql.ref('r.status'), type: 'text' },
        },
        defaultSort: '-openedAt' as never,
        unique: { expression: sql.ref('r.id'), type: 'uuid' },
      };
    },

    toSummary,

    async detail(staff: StaffPrincipal, id: string, locale: Locale): Promise<z.infer<typeof recoveryDetail>> {
      const compiled = baseQuery()
        .leftJoin('staff_users as so', 'so.id', 'r.opened_by')
        .leftJoin('staff_users as sw', 'sw.id', 'r.written_off_by')
        .select(['so.display_name as opener_name', 'sw.display_name as writer_name'])
        .where('r.id', '=', id)
        .compile();
      const row = (await db.query<RecoveryRow & { opener_name: string | null; writer_name: string | null }>(compiled.sql, compiled.parameters as unknown[])).rows[0];
      if (!row) throw new AppError('NOT_FOUND');
      const repayments = await db.query<{ id: string; amount_twd: string; received_on: string; note: string | null }>(
        `SELECT id, amount_twd, received_on, note FROM program_recovery_repayments WHERE recovery_id = $1 ORDER BY received_on, recorded_at`,
        [id],
      );
      return {
        ...toSummary(locale)(row),
        reason: row.reason,
        legalBasis: row.legal_basis,
        openedBy: row.opener_name ?? '',
        writeOffReason: row.write_off_reason,
        writtenOffBy: row.writer_name,
        callerAskedWriteOff: row.write_off_requested_by === staff.id,
        repayments: repayments.rows.map((r) => ({ id: r.id, amountTwd: Number(r.amount_twd), receivedOn: r.received_on, note: r.note })),
      };
    },
  };
}

export type ProgramRecoveries = ReturnType<typeof createProgramRecoveries>;
