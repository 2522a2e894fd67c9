/**
 * What a migrant worker is told after a visit, in their language (issue 15 §1, ADR 0030): a sentence for
 * the visit's follow-up (none, another visit, a complaint opened), worded in every language, and the
 * officer's own message, written in Chinese. For a worker whose preferred language is not Chinese the
 * message opens a task for the consultation centre's interpreters; the visit's page gives the officer the
 * sentence and the message in the worker's language to read out, show or print, marked as being
 * translated until an interpreter has done it. The worker has no address on record, so nothing is e-mailed:
 * the translation is read back here.
 */
import { z } from '@hono/zod-openapi';
import type { Queryable } from '../../db/client.ts';
import { locales } from '../../shared/i18n/locales.ts';
import { catalogText, resolveLocale } from '../notifications/notifications.templates.ts';
import { translatedText } from '../translations/translations.contract.ts';
import type { TranslationsService } from '../translations/translations.service.ts';
import { readBack } from '../translations/translations.service.ts';

export type VisitTranslations = Pick<TranslationsService, 'open' | 'statesOf'>;

const recordType = 'migrant-visit' as const;
const field = 'worker-message';

export const workerMessage = z
  .object({
    locale: z.enum(locales).openapi({ description: "The worker's preferred language" }),
    sentence: z.string().openapi({ description: "The follow-up, worded in the worker's language" }),
    message: translatedText.nullable(),
  })
  .openapi('VisitWorkerMessage');
export type WorkerMessage = z.infer<typeof workerMessage>;

/** Opens the task in the visit's transaction when the worker reads another language. */
export async function openWorkerMessageTranslation(
  tx: Queryable,
  translations: VisitTranslations | undefined,
  visit: { visitId: string; locale: string; message: string | null },
): Promise<boolean> {
  if (!translations || !visit.message) return false;
  return translations.open(tx, {
    sourceModule: 'migrant-workers',
    recordType,
    recordId: visit.visitId,
    field,
    targetLocale: resolveLocale(visit.locale),
    sourceText: visit.message,
  });
}

/** Each visit's message to its worker, by visit id. */
export async function workerMessages(
  q: Queryable,
  translations: VisitTranslations | undefined,
  visits: readonly { id: string; follow_up: string; worker_message: string | null; preferred_language: string }[],
): Promise<Map<string, WorkerMessage>> {
  const ids = visits.filter((v) => v.worker_message !== null).map((v) => v.id);
  const states = translations && ids.length > 0 ? await translations.statesOf(q, recordType, ids, { field }) : new Map();
  return new Map(
    visits.map((v) => {
      const locale = resolveLocale(v.preferred_language);
      return [
        v.id,
        {
          locale,
          sentence: catalogText(locale, `migrant.follow_up.${v.follow_up}`),
          message: v.worker_message === null ? null : readBack(v.worker_message, states.get(v.id)),
        },
      ];
    }),
  );
}
