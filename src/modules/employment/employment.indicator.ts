/**
 * @module employment.indicator
 * Indicator 1 (求職就業率) plugged into the indicators module: the placement-rate read model
 * (employment.indicators.ts, docs/employment.md), placed ÷ registered, split by the registering station,
 * the person's district or 特定對象 group. Job seekers registered by no station, or without a district or a
 * group, are the part 'none'. A person in two groups counts in both, so group parts may add up to more than
 * the whole; station and district parts add up to it exactly.
 */
import type { IndicatorProvider, UnitDimension } from '../indicators/indicators.values.ts';
import { noUnit } from '../indicators/indicators.values.ts';
import type { EmploymentIndicators, IndicatorBy } from './employment.indicators.ts';

const byOf: Partial<Record<UnitDimension, IndicatorBy>> = { station: 'station', district: 'district', group: 'special-group' };

export function employmentIndicatorProvider(indicators: EmploymentIndicators): IndicatorProvider {
  return {
    dimensions: ['station', 'district', 'group'],
    async compute({ from, to, by }) {
      const result = await indicators.placementRate({ from, to, by: by ? byOf[by] : undefined });
      return {
        numerator: result.placed,
        denominator: result.registered,
        parts: result.rows.map((row) => ({ unit: row.key ?? noUnit, numerator: row.placed, denominator: row.registered })),
      };
    },
  };
}
