import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, requires } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import type { QuotaService } from './quota.service.ts';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month').openapi({ example: '2026-03' });
const sector = z.enum(['public', 'private']);
const count = z.number().int().min(0).max(1_000_000);

const obligation = z
  .object({
    employerId: z.uuid(),
    ubn: z.string().nullable(),
    name: z.string(),
    sector,
    districtCode: z.string().nullable(),
    industryCode: z.string().nullable(),
    employees: z.number().int(),
    required: z.number().int().openapi({ description: '身心障礙者權益保障法 Art. 38 paras. 1-2: decimals dropped; private employers at least 1' }),
    counted: z.number().openapi({ description: 'Art. 38 para. 3: severe ×2, two half-wage part-timers count 1' }),
    shortfall: z.number().int(),
    payment: z
      .object({ amount: z.number().int(), monthlyAmount: z.number().int(), source: z.string(), article: z.string() })
      .nullable()
      .openapi({ description: 'Art. 43 para. 2: shortfall × the monthly amount entered for the month; null when none is entered' }),
  })
  .openapi('QuotaObligation');

const ratioPart = z.object({ required: z.number().int(), counted: z.number(), value: z.number().nullable(), employers: z.number().int() });
const indicator = ratioPart
  .extend({
    indicator: z.literal(6),
    month: z.string(),
    bySector: z.object({ public: ratioPart, private: ratioPart }),
    byDistrict: z.array(ratioPart.extend({ districtCode: z.string().nullable() })),
  })
  .openapi('Indicator6');

const obligations = defineRoute(requires('quota.read'), {
  method: 'get',
  path: '/api/v1/staff/quota/obligations',
  tags: ['quota'],
  summary: "Each assessed employer's disability-quota obligation for the month, largest shortfall first",
  request: { query: z.object({ month }) },
  responses: { 200: jsonContent(z.object({ items: z.array(obligation) }), 'Obligations'), ...problemResponses(400, 401, 403) },
});

const recordMonth = defineRoute(requires('quota.write'), {
  method: 'put',
  path: '/api/v1/staff/quota/employers/{employerId}/months/{month}',
  tags: ['quota'],
  summary: "Enter an employer's sector and disabled employees for a month (the insured total is the employer's headcount)",
  request: {
    params: z.object({ employerId: z.uuid(), month }),
    body: jsonBody(z.object({ sector, severe: count, other: count, partTimeHalfWage: count, source: z.string().trim().min(1, 'validation.required').max(200) })),
  },
  responses: { 204: { description: 'Recorded' }, ...problemResponses(400, 401, 403, 404) },
});

const enterRate = defineRoute(requires('quota.write'), {
  method: 'post',
  path: '/api/v1/staff/quota/payment-rates',
  tags: ['quota'],
  summary: 'Enter the monthly amount per missing person (差額補助費, Art. 43 para. 2) from a month on, with its source',
  request: {
    body: jsonBody(z.object({ effectiveFrom: month, monthlyAmount: z.number().int().min(1).max(1_000_000), source: z.string().trim().min(1, 'validation.required').max(300) })),
  },
  responses: { 204: { description: 'Entered' }, ...problemResponses(400, 401, 403) },
});

const indicatorRoute = defineRoute(requires('quota.read'), {
  method: 'get',
  path: '/api/v1/staff/quota/indicator',
  tags: ['quota', 'indicators'],
  summary: 'Indicator 6: disabled employees counted ÷ required × 100, overall, by sector and by district',
  request: { query: z.object({ month }) },
  responses: { 200: jsonContent(indicator, 'Indicator 6'), ...problemResponses(400, 401, 403) },
});

export function quotaRoutes(deps: { quota: QuotaService }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const staffOf = (c: Context<AppEnv>) => {
    const staff = c.get('staff');
    if (!staff) throw new AppError('UNAUTHENTICATED');
    return staff;
  };
  app.openapi(obligations, async (c) => c.json({ items: await deps.quota.obligations(c.req.valid('query').month) }, 200));
  app.openapi(recordMonth, async (c) => {
    const { employerId, month: m } = c.req.valid('param');
    await deps.quota.recordMonth(staffOf(c), { employerId, month: m, ...c.req.valid('json') }, c.get('requestId'));
    return c.body(null, 204);
  });
  app.openapi(enterRate, async (c) => {
    await deps.quota.enterPaymentRate(staffOf(c), c.req.valid('json'), c.get('requestId'));
    return c.body(null, 204);
  });
  app.openapi(indicatorRoute, async (c) => c.json((await deps.quota.indicator6(c.req.valid('query').month)) as never, 200));
  return app;
}
