/**
 * @module programs/notices
 * The notice of a decision on a program application: an e-mail in the applicant's language through the
 * notifications outbox (written in the decision's transaction), and the same words as an A4 letter on the
 * bureau's document base (letterhead, ROC date). Both carry the appeal instructions: 訴願法 §14 I, an appeal
 * within 30 days from the day after the notice is served, filed through the bureau (§58 I) to the city
 * government as appeal authority.
 */
import { buffer } from 'node:stream/consumers';
import type { Db, Queryable } from '../../db/client.ts';
import { createPdfDocument, regularFont, writeText, type Letterhead } from '../../shared/documents/pdf.ts';
import { isLocale, sourceLocale, type Locale } from '../../shared/i18n/locales.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import { catalogText, displayValues, type TemplateParams } from '../notifications/notifications.templates.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';

/** NT$ in the reader's digits grouping (the same figure in every language). */
const formatMoney = (amount: number, locale: Locale) => `NT$ ${new Intl.NumberFormat(locale === 'zh-TW' ? 'zh-TW' : 'en-US').format(amount)}`;

export type NoticeRecipient = { email: string; locale: Locale };
export type DecisionFacts = {
  applicationId: string;
  programName: Record<string, string>;
  decision: 'approve' | 'reject';
  reason: string;
  amountTwd: number | null;
  /** YYYY-MM-DD, the bureau's day of the decision. */
  decidedOn: string;
  /** The reason is with the interpreters (programs.translation.ts): the notice says so after the Chinese. */
  translating?: boolean;
};

/** The short number an applicant quotes (the first eight hex digits of the id, in capitals). */
export const applicationNumber = (id: string) => id.slice(0, 8).toUpperCase();

