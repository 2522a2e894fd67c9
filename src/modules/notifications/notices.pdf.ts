/**
 * Notices the law requires in writing, as A4 PDF on the bureau's document base (src/shared/documents/pdf.ts):
 * letterhead, ROC date, page N of M. The words are the same catalog texts the e-mails use, so the letter
 * and the message cannot drift apart.
 *
 * The letter is in Traditional Chinese unless asked otherwise: it is the bureau's official document; the
 * e-mail carries the recipient's own language. Thai text in it is set in Noto Sans Thai (writeText).
 */
import { buffer } from 'node:stream/consumers';
import { createPdfDocument, regularFont, writeText, type Letterhead } from '../../shared/documents/pdf.ts';
import { sourceLocale, type Locale } from '../../shared/i18n/locales.ts';
import { catalogText, displayValues, type TemplateParams } from './notifications.templates.ts';

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? (values[name] as string) : whole));

function writeParagraphs(pdf: ReturnType<typeof createPdfDocument>, text: string) {
  pdf.doc.font(regularFont).fontSize(11).fillColor('#000');
  for (const paragraph of text.replace(/\r\n?/g, '\n').split(/\n{2,}/)) {
    writeText(pdf.doc, regularFont, paragraph, pdf.left, pdf.doc.y, { width: pdf.width, lineGap: 3 });
    pdf.doc.moveDown(0.6);
  }
}

export type ComplaintReplyLetter = {
  letterhead: Letterhead;
  trackingCode: string;
  /** The inspector's reply, as the complainant reads it on the status page. */
  reply: string;
  /** The day of the reply, YYYY-MM-DD (the document's date). */
  repliedOn: string;
  locale?: Locale;
};

/**
 * The written reply to a complaint (勞動基準法檢舉案件保密及處理辦法). Addressed to "the complainant of case
 * TC-…": the complainant's name stays sealed (ADR 0008) even on paper printed by staff.
 */
export async function renderComplaintReplyPdf(letter: ComplaintReplyLetter): Promise<Uint8Array<ArrayBuffer>> {
  const locale = letter.locale ?? sourceLocale;
  const t = (key: string, values: Record<string, string>) => fill(catalogText(locale, key), values);
  const pdf = createPdfDocument({
    locale,
    letterhead: letter.letterhead,
    title: catalogText(locale, 'notifications.pdf.complaint-reply.title'),
    subtitleLines: [
      t('notifications.pdf.addressee', { name: t('notifications.pdf.complainant', { trackingCode: letter.trackingCode }) }),
      t('notifications.pdf.case-number', { caseNumber: letter.trackingCode }),
    ],
    date: letter.repliedOn,
  });
  const bytes = buffer(pdf.doc);
  writeParagraphs(pdf, letter.reply);
  pdf.finish();
  return new Uint8Array(await bytes);
}

export type MediationNoticeLetter = {
  letterhead: Letterhead;
  /** The day the notice is issued, YYYY-MM-DD. */
  issuedOn: string;
  params: TemplateParams<'mediation-notice'>;
  locale?: Locale;
};

/**
 * The notice of a mediation meeting to one party (勞資爭議處理法, chapter 2): one letter per party, the
 * applicant's and the respondent's, each naming its addressee. Issue 11 wires it to the mediation module.
 */
export async function renderMediationNoticePdf(letter: MediationNoticeLetter): Promise<Uint8Array<ArrayBuffer>> {
  const locale = letter.locale ?? sourceLocale;
  const values = displayValues('mediation-notice', locale, letter.params);
  const pdf = createPdfDocument({
    locale,
    letterhead: letter.letterhead,
    title: catalogText(locale, 'notifications.pdf.mediation-notice.title'),
    subtitleLines: [
      fill(catalogText(locale, 'notifications.pdf.addressee'), {
        name: locale === 'zh-TW' ? `${values.recipientName}（${values.partyRole}）` : `${values.recipientName} (${values.partyRole})`,
      }),
      fill(catalogText(locale, 'notifications.pdf.case-number'), { caseNumber: letter.params.caseNumber }),
    ],
    date: letter.issuedOn,
  });
  const bytes = buffer(pdf.doc);
  writeParagraphs(pdf, fill(catalogText(locale, 'notifications.mediation-notice.body'), values));
  pdf.finish();
  return new Uint8Array(await bytes);
}
