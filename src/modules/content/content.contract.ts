import { z } from '@hono/zod-openapi';
import { listParams } from '../../shared/http/list.ts';
import { locales } from '../../shared/i18n/locales.ts';
import { qaCategories } from './content.categories.ts';
import { lawCodes } from './content.laws.ts';

export { qaCategories, type QaCategory } from './content.categories.ts';

export const contentStatuses = ['draft', 'published'] as const;

const localeEnum = z.enum(locales);

export const legalBasisInput = z.object({
  law: z.enum(lawCodes),
  /** "38" or "24-1" (第24條之1). */
  article: z.string().trim().regex(/^\d{1,3}(-\d{1,2})?$/),
  paragraph: z.number().int().min(1).max(30).optional(),
});

export const legalBasisOutput = legalBasisInput
  .extend({ label: z.string().openapi({ description: 'The citation in the reader language' }) })
  .openapi('LegalBasis');

const qaText = z.object({
  question: z.string().trim().min(1).max(500),
  answer: z.string().trim().min(1).max(10_000),
});

/** zh-TW is the source and required; the other languages are optional per item. */
export const qaTranslationsInput = z.object({
  'zh-TW': qaText,
  en: qaText.optional(),
  id: qaText.optional(),
  vi: qaText.optional(),
  th: qaText.optional(),
});

export const qaWriteRequest = z
  .object({
    category: z.enum(qaCategories),
    legalBasis: z.array(legalBasisInput).max(20).default([]),
    sortOrder: z.number().int().min(0).max(100_000).default(1000),
    translations: qaTranslationsInput,
  })
  .openapi('QaWrite');

export const qaPublicItem = z
  .object({
    id: z.uuid(),
    category: z.enum(qaCategories),
    question: z.string(),
    answer: z.string(),
    legalBasis: z.array(legalBasisOutput),
    updatedAt: z.string(),
    locale: localeEnum.openapi({ description: 'The language of question and answer' }),
    isFallback: z.boolean().openapi({ description: 'True when the text is the Chinese source because the asked language has no translation yet' }),
  })
  .openapi('QaItem');

export const qaPublicQuery = z.object({
  q: z.string().max(100).optional().openapi({ description: 'Words to find; 台/臺, full-width forms, spaces and punctuation do not matter' }),
  category: z.enum(qaCategories).optional(),
  lang: localeEnum.optional(),
});

export const qaStaffSummary = z
  .object({
    id: z.uuid(),
    category: z.enum(qaCategories),
    status: z.enum(contentStatuses),
    question: z.string().openapi({ description: 'The zh-TW question' }),
    locales: z.array(localeEnum),
    updatedAt: z.string(),
    publishedAt: z.string().nullable(),
  })
  .openapi('QaStaffSummary');

export const qaStaffRecord = z
  .object({
    id: z.uuid(),
    category: z.enum(qaCategories),
    status: z.enum(contentStatuses),
    legalBasis: z.array(legalBasisOutput),
    sortOrder: z.number().int(),
    translations: z.record(z.string(), qaText),
    createdAt: z.string(),
    updatedAt: z.string(),
    publishedAt: z.string().nullable(),
  })
  .openapi('QaStaffRecord');

export const qaStaffSortKeys = ['relevance', 'updatedAt', 'category', 'status'] as const;
export type QaStaffSortKey = (typeof qaStaffSortKeys)[number];

export const qaStaffQuery = z
  .object({
    q: z.string().max(100).optional(),
    category: z.enum(qaCategories).optional(),
    status: z.enum(contentStatuses).optional(),
  })
  .extend(listParams(qaStaffSortKeys).shape);

export const newsStaffSortKeys = ['date', 'updatedAt', 'status'] as const;
export type NewsStaffSortKey = (typeof newsStaffSortKeys)[number];

const newsText = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(20_000),
});

export const newsTranslationsInput = z.object({
  'zh-TW': newsText,
  en: newsText.optional(),
  id: newsText.optional(),
  vi: newsText.optional(),
  th: newsText.optional(),
});

export const newsWriteRequest = z
  .object({
    translations: newsTranslationsInput,
    /** A back-dated notice keeps its real date; when absent, the date of first publication is used. */
    publishedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .openapi('NewsWrite');

export const newsPublicSummary = z
  .object({
    id: z.uuid(),
    title: z.string(),
    summary: z.string().openapi({ description: 'The first lines of the body' }),
    publishedAt: z.string(),
    updatedAt: z.string(),
    locale: localeEnum,
    isFallback: z.boolean(),
  })
  .openapi('NewsSummary');

export const newsPublicPost = newsPublicSummary.extend({ body: z.string() }).openapi('NewsPost');

export const newsPublicQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  lang: localeEnum.optional(),
});

export const newsStaffSummary = z
  .object({
    id: z.uuid(),
    status: z.enum(contentStatuses),
    title: z.string(),
    locales: z.array(localeEnum),
    updatedAt: z.string(),
    publishedAt: z.string().nullable(),
  })
  .openapi('NewsStaffSummary');

export const newsStaffRecord = z
  .object({
    id: z.uuid(),
    status: z.enum(contentStatuses),
    translations: z.record(z.string(), newsText),
    createdAt: z.string(),
    updatedAt: z.string(),
    publishedAt: z.string().nullable(),
  })
  .openapi('NewsStaffRecord');
