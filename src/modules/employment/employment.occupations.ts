/**
 * The national occupation classification (中華民國職業標準分類, 6th revision, 2010-05-01), as reference data.
 *
 * Source: 勞動部 統計處, 職業標準分類(第6次修訂), statdb.mol.gov.tw/html/svy12/1236menu.htm; the same code
 * system is published for health records as TW Core's `CodeSystem/occupation-mol-tw` (554 codes, four
 * levels: 大類 one digit, 中類 two, 小類 three, 細類 four).
 *
 * What is here: the ten major groups (大類), and the two unit groups that the stored copy of the TW Core
 * code system showed (1111, 1112). The full list of 中類/小類/細類 could not be obtained in this session, so
 * it is not here: a code is never made up. Codes of any level are accepted where the classification has
 * them only once they are in this list; matching compares codes by prefix, so a seeker who wants major
 * group 8 matches a vacancy coded 8xxx once the finer levels are added. See docs/employment.md.
 */
export type Occupation = { code: string; name: string; nameEn: string };

export const occupationSource = {
  title: '中華民國職業標準分類（第6次修訂）',
  publisher: '勞動部',
  publishedOn: '2010-05-01',
  url: 'https://statdb.mol.gov.tw/html/svy12/1236menu.htm',
  levels: ['major'],
} as const;

export const occupations: readonly Occupation[] = [
  { code: '0', name: '軍人', nameEn: 'Armed forces' },
  { code: '1', name: '民意代表、主管及經理人員', nameEn: 'Legislators, senior officials and managers' },
  { code: '1111', name: '民意代表', nameEn: 'Legislators' },
  { code: '1112', name: '政府高階主管人員', nameEn: 'Senior government officials' },
  { code: '2', name: '專業人員', nameEn: 'Professionals' },
  { code: '3', name: '技術員及助理專業人員', nameEn: 'Technicians and associate professionals' },
  { code: '4', name: '事務支援人員', nameEn: 'Clerical support workers' },
  { code: '5', name: '服務及銷售工作人員', nameEn: 'Service and sales workers' },
  { code: '6', name: '農、林、漁、牧業生產人員', nameEn: 'Skilled agricultural, forestry, fishery and animal husbandry workers' },
  { code: '7', name: '技藝有關工作人員', nameEn: 'Craft and related trades workers' },
  { code: '8', name: '機械設備操作及組裝人員', nameEn: 'Plant and machine operators and assemblers' },
  { code: '9', name: '基層技術工及勞力工', nameEn: 'Elementary occupations' },
];

const byCode = new Map(occupations.map((o) => [o.code, o]));

export function isOccupationCode(code: string): boolean {
  return byCode.has(code);
}

export function occupation(code: string): Occupation | undefined {
  return byCode.get(code);
}

/** Whether a wanted code covers an offered one: the same code, or a coarser level of it (8 covers 8111). */
export function occupationCovers(wanted: string, offered: string): boolean {
  return offered.startsWith(wanted) || wanted.startsWith(offered);
}
