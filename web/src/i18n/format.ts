/**
 * Numbers, money and dates for display, all through Intl. Rules and the API speak Gregorian
 * `YYYY-MM-DD` and ISO timestamps; the ROC (民國) year is only a way of showing them.
 */
import type { Locale } from '../../../src/shared/i18n/locales.ts';

export type DateDisplay = { locale: Locale; isRocYear: boolean; timeZone?: string };

const bureauTimeZone = 'Asia/Taipei';

function intlLocale({ locale, isRocYear }: DateDisplay): string {
  return isRocYear ? `${locale}-u-ca-roc` : locale;
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** Whole New Taiwan dollars: wages and benefits are paid in whole dollars. */
export function formatMoney(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'TWD',
    currencyDisplay: locale === 'zh-TW' ? 'symbol' : 'code',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(value);
}

/** A plain date (`2025-11-24`): shown as that calendar day wherever the browser is. */
export function formatPlainDate(value: string, display: DateDisplay): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(intlLocale(display), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** An instant (ISO timestamp), shown in the bureau's time zone so every office reads the same clock. */
export function formatDateTime(value: string, display: DateDisplay): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(display), {
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
    timeZone: display.timeZone ?? bureauTimeZone,
  }).format(date);
}
