/**
 * @module career-record.pdf
 * The 工作卡 as an A4 PDF on the bureau's document base (letterhead, ROC date, page N of M, CJK fonts):
 * the worker's name, then the visible entries by kind, each with its dates and whether an officer verified
 * it. Hidden and rejected entries are left out, as on a shared link.
 */
import { buffer } from 'node:stream/consumers';
import { boldFont, createPdfDocument, formatDocumentDate, regularFont, writeText, type Letterhead } from '../../shared/documents/pdf.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { entryKinds } from './career-record.contract.ts';
import type { Entry } from './career-record.service.ts';

export async function renderCareerCardPdf(card: {
  letterhead: Letterhead;
  locale: Locale;
  issuedOn: string;
  name: string;
  entries: readonly Entry[];
}): Promise<Uint8Array<ArrayBuffer>> {
  const { locale } = card;
  const t = (key: string, params: Record<string, string | number> = {}) => translate(locale, key, params);
  const pdf = createPdfDocument({
    locale,
    letterhead: card.letterhead,
    title: t('career.pdf.title'),
    subtitleLines: [t('career.pdf.holder', { name: card.name })],
    date: card.issuedOn,
  });
  const bytes = buffer(pdf.doc);
  const shown = card.entries.filter((e) => !e.hidden && e.verification !== 'rejected');
  const dates = (e: Entry) =>
    [e.startedOn, e.endedOn].filter((d): d is string => d !== null).map((d) => formatDocumentDate(d, locale)).join(' – ');
  for (const kind of entryKinds) {
    const ofKind = shown.filter((e) => e.kind === kind);
    if (ofKind.length === 0) continue;
    pdf.doc.moveDown(0.8);
    pdf.doc.fontSize(13).fillColor('#000');
    writeText(pdf.doc, boldFont, t(`career.kind.${kind}`), pdf.left, pdf.doc.y, { width: pdf.width });
    pdf.doc.fontSize(11);
    for (const e of ofKind) {
      const parts = [
        e.title,
        e.organisation && e.organisation !== e.title ? e.organisation : '',
        e.certificate ? t('career.pdf.certificate', { level: e.certificate.level, number: e.certificate.number }) : '',
        e.rating !== null ? t('career.pdf.rating', { rating: e.rating }) : '',
        dates(e),
        t(`career.source.${e.source}`),
        t(`career.verification.${e.verification}`),
      ].filter(Boolean);
      pdf.doc.moveDown(0.3);
      writeText(pdf.doc, regularFont, `・${parts.join('／')}`, pdf.left, pdf.doc.y, { width: pdf.width, lineGap: 2 });
      if (e.note) writeText(pdf.doc, regularFont, `　${e.note}`, pdf.left, pdf.doc.y, { width: pdf.width, lineGap: 2 });
    }
  }
  if (shown.length === 0) writeText(pdf.doc, regularFont, t('career.pdf.empty'), pdf.left, pdf.doc.y, { width: pdf.width });
  pdf.finish();
  return new Uint8Array(await bytes);
}
