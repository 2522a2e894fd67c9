/**
 * The small rules that turn published text into comparable values: employer names and search keys
 * (台/臺 alike, punctuation ignored), dates in three calendars, cited articles, and which law a row is
 * under. Pure: no I/O, no clock.
 */
import { laws, type LawId } from './violations.laws.ts';

/**
 * 台 and 臺 are one character in Taiwanese usage: the same rule as reference-data's normalizeTai, kept
 * here so that this file (and the contract that uses it) has no Node imports and type-checks in the web app.
 */
export function normalizeTai(text: string): string {
  return text.replaceAll('台', '臺');
}

// ---------------------------------------------------------------------------------------------------
// Names

const separators = /[\p{P}\p{S}\p{Z}\s]+/gu;

/**
 * The key names are compared and searched on: NFKC (full-width letters and digits folded), 台→臺, lower
 * case, and no spaces or punctuation, so `家福股份有限公司_王俊超` and `家福股份有限公司/王俊超` are one key.
 */
export function nameKey(text: string): string {
  return normalizeTai(text.normalize('NFKC')).toLowerCase().replace(separators, '');
}

/**
 * The words of a search: what a person types is split on spaces and punctuation, and every word must
 * appear in the name. `捷順交通(郭修祥)` → `捷順交通`, `郭修祥`.
 */
export function searchTokens(query: string): string[] {
  const words = normalizeTai(query.normalize('NFKC'))
    .toLowerCase()
    .split(separators)
    .filter((word) => word.length > 0);
  return [...new Set(words)];
}

/** The distinct pairs of neighbouring characters of a key (by code point): `臺中市` → `臺中`, `中市`. */
export function charPairs(key: string): string[] {
  const chars = Array.from(key);
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) pairs.add(`${chars[i]}${chars[i + 1]}`);
  return [...pairs];
}

// An organisation's name ends like this; a person's name does not.
const organisationEnding = /(公司|分公司|廠|店|行|社|所|處|會|院|局|館|中心|工程|企業|事業|商號|學校|醫院|診所|農場|協會|基金會|合作社|部|號)$/u;

/**
 * MOL publishes "事業單位名稱或負責人" as one cell: the company and its responsible person joined by `/`
 * (archived copies have `_`) or with the person in brackets. Split them when it is clear; otherwise the
 * whole cell is the company (a sole proprietor is published under their own name).
 */
export function splitEmployerName(cell: string): { company: string; responsiblePerson: string | null } {
  const name = cell.trim().replace(/\s+/g, ' ');
  const bracketed = /^(.+?)\s*[(（]([^()（）]+)[)）]$/u.exec(name);
  if (bracketed?.[1] && bracketed[2]) {
    const person = bracketed[2].trim();
    if (person.length <= 30 && !organisationEnding.test(person) && !/^(原|即|前)/u.test(person)) {
      return { company: bracketed[1].trim(), responsiblePerson: person };
    }
    return { company: name, responsiblePerson: null };
  }
  const joined = /^(.+)[/_／＿](.+)$/u.exec(name);
  if (joined?.[1] && joined[2]) {
    const person = joined[2].trim();
    if (person.length <= 30 && !organisationEnding.test(person)) {
      return { company: joined[1].trim(), responsiblePerson: person };
    }
  }
  return { company: name, responsiblePerson: null };
}

// ---------------------------------------------------------------------------------------------------
// Dates

export type ParsedDate = { ok: true; value: string | null } | { ok: false };

const pad = (n: number) => String(n).padStart(2, '0');

