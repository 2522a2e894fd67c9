import type { Precaution } from '../heat-index/heat-index.rates.ts';
import type { LegalBasis, Step, StepParams, Warning } from '../steps.ts';
import { en } from './en.ts';
import { id } from './id.ts';
import { th } from './th.ts';
import { vi } from './vi.ts';
import { zhTW, type Catalog, type MessageKey } from './zh-TW.ts';

/** Supported locales; `zh-TW` is the source. */
export const LOCALES = ['zh-TW', 'en', 'id', 'vi', 'th'] as const;

export type Locale = (typeof LOCALES)[number];

/** Every catalog, by locale. */
export const MESSAGES: Readonly<Record<Locale, Catalog>> = { 'zh-TW': zhTW, en, id, vi, th };

/** A step or warning rendered for display: the explanation, the citation, and the assumption note if any. */
export type FormattedStep = { readonly text: string; readonly legalBasis: string; readonly assumption?: string };

const PLACEHOLDER = /\{(\w+)\}/g;

const numberFormats = new Map<Locale, Intl.NumberFormat>();

export function formatNumber(value: number, locale: Locale): string {
  // Whole numbers below 10,000 (years, months, days, hours, most counts) are written as plain digits in every
  // locale here: Latin digits, and 'min2' groups only from five digits. Intl is by far the dearest part of
  // wording a step, so they skip it (format.test.ts checks the equality for every such number and locale).
  if (Number.isInteger(value) && value >= 0 && value < 10_000) return String(value);
  const format = numberFormat(locale);
  // Larger whole numbers (wages, amounts) are grouped by threes with the locale's own separator, taken from Intl.
  if (Number.isSafeInteger(value) && value > 0) return groupByThrees(String(value), groupSeparator(locale, format));
  return format.format(value);
}

function numberFormat(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (format === undefined) {
    // 'min2' leaves 4-digit numbers ungrouped, so years and hour counts read naturally.
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: 'min2' });
    numberFormats.set(locale, format);
  }
  return format;
}

const groupSeparators = new Map<Locale, string>();

function groupSeparator(locale: Locale, format: Intl.NumberFormat): string {
  let separator = groupSeparators.get(locale);
  if (separator === undefined) {
    separator = format.formatToParts(12_345).find((part) => part.type === 'group')?.value ?? ',';
    groupSeparators.set(locale, separator);
  }
  return separator;
}

function groupByThrees(digits: string, separator: string): string {
  const head = digits.length % 3 || 3;
  let text = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) text += separator + digits.slice(i, i + 3);
  return text;
}

/**
 * How an app shows the figures of a message: `formatDate` writes a `YYYY-MM-DD` date the user's way (民國 or
 * Gregorian, from their setting); `money: 'whole'` writes amounts as whole dollars with grouping (5,717), and
 * `'exact'` keeps their fraction (5,716.6667) for the user who asks for it. Without options, numbers are
 * written as they are (the API's plain text).
 */
export type DisplayOptions = { readonly formatDate?: (isoDate: string) => string; readonly money?: 'whole' | 'exact' };

const moneyFormats = new Map<string, Intl.NumberFormat>();

const fractionDigits = { whole: 0, cents: 2, exact: 4 } as const;

function formatAmount(value: number, locale: Locale, mode: keyof typeof fractionDigits): string {
  const key = `${locale}:${mode}`;
  let format = moneyFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits[mode], useGrouping: true });
    moneyFormats.set(key, format);
  }
  return format.format(value);
}

/** A placeholder is an amount of money where the catalog writes the currency next to it: `NT${x}` or `{x} 元`. */
function isMoneyAt(template: string, offset: number, length: number): boolean {
  return template.slice(Math.max(0, offset - 3), offset) === 'NT$' || /^\s?元/.test(template.slice(offset + length));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Fills a message's `{name}` placeholders; numbers are formatted for the
 * locale. An unknown placeholder is left as written so that a gap shows.
 * `{exact}` is the unrounded figure a rounding step explains, so it is never rounded to whole dollars.
 *
 * @example
 * formatMessage('law.laborStandardsAct', {}, 'en') // 'Labor Standards Act'
 */
export function formatMessage(key: MessageKey, params: StepParams, locale: Locale, display: DisplayOptions = {}): string {
  let text = '';
  for (const piece of compiledTemplate(locale, key)) {
    if (typeof piece === 'string') {
      text += piece;
      continue;
    }
    const value = params[piece.name];
    if (value === undefined) {
      text += piece.written;
      continue;
    }
    const isMoney = display.money !== undefined && piece.money;
    // `{exact}` explains a rounding ("411.11 元，進位為 412 元"): to the cent among whole dollars, in full on request.
    const mode = piece.name === 'exact' ? (display.money === 'whole' ? 'cents' : 'exact') : (display.money ?? 'exact');
    if (typeof value === 'string') {
      if (display.formatDate && ISO_DATE.test(value)) text += display.formatDate(value);
      // Exact amounts are sometimes carried as decimal text (no float rounding on the way).
      else text += isMoney && DECIMAL.test(value) ? formatAmount(Number(value), locale, mode) : value;
    } else {
      text += isMoney ? formatAmount(value, locale, mode) : formatNumber(value, locale);
    }
  }
  return text;
}

/** A template cut at its placeholders; each placeholder knows whether the catalog writes it as money. */
type Piece = string | { readonly name: string; readonly written: string; readonly money: boolean };

const compiledTemplates = new Map<string, readonly Piece[]>();

/**
 * Every request words its steps again, and scanning each template for its placeholders (and for the
 * currency beside each) was the dearest part of it (issue 16 §4): a template is cut once per process.
 * The catalogs are fixed, so the map holds at most one entry per key and locale.
 */
function compiledTemplate(locale: Locale, key: MessageKey): readonly Piece[] {
  const id = `${locale}|${key}`;
  let pieces = compiledTemplates.get(id);
  if (pieces === undefined) {
    const template = MESSAGES[locale][key];
    const cut: Piece[] = [];
    let last = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      if (match.index > last) cut.push(template.slice(last, match.index));
      cut.push({ name: match[1] ?? '', written: match[0], money: isMoneyAt(template, match.index, match[0].length) });
      last = match.index + match[0].length;
    }
    if (last < template.length) cut.push(template.slice(last));
    pieces = cut;
    compiledTemplates.set(id, pieces);
  }
  return pieces;
}

