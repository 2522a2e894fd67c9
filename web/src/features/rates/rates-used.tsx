/**
 * "Which rate this used": under a calculator's result, each period of a rate table the result rests on,
 * with its announcement (name, number, date and a link) or, for a built-in period, its source note.
 */
import type { ContributionGradeTable, DisabilityGradeTable, EffectiveDated, MinimumWageRate } from '#labor-rules';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { RateTablesState } from './use-rates.ts';
import './rates.css';

export type UsedPeriod =
  | { kind: 'minimum-wage'; period: MinimumWageRate }
  | { kind: 'contribution-grades'; period: ContributionGradeTable }
  | { kind: 'disability-grades'; period: DisabilityGradeTable };

export function PeriodSource({ period }: { period: EffectiveDated }) {
  const { t, formatPlainDate } = useI18n();
  const { announcement } = period;
  if (!announcement) return <>{t('rates.used.built_in_source', { source: period.source })}</>;
  return (
    <>
      {t('rates.used.announcement', { name: announcement.name, number: announcement.number, date: formatPlainDate(announcement.date) })}{' '}
      <a href={announcement.url} rel="noopener noreferrer" target="_blank">
        {t('rates.used.link')}
      </a>
    </>
  );
}

function describe(used: UsedPeriod, t: (key: string, params?: Record<string, string | number>) => string, formatMoney: (value: number) => string, from: string): string {
  if (used.kind === 'minimum-wage') return t('rates.used.minimum_wage', { from, monthly: formatMoney(used.period.monthly), hourly: formatMoney(used.period.hourly) });
  return t(`rates.used.${used.kind === 'contribution-grades' ? 'contribution_grades' : 'disability_grades'}`, { from });
}

/** The periods used, or, for a rate with no period covering the dates, nothing (the steps say what was assumed). */
export function RatesUsed({ used, state }: { used: readonly UsedPeriod[]; state: RateTablesState }) {
  const { t, formatPlainDate, formatMoney } = useI18n();
  if (used.length === 0 && state.origin !== 'built-in') return null;
  return (
    <section className="rates-used" aria-labelledby="rates-used-title">
      <h3 id="rates-used-title">{t('rates.used.title')}</h3>
      {used.length > 0 ? (
        <ul>
          {used.map((item) => (
            <li key={`${item.kind}-${item.period.effectiveFrom}`}>
              {describe(item, t, formatMoney, formatPlainDate(item.period.effectiveFrom))} <PeriodSource period={item.period} />
            </li>
          ))}
        </ul>
      ) : null}
      {state.origin === 'built-in' ? <p className="small muted">{t('rates.used.built_in_only')}</p> : null}
    </section>
  );
}
