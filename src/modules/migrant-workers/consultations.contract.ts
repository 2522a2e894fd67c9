/** The consultation centre's log (外籍勞工諮詢服務中心, plan 第二部分 七-3): shapes shared by the server and the web. */
import { z } from '@hono/zod-openapi';
import { listParams } from '../../shared/http/list.ts';
import { complaintLaws } from '../complaints/complaints.laws.ts';
import { isUnifiedBusinessNumber } from '../employers/ubn.ts';
import { claimKinds } from '../mediation/mediation.contract.ts';
import { residentCertificateField } from './migrant-workers.contract.ts';

export const consultationChannels = ['phone', 'chat', 'walk-in'] as const;
/** The centre's languages: the workers' four and Chinese. */
export const consultationLanguages = ['zh-TW', 'en', 'id', 'vi', 'th'] as const;
export const consultationTopics = [
  'wages',
  'overtime',
  'rest-days',
  'termination',
  'agency-fees',
  'abuse',
  'transfer-of-employer',
  'health-insurance',
  'other',
] as const;
export const consultationOutcomes = ['advised', 'referred', 'follow-up', 'unresolved'] as const;
export type ConsultationTopic = (typeof consultationTopics)[number];

const day = z.iso.date();
const phone = z.string().trim().regex(/^\+?[\d\s()-]{7,20}$/, 'validation.phone');
const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max);

export const consultationRequest = z
  .object({
    channel: z.enum(consultationChannels),
    language: z.enum(consultationLanguages),
    topic: z.enum(consultationTopics),
    outcome: z.enum(consultationOutcomes),
    durationMinutes: z.number().int().min(0).max(600).openapi({ description: 'Whole minutes, 0 to 600' }),
    consultedAt: z.iso.datetime({ offset: true }).optional().openapi({ description: 'When it took place; now when absent' }),
    workerId: z.uuid().optional().openapi({ description: 'The registered migrant worker, when known' }),
    workerResidentCertificateNumber: residentCertificateField.optional().openapi({
      description: 'Or the registered worker by their resident certificate number (their latest arrival)',
    }),
    callerName: z.string().trim().min(1).max(100).optional(),
    callerPhone: phone.optional(),
    notes: z.string().trim().max(4000).optional(),
  })
  .openapi('ConsultationRecord');
export type ConsultationInput = z.infer<typeof consultationRequest>;

export const consultationCreated = z.object({ id: z.uuid() }).openapi('ConsultationCreated');

export const consultationSummary = z
  .object({
    id: z.uuid(),
    consultedAt: z.string(),
    channel: z.enum(consultationChannels),
    language: z.enum(consultationLanguages),
    topic: z.enum(consultationTopics),
    outcome: z.enum(consultationOutcomes),
    durationMinutes: z.number().int(),
    workerId: z.uuid().nullable(),
    workerName: z.string().nullable().openapi({ description: 'Masked' }),
    callerName: z.string().nullable().openapi({ description: 'Masked' }),
    callerPhone: z.string().nullable().openapi({ description: 'Masked' }),
    complaintTrackingCode: z.string().nullable(),
    mediationCaseNumber: z.string().nullable(),
    visitTaskId: z.uuid().nullable(),
    recordedBy: z.string(),
  })
  .openapi('ConsultationSummary');

export const consultationContact = z
  .object({ callerName: z.string().nullable(), callerPhone: z.string().nullable(), workerName: z.string().nullable(), notes: z.string().nullable() })
  .openapi('ConsultationContact');

export const consultationSortKeys = ['consultedAt', 'topic', 'language'] as const;
export type ConsultationSortKey = (typeof consultationSortKeys)[number];

export const consultationQuery = z
  .object({
    language: z.enum(consultationLanguages).optional(),
    topic: z.enum(consultationTopics).optional(),
    channel: z.enum(consultationChannels).optional(),
    from: day.optional().openapi({ description: 'First day (the bureau’s calendar)' }),
    to: day.optional(),
  })
  .extend(listParams(consultationSortKeys).shape);

export const consultationStatsQuery = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.migrant.month')
    .openapi({ description: 'YYYY-MM', example: '2026-03' }),
});

const count = z.number().int();
export const consultationStats = z
  .object({
    month: z.string(),
    total: count,
    minutes: count,
    byLanguage: z.array(z.object({ language: z.enum(consultationLanguages), count, minutes: count })),
    byTopic: z.array(z.object({ topic: z.enum(consultationTopics), count })),
    byLanguageAndTopic: z.array(z.object({ language: z.enum(consultationLanguages), topic: z.enum(consultationTopics), count })),
  })
  .openapi('ConsultationStats');

// What a consultation can become.

export const consultationComplaintRequest = z
  .object({
    employerName: text(200),
    employerUbn: z.string().trim().refine(isUnifiedBusinessNumber, 'validation.ubn').optional(),
    districtCode: z.string().trim().regex(/^\d{8}$/, 'validation.district'),
    law: z.enum(complaintLaws).optional().openapi({ description: 'Default: from the topic' }),
    description: text(4000),
    withCallerContact: z.boolean().default(false).openapi({
      description: 'File it in the caller’s name with their phone (sealed in the complaints module, ADR 0008); anonymous otherwise',
    }),
  })
  .openapi('ConsultationToComplaint');

export const consultationMediationRequest = z
  .object({
    siteCode: text(40),
    respondentName: text(200),
    respondentUbn: z.string().trim().refine(isUnifiedBusinessNumber, 'validation.ubn').optional(),
    claimKind: z.enum(claimKinds),
    claimAmount: z.number().int().min(0).max(1_000_000_000).optional(),
    summary: text(5000),
  })
  .openapi('ConsultationToMediation');

export const consultationVisitRequest = z
  .object({ dueOn: day.openapi({ description: 'The day the follow-up visit is due; the officer sets it' }) })
  .openapi('ConsultationToVisit');

export const consultationConverted = z
  .object({
    complaintTrackingCode: z.string().nullable(),
    mediationCaseNumber: z.string().nullable(),
    visitTaskId: z.uuid().nullable(),
  })
  .openapi('ConsultationConverted');

/**
 * The law a complaint from a consultation is filed under, unless the officer picks another: wages, hours,
 * rest days and dismissal are Labor Standards Act matters; agency fees and a change of employer are
 * Employment Service Act matters (arts. 40, 59); the rest are left for the inspector to classify.
 */
export const lawOfTopic: Record<ConsultationTopic, (typeof complaintLaws)[number]> = {
  wages: 'laborStandardsAct',
  overtime: 'laborStandardsAct',
  'rest-days': 'laborStandardsAct',
  termination: 'laborStandardsAct',
  'agency-fees': 'employmentServiceAct',
  'transfer-of-employer': 'employmentServiceAct',
  abuse: 'unknown',
  'health-insurance': 'unknown',
  other: 'unknown',
};
