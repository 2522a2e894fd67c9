/**
 * @module programs/translation
 * The reason of a decision in the applicant's language (issue 15 §1, ADR 0030). The decision itself is a
 * structured sentence in every language (approved, not approved); the reason is the checker's Chinese, so
 * for an application filed in another language it opens a task for the consultation centre's interpreters.
 * Until the task is done the applicant's page and the e-mailed notice give the decision in their language
 * with the Chinese reason and a note that it is being translated; when it is done the translations module
 * hands the translation back here (a job), and the applicant is e-mailed it, in this module's transaction.
 */
import type { Db, Queryable } from '../../db/client.ts';
import { isLocale, sourceLocale, type Locale } from '../../shared/i18n/locales.ts';
import type { TranslationsService } from '../translations/translations.service.ts';
import { readBack } from '../translations/translations.service.ts';
import type { DecisionNotices } from './programs.notices.ts';

export type ReasonTranslations = Pick<TranslationsService, 'open' | 'statesOf' | 'onCompleted'>;

const recordType = 'program-decision' as const;
const field = 'reason';
/** The step shown to the applicant when the translated reason has gone out. */
export const reasonTranslatedEvent = 'reason-translated';

/** Opens the task in the decision's transaction when the application was filed in another language. */
export async function openReasonTranslation(
  tx: Queryable,
  translations: ReasonTranslations | undefined,
  decision: { applicationId: string; locale: string; reason: string },
): Promise<boolean> {
  if (!translations || !isLocale(decision.locale)) return false;
  return translations.open(tx, {
    sourceModule: 'programs',
    recordType,
    recordId: decision.applicationId,
    field,
    targetLocale: decision.locale,
    sourceText: decision.reason,
  });
}

/** What each applicant reads of their decision's reason, by application id. */
export async function reasonsOf(
  q: Queryable,
  translations: ReasonTranslations | undefined,
  rows: readonly { id: string; decision_reason: string | null }[],
) {
  const decided = rows.filter((row) => row.decision_reason !== null);
  const states = translations ? await translations.statesOf(q, recordType, decided.map((row) => row.id), { field }) : new Map();
  return new Map(decided.map((row) => [row.id, readBack(row.decision_reason as string, states.get(row.id))]));
}

/**
 * Takes the interpreter's translation: e-mails it to the account that filed online, once, and notes the
 * step. A reason changed since (it cannot be today: a decision is final) is not sent.
 */
export function registerReasonHandOver(deps: { db: Db; translations: ReasonTranslations; notices: DecisionNotices | undefined; clock: () => Date }): void {
  const { db, notices, clock } = deps;
  deps.translations.onCompleted(recordType, async (done) => {
    // Another module's record (the account's address) is read before the transaction: the deadlock trap.
    const recipient = notices ? await notices.recipientOf(done.recordId) : undefined;
    await db.transaction(async (tx) => {
      const row = (
        await tx.query<{ status: string; decision_reason: string | null; names: Record<string, string> }>(
          `SELECT a.status, a.decision_reason, d.names FROM program_applications a JOIN program_definitions d ON d.id = a.definition_id
           WHERE a.id = $1 FOR UPDATE OF a`,
          [done.recordId],
        )
      ).rows[0];
      if (!row || row.decision_reason !== done.sourceText) return;
      const already = await tx.query('SELECT 1 FROM program_application_events WHERE application_id = $1 AND kind = $2', [done.recordId, reasonTranslatedEvent]);
      if (already.rowCount > 0) return;
      if (notices && recipient && recipient.locale === done.targetLocale) {
        await notices.queueTranslation(tx, recipient, {
          applicationId: done.recordId,
          programName: row.names,
          translated: done.translatedText,
          original: done.sourceText,
        });
      }
      await tx.query(
        'INSERT INTO program_application_events (application_id, occurred_at, kind, status, actor_id) VALUES ($1, $2, $3, $4, NULL)',
        [done.recordId, clock(), reasonTranslatedEvent, row.status],
      );
    });
  });
}

export const noticeLocale = (value: string): Locale => (isLocale(value) ? value : sourceLocale);
