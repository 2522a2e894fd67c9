import { z } from '@hono/zod-openapi';
import { listParams } from '../../shared/http/list.ts';
import { locales } from '../../shared/i18n/locales.ts';

export const complaintSortKeys = ['receivedAt', 'trackingCode', 'status', 'employerName', 'districtCode', 'replyDueOn'] as const;
export type ComplaintSortKey = (typeof complaintSortKeys)[number];
import { isUnifiedBusinessNumber } from '../employers/ubn.ts';
import { identifyIdNumber } from '../people/identifiers.ts';
import { complaintLaws } from './complaints.laws.ts';
import { complaintActions, complaintStatuses } from './complaints.workflow.ts';

export { complaintLaws, type ComplaintLaw } from './complaints.laws.ts';

export const maxDescriptionLength = 5000;

const required = (message = 'validation.required') => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? message : undefined),
});

/**
 * What a complainant sends, as JSON or as multipart form fields of the same names (plus up to three
 * `attachments` files). When `anonymous` is true the identity fields are dropped, not stored.
 */
export const fileComplaintRequest = z
  .object({
    employerName: z.string(required()).trim().min(1, 'validation.required').max(200),
    employerUbn: z.string().trim().refine(isUnifiedBusinessNumber, 'validation.ubn').optional(),
    districtCode: z
      .string(required('validation.district'))
      .trim()
      .min(1, 'validation.district')
      .max(40)
      .openapi({ description: 'Town code (e.g. 66000080) or district name (北屯區)' }),
    law: z.enum(complaintLaws, required()),
    description: z.string(required()).trim().min(1, 'validation.required').max(maxDescriptionLength),
    anonymous: z.boolean(required()),
    name: z.string().trim().min(1).max(100).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[\d\s()-]{7,20}$/, 'validation.phone')
      .optional(),
    email: z.email().max(200).optional(),
    idNumber: z
      .string()
      .trim()
      .transform((value) => value.toUpperCase())
      .refine((value) => identifyIdNumber(value) !== undefined, { message: 'validation.id_number' })
      .optional(),
  })
  .superRefine((value, ctx) => {
    if (value.anonymous) return;
    if (!value.name) ctx.addIssue({ code: 'custom', path: ['name'], message: 'validation.complainant_name' });
    if (!value.phone && !value.email) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'validation.complainant_contact' });
  })
  .openapi('FileComplaint');

export type FileComplaintInput = z.infer<typeof fileComplaintRequest>;

export const complaintReceipt = z
  .object({
    trackingCode: z.string().openapi({ example: 'TC-7K3M9Q2X' }),
    secret: z.string().openapi({ description: 'Shown once; only its hash is kept', example: '7K3M-9Q2X-4HNP-B6TR-W0CZ' }),
  })
  .openapi('ComplaintReceipt');

/**
 * What a reply says, before its free text (issue 15 §1): each outcome has a sentence in all five languages
 * (web locale files, `complaints.outcomes.*`), so the complainant reads the answer in their own language at once.
 */
export const replyOutcomes = ['inspected', 'violation-fined', 'transferred', 'no-violation', 'more-information'] as const;
export type ReplyOutcome = (typeof replyOutcomes)[number];

const eventKind = z.enum(['received', 'assigned', 'investigating', 'notice', 'replied', 'closed', 'transferred']);

export const publicComplaintStatus = z
  .object({
    trackingCode: z.string(),
    status: z.enum(complaintStatuses),
    receivedAt: z.string(),
    events: z.array(
      z.object({
        kind: eventKind,
        status: z.enum(complaintStatuses),
        at: z.string(),
        message: z.string().nullable().openapi({
          description: "The bureau's message to the complainant: the interpreter's translation once done, else the text as written",
        }),
        messageLocale: z.enum(locales).nullable().openapi({ description: 'The language `message` is written in' }),
        originalMessage: z.string().nullable().openapi({ description: 'The Chinese text, when `message` is its translation' }),
        translation: z.enum(['pending', 'done']).nullable().openapi({
          description: 'pending: an interpreter is translating the message into the filing language; show the outcome sentence meanwhile',
        }),
        outcome: z.enum(replyOutcomes).nullable().openapi({ description: 'The structured outcome of a reply' }),
        authority: z.string().nullable().openapi({ description: 'Where the complaint was transferred' }),
      }),
    ),
  })
  .openapi('ComplaintStatus');

