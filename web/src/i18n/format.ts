/**
 * Numbers, money and dates for display, all through Intl. Rules and the API speak Gregorian
 * `YYYY-MM-DD` and ISO timestamps; the ROC (民國) year is only a way of showing them.
 */
import type { Locale } from '../../../src/shared/i18n/locales.ts';

export type DateDisplay = { locale: Locale; isRocYear: boolean; timeZone?: string };

const bureauTimeZone = 'Asia/Taipei';

/**
 * The user's setting decides the calendar: 民國 or Gregorian years. Gregorian is asked for by name, as `th`
 * alone would write Buddhist years (2569) beside the Gregorian ones of the rest of the app.
 */
function intlLocale({ locale, isRocYear }: DateDisplay): string {
  return `${locale}-u-ca-${isRocYear ? 'roc' : 'gregory'}`;
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}

/**
 * Whole New Taiwan dollars: wages and benefits are paid in whole dollars. Chinese writes the currency's own
 * symbol ($36,000); the other languages write NT$36,000 with their own digit grouping (NT$36.000 in Indonesian
 * and Vietnamese), exactly as the calculators' steps write amounts, so a result and the steps that explain it
 * never read "TWD 5.717" beside "NT$5.717" (issue 15 §5).
 */
export function formatMoney(value: number, locale: Locale): string {
  if (locale !== 'zh-TW') return `${value < 0 ? '−' : ''}NT$${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.abs(value))}`;
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'TWD', currencyDisplay: 'symbol', minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(value);
}

/** A plain date (`2025-11-24`): shown as that calendar day wherever the browser is. */
export function formatPlainDate(value: string, display: DateDisplay): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(intlLocale(display), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * An instant (ISO timestamp), shown in the bureau's time zone so every office reads the same clock. The day
 * is written as `formatPlainDate` writes it (民國115年12月1日 14:00): `dateStyle` with a time would switch
 * zh-TW to the short form (民國115/12/1), and staff tables mixed the two.
 */
export function formatDateTime(value: string, display: DateDisplay): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(display), {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: display.timeZone ?? bureauTimeZone,
  }).format(date);
}

const fullWidthDigits = /[０-９／－．]/g;

/**
 * A date as people type it, to `YYYY-MM-DD`: Gregorian (2026-12-01, 2026/12/1) or 民國 (115/12/01, 115.12.1,
 * 民國115年12月1日), full-width digits too. Undefined when it is not a real calendar day.
 */
export function parseDateInput(text: string): string | undefined {
  const value = text.trim().replace(fullWidthDigits, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
  const gregorian = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value);
  const roc = /^(?:民國)?(\d{2,3})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(value);
  const parts = gregorian ? [Number(gregorian[1]), Number(gregorian[2]), Number(gregorian[3])] : roc ? [Number(roc[1]) + 1911, Number(roc[2]), Number(roc[3])] : undefined;
  if (!parts) return undefined;
  const [year = 0, month = 0, day = 0] = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A `YYYY-MM-DD` date for a text field, the way the user writes dates: 115/12/01 with 民國 years, else 2026-12-01. */
export function formatDateInput(value: string, isRocYear: boolean): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match || !isRocYear) return value;
  return `${Number(match[1]) - 1911}/${match[2]}/${match[3]}`;
}
