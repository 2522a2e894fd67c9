/**
 * Test material: the five real Taichung rows of data-formats.md §1.1 (MOL open data, verbatim from the
 * kiang/announcement.mol.gov.tw archive), and a Big5 encoder built by decoding every Big5 byte pair with
 * the platform's own decoder, so Big5 files in tests hold the bytes a real Big5 file holds.
 */
import { csvField } from './violations.csv.ts';

export const molHeader = ['主管機關', '公告日期', '處分日期', '處分字號', '事業單位名稱或負責人', '違法法規法條', '違反法規內容', '罰鍰金額', '備註說明'];

export const taichungRows: readonly (readonly string[])[] = [
  ['台中市', '20210308', '20210108', '府授勞動字第1100001441號', '興隆成工業有限公司/鄭潘田', '勞動基準法第22條第2項;勞動基準法第38條第4項', '工資未全額給付予勞工;未依規定給付特休未休之工資', '40000', ''],
  ['台中市', '20210308', '20210111', '府授勞動字第1100005340號', '家福股份有限公司_王俊超', '勞動基準法第30條第6項;勞動基準法第32條第1項;勞動基準法第49條第1項', '未依規定逐日覈實記載勞工出勤情形至分鐘為止;未經工會同意使勞工於正常工作時間外工作;未經工會同意實施女性夜間工作', '80000', '行政救濟中'],
  ['台中市', '20240305', '20240109', '府授勞動字第1130006507號', '捷順交通股份有限公司(郭修祥)', '勞動基準法第22條第2項', '未全額給付勞工工資', '30000', ''],
  ['台中市', '20240305', '20240109', '府授勞動字第11203164922號', '國泰人壽保險股份有限公司(熊明河)', '性別平等工作法第13條第2項', '雇主於知悉性騷擾情事後，未採取立即有效之糾正及補救措施。', '', ''],
  ['台中市', '20240508', '20240417', '府受勞檢字第1130095514號', '宇祥營造股份有限公司(林毓釗)', '職業安全衛生法第6條第1項', '未符合規定之必要安全衛生設備及措施', '', ''],
];

export function csvText(rows: readonly (readonly string[])[], lineEnd = '\r\n'): string {
  return rows.map((row) => row.map(csvField).join(',')).join(lineEnd) + lineEnd;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
export const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);

let big5Table: Map<string, number[]> | undefined;

/** Encodes text as Big5 (ASCII as is); throws on a character Big5 cannot hold. */
export function big5(text: string): Uint8Array {
  if (!big5Table) {
    big5Table = new Map();
    const decoder = new TextDecoder('big5');
    // Standard Big5 leads (0xA1–0xFE) first, as the WHATWG encoder prefers them over HKSCS extensions.
    const leads = [...range(0xa1, 0xfe), ...range(0x81, 0xa0)];
    for (const lead of leads) {
      for (const trail of [...range(0x40, 0x7e), ...range(0xa1, 0xfe)]) {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length >= 1 && char !== '\uFFFD' && !big5Table.has(char)) big5Table.set(char, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = big5Table.get(char);
    if (!pair) throw new Error(`not in Big5: ${char}`);
    bytes.push(...pair);
  }
  return new Uint8Array(bytes);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
