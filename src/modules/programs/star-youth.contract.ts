import { isPlainDate } from '#labor-rules';
import { z } from '@hono/zod-openapi';

// A real calendar day (2026-02-30 is refused here, never by the database).
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((value) => isPlainDate(value), { message: 'validation.date', abort: true });
export const unitStatuses = ['vacant', 'occupied', 'closed'] as const;

export const unitInput = z
  .object({
    baseCode: z.string().regex(/^[a-z0-9-]{2,40}$/),
    code: z.string().trim().regex(/^[A-Za-z0-9-]{1,20}$/),
    name: z.string().trim().min(1).max(100),
    /** m²; left empty when nobody has measured it. */
    areaM2: z.number().positive().max(100_000).optional(),
    status: z.enum(['vacant', 'closed']).default('vacant'),
  })
  .openapi('StarYouthUnitInput');

export const unitStatusInput = z.object({ status: z.enum(['vacant', 'closed']) }).openapi('StarYouthUnitStatus');

export const tenancyInput = z
  .object({
    applicationId: z.uuid(),
    unitId: z.uuid(),
    businessName: z.string().trim().min(1).max(200),
    startsOn: isoDate,
    endsOn: isoDate,
  })
  .refine((v) => v.endsOn >= v.startsOn, { path: ['endsOn'], message: 'validation.starYouth.endsBeforeStart' })
  .openapi('StarYouthTenancyInput');

export const tenancyEnd = z.object({ endedOn: isoDate }).openapi('StarYouthTenancyEnd');

export const visitInput = z
  .object({
    visitedOn: isoDate,
    mentor: z.string().trim().min(1).max(100),
    topics: z.string().trim().min(1).max(1000),
    findings: z.string().trim().min(1).max(4000),
    followUps: z.string().trim().max(2000).optional(),
    followUpDueOn: isoDate.optional(),
  })
  .refine((v) => !v.followUpDueOn || v.followUpDueOn >= v.visitedOn, { path: ['followUpDueOn'], message: 'validation.starYouth.dueBeforeVisit' })
  .openapi('StarYouthVisitInput');

export const monthPaymentInput = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) }).openapi('StarYouthMonthPayment');

const tenancySummary = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  /** Masked: the board is a list. */
  tenant: z.string(),
  businessName: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
});

export const board = z
  .object({
    program: z.object({ places: z.int().nullable(), placesCommitted: z.int(), housed: z.int(), source: z.string().nullable() }),
    bases: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        districtCode: z.string(),
        districtName: z.string(),
        source: z.string(),
        units: z.array(
          z.object({
            id: z.uuid(),
            code: z.string(),
            name: z.string(),
            areaM2: z.number().nullable(),
            status: z.enum(unitStatuses),
            demo: z.boolean(),
            tenancy: tenancySummary.nullable(),
          }),
        ),
      }),
    ),
    /** Approved 摘星青年 applications not yet in a unit (masked), to allocate. */
    waiting: z.array(z.object({ applicationId: z.uuid(), applicant: z.string(), amountTwd: z.int().nullable() })),
  })
  .openapi('StarYouthBoard');

export const visit = z.object({
  id: z.uuid(),
  visitedOn: z.string(),
  mentor: z.string(),
  topics: z.string(),
  findings: z.string(),
  followUps: z.string().nullable(),
  followUpDueOn: z.string().nullable(),
});

export const tenancyDetail = tenancySummary
  .extend({
    baseName: z.string(),
    unitCode: z.string(),
    unitName: z.string(),
    endedOn: z.string().nullable(),
    visits: z.array(visit),
    /** The program's per-month entitlement (rent and incentive together, 一-8), null when no figure is set. */
    monthlyTwd: z.int().nullable(),
    approvedTwd: z.int().nullable(),
    months: z.array(
      z.object({
        month: z.string(),
        payment: z.object({ id: z.uuid(), amountTwd: z.int(), status: z.enum(['prepared', 'paid']), preparedByCaller: z.boolean() }).nullable(),
      }),
    ),
  })
  .openapi('StarYouthTenancy');

export const visitDue = z
  .object({
    tenancyId: z.uuid(),
    tenant: z.string(),
    businessName: z.string(),
    baseName: z.string(),
    unitCode: z.string(),
    lastVisitedOn: z.string().nullable(),
    /** The follow-ups' due date of the last visit; for a tenant never visited, the tenancy's start. */
    dueOn: z.string(),
    overdue: z.boolean(),
  })
  .openapi('StarYouthVisitDue');

/** What the applicant sees of their own tenancy. */
export const myTenancy = z
  .object({ baseName: z.string(), unitCode: z.string(), unitName: z.string(), startsOn: z.string(), endsOn: z.string(), endedOn: z.string().nullable(), monthsPaid: z.int() })
  .openapi('MyStarYouthTenancy');
