/**
 * @module programs/payment-approval
 * The payment of one approved application in two steps by two people (ADR 0021): one prepares it, another
 * who holds a checker role of the program approves it, and it is recorded as paid against the year's budget.
 */
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { definitionById, type Definition } from './programs.definitions.ts';
import type { ApplicationRow } from './programs.rows.ts';

type AddEvent = (tx: Queryable, applicationId: string, kind: string, status: string, actor: StaffPrincipal | null) => Promise<void>;

const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });

export function createPaymentApproval({ db, clock, addEvent }: { db: Db; clock: () => Date; addEvent: AddEvent }) {
  return {
  /** Prepares the payment of an approved application (the first of the two payment steps). */
  async preparePayment(staff: StaffPrincipal, id: string, requestId: string) {
    return db.transaction(async (tx) => {
      const row = (await tx.query<ApplicationRow>('SELECT * FROM program_applications WHERE id = $1 FOR UPDATE', [id])).rows[0];
      if (!row) throw new AppError('NOT_FOUND');
      if (row.status !== 'approved' || !row.amount_twd) throw new AppError('INVALID_TRANSITION');
      const existing = await tx.query('SELECT 1 FROM program_payments WHERE application_id = $1', [id]);
      if (existing.rowCount > 0) throw new AppError('INVALID_TRANSITION');
      // Nor while it is in a payment batch (ADR 0039): it would be paid twice.
      const batched = await tx.query(`SELECT 1 FROM program_payment_lines WHERE application_id = $1 AND status <> 'returned'`, [id]);
      if (batched.rowCount > 0) throw new AppError('PAYMENT_NOT_PENDING');
      const inserted = await tx.query<{ id: string }>(
        `INSERT INTO program_payments (application_id, amount_twd, status, prepared_by, prepared_at) VALUES ($1, $2, 'prepared', $3, $4) RETURNING id`,
        [id, row.amount_twd, staff.id, clock()],
      );
      const paymentId = (inserted.rows[0] as { id: string }).id;
      await addEvent(tx, id, 'payment-prepared', row.status, staff);
      await recordAudit(tx, { actor: actorOf(staff), action: 'program.payment.prepare', recordType: 'program_payment', recordId: paymentId, requestId, details: { amount: row.amount_twd } });
      return { id: paymentId };
    });
  },

  /** The second approval of a payment, by someone other than who prepared it; records it as paid. */
  async approvePayment(staff: StaffPrincipal, paymentId: string, requestId: string) {
    return db.transaction(async (tx) => {
      const payment = (
        await tx.query<{ id: string; application_id: string; amount_twd: number; status: string; prepared_by: string }>(
          'SELECT * FROM program_payments WHERE id = $1 FOR UPDATE',
          [paymentId],
        )
      ).rows[0];
      if (!payment) throw new AppError('NOT_FOUND');
      if (payment.prepared_by === staff.id) throw new AppError('MAKER_CANNOT_CHECK');
      if (payment.status !== 'prepared') throw new AppError('INVALID_TRANSITION');
      const application = (await tx.query<ApplicationRow>('SELECT * FROM program_applications WHERE id = $1 FOR UPDATE', [payment.application_id])).rows[0] as ApplicationRow;
      const definition = (await definitionById(tx, application.definition_id)) as Definition;
      if (!staff.roles.some((role) => definition.checkerRoles.includes(role))) throw new AppError('FORBIDDEN');
      const paidAt = clock();
      await tx.query(`UPDATE program_payments SET status = 'paid', approved_by = $2, paid_at = $3 WHERE id = $1`, [paymentId, staff.id, paidAt]);
      // Paid once what was paid reaches the approved amount: at once for a whole payment, with the last
      // part for one paid per period (programs.period-payments.ts).
      const settled = await tx.query(
        `UPDATE program_applications SET status = 'paid' WHERE id = $1
            AND (SELECT coalesce(sum(amount_twd), 0) FROM program_payments WHERE application_id = $1 AND status = 'paid') >= coalesce(amount_twd, 0)`,
        [application.id],
      );
      await tx.query('UPDATE program_quotas SET budget_paid_twd = budget_paid_twd + $3 WHERE program_code = $1 AND year = $2', [
        application.program_code,
        application.quota_year,
        payment.amount_twd,
      ]);
      await addEvent(tx, application.id, 'paid', settled.rowCount > 0 ? 'paid' : application.status, staff);
      await recordAudit(tx, { actor: actorOf(staff), action: 'program.payment.approve', recordType: 'program_payment', recordId: paymentId, requestId, details: { amount: payment.amount_twd } });
      return { id: paymentId, paidAt: paidAt.toISOString() };
    });
  },
  };
}
