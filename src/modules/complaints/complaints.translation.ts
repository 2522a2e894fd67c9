/**
 * The bureau's messages in the complainant's language (issue 15 §1, ADR 0030). A reply's outcome has a
 * sentence in every language; the free text is written in Chinese, so for someone who filed in another
 * language it opens a task for the consultation centre's interpreters. Until the task is done the status
 * page shows the outcome sentence and says the full text is being translated; then the translation.
 */
import type { Queryable } from '../../db/client.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import type { TranslationState, TranslationsService } from '../translations/translations.service.ts';

export type MessageTranslations = Pick<TranslationsService, 'open' | 'statesOf'>;

const recordType = 'complaint-message' as const;

/** Opens the task in the caller's transaction when the complainant filed in a language other than Chinese. */
export async function openMessageTranslation(
  tx: Queryable,
  translations: MessageTranslations,
  message: { complaintId: string; eventId: number; message: string },
): Promise<boolean> {
  const row = (await tx.query<{ locale: Locale }>('SELECT locale FROM complaints WHERE id = $1', [message.complaintId])).rows[0];
  if (!row || row.locale === 'zh-TW') return false;
  return translations.open(tx, {
    sourceModule: 'complaints',
    recordType,
    recordId: String(message.eventId),
    field: 'message',
    targetLocale: row.locale,
    sourceText: message.message,
  });
}

/** The translation state of each event that carries a message, by event id. */
export async function messageTranslations(
  q: Queryable,
  translations: MessageTranslations | undefined,
  events: readonly { id: number; public_message: string | null }[],
): Promise<Map<string, TranslationState>> {
  if (!translations) return new Map();
  return translations.statesOf(q, recordType, events.filter((event) => event.public_message !== null).map((event) => String(event.id)));
}

/** What the complainant reads of an event's message. */
export function publicMessage(
  event: { public_message: string | null },
  state: TranslationState | undefined,
): { message: string | null; messageLocale: Locale | null; originalMessage: string | null; translation: 'pending' | 'done' | null } {
  if (event.public_message === null) return { message: null, messageLocale: null, originalMessage: null, translation: null };
  if (!state) return { message: event.public_message, messageLocale: 'zh-TW', originalMessage: null, translation: null };
  if (state.status === 'done' && state.text !== null) {
    return { message: state.text, messageLocale: state.locale, originalMessage: event.public_message, translation: 'done' };
  }
  return { message: event.public_message, messageLocale: 'zh-TW', originalMessage: null, translation: 'pending' };
}
