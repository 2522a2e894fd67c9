import { z } from '@hono/zod-openapi';
import { locales } from '../../shared/i18n/locales.ts';
import { listParams } from '../../shared/http/list.ts';

export const translationSortKeys = ['createdAt', 'targetLocale'] as const;
export type TranslationSortKey = (typeof translationSortKeys)[number];

/** What a task translates; the owning module reads the result back through the translations service. */
export const translationRecordTypes = ['complaint-message'] as const;
export type TranslationRecordType = (typeof translationRecordTypes)[number];

export const translationTask = z
  .object({
    id: z.uuid(),
    recordType: z.enum(translationRecordTypes),
    sourceLocale: z.enum(locales),
    targetLocale: z.enum(locales),
    sourceText: z.string().openapi({ description: 'The Chinese text to translate (never who it is for)' }),
    status: z.enum(['open', 'done']),
    translatedText: z.string().nullable(),
    createdAt: z.string(),
    completedAt: z.string().nullable(),
  })
  .openapi('TranslationTask');

export const translationQueueQuery = z
  .object({
    targetLocale: z.enum(locales).optional().openapi({ description: "The interpreter's language: each has its own queue" }),
    status: z.enum(['open', 'done']).optional().openapi({ description: 'open (the default) or done' }),
  })
  .extend(listParams(translationSortKeys).shape);

export const completeTranslationRequest = z
  .object({ translatedText: z.string().trim().min(1, 'validation.required').max(10_000) })
  .openapi('CompleteTranslation');
