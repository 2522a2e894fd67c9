/**
 * The laws an answer may cite, with their names in the five languages, and how a citation is written.
 * Names follow the official English titles on law.moj.gov.tw where one exists.
 */
import type { Locale } from '../../shared/i18n/locales.ts';

export const lawCodes = [
  'LSA',
  'LSA-ER',
  'LPA',
  'GEEA',
  'OSHA',
  'OSH-FR',
  'ESA',
  'ESA-FEE',
  'SLMD',
  'MWA',
  'LOAIPA',
  'LLR',
] as const;
export type LawCode = (typeof lawCodes)[number];

export const lawNames: Record<LawCode, Record<Locale, string>> = {
  LSA: {
    'zh-TW': '勞動基準法',
    en: 'Labor Standards Act',
    id: 'Undang-Undang Standar Ketenagakerjaan',
    vi: 'Luật Tiêu chuẩn Lao động',
    th: 'พระราชบัญญัติมาตรฐานแรงงาน',
  },
  'LSA-ER': {
    'zh-TW': '勞動基準法施行細則',
    en: 'Enforcement Rules of the Labor Standards Act',
    id: 'Peraturan Pelaksanaan UU Standar Ketenagakerjaan',
    vi: 'Quy tắc thi hành Luật Tiêu chuẩn Lao động',
    th: 'ข้อบังคับการบังคับใช้พระราชบัญญัติมาตรฐานแรงงาน',
  },
  LPA: {
    'zh-TW': '勞工退休金條例',
    en: 'Labor Pension Act',
    id: 'Undang-Undang Pensiun Tenaga Kerja',
    vi: 'Luật Hưu trí Lao động',
    th: 'พระราชบัญญัติเงินบำนาญแรงงาน',
  },
  GEEA: {
    'zh-TW': '性別平等工作法',
    en: 'Gender Equality in Employment Act',
    id: 'Undang-Undang Kesetaraan Gender dalam Pekerjaan',
    vi: 'Luật Bình đẳng giới trong việc làm',
    th: 'พระราชบัญญัติความเท่าเทียมทางเพศในการจ้างงาน',
  },
  OSHA: {
    'zh-TW': '職業安全衛生法',
    en: 'Occupational Safety and Health Act',
    id: 'Undang-Undang Keselamatan dan Kesehatan Kerja',
    vi: 'Luật An toàn và Vệ sinh lao động',
    th: 'พระราชบัญญัติความปลอดภัยและอาชีวอนามัย',
  },
  'OSH-FR': {
    'zh-TW': '職業安全衛生設施規則',
    en: 'Occupational Safety and Health Facilities Rules',
    id: 'Peraturan Fasilitas Keselamatan dan Kesehatan Kerja',
    vi: 'Quy tắc về thiết bị an toàn và vệ sinh lao động',
    th: 'ข้อบังคับว่าด้วยสิ่งอำนวยความปลอดภัยและอาชีวอนามัย',
  },
  ESA: {
    'zh-TW': '就業服務法',
    en: 'Employment Service Act',
    id: 'Undang-Undang Layanan Ketenagakerjaan',
    vi: 'Luật Dịch vụ việc làm',
    th: 'พระราชบัญญัติบริการจัดหางาน',
  },
  'ESA-FEE': {
    'zh-TW': '私立就業服務機構收費項目及金額標準',
    en: 'Standards for Fee Items and Amounts Charged by Private Employment Service Institutions',
    id: 'Standar Jenis dan Jumlah Biaya Agensi Tenaga Kerja Swasta',
    vi: 'Tiêu chuẩn hạng mục và mức phí của cơ sở dịch vụ việc làm tư nhân',
    th: 'มาตรฐานรายการและอัตราค่าบริการของสำนักจัดหางานเอกชน',
  },
  SLMD: {
    'zh-TW': '勞資爭議處理法',
    en: 'Act for Settlement of Labor-Management Disputes',
    id: 'Undang-Undang Penyelesaian Perselisihan Hubungan Industrial',
    vi: 'Luật Giải quyết tranh chấp lao động',
    th: 'พระราชบัญญัติการระงับข้อพิพาทแรงงาน',
  },
  MWA: {
    'zh-TW': '最低工資法',
    en: 'Minimum Wage Act',
    id: 'Undang-Undang Upah Minimum',
    vi: 'Luật Tiền lương tối thiểu',
    th: 'พระราชบัญญัติค่าจ้างขั้นต่ำ',
  },
  LOAIPA: {
    'zh-TW': '勞工職業災害保險及保護法',
    en: 'Labor Occupational Accident Insurance and Protection Act',
    id: 'Undang-Undang Asuransi dan Perlindungan Kecelakaan Kerja',
    vi: 'Luật Bảo hiểm và bảo vệ tai nạn lao động',
    th: 'พระราชบัญญัติประกันและคุ้มครองอุบัติเหตุจากการทำงาน',
  },
  LLR: {
    'zh-TW': '勞工請假規則',
    en: 'Regulations of Leave-Taking of Workers',
    id: 'Peraturan Cuti Pekerja',
    vi: 'Quy tắc xin nghỉ phép của người lao động',
    th: 'ข้อบังคับการลาของลูกจ้าง',
  },
};

export type LegalBasis = { law: LawCode; article: string; paragraph?: number | undefined };

/**
 * One citation in the reader's language: 勞動基準法第24條之1第2項, "Labor Standards Act, Art. 24-1 para. 2".
 * An article is written as "24" or "24-1" (第24條之1).
 */
export function citationLabel(basis: LegalBasis, locale: Locale): string {
  const name = lawNames[basis.law][locale];
  const [main, sub] = basis.article.split('-');
  const p = basis.paragraph;
  switch (locale) {
    case 'zh-TW':
      return `${name}第${main}條${sub ? `之${sub}` : ''}${p ? `第${p}項` : ''}`;
    case 'en':
      return `${name}, Art. ${basis.article}${p ? ` para. ${p}` : ''}`;
    case 'id':
      return `${name} Pasal ${basis.article}${p ? ` ayat ${p}` : ''}`;
    case 'vi':
      return `${name}, Điều ${basis.article}${p ? ` khoản ${p}` : ''}`;
    case 'th':
      return `${name} มาตรา ${basis.article}${p ? ` วรรค ${p}` : ''}`;
  }
}
