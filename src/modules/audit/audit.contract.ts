import { z } from '@hono/zod-openapi';
import { listParams } from '../../shared/http/list.ts';

export const auditSortKeys = ['occurredAt', 'action', 'actor', 'recordType'] as const;
export type AuditSortKey = (typeof auditSortKeys)[number];

export const auditEvent = z
  .object({
    id: z.number().int(),
    occurredAt: z.string(),
    actorUsername: z.string().nullable(),
    actorName: z.string().nullable().openapi({ description: "The staff member's name; null for the system and public accounts" }),
    action: z.string(),
    recordType: z.string(),
    recordId: z.string().nullable(),
    reference: z.string().nullable().openapi({ description: "The record's public reference (a complaint's tracking code), where its module has one" }),
    requestId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .openapi('AuditEvent');

export type AuditEventView = z.infer<typeof auditEvent>;

export const auditSearchQuery = z.object({
  actor: z.string().trim().max(40).optional().openapi({ description: 'A username, or part of a staff member’s name' }),
  action: z.string().trim().max(80).optional(),
  recordType: z.string().trim().max(40).optional(),
  recordId: z.string().trim().max(80).optional(),
  reference: z.string().trim().max(40).optional().openapi({ description: 'A public reference: a complaint tracking code (TC-…), a mediation or case number' }),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
}).extend(listParams(auditSortKeys).shape);
