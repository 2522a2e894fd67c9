/**
 * The national occupation classification (中華民國職業標準分類, 6th revision, 2010-05-01), as reference data.
 *
 * Source: 勞動部 統計處, 職業標準分類(第6次修訂), statdb.mol.gov.tw/html/svy12/1236menu.htm, as published for
 * health records in TW Core IG (衛生福利部) as `CodeSystem/occupation-mol-tw` (version 2010-05-01, copyright
 * 中華民國勞動部). What is held: all 554 codes of that code system, at four levels (大類 one digit, 10;
 * 中類 two, 39; 小類 three, 125; 細類 four, 380), each with its Chinese name and its parent. They live in
 * occupations.mol-6.json, written by scripts/occupations-from-fsh.ts from the code system's FHIR Shorthand
 * file, so that a newer revision is loaded by running the script again (docs/employment.md).
 *
 * English names are held for the ten major groups only (the ISCO-08 major-group titles the classification
 * follows); below them no official English name was found, so the Chinese name is shown in every language
 * (the web marks it lang="zh-Hant-TW"). Matching compares codes by prefix: a seeker who wants major group 8
 * matches a vacancy coded 8111.
 */
import data from './occupations.mol-6.json' with { type: 'json' };

export const occupationLevels = ['major', 'sub-major', 'minor', 'unit'] as const;
export type OccupationLevel = (typeof occupationLevels)[number];
export type Occupation = {
  code: string;
  name: string;
  /** The English name: for the ten major groups only, null below them. */
  nameEn: string | null;
  level: OccupationLevel;
  parent: string | null;
};

const majorGroupsEn: Record<string, string> = {
  '0': 'Armed forces',
  '1': 'Legislators, senior officials and managers',
  '2': 'Professionals',
  '3': 'Technicians and associate professionals',
  '4': 'Clerical support workers',
  '5': 'Service and sales workers',
  '6': 'Skilled agricultural, forestry, fishery and animal husbandry workers',
  '7': 'Craft and related trades workers',
  '8': 'Plant and machine operators and assemblers',
  '9': 'Elementary occupations',
};

export const occupationSource = {
  title: '中華民國職業標準分類（第6次修訂）',
  publisher: '勞動部',
  publishedOn: '2010-05-01',
  url: 'https://statdb.mol.gov.tw/html/svy12/1236menu.htm',
  levels: occupationLevels,
  codeSystem: { url: data.source.url, version: data.source.version, copyright: data.source.copyright },
  count: data.concepts.length,
} as const;

export const occupations: readonly Occupation[] = data.concepts.map((concept) => ({
  code: concept.code,
  name: concept.name,
  nameEn: majorGroupsEn[concept.code] ?? null,
  level: concept.level as OccupationLevel,
  parent: concept.parent,
}));

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

/**
 * Every code a wanted one matches under `occupationCovers`: its coarser levels, itself, and each finer code of
 * the classification under it (8111 → 8, 81, 811, 8111; 81 → 8, 81, 811, 8111, 8112, …). As a plain list the
 * database can look each up in an index; `LIKE '81%'` made it read the newest open vacancies one by one until
 * 2,000 matched, 250,000 rows at city-network scale.
 */
export function coveredOccupationCodes(wanted: readonly string[]): string[] {
  const codes = new Set<string>();
  for (const code of wanted) {
    for (let n = 1; n <= code.length; n += 1) codes.add(code.slice(0, n));
    for (const finer of occupations) if (finer.code.startsWith(code)) codes.add(finer.code);
  }
  return [...codes];
}
