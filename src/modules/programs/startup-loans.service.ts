/**
 * @module programs/startup-loans
 * 青年創業貸款利息補貼 (plan 第二部分 一-7, ADR 0040) on the programs engine: the application and its decision
 * are the engine's; this keeps the applicant's loan and the subsidy parameters staff entered with their
 * source, shows the period table (startup-loans.interest.ts), and turns each period's claim into a part
 * payment of the approved amount (programs.period-payments.ts).
 */
import type { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import { AppError } from '../../shared/errors.ts';
import type { AccountPrincipal, StaffPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { maskName } from '../people/identifiers.ts';
import { paymentsOf, preparePeriodPayment } from './programs.period-payments.ts';
import { ownsApplication } from './programs.service.ts';
import type { loanDetail, loanInput, LoanSortKey, loanSummary, myLoan } from './startup-loans.contract.ts';
import { interestSubsidySchedule, periodComplete } from './startup-loans.interest.ts';

export const startupLoanCode = 'youth-startup-loan-interest';

type LoanRow = {
  id: string;
  application_id: string;
  lender: string;
  principal_twd: string;
  annual_rate_percent: string;
  starts_on: string;
  term_months: number;
  periods: number;
  repayment: 'equal-payment' | 'equal-principal' | 'bullet';
  grace_periods: number;
  subsidy_basis: 'rate' | 'share';
  subsidy_rate_percent: string | null;
  subsidy_share_percent: string | null;
  cap_per_period_twd: string | null;
  cap_per_year_twd: string | null;
  cap_year_basis: 'loan-year' | 'calendar-year';
  max_years: number | null;
  subsidy_source: string;
};

type LoanInput = z.infer<typeof loanInput>;
type LoanListRow = { id: string; status: string; submitted_at: Date; name: string | null; lender: string | null; principal_twd: number | null; claims: number | null; claimed: number | null };

const optionalNumber = (value: string | null) => (value === null ? undefined : Number(value));

function toInput(row: LoanRow): LoanInput {
  const input: LoanInput = {
    lender: row.lender,
    principalTwd: Number(row.principal_twd),
    annualRatePercent: Number(row.annual_rate_percent),
    startsOn: row.starts_on,
    termMonths: row.term_months,
    periods: row.periods,
    repayment: row.repayment,
    gracePeriods: row.grace_periods,
    subsidyBasis: row.subsidy_basis,
    capYearBasis: row.cap_year_basis,
    subsidySource: row.subsidy_source,
  };
  const extra = {
    subsidyRatePercent: optionalNumber(row.subsidy_rate_percent),
    subsidySharePercent: optionalNumber(row.subsidy_share_percent),
    capPerPeriodTwd: optionalNumber(row.cap_per_period_twd),
    capPerYearTwd: optionalNumber(row.cap_per_year_twd),
    maxYears: row.max_years ?? undefined,
  };
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) (input as Record<string, unknown>)[key] = value;
  return input;
}

/** The period table of a loan, from the numbers as stored (the rates as decimal text, kept exact). */
export function scheduleOf(row: LoanRow) {
  return interestSubsidySchedule(
    {
      principalTwd: Number(row.principal_twd),
      annualRatePercent: row.annual_rate_percent,
      startsOn: row.starts_on,
      termMonths: row.term_months,
      periods: row.periods,
      repayment: row.repayment,
      gracePeriods: row.grace_periods,
    },
    {
      basis: row.subsidy_basis,
      ratePercent: row.subsidy_rate_percent,
      sharePercent: row.subsidy_share_percent,
      capPerPeriodTwd: row.cap_per_period_twd === null ? null : Number(row.cap_per_period_twd),
      capPerYearTwd: row.cap_per_year_twd === null ? null : Number(row.cap_per_year_twd),
      capYearBasis: row.cap_year_basis,
      maxYears: row.max_years,
    },
  );
}

export function createStartupLoansService({ db, clock, timeZone }: { db: Db; clock: () => Date; timeZone: string }) {
  const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const today = () => dayFormat.format(clock());
  const actor = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });

  async function applicationOf(on: Queryable, id: string, lock = false) {
    const row = (
      await on.query<{ id: string; program_code: string; status: string; amount_twd: string | null; name: string | null; account_id: string | null; person_id: string | null; employer_id: string | null }>(
        `SELECT a.id, a.program_code, a.status, a.amount_twd, p.name, a.account_id, a.person_id, a.employer_id FROM program_applications a
           LEFT JOIN people p ON p.id = a.person_id WHERE a.id = $1 ${lock ? 'FOR UPDATE OF a' : ''}`,
        [id],
      )
    ).rows[0];
    if (!row || row.program_code !== startupLoanCode) throw new AppError('NOT_FOUND');
    return row;
  }

  const loanOf = async (on: Queryable, applicationId: string) =>
    (await on.query<LoanRow>('SELECT * FROM startup_loans WHERE application_id = $1', [applicationId])).rows[0];

  return {
    today,

    /** The loan applications with their loan, for the list kit (applicants masked by `toSummary`). */
    list(): ListDefinition<LoanSortKey, LoanListRow> {
      const query = qb
        .selectFrom('program_applications as a')
        .leftJoin('people as p', 'p.id', 'a.person_id')
        .leftJoin('startup_loans as l', 'l.application_id', 'a.id')
        .where('a.program_code', '=', startupLoanCode)
        .select(['a.id', 'a.status', 'a.submitted_at', 'p.name', 'l.lender', 'l.principal_twd'])
        .select((eb) => [
          eb.selectFrom('startup_loan_claims as c').whereRef('c.loan_id', '=', 'l.id').select(sql<number>`count(*)::int`.as('n')).as('claims'),
          eb.selectFrom('startup_loan_claims as c').whereRef('c.loan_id', '=', 'l.id').select(sql<number>`coalesce(sum(c.amount_twd), 0)::bigint`.as('s')).as('claimed'),
        ]);
      return {
        query: query as never,
        sortKeys: {
          submittedAt: { expression: sql.ref('a.submitted_at'), type: 'timestamptz' },
          status: { expression: sql.ref('a.status'), type: 'text' },
        },
        defaultSort: '-submittedAt',
        unique: { expression: sql.ref('a.id'), type: 'uuid' },
      };
    },

    toSummary(row: LoanListRow): z.infer<typeof loanSummary> {
      return {
        applicationId: row.id,
        applicant: maskName(row.name ?? ''),
        status: row.status,
        lender: row.lender,
        principalTwd: row.principal_twd === null ? null : Number(row.principal_twd),
        claims: Number(row.claims ?? 0),
        claimedTwd: Number(row.claimed ?? 0),
      };
    },

    /** Enters or corrects the loan and its subsidy parameters. Claims already recorded keep their amounts. */
    async saveLoan(staff: StaffPrincipal, applicationId: string, input: LoanInput, requestId: string) {
      return db.transaction(async (tx) => {
        const application = await applicationOf(tx, applicationId, true);
        if (application.status === 'rejected' || application.status === 'withdrawn') throw new AppError('INVALID_TRANSITION');
        const values = [
          applicationId, input.lender, input.principalTwd, input.annualRatePercent, input.startsOn, input.termMonths, input.periods, input.repayment, input.gracePeriods,
          input.subsidyBasis, input.subsidyBasis === 'rate' ? (input.subsidyRatePercent ?? null) : null, input.subsidyBasis === 'share' ? (input.subsidySharePercent ?? null) : null,
          input.capPerPeriodTwd ?? null, input.capPerYearTwd ?? null, input.capYearBasis, input.maxYears ?? null, input.subsidySource, staff.id, clock(),
        ];
        const row = await tx.query<{ id: string }>(
          `INSERT INTO startup_loans (application_id, lender, principal_twd, annual_rate_percent, starts_on, term_months, periods, repayment, grace_periods,
             subsidy_basis, subsidy_rate_percent, subsidy_share_percent, cap_per_period_twd, cap_per_year_twd, cap_year_basis, max_years, subsidy_source, updated_by, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
           ON CONFLICT (application_id) DO UPDATE SET lender = EXCLUDED.lender, principal_twd = EXCLUDED.principal_twd, annual_rate_percent = EXCLUDED.annual_rate_percent,
             starts_on = EXCLUDED.starts_on, term_months = EXCLUDED.term_months, periods = EXCLUDED.periods, repayment = EXCLUDED.repayment, grace_periods = EXCLUDED.grace_periods,
             subsidy_basis = EXCLUDED.subsidy_basis, subsidy_rate_percent = EXCLUDED.subsidy_rate_percent, subsidy_share_percent = EXCLUDED.subsidy_share_percent,
             cap_per_period_twd = EXCLUDED.cap_per_period_twd, cap_per_year_twd = EXCLUDED.cap_per_year_twd, cap_year_basis = EXCLUDED.cap_year_basis,
             max_years = EXCLUDED.max_years, subsidy_source = EXCLUDED.subsidy_source, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
           RETURNING id`,
          values,
        );
        const id = (row.rows[0] as { id: string }).id;
        await recordAudit(tx, {
          actor: actor(staff),
          action: 'startup-loan.save',
          recordType: 'program_application',
          recordId: applicationId,
          requestId,
          details: { loanId: id, subsidyBasis: input.subsidyBasis, subsidySource: input.subsidySource },
        });
        return { id };
      });
    },

    /** The loan with its period table and each period's claim and payment. */
    async detail(staff: StaffPrincipal, applicationId: string): Promise<z.infer<typeof loanDetail>> {
      const application = await applicationOf(db, applicationId);
      const loan = await loanOf(db, applicationId);
      const base = {
        applicationId,
        applicant: maskName(application.name ?? ''),
        applicationStatus: application.status,
        approvedTwd: application.amount_twd === null ? null : Number(application.amount_twd),
      };
      if (!loan) return { ...base, loan: null, periodMonths: null, totalInterestTwd: null, totalSubsidyTwd: null, claimedTwd: 0, periods: [] };
      const schedule = scheduleOf(loan);
      const claims = await db.query<{ id: string; period: number; amount_twd: string; payment_id: string }>('SELECT id, period, amount_twd, payment_id FROM startup_loan_claims WHERE loan_id = $1', [loan.id]);
      const payments = await paymentsOf(db, applicationId);
      const now = today();
      return {
        ...base,
        loan: toInput(loan),
        periodMonths: schedule.periodMonths,
        totalInterestTwd: schedule.totalInterestTwd,
        totalSubsidyTwd: schedule.totalSubsidyTwd,
        claimedTwd: claims.rows.reduce((total, c) => total + Number(c.amount_twd), 0),
        periods: schedule.periods.map((p) => {
          const claim = claims.rows.find((c) => c.period === p.period);
          const payment = claim ? payments.find((pay) => pay.id === claim.payment_id) : undefined;
          return {
            ...p,
            complete: periodComplete(p, now),
            claim:
              claim && payment
                ? { id: claim.id, amountTwd: Number(claim.amount_twd), paymentId: claim.payment_id, paymentStatus: payment.status, preparedByCaller: payment.preparedBy === staff.id }
                : null,
          };
        }),
      };
    },

    /**
     * Records the claim of one period once it is over: its subsidy from the table on the parameters in force,
     * as a part payment of the approved amount (prepared now; a second person approves it). A period with no
     * subsidy (after the maximum years, or a cap used up) has nothing to claim.
     */
    async claim(staff: StaffPrincipal, applicationId: string, period: number, requestId: string) {
      const issue = (message: string) => new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'period', code: 'custom', message }] });
      return db.transaction(async (tx) => {
        await applicationOf(tx, applicationId, true);
        const loan = await loanOf(tx, applicationId);
        if (!loan) throw new AppError('INVALID_TRANSITION');
        const row = scheduleOf(loan).periods.find((p) => p.period === period);
        if (!row) throw issue('validation.startupLoans.noSuchPeriod');
        if (!periodComplete(row, today())) throw issue('validation.startupLoans.periodNotOver');
        if (row.subsidyTwd <= 0) throw issue('validation.startupLoans.nothingToClaim');
        const claimed = await tx.query('SELECT 1 FROM startup_loan_claims WHERE loan_id = $1 AND period = $2', [loan.id, period]);
        if (claimed.rowCount > 0) throw new AppError('CONFLICT');
        const payment = await preparePeriodPayment(tx, staff, { applicationId, periodLabel: `period-${period}`, amountTwd: row.subsidyTwd, programCode: startupLoanCode }, clock(), requestId);
        const inserted = await tx.query<{ id: string }>(
          `INSERT INTO startup_loan_claims (loan_id, period, starts_on, ends_on, interest_twd, amount_twd, payment_id, recorded_by, recorded_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
          [loan.id, period, row.startsOn, row.endsOn, row.interestTwd, row.subsidyTwd, payment.id, staff.id, clock()],
        );
        const id = (inserted.rows[0] as { id: string }).id;
        await recordAudit(tx, { actor: actor(staff), action: 'startup-loan.claim', recordType: 'program_application', recordId: applicationId, requestId, details: { period, amount: row.subsidyTwd, paymentId: payment.id } });
        return { id, paymentId: payment.id, amountTwd: row.subsidyTwd };
      });
    },

    /** The applicant's own loan and what was paid of its subsidy, for their page; null when not entered. */
    async mine(account: AccountPrincipal, applicationId: string): Promise<z.infer<typeof myLoan> | null> {
      const application = (await db.query<{ account_id: string | null; person_id: string | null; employer_id: string | null }>('SELECT account_id, person_id, employer_id FROM program_applications WHERE id = $1', [applicationId])).rows[0];
      if (!application || !ownsApplication(account, application)) throw new AppError('NOT_FOUND');
      const loan = await loanOf(db, applicationId);
      if (!loan) return null;
      const claims = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM startup_loan_claims WHERE loan_id = $1', [loan.id]);
      const paid = (await paymentsOf(db, applicationId)).filter((p) => p.status === 'paid').reduce((total, p) => total + p.amountTwd, 0);
      return { lender: loan.lender, principalTwd: Number(loan.principal_twd), startsOn: loan.starts_on, termMonths: loan.term_months, periods: loan.periods, claims: claims.rows[0]?.n ?? 0, paidTwd: paid };
    },
  };
}

export type StartupLoansService = ReturnType<typeof createStartupLoansService>;
