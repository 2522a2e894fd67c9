/**
 * The mediation record (調解紀錄) as an A4 PDF, one copy per party in that party's language, on the
 * bureau's document base (letterhead, ROC date in Chinese, page N of M). It names both parties, so it is
 * produced only for the case's mediator or the supervising role, and each copy is audited by the caller.
 */
import { buffer } from 'node:stream/consumers';
import { createPdfDocument, formatDocumentDate, regularFont, writeText, type Letterhead } from '../../shared/documents/pdf.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { translate } from '../../shared/i18n/translate.ts';

export type MediationRecord = {
  caseNumber: string;
  role: 'applicant' | 'respondent';
  applicantName: string;
  respondentName: string;
  disputeType: 'rights' | 'adjustment';
  claims: { kind: string; amount?: number }[];
  mediatorName: string | null;
  outcome: 'agreed' | 'not-agreed' | 'withdrawn' | 'absent';
  outcomeOn: string;
  agreedAmount: number | null;
  /** The mediator's remarks in this party's language once translated, else the Chinese marked pending. */
  remarks?: { text: string; pending: boolean } | null;
};

const money = (amount: number) => amount.toLocaleString('en-US');

export async function renderMediationRecordPdf(input: { letterhead: Letterhead; issuedOn: string; locale: Locale; record: MediationRecord }): Promise<Uint8Array<ArrayBuffer>> {
  const { locale, record } = input;
  const t = (key: string, params: Record<string, string | number> = {}) => translate(locale, key, params);
  const addressee = record.role === 'applicant' ? record.applicantName : record.respondentName;
  const pdf = createPdfDocument({
    locale,
    letterhead: input.letterhead,
    title: t('mediation.record.title'),
    subtitleLines: [
      t('notifications.pdf.addressee', { name: `${addressee} (${t(`notifications.party.${record.role}`)})` }),
      t('notifications.pdf.case-number', { caseNumber: record.caseNumber }),
    ],
    date: input.issuedOn,
  });
  const bytes = buffer(pdf.doc);
  const lines = [
    t('mediation.record.parties', { applicant: record.applicantName, respondent: record.respondentName }),
    t('mediation.record.dispute', { type: t(`mediation.dispute.${record.disputeType}`) }),
    t('mediation.record.claims'),
    ...record.claims.map((c) =>
      c.amount === undefined ? `・${t(`mediation.claim.${c.kind}`)}` : `・${t('mediation.record.claim_line', { kind: t(`mediation.claim.${c.kind}`), amount: money(c.amount) })}`,
    ),
    t('mediation.record.mediator', { name: record.mediatorName ?? '—' }),
    t('mediation.record.outcome', { outcome: t(`mediation.outcome.${record.outcome}`), date: formatDocumentDate(record.outcomeOn, locale) }),
    ...(record.outcome === 'agreed' && record.agreedAmount !== null ? [t('mediation.record.agreed', { amount: money(record.agreedAmount) })] : []),
    ...(record.remarks ? [t('mediation.record.remarks', { text: record.remarks.text })] : []),
    ...(record.remarks?.pending ? [t('mediation.record.remarks_pending')] : []),
  ];
  pdf.doc.font(regularFont).fontSize(11).fillColor('#000');
  for (const line of lines) {
    writeText(pdf.doc, regularFont, line, pdf.left, pdf.doc.y, { width: pdf.width, lineGap: 3 });
    pdf.doc.moveDown(0.4);
  }
  pdf.finish();
  return new Uint8Array(await bytes);
}
