import { z } from '@hono/zod-openapi';
import { locales } from '../../shared/i18n/locales.ts';
import { listParams } from '../../shared/http/list.ts';

export const translationSortKeys = ['createdAt', 'targetLocale'] as const;
export type TranslationSortKey = (typeof translationSortKeys)[number];

/**
 * What a task translates, each owned by one module (translationOwners), which opens the task, reads the
 * result back through the translations service and, where it sends the text on, is handed the translation
 * by a job when the interpreter is done (ADR 0030, "Every module's free text").
 */
export const translationRecordTypes = ['complaint-message', 'program-decision', 'mediation-session', 'mediation-record', 'migrant-visit'] as const;
export type TranslationRecordType = (typeof translationRecordTypes)[number];

export const translationModules = ['complaints', 'programs', 'mediation', 'migrant-workers'] as const;
export type TranslationModule = (typeof translationModules)[number];

/** The module each kind of record belongs to: only it opens tasks for it and takes their translations. */
export const translationOwners = {
  'complaint-message': 'complaints',
  'program-decision': 'programs',
  'mediation-session': 'mediation',
  'mediation-record': 'mediation',
  'migrant-visit': 'migrant-workers',
} as const satisfies Record<TranslationRecordType, TranslationModule>;

export const translationTask = z
  .object({
    id: z.uuid(),
    recordType: z.enum(translationRecordTypes).openapi({ description: 'What the text is (a complaint reply, a program decision, …), so the interpreter knows its register' }),
    sourceModule: z.enum(translationModules),
    field: z.string().openapi({ description: "The record's field the text is, e.g. `reason` of a program decision" }),
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

/**
 * A piece of the bureau's free text as its reader gets it: the Chinese while an interpreter works on it
 * (`translation: 'pending'`, the page says so), then the translation with the Chinese kept as `original`.
 * `translation` is null when no translation was needed (a Chinese reader).
 */
export const translatedText = z
  .object({
    text: z.string(),
    locale: z.enum(locales).openapi({ description: 'The language `text` is in (zh-TW until translated)' }),
    original: z.string().nullable().openapi({ description: 'The Chinese original, once translated' }),
    translation: z.enum(['pending', 'done']).nullable(),
  })
  .openapi('TranslatedText');
