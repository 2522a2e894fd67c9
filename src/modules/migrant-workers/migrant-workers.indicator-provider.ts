/**
 * @module migrant-workers.indicator-provider
 * Indicator 8 (新入境外勞 3 個月內訪視率) plugged into the indicators module: arrivals visited within 3
 * months ÷ arrivals whose window has closed and who were still here (computeIndicator8, as of today in
 * Taiwan). Split by the worker's district ('none' without one); the indicators module adds districts up
 * into regions.
 */
import type { Queryable } from '../../db/client.ts';
import type { IndicatorProvider } from '../indicators/indicators.values.ts';
import { noUnit } from '../indicators/indicators.values.ts';
import { computeIndicator8 } from './migrant-workers.indicator.ts';

export function migrantWorkersIndicatorProvider(db: Queryable, today: () => string): IndicatorProvider {
  return {
    dimensions: ['district'],
    async compute({ from, to, by }) {
      const figure = await computeIndicator8(db, { from, to, asOf: today(), by: by === 'district' ? 'district' : undefined });
      return {
        numerator: figure.visitedWithinWindow,
        denominator: figure.denominator,
        ...(figure.breakdown ? { parts: figure.breakdown.map((row) => ({ unit: row.key ?? noUnit, numerator: row.visitedWithinWindow, denominator: row.denominator })) } : {}),
      };
    },
  };
}
