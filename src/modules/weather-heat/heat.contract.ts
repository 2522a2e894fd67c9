import { z } from '@hono/zod-openapi';
import { locales } from '../../shared/i18n/locales.ts';
import { warningMessageKeys } from './heat.messages.ts';

const booleanQuery = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((value) => value === 'true' || value === '1');

export const heatQuery = z.object({
  district: z
    .string()
    .trim()
    .min(1, 'validation.district')
    .max(40, 'validation.district')
    .openapi({ description: 'District name (北屯區, 北屯, 台中市北屯區; 台/臺 alike), English name or town code', example: '北屯區' }),
  directSun: booleanQuery.openapi({ description: 'Work in direct sun: one level higher (guideline Table 2)' }),
  heavyClothing: booleanQuery.openapi({ description: 'Heavy or impermeable protective clothing: one level higher' }),
});

const sourceField = z.enum(['cwa', 'staff', 'recorded']);

export const heatWarningView = z
  .object({
    id: z.uuid(),
    level: z.number().int().min(1).max(4),
    districts: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string() })),
    validFrom: z.string(),
    validUntil: z.string(),
    publishedAt: z.string(),
    messages: z.array(z.string()).openapi({ description: "The fixed sentences, in the caller's language" }),
    text: z.string().nullable().openapi({ description: "Staff's free text in the caller's language, else in Chinese" }),
    textLocale: z.enum(locales).nullable().openapi({ description: 'The language `text` is written in' }),
  })
  .openapi('HeatWarning');

export const heatReport = z
  .object({
    district: z.string(),
    districtCode: z.string(),
    districtNameEn: z.string(),
    observedAt: z.string().nullable(),
    temperatureC: z.number().nullable(),
    relativeHumidity: z.number().nullable(),
    heatIndexC: z.number().nullable(),
    level: z.number().int().min(0).max(4).nullable().openapi({ description: 'Heat-hazard level 0-4; null when there is no data' }),
    levelText: z.string().nullable(),
    basis: z
      .enum(['observation', 'forecast'])
      .nullable()
      .openapi({ description: 'A measured value, or the forecast for this hour when no recent measurement exists' }),
    station: z.object({ id: z.string(), name: z.string() }).nullable(),
    forecastPeak: z
      .object({ at: z.string(), level: z.number().int(), heatIndexC: z.number(), temperatureC: z.number(), relativeHumidity: z.number() })
      .nullable()
      .openapi({ description: "Today's highest forecast heat index (Asia/Taipei day) and its hour" }),
    precautions: z.array(z.string()),
    source: sourceField.nullable(),
    stale: z.boolean().openapi({ description: 'No measurement or forecast for the present hour: the value shown is older' }),
    cwaHeatInjury: z
      .object({ at: z.string(), index: z.number().nullable(), warning: z.string().nullable() })
      .nullable()
      .openapi({ description: "CWA's own heat-injury index (M-A0085-001) for the present 3-hour slot" }),
    warnings: z.array(heatWarningView),
  })
  .openapi('HeatReport');

export const heatOverview = z
  .object({
    items: z.array(
      z.object({
        district: z.string(),
        districtCode: z.string(),
        districtNameEn: z.string(),
        level: z.number().int().nullable(),
        heatIndexC: z.number().nullable(),
        observedAt: z.string().nullable(),
        source: sourceField.nullable(),
        stale: z.boolean(),
        warningLevel: z.number().int().nullable().openapi({ description: 'Highest active staff warning, if any' }),
      }),
    ),
  })
  .openapi('HeatOverview');

const instant = z.iso.datetime({ offset: true, message: 'validation.datetime' });

export const createReadingRequest = z
  .object({
    district: z.string().trim().min(1).max(40),
    temperatureC: z.number().min(-10).max(50),
    relativeHumidity: z.number().min(0).max(100),
    observedAt: instant.optional().openapi({ description: 'When it was measured; now when absent. Not in the future.' }),
  })
  .openapi('CreateHeatReading', { example: { district: '北屯區', temperatureC: 34.5, relativeHumidity: 60 } });

export const readingView = z
  .object({
    id: z.string(),
    district: z.string(),
    districtCode: z.string(),
    observedAt: z.string(),
    temperatureC: z.number(),
    relativeHumidity: z.number(),
    heatIndexC: z.number(),
    level: z.number().int(),
    enteredBy: z.string().nullable(),
  })
  .openapi('HeatReading');

const localeTexts = z
  .object(Object.fromEntries(locales.map((locale) => [locale, z.string().trim().max(1000).optional()])) as Record<
    (typeof locales)[number],
    z.ZodOptional<z.ZodString>
  >)
  .strict()
  .default({});

export const publishWarningRequest = z
  .object({
    districts: z.array(z.string().trim().min(1).max(40)).min(1).max(60),
    level: z.number().int().min(1).max(4),
    messageKeys: z.array(z.enum(warningMessageKeys)).max(warningMessageKeys.length).default([]),
    texts: localeTexts,
    validFrom: instant.optional().openapi({ description: 'Now when absent' }),
    validUntil: instant,
  })
  .refine((value) => value.messageKeys.length > 0 || Object.values(value.texts).some((t) => t && t.length > 0), {
    message: 'validation.heat_warning_message',
    path: ['messageKeys'],
  })
  .openapi('PublishHeatWarning', {
    example: {
      districts: ['北屯區', '西屯區'],
      level: 3,
      messageKeys: ['extremeHeat', 'avoidMiddayOutdoorWork'],
      texts: { 'zh-TW': '北屯區大坑一帶工地請特別注意。' },
      validUntil: '2026-07-15T18:00:00+08:00',
    },
  });

export const warningStatuses = ['active', 'scheduled', 'expired', 'withdrawn', 'all'] as const;

export const staffWarning = heatWarningView
  .extend({
    status: z.enum(['active', 'scheduled', 'expired', 'withdrawn']),
    messageKeys: z.array(z.string()),
    texts: z.record(z.string(), z.string()),
    publishedBy: z.string().nullable(),
    withdrawnAt: z.string().nullable(),
    withdrawnBy: z.string().nullable(),
  })
  .openapi('StaffHeatWarning');

export const sourceStatusView = z
  .object({
    items: z.array(
      z.object({
        dataset: z.string(),
        lastAttemptAt: z.string(),
        lastSuccessAt: z.string().nullable(),
        lastError: z.string().nullable(),
        records: z.number().int(),
      }),
    ),
  })
  .openapi('HeatSourceStatus');
