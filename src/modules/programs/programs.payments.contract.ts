import { z } from '@hono/zod-openapi';
import { listParams } from '../../shared/http/list.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = (max: number) => z.string().trim().min(1).max(max);

/** Where an approved application is paid to (bank account data: the paying roles only, ADR 0039). */
export const payeeInput = z
  .object({
    payeeName: text(100),
    /** 金融機構代號: the bank's 3 digits, or the bank and branch's 7. */
    bankCode: z.string().regex(/^[0-9]{3}([0-9]{4})?$/, 'validation.programs.bankCode'),
    accountNumber: z.string().regex(/^[0-9]{6,16}$/, 'validation.programs.accountNumber'),
  })
  .openapi('ProgramPayeeInput');

/** The payee as pages show it: the account number masked (only the bank file carries it whole). */
export const payeeView = z
  .object({ payeeName: z.string(), bankCode: z.string(), accountNumber: z.string(), recordedAt: z.string() })
  .openapi('ProgramPayee');

export const paymentLineStatuses = ['in-batch', 'exported', 'paid', 'returned'] as const;
/** A payment's status as the applicant and staff see it: `pending` until it is in a batch. */
export const paymentStatuses = ['pending', ...paymentLineStatuses] as const;
export const batchStatuses = ['prepared', 'approved', 'exported', 'closed'] as const;

export const pendingPayment = z
  .object({
    applicationId: z.uuid(),
    applicationNumber: z.string(),
    programCode: z.string(),
    programName: z.string(),
    applicant: z.string(),
    amountTwd: z.int(),
    hasPayee: z.boolean(),
    /** It was in an earlier batch and came back from the bank. */
    returnedBefore: z.boolean(),
  })
  .openapi('PendingProgramPayment');

export const pendingQuery = z.object({ program: z.string().regex(/^[a-z0-9-]{2,60}$/).optional() });

export const batchRequest = z
  .object({ applicationIds: z.array(z.uuid()).min(1).max(500) })
  .openapi('ProgramPaymentBatchRequest');

export const batchSummary = z
  .object({
    id: z.uuid(),
    number: z.string(),
    status: z.enum(batchStatuses),
    programCodes: z.array(z.string()),
    lines: z.int(),
    totalTwd: z.int(),
    paidTwd: z.int(),
    returnedLines: z.int(),
    preparedById: z.uuid(),
    preparedBy: z.string(),
    preparedAt: z.string(),
    approvedBy: z.string().nullable(),
    approvedAt: z.string().nullable(),
    firstExportedAt: z.string().nullable(),
  })
  .openapi('ProgramPaymentBatch');

export const batchLine = z.object({
  id: z.uuid(),
  lineNo: z.int(),
  applicationId: z.uuid(),
  applicationNumber: z.string(),
  programCode: z.string(),
  applicant: z.string(),
  payeeName: z.string(),
  bankCode: z.string(),
  accountNumber: z.string(),
  amountTwd: z.int(),
  status: z.enum(paymentLineStatuses),
  resultReason: z.string().nullable(),
  resultAt: z.string().nullable(),
});

export const batchDetail = batchSummary
  .extend({ items: z.array(batchLine), exportCount: z.int(), callerPrepared: z.boolean() })
  .openapi('ProgramPaymentBatchDetail');

export const batchSortKeys = ['preparedAt', 'number', 'status'] as const;
export type BatchSortKey = (typeof batchSortKeys)[number];
export const batchQuery = z.object({ status: z.enum(batchStatuses).optional() }).extend(listParams(batchSortKeys).shape);

/** The bank's result of exported lines: paid, or returned with the bank's reason. */
export const lineResult = z.object({
  line: z.int().min(1),
  result: z.enum(['paid', 'returned']),
  reason: z.string().trim().max(300).optional(),
});
export const resultsRequest = z.object({ results: z.array(lineResult).min(1).max(500) }).openapi('ProgramPaymentResults');
export const resultsResponse = z.object({ paid: z.int(), returned: z.int(), status: z.enum(batchStatuses) });

export const recoveryStatuses = ['open', 'settled', 'written-off'] as const;

export const recoveryRequest = z
  .object({
    applicationId: z.uuid(),
    amountTwd: z.int().min(1).max(100_000_000),
    reason: text(1000),
    /** As staff enter it (e.g. the revoked decision and the article relied on); never filled in by the system. */
    legalBasis: text(500),
    dueOn: isoDate,
  })
  .openapi('ProgramRecoveryRequest');

export const repaymentRequest = z
  .object({ amountTwd: z.int().min(1).max(100_000_000), receivedOn: isoDate, note: z.string().trim().max(300).optional() })
  .openapi('ProgramRepaymentRequest');

export const writeOffRequest = z.object({ reason: text(1000) }).openapi('ProgramWriteOffRequest');

export const recoverySummary = z
  .object({
    id: z.uuid(),
    applicationId: z.uuid(),
    applicationNumber: z.string(),
    programCode: z.string(),
    programName: z.string(),
    applicant: z.string(),
    amountTwd: z.int(),
    recoveredTwd: z.int(),
    outstandingTwd: z.int(),
    dueOn: z.string(),
    status: z.enum(recoveryStatuses),
    openedAt: z.string(),
    writeOffRequestedById: z.uuid().nullable(),
  })
  .openapi('ProgramRecovery');

export const recoveryDetail = recoverySummary
  .extend({
    reason: z.string(),
    legalBasis: z.string(),
    openedBy: z.string(),
    writeOffReason: z.string().nullable(),
    writtenOffBy: z.string().nullable(),
    /** The caller asked for the write-off, so someone else must approve it. */
    callerAskedWriteOff: z.boolean(),
    repayments: z.array(z.object({ id: z.uuid(), amountTwd: z.int(), receivedOn: z.string(), note: z.string().nullable() })),
  })
  .openapi('ProgramRecoveryDetail');

export const recoverySortKeys = ['openedAt', 'dueOn', 'status'] as const;
export type RecoverySortKey = (typeof recoverySortKeys)[number];
export const recoveryQuery = z.object({ status: z.enum(recoveryStatuses).optional() }).extend(listParams(recoverySortKeys).shape);

/** The applicant's view of the payment of each of their approved applications. */
export const ownPayment = z
  .object({
    applicationId: z.uuid(),
    status: z.enum(paymentStatuses),
    returnReason: z.string().nullable(),
    recovery: z.object({ amountTwd: z.int(), recoveredTwd: z.int(), dueOn: z.string(), status: z.enum(recoveryStatuses) }).nullable(),
  })
  .openapi('OwnProgramPayment');