const deadline = z.enum(['notice', 'reply']);

export const complaintSummary = z
  .object({
    id: z.uuid(),
    trackingCode: z.string(),
    status: z.enum(complaintStatuses),
    employerName: z.string(),
    districtCode: z.string(),
    law: z.enum(complaintLaws),
    receivedAt: z.string(),
    noticeDueOn: z.string(),
    replyDueOn: z.string(),
    assignedTo: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
    overdue: z.array(deadline),
  })
  .openapi('ComplaintSummary');

export const complaintDetail = complaintSummary
  .extend({
    employerUbn: z.string().nullable(),
    locale: z.enum(locales).openapi({ description: 'The language the complainant filed in: replies reach them in it' }),
    description: z.string().nullable().openapi({
      description: 'The complainant\'s own words: only the assigned inspector and the supervisor read them (null for others)',
    }),
    /** True when the caller is neither the assigned inspector nor the supervisor (issue 16, finding 5). */
    redacted: z.boolean(),
    attachmentCount: z.number().int(),
    noticeSentAt: z.string().nullable(),
    repliedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    transferredTo: z.string().nullable(),
    attachments: z.array(
      z.object({
        id: z.uuid(),
        fileName: z.string(),
        mediaType: z.string(),
        byteSize: z.number().int(),
        /** Cells of CSV evidence that a spreadsheet would run as formulas: the page warns and offers a neutralised copy. */
        formulaCells: z.number().int(),
      }),
    ),
    events: z.array(
      z.object({
        kind: eventKind,
        status: z.enum(complaintStatuses),
        at: z.string(),
        message: z.string().nullable(),
        outcome: z.enum(replyOutcomes).nullable(),
        translation: z.enum(['pending', 'done']).nullable(),
        authority: z.string().nullable(),
        actor: z.string().nullable(),
      }),
    ),
    /** What the caller may do with this complaint (the buttons a page shows). */
    can: z.object({
      assign: z.boolean(),
      actions: z.array(z.enum(complaintActions)),
      revealIdentity: z.boolean(),
      downloadAttachments: z.boolean(),
    }),
  })
  .openapi('ComplaintDetail');

export const complaintIdentity = z
  .object({
    anonymous: z.boolean(),
    name: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    idNumber: z.string().nullable(),
  })
  .openapi('ComplaintIdentity');

export const listComplaintsQuery = z.object({
  status: z.enum(complaintStatuses).optional(),
  mine: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: 'Only complaints assigned to the caller' }),
}).extend(listParams(complaintSortKeys).shape);

export const overdueSortKeys = [...complaintSortKeys, 'daysOverdue'] as const;
export type OverdueSortKey = (typeof overdueSortKeys)[number];
export const overdueQuery = listParams(overdueSortKeys);

export const assignRequest = z.object({ inspectorId: z.uuid() }).openapi('AssignComplaint');

export const transitionRequest = z
  .object({
    action: z.enum(complaintActions),
    outcome: z.enum(replyOutcomes).optional().openapi({ description: 'Required for reply: the sentence the complainant reads in their language' }),
    message: z.string().trim().min(1).max(maxDescriptionLength).optional().openapi({
      description: 'Shown to the complainant; required for notify and transfer, optional free text after a reply\'s outcome',
    }),
    authority: z.string().trim().min(1).max(200).optional().openapi({ description: 'Required for transfer' }),
  })
  .superRefine((value, ctx) => {
    if (['notify', 'transfer'].includes(value.action) && !value.message) {
      ctx.addIssue({ code: 'custom', path: ['message'], message: 'validation.required' });
    }
    if (value.action === 'reply' && !value.outcome) {
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'validation.required' });
    }
    if (value.action === 'transfer' && !value.authority) {
      ctx.addIssue({ code: 'custom', path: ['authority'], message: 'validation.required' });
    }
  })
  .openapi('ComplaintTransition');

export const overdueItem = complaintSummary
  .extend({ daysOverdue: z.number().int().openapi({ description: 'Days past the earliest missed deadline' }) })
  .openapi('OverdueComplaint');
