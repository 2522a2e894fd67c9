import { isPlainDate } from '#labor-rules';
import { z } from '@hono/zod-openapi';
import { listParams } from '../../shared/http/list.ts';

// A real calendar day (2026-02-30 is refused here, never by the database).
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((value) => isPlainDate(value), { message: 'validation.date', abort: true });
const percent = z.number().min(0).max(100);

/** The loan as the lender wrote it, and the subsidy parameters staff entered with their source (一-7 gives none). */
export const loanInput = z
  .object({
    lender: z.string().trim().min(1).max(200),
    principalTwd: z.int().min(1).max(100_000_000),
    annualRatePercent: percent,
    startsOn: isoDate,
    termMonths: z.int().min(1).max(600),
    /** Repayment periods: the term is split in this many equal periods. */
    periods: z.int().min(1).max(600),
    repayment: z.enum(['equal-payment', 'equal-principal', 'bullet']),
    gracePeriods: z.int().min(0).max(599).default(0),
    subsidyBasis: z.enum(['rate', 'share']),
    subsidyRatePercent: percent.optional(),
    subsidySharePercent: percent.optional(),
    capPerPeriodTwd: z.int().min(0).max(100_000_000).optional(),
    capPerYearTwd: z.int().min(0).max(100_000_000).optional(),
    capYearBasis: z.enum(['loan-year', 'calendar-year']).default('loan-year'),
    maxYears: z.int().min(1).max(50).optional(),
    /** Where the subsidy parameters come from (the bureau's rules or notice): required, never guessed. */
    subsidySource: z.string().trim().min(1).max(300),
  })
  .superRefine((v, ctx) => {
    const add = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.termMonths % v.periods !== 0) add('periods', 'validation.startupLoans.periodsDivideTerm');
    if (v.gracePeriods >= v.periods) add('gracePeriods', 'validation.startupLoans.graceTooLong');
    if (v.subsidyBasis === 'rate' && v.subsidyRatePercent === undefined) add('subsidyRatePercent', 'validation.startupLoans.subsidyFigure');
    if (v.subsidyBasis === 'share' && v.subsidySharePercent === undefined) add('subsidySharePercent', 'validation.startupLoans.subsidyFigure');
  })
  .openapi('StartupLoanInput');

export const claimInput = z.object({ period: z.int().min(1).max(600) }).openapi('StartupLoanClaimInput');

const row = z.object({
  period: z.int(),
  startsOn: z.string(),
  endsOn: z.string(),
  openingBalanceTwd: z.int(),
  interestTwd: z.int(),
  principalTwd: z.int(),
  capYear: z.int(),
  subsidyBeforeCapsTwd: z.int(),
  subsidyTwd: z.int(),
  limitedBy: z.enum(['period-cap', 'year-cap', 'max-years']).nullable(),
  /** The period is over, so its claim may be recorded. */
  complete: z.boolean(),
  claim: z.object({ id: z.uuid(), amountTwd: z.int(), paymentId: z.uuid(), paymentStatus: z.enum(['prepared', 'paid']), preparedByCaller: z.boolean() }).nullable(),
});

export const loanDetail = z
  .object({
    applicationId: z.uuid(),
    applicant: z.string(),
    applicationStatus: z.string(),
    approvedTwd: z.int().nullable(),
    loan: loanInput.nullable(),
    periodMonths: z.int().nullable(),
    totalInterestTwd: z.int().nullable(),
    totalSubsidyTwd: z.int().nullable(),
    claimedTwd: z.int(),
    periods: z.array(row),
  })
  .openapi('StartupLoan');

export const loanSummary = z
  .object({ applicationId: z.uuid(), applicant: z.string(), status: z.string(), lender: z.string().nullable(), principalTwd: z.int().nullable(), claims: z.int(), claimedTwd: z.int() })
  .openapi('StartupLoanSummary');

export const myLoan = z
  .object({ lender: z.string(), principalTwd: z.int(), startsOn: z.string(), termMonths: z.int(), periods: z.int(), claims: z.int(), paidTwd: z.int() })
  .openapi('MyStartupLoan');

export const loanSortKeys = ['submittedAt', 'status'] as const;
export type LoanSortKey = (typeof loanSortKeys)[number];
export const loanQuery = listParams(loanSortKeys);
