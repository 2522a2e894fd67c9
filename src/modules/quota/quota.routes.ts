import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../shared/http/app-env.ts';
import type { ExportColumn } from '../../shared/export/export.ts';
import { listParams } from '../../shared/http/list.ts';
import { listResponses } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, requires, signedInStaff } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { obligationSortKeys, toObligation, type QuotaService } from './quota.service.ts';

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
  summary: "Each assessed employer's disability-quota obligation for the month (list contract: paged, sorted, exported), largest shortfall first",
  request: {
    query: listParams(obligationSortKeys).extend({
      month,
      sector: sector.optional(),
      shortfall: z.enum(['true', 'false']).optional().openapi({ description: 'true: only employers short of their quota (those owing 差額補助費)' }),
      over: z.enum(['true', 'false']).optional().openapi({ description: 'true: only employers counting more than required (超額進用, for the city incentive)' }),
    }),
  },
  responses: { ...listResponses(obligation, 'A page of obligations'), ...problemResponses(400, 401, 403, 422) },
});

type ObligationItem = z.infer<typeof obligation>;
// Employers' names and UBNs are public registry data; the counts are per employer, never per person.
const columns: ExportColumn<ObligationItem>[] = [
  { header: 'columns.quota.ubn', value: (o) => o.ubn ?? '' },
  { header: 'columns.quota.name', value: (o) => o.name, weight: 2 },
  { header: 'columns.quota.sector', value: (o) => o.sector },
  { header: 'columns.quota.employees', value: (o) => String(o.employees) },
  { header: 'columns.quota.required', value: (o) => String(o.required) },
  { header: 'columns.quota.counted', value: (o) => String(o.counted) },
  { header: 'columns.quota.shortfall', value: (o) => String(o.shortfall) },
  { header: 'columns.quota.payment', value: (o) => (o.payment ? String(o.payment.amount) : '') },
];

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

export function quotaRoutes(deps: { quota: QuotaService; lists: ListResponder }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(obligations, async (c) => {
    const query = c.req.valid('query');
    return deps.lists.answer(c, {
      list: await deps.quota.obligationList(query.month, { sector: query.sector, shortfallOnly: query.shortfall === 'true', overQuotaOnly: query.over === 'true' }),
      params: query,
      filters: { month: query.month, sector: query.sector, shortfall: query.shortfall, over: query.over },
      extra: { month: query.month },
      toItem: toObligation,
      export: { name: 'quota-obligations', title: 'lists.quota-obligations', personalData: false, columns },
    }) as never;
  });
  app.openapi(recordMonth, async (c) => {
    const { employerId, month: m } = c.req.valid('param');
    await deps.quota.recordMonth(signedInStaff(c), { employerId, month: m, ...c.req.valid('json') }, c.get('requestId'));
    return c.body(null, 204);
  });
  app.openapi(enterRate, async (c) => {
    await deps.quota.enterPaymentRate(signedInStaff(c), c.req.valid('json'), c.get('requestId'));
    return c.body(null, 204);
  });
  app.openapi(indicatorRoute, async (c) => c.json((await deps.quota.indicator6(c.req.valid('query').month)) as never, 200));
  return app;
}