export function createDecisionNotices(deps: {
  db: Db;
  notifications: Pick<NotificationsService, 'notify'>;
  referenceData: ReferenceData;
  /** The e-mail and language of a public account (read through the public-accounts service). */
  accountContact: (accountId: string) => Promise<{ email: string | null; locale: string } | undefined>;
}) {
  const { referenceData } = deps;
  const appealAuthority = (locale: Locale) =>
    locale === 'zh-TW' ? `${referenceData.city.name}政府` : `${referenceData.city.nameEn} City Government (${referenceData.city.name}政府)`;

  function decisionParams(locale: Locale, facts: DecisionFacts) {
    const common = {
      bureau: referenceData.bureauName(locale),
      programName: facts.programName[locale] ?? facts.programName[sourceLocale] ?? '',
      applicationNumber: applicationNumber(facts.applicationId),
      reason: facts.translating ? `${facts.reason}\n\n${catalogText(locale, 'translations.pending_note')}` : facts.reason,
      decidedOn: facts.decidedOn,
      appealAuthority: appealAuthority(locale),
    };
    return facts.decision === 'approve'
      ? { template: 'program-approved' as const, params: { ...common, amount: facts.amountTwd === null ? '—' : formatMoney(facts.amountTwd, locale) } }
      : { template: 'program-rejected' as const, params: common };
  }

  return {
    decisionParams,

    /** Where the notice of an application filed online goes: its account's address, in the account's language. */
    async recipientOf(applicationId: string): Promise<NoticeRecipient | undefined> {
      const row = (await deps.db.query<{ account_id: string | null; locale: string }>('SELECT account_id, locale FROM program_applications WHERE id = $1', [applicationId])).rows[0];
      if (!row?.account_id) return undefined;
      const contact = await deps.accountContact(row.account_id);
      if (!contact?.email) return undefined;
      return { email: contact.email, locale: isLocale(row.locale) ? row.locale : isLocale(contact.locale) ? contact.locale : sourceLocale };
    },

    async queue(tx: Queryable, recipient: NoticeRecipient, facts: DecisionFacts): Promise<string> {
      const { template, params } = decisionParams(recipient.locale, facts);
      return deps.notifications.notify(tx, {
        recordType: 'program-application',
        recordId: facts.applicationId,
        channel: 'email',
        template,
        locale: recipient.locale,
        to: recipient.email,
        params: params as never,
      });
    },

    /** The interpreter's translation of the reason, once done (ADR 0030), with the Chinese it translates. */
    async queueTranslation(
      tx: Queryable,
      recipient: NoticeRecipient,
      input: { applicationId: string; programName: Record<string, string>; translated: string; original: string },
    ): Promise<string> {
      const locale = recipient.locale;
      const programName = input.programName[locale] ?? input.programName[sourceLocale] ?? '';
      return deps.notifications.notify(tx, {
        recordType: 'program-application',
        recordId: input.applicationId,
        channel: 'email',
        template: 'translation-ready',
        locale,
        to: recipient.email,
        params: {
          bureau: referenceData.bureauName(locale),
          what: catalogText(locale, 'translations.kind.program-decision').replace('{programName}', programName),
          reference: applicationNumber(input.applicationId),
          text: input.translated,
          original: input.original,
        },
      });
    },

    async queueEscalation(tx: Queryable, to: string, input: { applicationId: string; programName: Record<string, string>; receivedAt: Date; dueAt: Date; hoursLeft: number }) {
      const locale = sourceLocale;
      const timeZone = referenceData.city.bureau.timeZone;
      const when = (at: Date) => new Intl.DateTimeFormat('zh-TW', { timeZone, dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(at);
      return deps.notifications.notify(tx, {
        recordType: 'program-application',
        recordId: input.applicationId,
        channel: 'email',
        template: 'program-escalation',
        locale,
        to,
        params: {
          bureau: referenceData.bureauName(locale),
          programName: input.programName[locale] ?? '',
          applicationNumber: applicationNumber(input.applicationId),
          receivedAt: when(input.receivedAt),
          dueAt: when(input.dueAt),
          hoursLeft: String(Math.max(0, input.hoursLeft)),
        },
      });
    },
  };
}

export type DecisionNotices = ReturnType<typeof createDecisionNotices>;

/**
 * The decision as a letter: addressed to the applicant, dated the day of the decision in the ROC calendar
 * (zh-TW), in the bureau's language unless another is asked for, with the same words as the e-mail.
 */
export async function renderDecisionNoticePdf(letter: {
  letterhead: Letterhead;
  addressee: string;
  locale: Locale;
  template: 'program-approved' | 'program-rejected';
  params: TemplateParams<'program-approved'> | TemplateParams<'program-rejected'>;
}): Promise<Uint8Array<ArrayBuffer>> {
  const { locale } = letter;
  const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  const values = displayValues(letter.template, locale, letter.params as never);
  const pdf = createPdfDocument({
    locale,
    letterhead: letter.letterhead,
    title: catalogText(locale, 'notifications.pdf.program-decision.title'),
    subtitleLines: [
      fill(catalogText(locale, 'notifications.pdf.addressee'), { name: letter.addressee }),
      fill(catalogText(locale, 'notifications.pdf.case-number'), { caseNumber: letter.params.applicationNumber }),
    ],
    date: letter.params.decidedOn,
  });
  const bytes = buffer(pdf.doc);
  // The letter is the e-mail's body without its greeting and its "sent automatically" line.
  const body = fill(catalogText(locale, `notifications.${letter.template}.body`), values).replace(/\r\n?/g, '\n');
  const paragraphs = body.split(/\n{2,}/).slice(1, -1);
  pdf.doc.font(regularFont).fontSize(11).fillColor('#000');
  for (const paragraph of paragraphs) {
    writeText(pdf.doc, regularFont, paragraph, pdf.left, pdf.doc.y, { width: pdf.width, lineGap: 3 });
    pdf.doc.moveDown(0.6);
  }
  pdf.finish();
  return new Uint8Array(await bytes);
}
