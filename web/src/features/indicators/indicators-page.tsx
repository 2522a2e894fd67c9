import { useQuery } from '@tanstack/react-query';
import { Link, navigate, useLocation } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSession } from '../staff-auth/session-provider.tsx';
import { exportHref, getIndicators, type IndicatorItem } from './api.ts';
import { fractionText, formatValue, metText, sourceText, trendText } from './indicator-format.ts';
import { PeriodClose } from './period-close.tsx';
import './indicators.css';

const formats = ['ods', 'xlsx', 'csv', 'pdf'] as const;

function yearOf(search: URLSearchParams): number {
  const year = Number(search.get('year'));
  // The current year by default: the dashboard is about now. Links and tests name their year.
  return Number.isInteger(year) && year >= 2015 && year <= 2100 ? year : new Date().getFullYear();
}

function IndicatorCard({ item, year }: { item: IndicatorItem; year: number }) {
  const { t, formatNumber } = useI18n();
  const value = (v: number | null) => formatValue(t, formatNumber, item.unit, v);
  const headingId = `indicator-${item.code}`;
  return (
    <li className={`indicator-card indicator-card--${item.met === null ? 'unknown' : item.met ? 'met' : 'not-met'}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="indicator-card__title">
        <Link href={`/staff/indicators/${item.code}?year=${year}`}>
          {item.code}. {item.name}
        </Link>
      </h3>
      <p className="small">{t('indicators.card_meta', { ref: item.planRef, weight: formatNumber(item.weight), dimension: t(`indicators.dimension.${item.dimension}`) })}</p>
      <dl className="indicator-card__figures">
        <div>
          <dt>{t('indicators.value')}</dt>
          <dd className="indicator-card__value">{item.source === 'missing' ? t('indicators.source_missing') : value(item.value)}</dd>
        </div>
        <div>
          <dt>{t('indicators.target')}</dt>
          <dd>{item.target === null ? t('indicators.no_target') : value(item.target)}</dd>
        </div>
        <div>
          <dt>{t('indicators.gap')}</dt>
          <dd>{item.gap === null ? '—' : value(item.gap)}</dd>
        </div>
        <div>
          <dt>{t('indicators.status')}</dt>
          <dd>
            <strong>{metText(t, item.met)}</strong>
          </dd>
        </div>
      </dl>
      <p className="small">{trendText(t, formatNumber, item)}</p>
      <p className="small">{fractionText(t, formatNumber, item)}</p>
      <p className="small">{sourceText(t, item)}</p>
    </li>
  );
}

/** The year's indicators: one card each, the weighted score, exports, and the period close. */
export function IndicatorsPage() {
  const { t, formatNumber, formatDateTime } = useI18n();
  const { can } = useSession();
  const { search } = useLocation();
  const year = yearOf(search);
  const list = useQuery({ queryKey: ['indicators', year], queryFn: ({ signal }) => getIndicators(year, signal) });
  const data = list.data;
  const dimensions = ['business', 'staffing', 'budget'] as const;
  return (
    <Page title={t('indicators.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('indicators.lead')}</p>}>
      <form
        className="filter-form"
        onSubmit={(event) => {
          event.preventDefault();
          const value = new FormData(event.currentTarget).get('year');
          navigate(`/staff/indicators?year=${String(value)}`);
        }}
      >
        <label htmlFor="indicators-year">{t('indicators.year')}</label>{' '}
        <input id="indicators-year" name="year" type="number" min={2015} max={2100} defaultValue={year} key={year} className="input input--short" />{' '}
        <button type="submit" className="button button--secondary">
          {t('indicators.show')}
        </button>
      </form>
      {can('indicators.enter') || can('indicators.manage') ? (
        <p className="indicator-links">
          {can('indicators.enter') ? <Link className="button button--secondary" href={`/staff/indicators/entries?year=${year}`}>{t('indicators.entries_link')}</Link> : null}
          {can('indicators.manage') ? <Link className="button button--secondary" href={`/staff/indicators/admin?year=${year}`}>{t('indicators.admin.link')}</Link> : null}
        </p>
      ) : null}
      <ProblemAlert error={list.error} />
      {list.isLoading ? <Loading label={t('common.loading')} /> : null}
      {data ? (
        <>
          <section className="section help" aria-labelledby="indicators-score">
            <h2 id="indicators-score">{t('indicators.score_title', { year: data.year })}</h2>
            <p>
              <strong className="indicator-score">{t('indicators.score', { score: formatNumber(data.score) })}</strong>
            </p>
            <p className="small">{t('indicators.score_method')}</p>
            {data.closed ? (
              <p className="small">{t('indicators.year_closed', { version: data.closed.version, at: formatDateTime(data.closed.closedAt) })}</p>
            ) : null}
            <p>
              {t('indicators.export')}{' '}
              {formats.map((format) => (
                <a key={format} className="button button--secondary" href={exportHref(data.year, format)} download>
                  {t(`indicators.export_${format}`)}
                </a>
              ))}
            </p>
          </section>
          {dimensions.map((dimension) => (
            <section className="section" key={dimension} aria-labelledby={`indicators-${dimension}`}>
              <h2 id={`indicators-${dimension}`}>{t(`indicators.dimension_title.${dimension}`)}</h2>
              <ul className="indicator-cards">
                {data.items
                  .filter((item) => item.dimension === dimension)
                  .map((item) => (
                    <IndicatorCard key={item.code} item={item} year={data.year} />
                  ))}
              </ul>
            </section>
          ))}
        </>
      ) : null}
      {can('indicators.close') ? <PeriodClose /> : null}
    </Page>
  );
}
