/**
 * @module programs/payments
 * Payment batches (ADR 0039): staff gather approved, unpaid applications into a batch; another person
 * approves it; the approved batch is downloaded as the bank file (programs.payment-file.ts); the bank's
 * result is recorded per line (paid, or returned with a reason, by hand or from the result file). A paid
 * line adds its amount to the program's paid figure for the year; a returned one may go into a later
 * batch. A payment is in one open batch at most: a partial unique index, so two staff batching the same
 * payment at once cannot both win.
 */
import type { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import { AppError } from '../../shared/errors.ts';
import type { AccountPrincipal, StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { maskName } from '../people/identifiers.ts';
import { decodeCsv, parseCsv } from '../violations/violations.csv.ts';
import { definitionById, type Definition } from './programs.definitions.ts';
import { applicationNumber } from './programs.notices.ts';
import { paymentFile } from './programs.payment-file.ts';
import type {
  batchDetail,
  BatchSortKey,
  batchSummary,
  lineResult,
  ownPayment,
  payeeInput,
  payeeView,
  pendingPayment,
} from './programs.payments.contract.ts';

const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });

/** An account number as pages show it: every digit but the last three hidden. */
export const maskAccount = (account: string) => `${'*'.repeat(Math.max(0, account.length - 3))}${account.slice(-3)}`;

const fieldIssue = (field: string, message: string) => new AppError('VALIDATION_FAILED', { fieldIssues: [{ field, code: 'custom', message }] });

type BatchRow = {
  id: string;
  number: string;
  status: string;
  prepared_by: string;
  prepared_at: Date;
  approved_by: string | null;
  approved_at: Date | null;
  first_exported_at: Date | null;
  export_count: number;
  preparer_name: string;
  approver_name: string | null;
  line_count: number | string;
  total_twd: number | string;
  paid_twd: number | string;
  returned_lines: number | string;
  program_codes: string[] | null;
};

