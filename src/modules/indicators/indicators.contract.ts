import { z } from '@hono/zod-openapi';
import { drillDimensions } from './indicators.values.ts';

const period = z.string().regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, 'validation.indicator_period').openapi({ example: '2026-03' });
const day = z.iso.date({ message: 'validation.date' });
const figure = z.number().nullable();
const source = z.enum(['computed', 'entered', 'missing']);

export const yearQuery = z.object({
  year: z.coerce.number().int().min(2015).max(2100).openapi({ example: 2026, description: 'Calendar year (2015 = 民國 104)' }),
});

export const indicatorItem = z
  .object({
    code: z.string(),
    name: z.string(),
    planRef: z.string(),
    dimension: z.enum(['business', 'staffing', 'budget']),
    weight: z.number(),
    target: figure,
    targetRule: z.string().nullable(),
    value: figure,
    numerator: figure,
    denominator: figure,
    numeratorDescription: z.string(),
    denominatorDescription: z.string().nullable(),
    formula: z.string(),
    unit: z.enum(['percent', 'per-thousand', 'number']),
    decimals: z.number().int(),
    direction: z.enum(['higher', 'lower']),
    gap: figure,
    met: z.boolean().nullable(),
    previous: figure.openapi({ description: 'The value for the same period a year earlier' }),
    source,
    denominatorSource: source.nullable().openapi({ description: "Where the denominator came from when not from `source`: indicator 4's module counts the young people served, an analyst enters the youth population ('entered'); null without a denominator" }),
  })
  .openapi('IndicatorItem');

const closeInfo = z.object({ version: z.number().int(), closedAt: z.string(), closedBy: z.string().nullable(), reason: z.string().nullable() });

export const indicatorList = z
  .object({
    year: z.number().int(),
    score: z.number().openapi({ description: 'Weighted share of targets met, percent of all weights (docs/indicators.md)' }),
    closed: closeInfo.nullable(),
    items: z.array(indicatorItem),
  })
  .openapi('IndicatorList');

export const codeParam = z.object({ code: z.string().regex(/^\d{1,3}$/).openapi({ param: { name: 'code', in: 'path' }, example: '2' }) });
export const periodParam = z.object({ period: period.openapi({ param: { name: 'period', in: 'path' } }) });

export const detailQuery = z.object({
  from: day.openapi({ example: '2026-01-01' }),
  to: day.openapi({ example: '2026-12-31' }),
  by: z.enum(drillDimensions).optional(),
});

const part = z.object({
  unit: z.string().openapi({ description: "The unit's code (station, district, region, special group, month); 'none' for records that name none" }),
  label: z.string().nullable().openapi({ description: "The unit's name in the request's language, where the city names it" }),
  value: figure,
  numerator: figure,
  denominator: figure,
  target: figure.openapi({ description: "This unit's own target for the year (indicator_targets), null without one" }),
  met: z.boolean().nullable(),
});

export const indicatorDetail = z
  .object({
    code: z.string(),
    name: z.string(),
    from: z.string(),
    to: z.string(),
    by: z.enum(drillDimensions).nullable(),
    drillable: z.boolean().openapi({ description: 'false when the source cannot be split by `by`' }),
    value: figure,
    numerator: figure,
    denominator: figure,
    source,
    denominatorSource: source.nullable(),
    parts: z.array(part),
  })
  .openapi('IndicatorDetail');

const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max);

export const entryRequest = z
  .object({
    period,
    numerator: z.number().min(0).optional(),
    denominator: z.number().positive().optional(),
    value: z.number().optional(),
    source: text(300).openapi({ description: 'The source document (e.g. 勞保局 職災給付統計 2026-03)' }),
    sourceDate: day.openapi({ description: 'Date of the source document' }),
  })
  .openapi('IndicatorEntryRequest');

export const entryCreated = z.object({ id: z.string(), code: z.string(), period: z.string(), enteredAt: z.string() }).openapi('IndicatorEntryCreated');

export const entryList = z
  .object({
    items: z.array(
      z.object({
        id: z.string(), period: z.string(), numerator: figure, denominator: figure, value: figure,
        source: z.string(), sourceDate: z.string(), enteredBy: z.string(), enteredAt: z.string(),
      }),
    ),
  })
  .openapi('IndicatorEntries');

