/** Cases dispatched by the national 1955 hotline (派案): shapes shared by the server and the web. */
import { z } from '@hono/zod-openapi';
import { listParams } from '../../shared/http/list.ts';
import { isResidentCertificateNumber } from '../people/identifiers.ts';

export const dispatchStatuses = ['open', 'overdue', 'replied'] as const;
export const documentKinds = ['resident-certificate', 'passport'] as const;
export const replyOutcomes = ['resolved', 'complaint-opened', 'mediation-referred', 'visit-arranged', 'no-contact', 'other'] as const;

const day = z.iso.date();
const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max);

/**
 * One dispatch, by hand or as one row of an import. The worker is named by a resident certificate number
 * (check digit verified) or a passport number; at least one of the two.
 */
export const dispatchRequest = z
  .object({
    dispatchNumber: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{4,40}$/, 'validation.migrant.dispatch_number')
      .transform((v) => v.toUpperCase())
      .openapi({ description: 'The hotline’s number for the dispatch', example: '1955-20260302-0042' }),
    receivedAt: z.iso.datetime({ offset: true }).openapi({ description: 'When the city received it', example: '2026-03-02T09:15:00+08:00' }),
    workerName: text(100),
    residentCertificateNumber: z
      .string()
      .trim()
      .transform((v) => v.toUpperCase())
      .refine(isResidentCertificateNumber, { message: 'validation.resident_certificate' })
      .optional(),
    passportNumber: z.string().trim().regex(/^[A-Z0-9]{5,20}$/i, 'validation.passport').transform((v) => v.toUpperCase()).optional(),
    employerName: text(200),
    issue: text(4000),
    replyDeadline: day.openapi({ description: 'The reply deadline the hotline set (inclusive)' }),
    assignedTo: z.uuid().optional().openapi({ description: 'The responsible migrant officer; the one entering it when absent' }),
  })
  .superRefine((value, ctx) => {
    if (!value.residentCertificateNumber && !value.passportNumber) {
      ctx.addIssue({ code: 'custom', path: ['residentCertificateNumber'], message: 'validation.migrant.worker_document' });
    }
  })
  .openapi('Dispatch1955');
export type DispatchInput = z.infer<typeof dispatchRequest>;

export const dispatchCreated = z.object({ id: z.uuid(), replyDeadline: day }).openapi('Dispatch1955Created');

export const dispatchSummary = z
  .object({
    id: z.uuid(),
    dispatchNumber: z.string(),
    receivedAt: z.string(),
    workerName: z.string().openapi({ description: 'Masked' }),
    workerDocument: z.string().openapi({ description: 'Masked' }),
    workerId: z.uuid().nullable(),
    employerName: z.string(),
    replyDeadline: day,
    state: z.enum(['open', 'due-soon', 'overdue', 'replied', 'replied-late']),
    assignedTo: z.object({ id: z.uuid(), displayName: z.string() }),
    repliedOn: day.nullable(),
    replyOutcome: z.enum(replyOutcomes).nullable(),
    source: z.enum(['form', 'import']),
  })
  .openapi('Dispatch1955Summary');

export const dispatchRecord = dispatchSummary
  .extend({
    workerName: z.string(),
    workerDocument: z.string(),
    workerDocumentKind: z.enum(documentKinds),
    issue: z.string(),
    replyText: z.string().nullable(),
    repliedBy: z.string().nullable(),
  })
  .openapi('Dispatch1955Record');

export const dispatchSortKeys = ['replyDeadline', 'receivedAt', 'dispatchNumber'] as const;
export type DispatchSortKey = (typeof dispatchSortKeys)[number];

export const dispatchQuery = z
  .object({
    status: z.enum(dispatchStatuses).optional().openapi({
      description: '`open`: not replied, deadline today or later; `overdue`: not replied, deadline passed; `replied`. Absent: all.',
    }),
    mine: z.enum(['true', 'false']).optional(),
  })
  .extend(listParams(dispatchSortKeys).shape);

export const dispatchReplyRequest = z
  .object({
    repliedOn: day,
    outcome: z.enum(replyOutcomes),
    text: text(4000),
  })
  .openapi('Dispatch1955Reply');

export const dispatchImportResult = z
  .object({
    imported: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.array(z.object({ line: z.number().int(), reason: z.string() })),
  })
  .openapi('Dispatch1955ImportResult');

/** The import file's columns (CSV header, or the keys of each JSON object): docs/migrant-workers.md. */
export const dispatchImportColumns = [
  'dispatch_number',
  'received_at',
  'worker_name',
  'resident_certificate_number',
  'passport_number',
  'employer_name',
  'issue',
  'reply_deadline',
] as const;
export const dispatchRequiredColumns = ['dispatch_number', 'received_at', 'worker_name', 'employer_name', 'issue', 'reply_deadline'] as const;
export const dispatchColumnOfField: Record<string, (typeof dispatchImportColumns)[number]> = {
  dispatchNumber: 'dispatch_number',
  receivedAt: 'received_at',
  workerName: 'worker_name',
  residentCertificateNumber: 'resident_certificate_number',
  passportNumber: 'passport_number',
  employerName: 'employer_name',
  issue: 'issue',
  replyDeadline: 'reply_deadline',
};

export const staffContactRequest = z
  .object({ email: z.email('validation.email').max(200), locale: z.enum(['zh-TW', 'en', 'id', 'vi', 'th']).default('zh-TW') })
  .openapi('MigrantStaffContact');
