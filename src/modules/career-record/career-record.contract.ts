/**
 * @module career-record.contract
 * Shapes of the worker's career record (勞工職涯工作卡, issue 9 section 2, ADR 0027).
 */
import { z } from '@hono/zod-openapi';
import { plainDate } from '../calculators/calculators.contract.ts';
import { listParams } from '../../shared/http/list.ts';

export const entryKinds = ['work', 'training', 'certificate', 'award', 'evaluation'] as const;
/** What a worker may add: evaluations come only from an employer the worker invited. */
export const workerKinds = ['work', 'training', 'certificate', 'award'] as const;
export const certificateLevels = ['甲', '乙', '丙', '單一級'] as const;
export const verifications = ['verified', 'unverified', 'rejected'] as const;
const token = z.string().regex(/^[\w-]{20,64}$/, 'validation.token');

export const entryRequest = z
  .object({
    kind: z.enum(workerKinds),
    title: z.string().trim().min(1).max(200).openapi({ example: '技術士 堆高機操作' }),
    organisation: z.string().trim().max(200).default(''),
    startedOn: plainDate.optional(),
    endedOn: plainDate.optional(),
    certificate: z.object({ level: z.enum(certificateLevels), number: z.string().trim().min(1).max(40) }).optional(),
    note: z.string().trim().max(2000).default(''),
  })
  .refine((v) => !v.startedOn || !v.endedOn || v.endedOn >= v.startedOn, { path: ['endedOn'], message: 'validation.end_before_start' })
  .refine((v) => v.kind !== 'certificate' || v.certificate !== undefined, { path: ['certificate'], message: 'validation.career.certificate_required' })
  .openapi('CareerEntryRequest');

export const entry = z
  .object({
    id: z.string(),
    kind: z.enum(entryKinds),
    /** platform: from the platform's own records (a placement); worker: added by the worker; employer: an evaluation. */
    source: z.enum(['platform', 'worker', 'employer']),
    title: z.string(),
    organisation: z.string(),
    startedOn: z.string().nullable(),
    endedOn: z.string().nullable(),
    certificate: z.object({ level: z.enum(certificateLevels), number: z.string() }).nullable(),
    rating: z.int().nullable(),
    note: z.string(),
    verification: z.enum(verifications),
    hidden: z.boolean(),
  })
  .openapi('CareerEntry');

export const careerRecord = z
  .object({ name: z.string(), entries: z.array(entry) })
  .openapi('CareerRecord');

export const sharedRecord = z
  .object({ name: z.string(), expiresAt: z.string(), entries: z.array(entry.omit({ hidden: true })) })
  .openapi('CareerCardShared');

export const shareRequest = z.object({ days: z.int().min(1).max(90).default(14) }).openapi('CareerShareRequest');
export const shareCreated = z.object({ id: z.uuid(), url: z.string(), expiresAt: z.string() }).openapi('CareerShareCreated');
export const share = z
  .object({ id: z.uuid(), createdAt: z.string(), expiresAt: z.string(), revokedAt: z.string().nullable(), openings: z.array(z.string()) })
  .openapi('CareerShare');
export const tokenRequest = z.object({ token }).openapi('CareerToken');

export const invitationRequest = z.object({ employerName: z.string().trim().min(1).max(200) }).openapi('CareerEvaluationInvitation');
export const evaluationRequest = z
  .object({
    token,
    rating: z.int().min(1).max(5),
    text: z.string().trim().max(2000).default(''),
    startedOn: plainDate.optional(),
    endedOn: plainDate.optional(),
  })
  .openapi('CareerEvaluation');

export const verifyRequest = z.object({ decision: z.enum(['verified', 'rejected']) }).openapi('CareerVerify');
export const staffEntry = z
  .object({
    id: z.uuid(),
    maskedName: z.string(),
    kind: z.enum(entryKinds),
    title: z.string(),
    organisation: z.string(),
    certificate: z.object({ level: z.enum(certificateLevels), number: z.string() }).nullable(),
    startedOn: z.string().nullable(),
    verification: z.enum(verifications),
    createdAt: z.string(),
  })
  .openapi('CareerStaffEntry');
export const staffEntrySortKeys = ['createdAt'] as const;
export const staffEntryQuery = z.object({ verification: z.enum(verifications).optional() }).extend(listParams(staffEntrySortKeys).shape);
