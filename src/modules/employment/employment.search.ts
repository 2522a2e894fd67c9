/**
 * Chinese vacancy search without a Chinese tokenizer: titles and texts are folded (NFKC, 台→臺, lower
 * case, no spaces) and searched by substring, so a partial word finds the longer one (焊接 finds 焊接技術員).
 * A query word that is a common job title also finds its synonyms (作業員 ↔ 技術員, 看護 ↔ 照服員), as job
 * seekers and employers name the same work differently.
 */
import { normalizeTai } from '../reference-data/reference-data.ts';

export function foldText(text: string): string {
  return normalizeTai(text.normalize('NFKC')).replace(/\s+/g, '').toLowerCase();
}

/** Groups of titles that name the same work in job postings. */
export const titleSynonyms: readonly (readonly string[])[] = [
  ['作業員', '技術員', '操作員', '生產線人員'],
  ['看護', '照服員', '照顧服務員', '照護員'],
  ['司機', '駕駛'],
  ['店員', '門市人員', '銷售人員'],
  ['清潔工', '清潔人員', '清潔員'],
  ['保全', '警衛'],
];

/** The folded query words, each with the synonyms it stands for. */
export function expandQuery(q: string): string[][] {
  return q
    .split(/[\s,，、]+/)
    .map(foldText)
    .filter((word) => word.length > 0)
    .slice(0, 5)
    .map((word) => {
      const group = titleSynonyms.find((titles) => titles.some((title) => foldText(title) === word));
      return group ? [...new Set([word, ...group.map(foldText)])] : [word];
    });
}

export function likePattern(word: string): string {
  return `%${word.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`;
}

/**
 * The distinct pairs of neighbouring characters of a folded text (code points, as PostgreSQL's substr counts
 * them). A vacancy keeps the pairs of its text; a GIN index over them finds the rows that can hold a query
 * word of two or more characters without reading every row (migration 0040).
 */
export function charPairs(folded: string): string[] {
  const chars = Array.from(folded);
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) pairs.add(`${chars[i]}${chars[i + 1]}`);
  return [...pairs];
}
