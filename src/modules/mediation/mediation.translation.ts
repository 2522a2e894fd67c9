/**
 * The bureau's free text to the parties of a mediation, in each party's language (issue 15 §1, ADR 0030):
 * the remarks on a session's notice (what to bring, how to get there) and the mediator's remarks on the
 * record (調解紀錄). The rest of both documents is structured and worded in every language; the remarks are
 * written in Chinese, so for a party who reads another language each opens a task for the consultation
 * centre's interpreters. Until it is done the party's notice and record carry the Chinese and say it is
 * being translated; when it is done the translations module hands the translation back here (a job), the
 * party is e-mailed it, and their PDF copy shows it.
 */
import type { Db, Queryable } from '../../db/client.ts';
import { isLocale, type Locale } from '../../shared/i18n/locales.ts';
import { catalogText, resolveLocale } from '../notifications/notifications.templates.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import type { TranslationsService } from '../translations/translations.service.ts';
import { readBack } from '../translations/translations.service.ts';
import type { NoticeSender } from './mediation.sessions.ts';

export type RemarkTranslations = Pick<TranslationsService, 'open' | 'statesOf' | 'onCompleted'>;
type RemarkRecord = 'mediation-session' | 'mediation-record';
const field = 'remarks';

/** Opens one task per language of the parties who read other than Chinese; answers the languages. */
export async function openRemarkTranslations(
  tx: Queryable,
  translations: RemarkTranslations | undefined,
  remark: { recordType: RemarkRecord; recordId: string; text: string | null; partyLocales: readonly string[] },
): Promise<Set<Locale>> {
  const opened = new Set<Locale>();
  if (!translations || !remark.text) return opened;
  for (const locale of new Set(remark.partyLocales)) {
    if (!isLocale(locale) || locale === 'zh-TW') continue;
    await translations.open(tx, { sourceModule: 'mediation', recordType: remark.recordType, recordId: remark.recordId, field, targetLocale: locale, sourceText: remark.text });
    opened.add(locale);
  }
  return opened;
}

/** The remarks as one party reads them: translated once done, else the Chinese with the pending flag. */
export async function remarkFor(
  q: Queryable,
  translations: RemarkTranslations | undefined,
  remark: { recordType: RemarkRecord; recordId: string; text: string | null; locale: string },
) {
  if (!remark.text) return null;
  const locale = resolveLocale(remark.locale);
  if (!translations || locale === 'zh-TW') return readBack(remark.text, undefined);
  const states = await translations.statesOf(q, remark.recordType, [remark.recordId], { field, targetLocale: locale });
  return readBack(remark.text, states.get(remark.recordId));
}

/** The notice's `remarks` parameter: empty, or a paragraph with the remarks (and the pending note). */
export function remarksParagraph(locale: Locale, remark: Awaited<ReturnType<typeof remarkFor>>): string {
  if (!remark) return '';
  const paragraph = catalogText(locale, 'notifications.mediation-notice.remarks').replace('{text}', remark.text);
  return `\n\n${paragraph}${remark.translation === 'pending' ? `\n\n${catalogText(locale, 'translations.pending_note')}` : ''}`;
}

/**
 * Takes the interpreter's translations: each party of that language with an address is e-mailed it. A
 * remark rewritten since (a session's remarks changed) waits for the task opened on the new text.
 */
export function registerRemarkHandOvers(deps: { db: Db; translations: RemarkTranslations; notices: NoticeSender; referenceData: ReferenceData }): void {
  const { db, notices } = deps;
  const { bureau } = deps.referenceData.city;
  const handOver = (recordType: RemarkRecord, current: (tx: Queryable, id: string) => Promise<{ caseId: string; caseNumber: string; text: string | null } | undefined>) =>
    deps.translations.onCompleted(recordType, async (done) => {
      await db.transaction(async (tx) => {
        const record = await current(tx, done.recordId);
        if (!record || record.text !== done.sourceText) return;
        const parties = (
          await tx.query<{ email: string | null; locale: string }>('SELECT email, locale FROM mediation_parties WHERE case_id = $1 AND locale = $2 ORDER BY role', [
            record.caseId,
            done.targetLocale,
          ])
        ).rows;
        for (const party of parties) {
          if (!party.email) continue;
          const locale = resolveLocale(party.locale);
          await notices.notify(tx, {
            recordType: 'mediation-case',
            recordId: record.caseId,
            channel: 'email',
            template: 'translation-ready',
            locale,
            to: party.email,
            params: {
              bureau: locale === 'zh-TW' ? bureau.name : bureau.nameEn,
              what: catalogText(locale, `translations.kind.${recordType}`),
              reference: record.caseNumber,
              text: done.translatedText,
              original: done.sourceText,
            },
          });
        }
      });
    });
  handOver('mediation-session', async (tx, id) => {
    const row = (
      await tx.query<{ case_id: string; case_number: string; remarks: string | null }>(
        'SELECT s.case_id, m.case_number, s.remarks FROM mediation_sessions s JOIN mediation_cases m ON m.id = s.case_id WHERE s.id = $1',
        [id],
      )
    ).rows[0];
    return row ? { caseId: row.case_id, caseNumber: row.case_number, text: row.remarks } : undefined;
  });
  handOver('mediation-record', async (tx, id) => {
    const row = (await tx.query<{ case_number: string; record_remarks: string | null }>('SELECT case_number, record_remarks FROM mediation_cases WHERE id = $1', [id])).rows[0];
    return row ? { caseId: id, caseNumber: row.case_number, text: row.record_remarks } : undefined;
  });
}
