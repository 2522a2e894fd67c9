/**
 * @module safety.pdf
 * The zero-disaster certificate (無災害工程認證證明) as an A4 PDF on the bureau's document base (letterhead,
 * ROC date in zh-TW, page footer): the certificate number and date, the project, its contractor and site,
 * the works' dates and the hours worked, and the rule it was certified under.
 */
import { buffer } from 'node:stream/consumers';
import { boldFont, createPdfDocument, formatDocumentDate, regularFont, writeText, type Letterhead } from '../../shared/documents/pdf.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { translate } from '../../shared/i18n/translate.ts';

export async function renderCertificatePdf(input: {
  letterhead: Letterhead;
  locale: Locale;
  districtName: string;
  project: {
    projectNumber: string; name: string; contractorName: string; siteAddress: string; startsOn: string; endedOn: string;
    certificateNumber: string; certifiedOn: string; workHours: number; monthsLogged: number;
  };
}): Promise<Uint8Array<ArrayBuffer>> {
  const { locale, project: p } = input;
  const t = (key: string, params: Record<string, string | number> = {}) => translate(locale, key, params);
  const date = (d: string) => formatDocumentDate(d, locale);
  const pdf = createPdfDocument({
    locale,
    letterhead: input.letterhead,
    title: t('safety.certificate.title'),
    subtitleLines: [t('safety.certificate.number', { number: p.certificateNumber })],
    date: p.certifiedOn,
  });
  const bytes = buffer(pdf.doc);
  pdf.doc.moveDown(1).fontSize(12).fillColor('#000');
  const line = (label: string, value: string) => {
    writeText(pdf.doc, boldFont, label, pdf.left, pdf.doc.y, { width: pdf.width });
    writeText(pdf.doc, regularFont, value, pdf.left + 16, pdf.doc.y, { width: pdf.width - 16, lineGap: 2 });
    pdf.doc.moveDown(0.4);
  };
  line(t('safety.certificate.project'), `${p.name}（${p.projectNumber}）`);
  line(t('safety.certificate.contractor'), p.contractorName);
  line(t('safety.certificate.site'), `${input.districtName} ${p.siteAddress}`);
  line(t('safety.certificate.period'), `${date(p.startsOn)} – ${date(p.endedOn)}`);
  line(t('safety.certificate.hours'), t('safety.certificate.hours_value', { hours: p.workHours.toLocaleString(locale), months: p.monthsLogged }));
  pdf.doc.moveDown(0.8);
  writeText(pdf.doc, regularFont, t('safety.certificate.statement'), pdf.left, pdf.doc.y, { width: pdf.width, lineGap: 3 });
  pdf.doc.moveDown(0.8);
  writeText(pdf.doc, regularFont, t('safety.certificate.issued', { date: date(p.certifiedOn) }), pdf.left, pdf.doc.y, { width: pdf.width });
  pdf.finish();
  return new Uint8Array(await bytes);
}
