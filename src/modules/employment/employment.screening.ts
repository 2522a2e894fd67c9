/**
 * The legal screening of a job posting (pure; no I/O).
 *
 * - 就業服務法 Art. 5 I: an employer may not discriminate against a job seeker by race, class, language,
 *   thought, religion, party, place of origin, birthplace, sex, sexual orientation, age, marriage,
 *   appearance, facial features, disability, star sign, blood type or past union membership. A posting that
 *   states such a condition (限男, an age limit, 未婚, 星座…) is flagged term by term with its ground.
 * - 就業服務法 Art. 5 II ⑥ (in force since 2018-11-30): a vacancy whose regular monthly wage is under
 *   NT$40,000 must publicly state its wage range; "面議" alone is then unlawful (MOL guideline of
 *   2019-03-21, 勞動發就字第10805036151號: a range, a fixed figure or a lowest figure).
 * - The minimum wage in force (最低工資法 Arts. 5, 14) from packages/labor-rules.
 *
 * Screening flags, it does not decide: a posting with hits is held until an officer publishes it, and
 * publishing over a hit needs a recorded reason (a genuine occupational requirement can justify one).
 */
import { minimumWageOn, type MinimumWageRate } from '#labor-rules';

export const discriminationArticle = '就業服務法第5條第1項';
export const wageDisclosureArticle = '就業服務法第5條第2項第6款';
export const minimumWageArticle = '最低工資法第5條';
/** Art. 5 II ⑥: the regular monthly wage under which the range must be stated. */
export const wageDisclosureThreshold = 40_000;

export const discriminationGrounds = [
  'sex',
  'age',
  'marriage',
  'appearance',
  'star-sign',
  'blood-type',
  'union',
  'origin',
  'religion',
  'party',
] as const;
export type DiscriminationGround = (typeof discriminationGrounds)[number];

export type ScreeningHit = {
  /** The words as they stand in the text. */
  term: string;
  article: string;
  ground: DiscriminationGround | 'wage-disclosure';
  field: 'title' | 'description' | 'requirements';
  /** Position in the field, in UTF-16 code units, for highlighting. */
  start: number;
  end: number;
};

/**
 * What states a condition, not what merely names the ground: "性別不拘" and "年齡不拘" are fine; "限男",
 * "男性優先", "25歲以下" and "20~35歲" are not. Each pattern is tested on both sides in the tests.
 */
const rules: readonly { ground: DiscriminationGround; pattern: RegExp }[] = [
  { ground: 'sex', pattern: /限(?:男|女)(?:性|生)?|(?:男|女)(?:性|生)?(?:優先|為佳|佳|尤佳)|歐巴桑|歐吉桑|(?:男|女)(?:店員|服務生)/g },
  {
    ground: 'age',
    pattern:
      /\d{2}\s*(?:歲|岁)\s*(?:以下|以上|以內|以内|上下|左右)|\d{2}\s*(?:[~～〜\-－至到]\s*\d{2})\s*(?:歲|岁)|年齡\s*(?:限|須|需|必須|要求)\s*\S{0,6}?\d{2}|年輕(?:人|者)?(?:優先|為佳|佳)|限\s*\d{2}\s*(?:歲|岁)/g,
  },
  { ground: 'marriage', pattern: /未婚|已婚|單身(?:者)?(?:優先|為佳)?|婚後不|無(?:家累|小孩)/g },
  { ground: 'appearance', pattern: /五官端正|外貌(?:佳|姣好|出眾)|容貌(?:佳|端正|姣好)|長相(?:佳|好|清秀)|顏值|身高\s*\d{3}|體重\s*\d{2}|體態(?:佳|勻稱)|面貌姣好/g },
  { ground: 'star-sign', pattern: /星座/g },
  { ground: 'blood-type', pattern: /血型|(?:A|B|O|AB)型(?:人|者)/g },
  { ground: 'union', pattern: /(?:未|不得|不可|無)(?:參加|加入)?工會|工會(?:會員|幹部)(?:勿|不)|非工會會員/g },
  { ground: 'origin', pattern: /限本省|籍貫|限(?:本地|外省|客家|原住民)(?:人|籍)/g },
  { ground: 'religion', pattern: /限(?:基督徒|佛教徒|教友)|需(?:信仰|受洗)/g },
  { ground: 'party', pattern: /限.{1,4}黨員|黨員優先/g },
];