function calendarDate(year: number, month: number, day: number): string | undefined {
  if (year < 1912 || year > 2199 || month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A published date as `YYYY-MM-DD`: Gregorian `20250702` (MOL), ROC `1150105` or `991231` (local
 * governments; ROC year + 1911), `2024/01/15`, `113/01/09`, `2024-01-15`, `113年1月9日`. Empty → null.
 */
export function parseDate(raw: string): ParsedDate {
  const text = raw.normalize('NFKC').trim().replace(/^民國\s*/u, '');
  if (text === '') return { ok: true, value: null };
  let parts: [number, number, number] | undefined;
  const digits = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (digits) parts = [Number(digits[1]), Number(digits[2]), Number(digits[3])];
  if (!parts) {
    const roc = /^(\d{2,3})(\d{2})(\d{2})$/.exec(text);
    if (roc) parts = [Number(roc[1]) + 1911, Number(roc[2]), Number(roc[3])];
  }
  if (!parts) {
    const split = /^(\d{2,4})\s*[/.\-年]\s*(\d{1,2})\s*[/.\-月]\s*(\d{1,2})\s*日?$/u.exec(text);
    if (split) {
      const year = Number(split[1]);
      parts = [(split[1] ?? '').length === 4 ? year : year + 1911, Number(split[2]), Number(split[3])];
    }
  }
  const value = parts && calendarDate(...parts);
  return value ? { ok: true, value } : { ok: false };
}

// ---------------------------------------------------------------------------------------------------
// Laws

export { laws, type LawId };

// Longest spelling first, so that a longer name is never read as a shorter one inside it.
const spellings = laws
  .flatMap((law) => [law.name, ...law.aliases].map((spelling) => ({ spelling: normalizeTai(spelling), law })))
  .sort((a, b) => b.spelling.length - a.spelling.length);

/** The current official name for a law written any known way (`勞基法`, `性別工作平等法`), or the text as given. */
export function canonicalLaw(text: string): string {
  const value = normalizeTai(text.normalize('NFKC')).replace(/\s+/g, '');
  const byId = laws.find((law) => law.id === text.trim());
  if (byId) return byId.name;
  return spellings.find((s) => s.spelling === value)?.law.name ?? value;
}

export function lawIdOf(name: string | null): LawId | null {
  return laws.find((law) => law.name === name)?.id ?? null;
}

/**
 * Which law a row is under, read from its cited articles when the file does not say: the known law
 * cited most often (first cited wins a tie); else the first `…法`/`…條例` written before a `第`. 職安 rows
 * often cite a regulation "暨職業安全衛生法第6條第1項"; the parent act is the known one, so it wins.
 */
export function inferLaw(articles: readonly string[]): string | null {
  const counts = new Map<string, { count: number; first: number }>();
  let offset = 0;
  for (const article of articles) {
    const text = normalizeTai(article);
    const taken = new Array<boolean>(text.length).fill(false);
    for (const { spelling, law } of spellings) {
      let at = text.indexOf(spelling);
      while (at !== -1) {
        if (!taken[at]) {
          for (let i = at; i < at + spelling.length; i += 1) taken[i] = true;
          const seen = counts.get(law.name) ?? { count: 0, first: offset + at };
          counts.set(law.name, { count: seen.count + 1, first: Math.min(seen.first, offset + at) });
        }
        at = text.indexOf(spelling, at + spelling.length);
      }
    }
    offset += text.length + 1;
  }
  const best = [...counts.entries()].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)[0];
  if (best) return best[0];
  for (const article of articles) {
    const named = /([\p{Script=Han}]{2,30}?(?:法|條例))第/u.exec(normalizeTai(article));
    if (named?.[1]) return named[1];
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Articles

/** Splits a cell of several citations or descriptions: `;`, `；` and line breaks separate them. */
export function splitList(cell: string): string[] {
  return cell
    .split(/[;；\r\n]+/u)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** A citation as stored: NFKC (full-width digits folded), 台→臺, no spaces. */
export function normalizeArticle(text: string): string {
  return normalizeTai(text.normalize('NFKC')).replace(/\s+/g, '');
}

/**
 * Index keys for the articles a row cites: `§22` for each article of the row's own law and
 * `勞動基準法§22` for every law named, so that "article 22" and "LSA article 22" are both index lookups.
 * Paragraphs (項) and subparagraphs (款) are not keyed: a search names an article.
 */
export function articleKeys(articles: readonly string[], law: string | null): string[] {
  const keys = new Set<string>();
  for (const article of articles) {
    let currentLaw = law;
    for (const piece of normalizeArticle(article).split(/暨|及|、|與|,|，|並/u)) {
      const match = /^(.*?)第(\d+)(?:-(\d+))?條(?:之(\d+))?/u.exec(piece);
      if (!match) continue;
      const prefix = (match[1] ?? '').replace(/^(依|違反|違)/u, '');
      if (prefix) currentLaw = canonicalLaw(prefix);
      const sub = match[3] ?? match[4];
      const number = sub ? `${Number(match[2])}-${Number(sub)}` : String(Number(match[2]));
      if (currentLaw) keys.add(`${currentLaw}§${number}`);
      if (!currentLaw || currentLaw === law) keys.add(`§${number}`);
    }
  }
  return [...keys];
}

/**
 * Reads what a person types in the article filter — `22`, `第22條`, `22-1`, `22之1`, `第9條之1`,
 * `勞基法第22條` — as an index key. Undefined when it names no article.
 */
export function articleQueryKey(text: string, law: string | null): string | undefined {
  const value = normalizeArticle(text);
  const match = /^(.*?)(?:第)?(\d+)(?:(?:-|之)(\d+))?(?:條)?(?:之(\d+))?$/u.exec(value);
  if (!match) return undefined;
  const sub = match[3] ?? match[4];
  const number = sub ? `${Number(match[2])}-${Number(sub)}` : String(Number(match[2]));
  const named = match[1] ? canonicalLaw(match[1]) : law;
  return named ? `${named}§${number}` : `§${number}`;
}

// ---------------------------------------------------------------------------------------------------
// Fines and notes

/** `40000`, `40,000`, `40,000元`, `NT$40000` → 40000; empty → null; anything else → undefined (invalid). */
export function parseFine(raw: string): number | null | undefined {
  const text = raw.normalize('NFKC').trim().replace(/^(NT\$|\$)/u, '').replace(/元$/u, '').replaceAll(',', '').trim();
  if (text === '') return null;
  if (!/^\d{1,10}$/.test(text)) return undefined;
  const value = Number(text);
  return value <= 2_147_483_647 ? value : undefined;
}

/** 備註說明 `行政救濟中` / `訴願中` (and 行政訴訟中): the employer is contesting the decision. */
export function isDisputed(note: string): boolean {
  return /行政救濟|訴願|行政訴訟|訴訟中/u.test(note);
}