export function createProgramPaymentsService({ db, clock, timeZone }: { db: Db; clock: () => Date; timeZone: string }) {
  const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const today = () => dayFormat.format(clock());

  async function addEvent(tx: Queryable, applicationId: string, kind: string, status: string, staff: StaffPrincipal) {
    await tx.query('INSERT INTO program_application_events (application_id, occurred_at, kind, status, actor_id) VALUES ($1, $2, $3, $4, $5)', [
      applicationId,
      clock(),
      kind,
      status,
      staff.id,
    ]);
  }

  /** The batch with its sums, as the list and the detail read it. */
  function batchQuery() {
    return qb
      .selectFrom('program_payment_batches as b')
      .innerJoin('staff_users as sp', 'sp.id', 'b.prepared_by')
      .leftJoin('staff_users as sa', 'sa.id', 'b.approved_by')
      .selectAll('b')
      .select([
        'sp.display_name as preparer_name',
        'sa.display_name as approver_name',
        sql<number>`(SELECT count(*) FROM program_payment_lines l WHERE l.batch_id = b.id)`.as('line_count'),
        sql<number>`(SELECT coalesce(sum(l.amount_twd), 0) FROM program_payment_lines l WHERE l.batch_id = b.id)`.as('total_twd'),
        sql<number>`(SELECT coalesce(sum(l.amount_twd), 0) FROM program_payment_lines l WHERE l.batch_id = b.id AND l.status = 'paid')`.as('paid_twd'),
        sql<number>`(SELECT count(*) FROM program_payment_lines l WHERE l.batch_id = b.id AND l.status = 'returned')`.as('returned_lines'),
        sql<string[]>`(SELECT array_agg(DISTINCT l.program_code ORDER BY l.program_code) FROM program_payment_lines l WHERE l.batch_id = b.id)`.as('program_codes'),
      ]);
  }

  const toSummary = (row: BatchRow): z.infer<typeof batchSummary> => ({
    id: row.id,
    number: row.number,
    status: row.status as z.infer<typeof batchSummary>['status'],
    programCodes: row.program_codes ?? [],
    lines: Number(row.line_count),
    totalTwd: Number(row.total_twd),
    paidTwd: Number(row.paid_twd),
    returnedLines: Number(row.returned_lines),
    preparedById: row.prepared_by,
    preparedBy: row.preparer_name,
    preparedAt: row.prepared_at.toISOString(),
    approvedBy: row.approver_name,
    approvedAt: row.approved_at?.toISOString() ?? null,
    firstExportedAt: row.first_exported_at?.toISOString() ?? null,
  });

  async function lockedBatch(tx: Queryable, id: string) {
    const batch = (await tx.query<{ id: string; number: string; status: string; prepared_by: string }>('SELECT id, number, status, prepared_by FROM program_payment_batches WHERE id = $1 FOR UPDATE', [id])).rows[0];
    if (!batch) throw new AppError('NOT_FOUND');
    return batch;
  }

  /**
   * Records the bank's result of exported lines in one transaction: a paid line marks its application
   * paid and adds to the program's paid figure; a returned one keeps the application approved (it can go
   * into a later batch) and records the bank's reason. The batch closes when no line is left open.
   */
  async function recordResults(staff: StaffPrincipal, id: string, results: readonly z.infer<typeof lineResult>[], requestId: string, field = 'results') {
    return db.transaction(async (tx) => {
      const batch = await lockedBatch(tx, id);
      if (batch.status !== 'exported') throw new AppError('INVALID_TRANSITION');
      const lines = await tx.query<{ id: string; line_no: number; application_id: string; program_code: string; quota_year: number; amount_twd: string | number; status: string }>(
        'SELECT id, line_no, application_id, program_code, quota_year, amount_twd, status FROM program_payment_lines WHERE batch_id = $1 FOR UPDATE',
        [id],
      );
      const byNo = new Map(lines.rows.map((line) => [line.line_no, line]));
      const seen = new Set<number>();
      for (const result of results) {
        const line = byNo.get(result.line);
        if (!line || line.status !== 'exported' || seen.has(result.line)) throw fieldIssue(field, 'validation.programs.resultLine');
        if (result.result === 'returned' && !result.reason) throw fieldIssue(field, 'validation.programs.resultReason');
        seen.add(result.line);
      }
      const now = clock();
      let paid = 0;
      let returned = 0;
      for (const result of results) {
        const line = byNo.get(result.line) as NonNullable<ReturnType<typeof byNo.get>>;
        if (result.result === 'paid') {
          await tx.query(`UPDATE program_payment_lines SET status = 'paid', result_at = $2, result_by = $3 WHERE id = $1`, [line.id, now, staff.id]);
          await tx.query(`UPDATE program_applications SET status = 'paid' WHERE id = $1`, [line.application_id]);
          await tx.query('UPDATE program_quotas SET budget_paid_twd = budget_paid_twd + $3 WHERE program_code = $1 AND year = $2', [line.program_code, line.quota_year, Number(line.amount_twd)]);
          await addEvent(tx, line.application_id, 'paid', 'paid', staff);
          paid += 1;
        } else {
          await tx.query(`UPDATE program_payment_lines SET status = 'returned', result_reason = $2, result_at = $3, result_by = $4 WHERE id = $1`, [line.id, result.reason, now, staff.id]);
          await addEvent(tx, line.application_id, 'payment-returned', 'approved', staff);
          returned += 1;
        }
      }
      const open = await tx.query(`SELECT 1 FROM program_payment_lines WHERE batch_id = $1 AND status IN ('in-batch', 'exported')`, [id]);
      const status = open.rowCount === 0 ? 'closed' : 'exported';
      if (status === 'closed') await tx.query(`UPDATE program_payment_batches SET status = 'closed' WHERE id = $1`, [id]);
      await recordAudit(tx, { actor: actorOf(staff), action: 'program.payment-batch.results', recordType: 'program_payment_batch', recordId: id, requestId, details: { paid, returned } });
      return { paid, returned, status: status as 'closed' | 'exported' };
    });
  }

  return {
    /** Records (or corrects) where an approved application is paid to. Nothing of it goes to the audit details. */
    async setPayee(staff: StaffPrincipal, applicationId: string, input: z.infer<typeof payeeInput>, requestId: string) {
      await db.transaction(async (tx) => {
        const app = (await tx.query<{ status: string }>('SELECT status FROM program_applications WHERE id = $1 FOR UPDATE', [applicationId])).rows[0];
        if (!app) throw new AppError('NOT_FOUND');
        if (app.status !== 'approved') throw new AppError('INVALID_TRANSITION');
        await tx.query(
          `INSERT INTO program_payees (application_id, payee_name, bank_code, account_number, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (application_id) DO UPDATE SET payee_name = EXCLUDED.payee_name, bank_code = EXCLUDED.bank_code, account_number = EXCLUDED.account_number,
             recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at`,
          [applicationId, input.payeeName, input.bankCode, input.accountNumber, staff.id, clock()],
        );
        await recordAudit(tx, { actor: actorOf(staff), action: 'program.payee.set', recordType: 'program_application', recordId: applicationId, requestId, details: {} });
      });
    },

    /** The payee, masked (name and account number); undefined when none is recorded. */
    async payee(applicationId: string): Promise<z.infer<typeof payeeView> | null> {
      const row = (await db.query<{ payee_name: string; bank_code: string; account_number: string; recorded_at: Date }>('SELECT * FROM program_payees WHERE application_id = $1', [applicationId])).rows[0];
      if (!row) return null;
      return { payeeName: maskName(row.payee_name), bankCode: row.bank_code, accountNumber: maskAccount(row.account_number), recordedAt: row.recorded_at.toISOString() };
    },

    /**
     * Approved applications with an amount that are not paid and in no open batch (a returned line lets
     * one back), and were not paid one by one (`program_payments`).
     */
    async pending(filters: { program?: string | undefined }, locale: Locale): Promise<z.infer<typeof pendingPayment>[]> {
      const { rows } = await db.query<{ id: string; program_code: string; names: Record<string, string>; amount_twd: number; person_name: string | null; employer_name: string | null; has_payee: boolean; returned_before: boolean }>(
        `SELECT a.id, a.program_code, d.names, a.amount_twd, p.name AS person_name, e.name AS employer_name,
                EXISTS (SELECT 1 FROM program_payees y WHERE y.application_id = a.id) AS has_payee,
                EXISTS (SELECT 1 FROM program_payment_lines l WHERE l.application_id = a.id AND l.status = 'returned') AS returned_before
           FROM program_applications a
           JOIN program_definitions d ON d.id = a.definition_id
           LEFT JOIN people p ON p.id = a.person_id
           LEFT JOIN employers e ON e.id = a.employer_id
          WHERE a.status = 'approved' AND a.amount_twd > 0
            AND ($1::text IS NULL OR a.program_code = $1)
            AND NOT EXISTS (SELECT 1 FROM program_payments x WHERE x.application_id = a.id)
            AND NOT EXISTS (SELECT 1 FROM program_payment_lines l WHERE l.application_id = a.id AND l.status <> 'returned')
          ORDER BY a.program_code, a.decided_at, a.id
          LIMIT 500`,
        [filters.program ?? null],
      );
      return rows.map((row) => ({
        applicationId: row.id,
        applicationNumber: applicationNumber(row.id),
        programCode: row.program_code,
        programName: row.names[locale] ?? row.names['zh-TW'] ?? row.program_code,
        applicant: maskName(row.person_name ?? row.employer_name ?? ''),
        amountTwd: Number(row.amount_twd),
        hasPayee: row.has_payee,
        returnedBefore: row.returned_before,
      }));
    },

    /**
     * Gathers pending payments into a new batch (the maker's step). Each must be approved, unpaid, have
     * its payee, and be in no open batch; the payee is copied onto its line. Two staff gathering the same
     * payment at once: the second meets the live-line index and gets 409 PAYMENT_NOT_PENDING.
     */
    async createBatch(staff: StaffPrincipal, applicationIds: readonly string[], requestId: string) {
      const ids = [...new Set(applicationIds)];
      try {
        return await db.transaction(async (tx) => {
          const { rows } = await tx.query<{ id: string; status: string; program_code: string; quota_year: number; amount_twd: string | null; payee_name: string | null; bank_code: string | null; account_number: string | null; single: boolean; live: boolean }>(
            `SELECT a.id, a.status, a.program_code, a.quota_year, a.amount_twd, y.payee_name, y.bank_code, y.account_number,
                    EXISTS (SELECT 1 FROM program_payments x WHERE x.application_id = a.id) AS single,
                    EXISTS (SELECT 1 FROM program_payment_lines l WHERE l.application_id = a.id AND l.status <> 'returned') AS live
               FROM program_applications a LEFT JOIN program_payees y ON y.application_id = a.id
              WHERE a.id = ANY($1::uuid[]) FOR UPDATE OF a`,
            [ids],
          );
          if (rows.length !== ids.length) throw new AppError('NOT_FOUND');
          if (rows.some((row) => row.status !== 'approved' || !row.amount_twd || row.single || row.live)) throw new AppError('PAYMENT_NOT_PENDING');
          if (rows.some((row) => !row.account_number)) throw fieldIssue('applicationIds', 'validation.programs.payeeMissing');
          const order = new Map(ids.map((id, index) => [id, index]));
          rows.sort((a, b) => a.program_code.localeCompare(b.program_code) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
          const seq = (await tx.query<{ n: string }>(`SELECT nextval('program_payment_batch_numbers') AS n`)).rows[0] as { n: string };
          const number = `PB${today().slice(0, 4)}-${String(seq.n).padStart(4, '0')}`;
          const batch = (
            await tx.query<{ id: string }>(`INSERT INTO program_payment_batches (number, status, prepared_by, prepared_at) VALUES ($1, 'prepared', $2, $3) RETURNING id`, [number, staff.id, clock()])
          ).rows[0] as { id: string };
          for (const [index, row] of rows.entries()) {
            await tx.query(
              `INSERT INTO program_payment_lines (batch_id, line_no, application_id, program_code, quota_year, amount_twd, payee_name, bank_code, account_number, status)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'in-batch')`,
              [batch.id, index + 1, row.id, row.program_code, row.quota_year, row.amount_twd, row.payee_name, row.bank_code, row.account_number],
            );
            await addEvent(tx, row.id, 'payment-batched', 'approved', staff);
          }
          const total = rows.reduce((sum, row) => sum + Number(row.amount_twd), 0);
          await recordAudit(tx, { actor: actorOf(staff), action: 'program.payment-batch.prepare', recordType: 'program_payment_batch', recordId: batch.id, requestId, details: { number, lines: rows.length, totalTwd: total } });
          return { id: batch.id, number };
        });
      } catch (error) {
        if ((error as { code?: unknown }).code === '23505') throw new AppError('PAYMENT_NOT_PENDING');
        throw error;
      }
    },

    list(filters: { status?: string | undefined }): ListDefinition<BatchSortKey, BatchRow> {
      let query = batchQuery();
      if (filters.status) query = query.where('b.status', '=', filters.status);
      return {
        query: query as never,
        sortKeys: {
          preparedAt: { expression: sql.ref('b.prepared_at'), type: 'timestamptz' },
          number: { expression: sql.ref('b.number'), type: 'text' },
          status: { expression: sql.ref('b.status'), type: 'text' },
        },
        defaultSort: '-preparedAt' as never,
        unique: { expression: sql.ref('b.id'), type: 'uuid' },
      };
    },

    toSummary,

    /** A batch with its lines: applicants and payees masked, account numbers masked. */
    async detail(staff: StaffPrincipal, id: string): Promise<z.infer<typeof batchDetail>> {
      const compiled = batchQuery().where('b.id', '=', id).compile();
      const row = (await db.query<BatchRow>(compiled.sql, compiled.parameters as unknown[])).rows[0];
      if (!row) throw new AppError('NOT_FOUND');
      const lines = await db.query<{ id: string; line_no: number; application_id: string; program_code: string; amount_twd: string; payee_name: string; bank_code: string; account_number: string; status: string; result_reason: string | null; result_at: Date | null; person_name: string | null; employer_name: string | null }>(
        `SELECT l.*, p.name AS person_name, e.name AS employer_name FROM program_payment_lines l
           JOIN program_applications a ON a.id = l.application_id
           LEFT JOIN people p ON p.id = a.person_id LEFT JOIN employers e ON e.id = a.employer_id
          WHERE l.batch_id = $1 ORDER BY l.line_no`,
        [id],
      );
      return {
        ...toSummary(row),
        exportCount: Number(row.export_count),
        callerPrepared: row.prepared_by === staff.id,
        items: lines.rows.map((line) => ({
          id: line.id,
          lineNo: line.line_no,
          applicationId: line.application_id,
          applicationNumber: applicationNumber(line.application_id),
          programCode: line.program_code,
          applicant: maskName(line.person_name ?? line.employer_name ?? ''),
          payeeName: maskName(line.payee_name),
          bankCode: line.bank_code,
          accountNumber: maskAccount(line.account_number),
          amountTwd: Number(line.amount_twd),
          status: line.status as z.infer<typeof batchDetail>['items'][number]['status'],
          resultReason: line.result_reason,
          resultAt: line.result_at?.toISOString() ?? null,
        })),
      };
    },

    /** The second approval: someone other than who gathered it, holding a checker role of every program in it. */
    async approve(staff: StaffPrincipal, id: string, requestId: string) {
      return db.transaction(async (tx) => {
        const batch = await lockedBatch(tx, id);
        if (batch.prepared_by === staff.id) throw new AppError('MAKER_CANNOT_CHECK');
        if (batch.status !== 'prepared') throw new AppError('INVALID_TRANSITION');
        const versions = await tx.query<{ definition_id: string }>(
          'SELECT DISTINCT a.definition_id FROM program_payment_lines l JOIN program_applications a ON a.id = l.application_id WHERE l.batch_id = $1',
          [id],
        );
        for (const { definition_id } of versions.rows) {
          const definition = (await definitionById(tx, definition_id)) as Definition;
          if (!staff.roles.some((role) => definition.checkerRoles.includes(role))) throw new AppError('FORBIDDEN');
        }
        await tx.query(`UPDATE program_payment_batches SET status = 'approved', approved_by = $2, approved_at = $3 WHERE id = $1`, [id, staff.id, clock()]);
        await recordAudit(tx, { actor: actorOf(staff), action: 'program.payment-batch.approve', recordType: 'program_payment_batch', recordId: id, requestId, details: { number: batch.number } });
        return { id, status: 'approved' as const };
      });
    },

    /**
     * The bank file of an approved batch (a full view of bank data: audited, in the same transaction). Its
     * first download marks the lines exported; a later one (the bank asked again) gives the same lines.
     */
    async exportFile(staff: StaffPrincipal, id: string, requestId: string) {
      return db.transaction(async (tx) => {
        const batch = await lockedBatch(tx, id);
        if (batch.status !== 'approved' && batch.status !== 'exported') throw new AppError('INVALID_TRANSITION');
        const lines = await tx.query<{ line_no: number; application_id: string; program_code: string; amount_twd: string; payee_name: string; bank_code: string; account_number: string }>(
          `SELECT line_no, application_id, program_code, amount_twd, payee_name, bank_code, account_number FROM program_payment_lines
            WHERE batch_id = $1 AND status IN ('in-batch', 'exported') ORDER BY line_no`,
          [id],
        );
        const now = clock();
        await tx.query(`UPDATE program_payment_lines SET status = 'exported' WHERE batch_id = $1 AND status = 'in-batch'`, [id]);
        await tx.query(
          `UPDATE program_payment_batches SET status = 'exported', first_exported_at = coalesce(first_exported_at, $2), export_count = export_count + 1 WHERE id = $1`,
          [id, now],
        );
        const valueDate = today();
        const file = paymentFile(
          batch.number,
          valueDate,
          lines.rows.map((line) => ({
            line: line.line_no,
            payeeName: line.payee_name,
            bankCode: line.bank_code,
            accountNumber: line.account_number,
            amountTwd: Number(line.amount_twd),
            programCode: line.program_code,
            applicationReference: applicationNumber(line.application_id),
          })),
        );
        const total = lines.rows.reduce((sum, line) => sum + Number(line.amount_twd), 0);
        await recordAudit(tx, { actor: actorOf(staff), action: 'program.payment-batch.export', recordType: 'program_payment_batch', recordId: id, requestId, details: { number: batch.number, lines: lines.rows.length, totalTwd: total } });
        return { fileName: `${batch.number}.csv`, content: file };
      });
    },

    recordResults,

    /**
     * The bank's result file (programs.payment-file.ts documents it): `batch_number,line,result,reason`
     * with a header row, UTF-8 (with or without a BOM) or Big5. Every line is checked before any is applied.
     */
    async importResults(staff: StaffPrincipal, id: string, bytes: Uint8Array, requestId: string) {
      const decoded = decodeCsv(bytes);
      if (!decoded.ok) throw fieldIssue('file', 'validation.programs.resultFile');
      const number = (await db.query<{ number: string }>('SELECT number FROM program_payment_batches WHERE id = $1', [id])).rows[0]?.number;
      if (!number) throw new AppError('NOT_FOUND');
      const results: z.infer<typeof lineResult>[] = [];
      let header = true;
      for (const record of parseCsv(decoded.text)) {
        if ('error' in record) throw fieldIssue('file', 'validation.programs.resultFile');
        const [batchNumber = '', line = '', result = '', reason = ''] = record.fields.map((field) => field.trim());
        if (header) {
          header = false;
          if (batchNumber === 'batch_number') continue;
        }
        if (batchNumber !== number || !/^[1-9][0-9]{0,5}$/.test(line) || (result !== 'paid' && result !== 'returned')) throw fieldIssue('file', 'validation.programs.resultFile');
        results.push({ line: Number(line), result, ...(reason ? { reason } : {}) });
        if (results.length > 500) throw fieldIssue('file', 'validation.programs.resultFile');
      }
      if (results.length === 0) throw fieldIssue('file', 'validation.programs.resultFile');
      return recordResults(staff, id, results, requestId, 'file');
    },

    /**
     * The payment of each of an account's approved or paid applications (the ones it filed, or those for
     * its person or employer), and its open or latest recovery, for the applicant's status page.
     */
    async ownPayments(account: AccountPrincipal): Promise<z.infer<typeof ownPayment>[]> {
      const { rows } = await db.query<{ id: string; status: string; single_paid: boolean; line_status: string | null; line_reason: string | null; r_amount: string | null; r_recovered: string | null; r_due: string | null; r_status: string | null }>(
        `SELECT a.id, a.status,
                EXISTS (SELECT 1 FROM program_payments x WHERE x.application_id = a.id AND x.status = 'paid') AS single_paid,
                l.status AS line_status, l.result_reason AS line_reason,
                r.amount_twd AS r_amount, r.recovered_twd AS r_recovered, r.due_on AS r_due, r.status AS r_status
           FROM program_applications a
           LEFT JOIN LATERAL (SELECT status, result_reason FROM program_payment_lines WHERE application_id = a.id
                               ORDER BY (status <> 'returned') DESC, coalesce(result_at, 'infinity') DESC LIMIT 1) l ON true
           LEFT JOIN LATERAL (SELECT amount_twd, recovered_twd, due_on, status FROM program_recoveries WHERE application_id = a.id
                               ORDER BY (status = 'open') DESC, opened_at DESC LIMIT 1) r ON true
          WHERE a.status IN ('approved', 'paid')
            AND (a.account_id = $1 OR ($2::uuid IS NOT NULL AND a.person_id = $2) OR ($3::uuid IS NOT NULL AND a.employer_id = $3))`,
        [account.id, account.kind === 'citizen' ? account.personId : null, account.kind === 'employer' ? account.employerId : null],
      );
      return rows.map((row) => ({
        applicationId: row.id,
        status: (row.single_paid ? 'paid' : (row.line_status ?? 'pending')) as z.infer<typeof ownPayment>['status'],
        returnReason: row.line_status === 'returned' ? row.line_reason : null,
        recovery: row.r_status
          ? { amountTwd: Number(row.r_amount), recoveredTwd: Number(row.r_recovered), dueOn: row.r_due as string, status: row.r_status as 'open' | 'settled' | 'written-off' }
          : null,
      }));
    },
  };
}

export type ProgramPaymentsService = ReturnType<typeof createProgramPaymentsService>;
