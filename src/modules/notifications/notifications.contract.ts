import { z } from '@hono/zod-openapi';

/**
 * The records whose messages can be listed, each with the permission that reads it: the list follows
 * the record. `sealedRecipient`: the recipient is someone whose identity the record keeps sealed
 * (a complainant, ADR 0008), so even the masked address shows nothing of it.
 */
export const recordTypes = {
  complaint: { permission: 'complaints.list', sealedRecipient: true },
  // The applicant of a mediation is personal data; the respondent is usually a company, masked alike.
  'mediation-case': { permission: 'mediation.list', sealedRecipient: true },
  /** Mails to a citizen or employer account (src/modules/public-accounts): verification, password reset. */
  'public-account': { permission: 'accounts.manage', sealedRecipient: false },
  /** Confirmations and reminders of counselling bookings (src/modules/youth). */
  'youth-booking': { permission: 'youth.read', sealedRecipient: false },
  /** Reminders to a migrant officer of their visit tasks (src/modules/migrant-workers, ADR 0032). */
  'migrant-officer': { permission: 'migrant-workers.supervise', sealedRecipient: false },
  /** Reminders of a 1955 dispatch's reply deadline. */
  'migrant-dispatch': { permission: 'migrant-dispatches.read', sealedRecipient: false },
  /** Decision notices to applicants and escalations to supervisors (src/modules/programs). */
  'program-application': { permission: 'programs.read', sealedRecipient: false },
  /** Election reminders to the bureau's unions officer (src/modules/unions): an office address, not a person's file. */
  union: { permission: 'unions.read', sealedRecipient: false },
} as const;
export type RecordType = keyof typeof recordTypes;
export const recordTypeNames = Object.keys(recordTypes) as [RecordType, ...RecordType[]];

export const notificationChannels = ['email', 'sms'] as const;
export const notificationStatuses = ['queued', 'sent', 'failed'] as const;

export const listNotificationsQuery = z.object({
  recordType: z.enum(recordTypeNames),
  recordId: z.string().trim().min(1, 'validation.required').max(100),
});

export const notificationItem = z
  .object({
    id: z.uuid(),
    channel: z.enum(notificationChannels),
    template: z.string().openapi({ example: 'complaint-reply' }),
    locale: z.string().openapi({ example: 'vi' }),
    recipient: z.string().openapi({ description: 'Masked (w***@example.com, 09**-***-678); nothing of it for sealed recipients', example: 'w***@example.com' }),
    status: z.enum(notificationStatuses),
    attempts: z.number().int(),
    lastError: z.string().nullable().openapi({ description: 'The last refusal, without addresses or numbers' }),
    sentAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Notification');

export type NotificationItem = z.infer<typeof notificationItem>;