/**
 * A citation in the locale's style, e.g. 勞動基準法第24條第2項 or
 * "Labor Standards Act, Art. 24, para. 2".
 *
 * @example
 * formatLegalBasis({ law: 'laborPensionAct', article: '12', paragraph: 1 }, 'zh-TW') // '勞工退休金條例第12條第1項'
 */
export function formatLegalBasis(basis: LegalBasis, locale: Locale): string {
  // A citation depends on nothing but these, and the rules cite a fixed set of articles: written once each.
  const key = `${locale}|${basis.law}|${basis.article}|${basis.paragraph ?? ''}|${basis.subparagraph ?? ''}`;
  let citation = citations.get(key);
  if (citation === undefined) {
    if (citations.size >= 2000) citations.clear(); // bounded, whatever a caller passes
    citation = writeLegalBasis(basis, locale);
    citations.set(key, citation);
  }
  return citation;
}

const citations = new Map<string, string>();

function writeLegalBasis(basis: LegalBasis, locale: Locale): string {
  const parts = [formatMessage(`law.${basis.law}`, {}, locale)];
  const [article, sub] = basis.article.split('-');
  if (article === 'table') {
    parts.push(formatMessage('citation.table', { table: sub ?? '' }, locale));
  } else if (sub !== undefined) {
    parts.push(formatMessage('citation.articleSub', { article: article ?? '', sub }, locale));
  } else {
    parts.push(formatMessage('citation.article', { article: basis.article }, locale));
  }
  if (basis.paragraph !== undefined) parts.push(formatMessage('citation.paragraph', { paragraph: String(basis.paragraph) }, locale));
  if (basis.subparagraph !== undefined) parts.push(formatMessage('citation.subparagraph', { subparagraph: String(basis.subparagraph) }, locale));
  const separator = MESSAGES[locale]['citation.separator'];
  // In zh-TW the law name and article run together; other locales separate every part.
  return parts.join(separator);
}

/**
 * Renders a calculation step in a locale: its explanation (with `{value}`
 * filled from the step's value), its citation and, for a step resting on an
 * unconfirmed point, the note explaining the reading taken.
 *
 * @example
 * formatStep(calculateSeverancePay({ averageMonthlyWage: 30000, newSystemService: { years: 1, months: 0, days: 0 } }).steps[0], 'vi')
 * // → { text: 'Thâm niên chế độ mới 1 năm 0 tháng 0 ngày: ...', legalBasis: 'Luật Lương hưu Lao động, Điều 12, khoản 1' }
 */
export function formatStep(step: Step, locale: Locale, display: DisplayOptions = {}): FormattedStep {
  const params = step.value === undefined ? step.params : { ...step.params, value: step.value };
  const text = formatMessage(step.key, params, locale, display);
  const legalBasis = formatLegalBasis(step.legalBasis, locale);
  if (step.assumption !== true || step.assumptionKey === undefined) return { text, legalBasis };
  return { text, legalBasis, assumption: formatMessage(step.assumptionKey, params, locale, display) };
}

/**
 * Renders a working-time warning in a locale.
 *
 * @example
 * formatWarning({ code: 'dailyHoursOver12', date: '2026-03-02', legalBasis: { law: 'laborStandardsAct', article: '32', paragraph: 2 }, params: { date: '2026-03-02', hours: 13, limit: 12 } }, 'en').text
 * // '2026-03-02: 13 hours worked, more than the 12-hour daily limit (regular hours plus overtime).'
 */
export function formatWarning(warning: Warning, locale: Locale, display: DisplayOptions = {}): FormattedStep {
  return { text: formatMessage(`warning.${warning.code}`, warning.params, locale, display), legalBasis: formatLegalBasis(warning.legalBasis, locale) };
}

/**
 * Renders a heat precaution key in a locale.
 *
 * @example
 * formatPrecaution('heavyWorkRest', 'th') // 'งานที่ใช้แรงมาก ต้องพักอย่างน้อย 20 นาทีทุกชั่วโมง'
 */
export function formatPrecaution(precaution: Precaution, locale: Locale): string {
  return formatMessage(`precaution.${precaution}`, {}, locale);
}

