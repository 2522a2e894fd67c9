/**
 * @module unions.indicator
 * Indicator 5 (工會評鑑輔導涵蓋率) plugged into the indicators module: unions evaluated or guided ÷ unions
 * registered during the year (unions.service `indicator5`). Coverage is a figure of the whole year, so any
 * range answers its year's figure as recorded so far (granularity 'year': no month drill), and there is no
 * split by unit.
 */
import type { IndicatorProvider } from '../indicators/indicators.values.ts';
import type { UnionsService } from './unions.service.ts';

export function unionsIndicatorProvider(unions: UnionsService): IndicatorProvider {
  return {
    dimensions: [],
    granularity: 'year',
    async compute({ from }) {
      const figure = await unions.indicator5(Number(from.slice(0, 4)));
      return { numerator: figure.reached, denominator: figure.registered };
    },
  };
}