export function screenText(fields: { title: string; description: string; requirements: string }): ScreeningHit[] {
  const hits: ScreeningHit[] = [];
  for (const field of ['title', 'description', 'requirements'] as const) {
    const text = fields[field];
    for (const { ground, pattern } of rules) {
      for (const match of text.matchAll(pattern)) {
        const start = match.index;
        hits.push({ term: match[0], article: discriminationArticle, ground, field, start, end: start + match[0].length });
      }
    }
  }
  // Two patterns of one ground may find overlapping words ("限25歲以下"): the longer one stands.
  const kept = hits.filter(
    (hit) =>
      !hits.some(
        (other) =>
          other !== hit &&
          other.field === hit.field &&
          other.start <= hit.start &&
          other.end >= hit.end &&
          (other.end - other.start > hit.end - hit.start || other.start < hit.start),
      ),
  );
  return kept.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field < b.field ? -1 : 1));
}

export type Wage = { type: 'monthly' | 'hourly'; min: number; max?: number | null | undefined; negotiable?: boolean | undefined };

export type WageProblem =
  | { code: 'below-minimum'; article: string; minimum: number; effectiveFrom: string }
  | { code: 'range-required'; article: string; threshold: number }
  | { code: 'part-time-hourly'; article: string };

/**
 * The wage rules, on the date the vacancy is posted. Part-time work is paid by the hour under the hourly
 * minimum wage; our form asks part-time postings for an hourly wage so that the check can be made (a rule
 * of this platform, not of the law).
 */
export function checkWage(
  wage: Wage,
  employmentType: 'full-time' | 'part-time',
  on: string,
  /** The minimum wages in force: the built-in table unless the published periods are given (ADR 0024). */
  minimumWages?: readonly MinimumWageRate[],
): WageProblem[] {
  const minimum = minimumWageOn(on, minimumWages);
  const problems: WageProblem[] = [];
  if (employmentType === 'part-time' && wage.type === 'monthly') {
    problems.push({ code: 'part-time-hourly', article: minimumWageArticle });
    return problems;
  }
  const floor = wage.type === 'monthly' ? minimum.monthly : minimum.hourly;
  if (wage.min < floor) {
    problems.push({ code: 'below-minimum', article: minimumWageArticle, minimum: floor, effectiveFrom: minimum.effectiveFrom });
  }
  // 面議 (a wage to be agreed) is lawful only for a job paying at least NT$40,000 a month.
  if (wage.negotiable && (wage.type === 'hourly' || wage.min < wageDisclosureThreshold)) {
    problems.push({ code: 'range-required', article: wageDisclosureArticle, threshold: wageDisclosureThreshold });
  }
  return problems;
}

/** "面議" in the text of a vacancy paying under NT$40,000 a month is a hit under Art. 5 II ⑥. */
export function screenWageText(fields: { title: string; description: string; requirements: string }, wage: Wage): ScreeningHit[] {
  if (wage.type === 'monthly' && wage.min >= wageDisclosureThreshold) return [];
  const hits: ScreeningHit[] = [];
  for (const field of ['title', 'description', 'requirements'] as const) {
    for (const match of fields[field].matchAll(/薪資?面議|待遇面議|面議/g)) {
      hits.push({ term: match[0], article: wageDisclosureArticle, ground: 'wage-disclosure', field, start: match.index, end: match.index + match[0].length });
    }
  }
  return hits;
}