export const closeResult = z.object({ period: z.string(), version: z.number().int(), closedAt: z.string(), items: z.number().int() }).openapi('IndicatorPeriodClosed');

const frozen = z.object({ value: figure, numerator: figure, denominator: figure, source, denominatorSource: source.nullable() });

export const periodReview = z
  .object({
    period: z.string(),
    closed: closeInfo.nullable(),
    items: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        reported: frozen.nullable(),
        recomputed: frozen,
        difference: z.object({ value: figure, numerator: figure, denominator: figure }).nullable(),
        changed: z.boolean(),
      }),
    ),
  })
  .openapi('IndicatorPeriodReview');

export const reissueRequest = z.object({ reason: text(500) }).openapi('IndicatorReissueRequest');

const targetUnit = z
  .object({ kind: z.enum(['station', 'district', 'region']), code: z.string().trim().min(1, 'validation.required').max(40) })
  .optional()
  .openapi({ description: 'The station, district or region the target is for; the whole city when absent' });

export const targetRequest = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('absolute'), value: z.number(), source: text(300), unit: targetUnit }),
    z.object({
      kind: z.literal('relative'),
      baselineValue: z.number(),
      baselineYear: z.number().int().min(2000).max(2200),
      annualChangePercent: z.number().min(-100).max(100),
      source: text(300),
      unit: targetUnit,
    }),
  ])
  .openapi('IndicatorTargetRequest');

export const targetList = z
  .object({
    items: z.array(
      z.object({
        code: z.string(),
        year: z.number().int(),
        unitKind: z.enum(['city', 'station', 'district', 'region']),
        unitCode: z.string().nullable(),
        kind: z.enum(['absolute', 'relative']),
        value: figure,
        baselineValue: figure,
        baselineYear: z.number().int().nullable(),
        annualChangePercent: figure,
        source: z.string(),
      }),
    ),
  })
  .openapi('IndicatorTargets');

const words = z.object({ 'zh-TW': text(300), en: text(300), id: text(300), vi: text(300), th: text(300) });

export const definitionInput = z.object({
  code: z.string().regex(/^\d{1,3}$/),
  position: z.number().int().min(0).max(999),
  dimension: z.enum(['business', 'staffing', 'budget']),
  planRef: text(60),
  weight: z.number().positive().max(100),
  name: words,
  formula: text(500),
  numeratorDescription: words,
  denominatorDescription: words.nullable(),
  factor: z.number().positive(),
  unit: z.enum(['percent', 'per-thousand', 'number']),
  decimals: z.number().int().min(0).max(4),
  direction: z.enum(['higher', 'lower']),
  source: z.enum(['module', 'entered']),
  module: z.string().max(60).nullable(),
  officerRole: z.string().max(60).nullable(),
  denominatorEntered: z.boolean().default(false).openapi({ description: 'The module supplies the numerator only; the denominator is entered by an analyst' }),
});

export const definitionSet = z
  .object({ year: z.number().int(), fromYear: z.number().int().nullable(), definitions: z.array(definitionInput) })
  .openapi('IndicatorDefinitionSet');

export const definitionSetRequest = z
  .object({ definitions: z.array(definitionInput).min(1).max(60) })
  .superRefine((value, ctx) => {
    const codes = value.definitions.map((d) => d.code);
    if (new Set(codes).size !== codes.length) ctx.addIssue({ code: 'custom', path: ['definitions'], message: 'validation.indicator_codes' });
    for (const [i, d] of value.definitions.entries()) {
      if ((d.source === 'module') !== (d.module !== null)) ctx.addIssue({ code: 'custom', path: ['definitions', i, 'module'], message: 'validation.indicator_module' });
      if (d.denominatorEntered && (d.source !== 'module' || d.denominatorDescription === null)) {
        ctx.addIssue({ code: 'custom', path: ['definitions', i, 'denominatorEntered'], message: 'validation.indicator_module' });
      }
    }
  })
  .openapi('IndicatorDefinitionSetRequest');

export const targetParams = codeParam.extend({ year: z.coerce.number().int().min(2015).max(2100).openapi({ param: { name: 'year', in: 'path' } }) });
export const yearParam = z.object({ year: z.coerce.number().int().min(2015).max(2100).openapi({ param: { name: 'year', in: 'path' } }) });
