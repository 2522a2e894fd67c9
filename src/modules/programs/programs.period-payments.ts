/**
 * @module programs/period-payments
 * The engine paying an approved amount in parts, one per period (ADR 0040): a month of a per-month
 * entitlement, a period of a loan's interest subsidy. Each part is a payment of the engine
 * (`program_payments`, prepared by one person and approved by another like any other), named by its period;
 * an application has at most one payment per period, and its payments never add up to more than the
 * amount approved (the application row is locked, so two preparing at once cannot both pass). The
 * application is `paid` once the parts paid reach the approved amount (programs.service.ts approvePayment).
 *
 * Takes the caller's transaction: the programs module's own services (star-youth, startup-loans) prepare
 * the payment in the same transaction as the record it pays for.
 */
import type { Queryable } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit } from '../audit/audit.service.ts';

export type PeriodPaymentInput = {
  applicationId: string;
  /** `YYYY-MM` for a month, `period-N` for a loan period: lower case, digits and hyphens. */
  periodLabel: string;
  amountTwd: number;
  /** The program the caller pays for: any other application is not found. */
  programCode: string;
};

export async function preparePeriodPayment(tx: Queryable, staff: StaffPrincipal, input: PeriodPaymentInput, at: Date, requestId: string): Promise<{ id: string }> {
  const application = (
    await tx.query<{ id: string; status: string; amount_twd: number | null; program_code: string }>(
      'SELECT id, status, amount_twd, program_code FROM program_applications WHERE id = $1 FOR UPDATE',
      [input.applicationId],
    )
  ).rows[0];
  if (!application || application.program_code !== input.programCode) throw new AppError('NOT_FOUND');
  if (application.status !== 'approved' || application.amount_twd === null) throw new AppError('INVALID_TRANSITION');
  if (!Number.isInteger(input.amountTwd) || input.amountTwd <= 0) throw new AppError('INVALID_TRANSITION');
  const paid = await tx.query<{ total: string; same: number }>(
    `SELECT coalesce(sum(amount_twd), 0)::bigint AS total, count(*) FILTER (WHERE period_label IS NOT DISTINCT FROM $2)::int AS same
       FROM program_payments WHERE application_id = $1`,
    [input.applicationId, input.periodLabel],
  );
  const { total, same } = paid.rows[0] as { total: string; same: number };
  if (same > 0) throw new AppError('CONFLICT');
  if (Number(total) + input.amountTwd > Number(application.amount_twd)) throw new AppError('PAYMENT_OVER_APPROVED');
  const inserted = await tx.query<{ id: string }>(
    `INSERT INTO program_payments (application_id, amount_twd, status, prepared_by, prepared_at, period_label) VALUES ($1, $2, 'prepared', $3, $4, $5) RETURNING id`,
    [input.applicationId, input.amountTwd, staff.id, at, input.periodLabel],
  );
  const id = (inserted.rows[0] as { id: string }).id;
  await tx.query(
    'INSERT INTO program_application_events (application_id, occurred_at, kind, status, actor_id) VALUES ($1, $2, $3, $4, $5)',
    [input.applicationId, at, 'payment-prepared', application.status, staff.id],
  );
  await recordAudit(tx, {
    actor: { id: staff.id, username: staff.username },
    action: 'program.payment.prepare',
    recordType: 'program_payment',
    recordId: id,
    requestId,
    details: { amount: input.amountTwd, period: input.periodLabel },
  });
  return { id };
}

/** The payments of one application, oldest first, with their periods. */
export async function paymentsOf(on: Queryable, applicationId: string) {
  const rows = await on.query<{ id: string; amount_twd: string; status: string; period_label: string | null; prepared_by: string; prepared_at: Date; paid_at: Date | null }>(
    'SELECT id, amount_twd, status, period_label, prepared_by, prepared_at, paid_at FROM program_payments WHERE application_id = $1 ORDER BY prepared_at, id',
    [applicationId],
  );
  return rows.rows.map((r) => ({
    id: r.id,
    amountTwd: Number(r.amount_twd),
    status: r.status as 'prepared' | 'paid',
    periodLabel: r.period_label,
    preparedBy: r.prepared_by,
    preparedAt: r.prepared_at.toISOString(),
    paidAt: r.paid_at?.toISOString() ?? null,
  }));
}
