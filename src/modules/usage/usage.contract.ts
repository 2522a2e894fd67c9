import { z } from '@hono/zod-openapi';

/**
 * What may be counted. Names are route patterns or tool ids written in lower-case letters and
 * hyphens, with `:param` placeholders for route parameters: no digits, so no ID number, phone,
 * tracking code or record id can be smuggled into the counts.
 */
export const pageNamePattern = /^\/(?:(?:[a-z][a-z-]{0,39}|:[a-z][a-zA-Z]{0,29})(?:\/(?:[a-z][a-z-]{0,39}|:[a-z][a-zA-Z]{0,29}))*)?$/;
export const toolNamePattern = /^[a-z][a-z-]{0,39}(?:\.[a-z][a-z-]{0,39})?$/;

export const usageEventRequest = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('page-view'),
      name: z
        .string()
        .max(120)
        .regex(pageNamePattern, 'validation.usage_name')
        // The back office is not part of the public site whose page views the indicator counts.
        .refine((name) => name !== '/staff' && !name.startsWith('/staff/'), 'validation.usage_name')
        .openapi({ description: 'The route pattern of a public page', example: '/calculators/overtime-pay' }),
    }),
    z.object({
      kind: z.literal('tool-use'),
      name: z
        .string()
        .max(81)
        .regex(toolNamePattern, 'validation.usage_name')
        .openapi({ description: 'A tool id', example: 'overtime-pay' }),
    }),
  ])
  .openapi('UsageEvent');

const dayField = z.iso.date({ message: 'validation.date' });

export const usageReportQuery = z.object({
  from: dayField.optional().openapi({ description: 'First Taiwan calendar day; 29 days before `to` when absent' }),
  to: dayField.optional().openapi({ description: 'Last Taiwan calendar day; today when absent' }),
});

const ratio = z.number().nullable().openapi({ description: 'tool uses ÷ page views × 100, two decimals; null without page views' });

export const usageReport = z
  .object({
    from: z.string(),
    to: z.string(),
    indicator: z.object({
      name: z.string(),
      formula: z.string(),
      targetPercent: z.number(),
      valuePercent: ratio,
      met: z.boolean().nullable(),
    }),
    totals: z.object({ pageViews: z.number().int(), toolUses: z.number().int() }),
    days: z.array(z.object({ day: z.string(), pageViews: z.number().int(), toolUses: z.number().int(), ratioPercent: ratio })),
    pages: z.array(z.object({ name: z.string(), count: z.number().int() })),
    tools: z.array(z.object({ name: z.string(), count: z.number().int() })),
  })
  .openapi('UsageReport');
