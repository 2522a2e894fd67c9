/**
 * @module usage.indicator
 * Indicator 2's read model for the indicators module: tool uses (numerator) over public page views
 * (denominator) for a range of days. The counts have no unit, so there is no drill-down by station,
 * district, region or group; by month it is split by the indicators module.
 */
import type { IndicatorProvider } from '../indicators/indicators.values.ts';
import type { UsageService } from './usage.service.ts';

export function usageIndicatorProvider(usage: UsageService): IndicatorProvider {
  return {
    dimensions: [],
    async compute({ from, to }) {
      const report = await usage.report({ from, to }, 'zh-TW');
      return { numerator: report.totals.toolUses, denominator: report.totals.pageViews };
    },
  };
}
