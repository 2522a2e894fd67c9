/**
 * @module labor-university.indicator
 * Indicator 7 (申請弱勢勞工就讀勞工大學補助人次比率) plugged into the indicators module: subsidised
 * enrolments ÷ enrolments of the year's courses (labor-university `indicator7`). Enrolments belong to a
 * course year, so any range answers its year's figure as recorded so far (granularity 'year': no month drill);
 * there is no split by unit.
 */
import type { IndicatorProvider } from '../indicators/indicators.values.ts';
import type { LaborUniversityService } from './labor-university.ts';

export function laborUniversityIndicatorProvider(laborUniversity: LaborUniversityService): IndicatorProvider {
  return {
    dimensions: [],
    granularity: 'year',
    async compute({ from }) {
      const figure = await laborUniversity.indicator7(Number(from.slice(0, 4)));
      return { numerator: figure.subsidisedEnrolments, denominator: figure.enrolments };
    },
  };
}
