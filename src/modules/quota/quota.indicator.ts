/**
 * @module quota.indicator
 * Indicator 6 (定額進用身心障礙者比率) plugged into the indicators module: disabled employees counted ÷
 * required, over obligated employers (quota.service `indicator6`). The quota is assessed month by month, so
 * a range answers its latest month with assessments recorded (as entered figures answer year-to-date); a
 * range without any answers 0 ÷ 0, no value. Split by the employer's district ('none' without one); the
 * indicators module adds districts up into regions.
 */
import type { Db } from '../../db/client.ts';
import type { IndicatorProvider } from '../indicators/indicators.values.ts';
import { noUnit } from '../indicators/indicators.values.ts';
import type { QuotaService } from './quota.service.ts';

export function quotaIndicatorProvider(db: Db, quota: QuotaService): IndicatorProvider {
  return {
    dimensions: ['district'],
    async compute({ from, to, by }) {
      const { rows } = await db.query<{ month: string | null }>(
        `SELECT to_char(max(month), 'YYYY-MM') AS month FROM quota_employer_months WHERE month BETWEEN $1::date AND $2::date`,
        [from, to],
      );
      const month = rows[0]?.month;
      if (!month) return { numerator: 0, denominator: 0, parts: [] };
      const figure = await quota.indicator6(month);
      return {
        numerator: figure.counted,
        denominator: figure.required,
        ...(by === 'district'
          ? { parts: figure.byDistrict.map((d) => ({ unit: d.districtCode ?? noUnit, numerator: d.counted, denominator: d.required })) }
          : {}),
      };
    },
  };
}
