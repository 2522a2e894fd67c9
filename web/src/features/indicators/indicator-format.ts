import type { IndicatorItem } from './api.ts';

type Format = (value: number) => string;
type T = (key: string, params?: Record<string, string | number>) => string;

/** A value in its unit: 5.04 %, 4.511 ‰, 1. */
export function formatValue(t: T, formatNumber: Format, unit: IndicatorItem['unit'], value: number | null): string {
  if (value === null) return t('indicators.no_value');
  return t(`indicators.unit.${unit}`, { value: formatNumber(value) });
}

/** "2 工具使用次數 ÷ 40 網頁瀏覽次數", the numerator and denominator in words. */
export function fractionText(t: T, formatNumber: Format, item: Pick<IndicatorItem, 'numerator' | 'denominator' | 'numeratorDescription' | 'denominatorDescription'>): string {
  const n = item.numerator === null ? '—' : formatNumber(item.numerator);
  if (item.denominatorDescription === null) return t('indicators.numerator_only', { n, what: item.numeratorDescription });
  const d = item.denominator === null ? '—' : formatNumber(item.denominator);
  return t('indicators.fraction', { n, what: item.numeratorDescription, d, of: item.denominatorDescription });
}

export function metText(t: T, met: boolean | null): string {
  return met === null ? t('indicators.met_unknown') : met ? t('indicators.met') : t('indicators.not_met');
}

/** The trend against the same period a year earlier, in words (higher or lower, and whether that is better). */
export function trendText(t: T, formatNumber: Format, item: Pick<IndicatorItem, 'value' | 'previous' | 'direction' | 'unit'>): string {
  if (item.value === null || item.previous === null) return t('indicators.trend_none');
  const delta = Math.round((item.value - item.previous) * 1000) / 1000;
  if (delta === 0) return t('indicators.trend_same');
  const better = item.direction === 'higher' ? delta > 0 : delta < 0;
  const params = {
    delta: formatValue(t, formatNumber, item.unit, Math.abs(delta)),
    judgement: better ? t('indicators.better') : t('indicators.worse'),
  };
  return delta > 0 ? t('indicators.trend_up', params) : t('indicators.trend_down', params);
}

/** Where the figures come from; for a mixed source (indicator 4) each side's. */
export function sourceText(t: T, item: Pick<IndicatorItem, 'source' | 'denominatorSource'>): string {
  if (item.source === 'computed' && item.denominatorSource !== null && item.denominatorSource !== 'computed') {
    return t('indicators.source_mixed', { denominator: t(`indicators.denominator_source.${item.denominatorSource}`) });
  }
  return t(`indicators.source.${item.source}`);
}
