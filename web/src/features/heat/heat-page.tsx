import { useId, useState } from 'react';
import { htmlLang } from '../../../../src/shared/i18n/locales.ts';
import { Link, navigate, useLocation } from '../../app/router.tsx';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { SelectField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { placeName, stationName, useCity } from '../reference-data/city.ts';
import { trackToolUse } from '../usage/track.ts';
import { type Exposure, getHeat, getOverview, type HeatOverview, type HeatReport, type HeatWarning } from './api.ts';
import { HeatLevelBadge } from './heat-level.tsx';
import './heat.css';

type OverviewItem = HeatOverview['items'][number];

function timeOfDay(value: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Taipei' }).format(new Date(value));
}

function WarningNotice({ warning }: { warning: HeatWarning }) {
  const { t, formatDateTime } = useI18n();
  return (
    <Alert tone="warning" title={t('heat.warning.title', { level: warning.level })}>
      {warning.messages.length ? (
        <ul>
          {warning.messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
      {warning.text ? <p lang={warning.textLocale ? htmlLang[warning.textLocale] : undefined}>{warning.text}</p> : null}
      <p className="small">{t('heat.warning.valid_until', { time: formatDateTime(warning.validUntil) })}</p>
    </Alert>
  );
}

function sourceText(
  report: HeatReport,
  t: (key: string, params?: Record<string, string | number>) => string,
  station: (name: string) => string,
): string {
  if (report.source === 'staff') return t('heat.source.staff');
  if (report.basis === 'forecast') return t('heat.source.forecast');
  return report.station ? t('heat.source.station', { station: station(report.station.name) }) : t('heat.source.cwa');
}

/** The CWA's heat-injury words (data-formats.md §2), translated; a word the CWA adds later stays Chinese, marked so. */
const cwaWarningWords: Record<string, string> = { 注意: 'caution', 警戒: 'alert', 危險: 'danger', 高危險: 'high-danger' };

function CwaWarningWord({ word }: { word: string }) {
  const { t } = useI18n();
  const known = cwaWarningWords[word];
  return known ? <span>（{t(`heat.cwa_warning.${known}`)}）</span> : <span lang="zh-Hant-TW">（{word}）</span>;
}

function Report({ report }: { report: HeatReport }) {
  const { t, locale, formatNumber, formatDateTime } = useI18n();
  const city = useCity();
  const number = (value: number) => formatNumber(value);
  return (
    <section className="section heat-report" aria-labelledby="heat-now">
      <h2 id="heat-now">{t('heat.now.title', { district: placeName({ name: report.district, nameEn: report.districtNameEn }, locale) })}</h2>
      {report.warnings.map((warning) => (
        <WarningNotice key={warning.id} warning={warning} />
      ))}
      {report.level === null ? (
        <Alert tone="info">{t('heat.now.no_data')}</Alert>
      ) : (
        <>
          <div className="heat-now">
            <HeatLevelBadge level={report.level} />
            <p className="heat-now__index">
              {t('heat.now.heat_index', { value: number(report.heatIndexC ?? 0) })}
            </p>
          </div>
          {report.levelText ? <p>{report.levelText}</p> : null}
          <dl className="summary heat-facts">
            <dt>{t('heat.now.temperature')}</dt>
            <dd>{t('heat.now.celsius', { value: number(report.temperatureC ?? 0) })}</dd>
            <dt>{t('heat.now.humidity')}</dt>
            <dd>{t('heat.now.percent', { value: number(report.relativeHumidity ?? 0) })}</dd>
            <dt>{t('heat.now.as_of')}</dt>
            <dd>
              {report.observedAt ? formatDateTime(report.observedAt) : ''}
              <span className="muted"> · {sourceText(report, t, (name) => stationName(name, city, locale))}</span>
            </dd>
            <dt>{t('heat.peak.title')}</dt>
            <dd>
              {report.forecastPeak ? (
                <>
                  {t('heat.peak.text', {
                    time: timeOfDay(report.forecastPeak.at, locale),
                    value: number(report.forecastPeak.heatIndexC),
                  })}{' '}
                  <HeatLevelBadge level={report.forecastPeak.level} />
                </>
              ) : (
                t('heat.peak.none')
              )}
            </dd>
            {report.cwaHeatInjury?.index != null ? (
              <>
                <dt>{t('heat.now.cwa_index')}</dt>
                <dd>
                  {number(report.cwaHeatInjury.index)}
                  {report.cwaHeatInjury.warning ? <CwaWarningWord word={report.cwaHeatInjury.warning} /> : null}
                </dd>
              </>
            ) : null}
          </dl>
          {report.source === 'recorded' ? <p className="notice small">{t('heat.source.recorded')}</p> : null}
          {report.stale ? (
            <Alert tone="warning" title={t('heat.stale.title')}>
              <p>{t('heat.stale.text')}</p>
            </Alert>
          ) : null}
        </>
      )}
      {report.precautions.length ? (
        <section className="section" aria-labelledby="heat-precautions">
          <h2 id="heat-precautions">{t('heat.precautions.title')}</h2>
          <ul className="checklist heat-precautions">
            {report.precautions.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

/**
 * What the worker can do (the precautions above are the employer's duties). Sources: the Health Promotion
 * Administration's advice to outdoor workers (drink before thirst, light clothing, watch for symptoms) and
 * the OSHA guideline 高氣溫戶外作業勞工熱危害預防指引 (108年1月28日勞職授字第10802000051號函) for what the
 * employer must provide. No figures are given: neither source sets one for the worker.
 */
function WorkerAdvice() {
  const { t } = useI18n();
  return (
    <section className="section heat-worker" aria-labelledby="heat-worker">
      <h2 id="heat-worker">{t('heat.worker.title')}</h2>
      <ul className="checklist">
        <li>{t('heat.worker.water')}</li>
        <li>{t('heat.worker.clothing')}</li>
        <li>{t('heat.worker.symptoms')}</li>
      </ul>
      <p>{t('heat.worker.rights')}</p>
      <p className="heat-worker__actions">
        <Link href="/complaints">{t('heat.worker.complain')}</Link>
        <a href="tel:1955">{t('home.urgent.call')}</a>
      </p>
      <p className="small muted">{t('heat.worker.source')}</p>
    </section>
  );
}

/** 戶外熱指數查詢及相關應注意事項: a district's heat index, level, today's peak, precautions and warnings. */
export function HeatPage() {
  const { t, locale, formatNumber } = useI18n();
  const city = useCity();
  const { search } = useLocation();
  const district = search.get('district') ?? '';
  const [exposure, setExposure] = useState<Exposure>({ directSun: false, heavyClothing: false });
  const exposureHintId = useId();
  const report = useQuery({
    queryKey: ['heat-page', 1, district, exposure.directSun, exposure.heavyClothing, locale],
    queryFn: ({ signal }) => (district ? getHeat(district, exposure, locale, signal) : Promise.resolve(null)),
  });
  const overview = useQuery({ queryKey: ['heat-page', 2], queryFn: ({ signal }) => getOverview(signal) });
  const choose = (code: string) => {
    navigate(code ? `/heat?district=${encodeURIComponent(code)}` : '/heat', { replace: true });
    if (code) trackToolUse('heat-lookup');
  };
  const options = [
    { value: '', label: t('heat.pick.placeholder') },
    ...(city?.districts ?? []).map((d) => ({ value: d.townCode, label: placeName(d, locale) })),
  ];
  const selected = city?.districts.find((d) => d.townCode === district || d.name === district)?.townCode ?? district;
  const columns: Column<OverviewItem>[] = [
    { key: 'district', header: t('heat.overview.district'), render: (d) => (locale === 'zh-TW' ? d.district : d.districtNameEn) },
    { key: 'level', header: t('heat.overview.level'), render: (d) => <HeatLevelBadge level={d.level} /> },
    {
      key: 'index',
      header: t('heat.overview.heat_index'),
      isNumeric: true,
      render: (d) => (d.heatIndexC === null ? '' : t('heat.now.celsius', { value: formatNumber(d.heatIndexC) })),
    },
    {
      key: 'warning',
      header: t('heat.overview.warning'),
      render: (d) => (d.warningLevel ? t('heat.overview.warning_level', { level: d.warningLevel }) : ''),
    },
  ];
  return (
    <Page title={t('heat.title')} siteName={t('common.site_name')} lead={<p>{t('heat.lead')}</p>}>
      <form className="form" onSubmit={(event) => event.preventDefault()} aria-label={t('heat.pick.label')}>
        <SelectField
          label={t('heat.pick.district')}
          name="district"
          options={options}
          value={selected}
          onChange={(event) => choose(event.target.value)}
        />
        <fieldset className="fieldset" aria-describedby={exposureHintId}>
          <legend className="fieldset__legend">{t('heat.exposure.legend')}</legend>
          <p className="field__hint" id={exposureHintId}>
            {t('heat.exposure.hint')}
          </p>
          <div className="checkboxes">
            <label className="checkbox">
              <input
                type="checkbox"
                name="directSun"
                checked={exposure.directSun}
                onChange={(event) => setExposure({ ...exposure, directSun: event.target.checked })}
              />
              <span>{t('heat.exposure.direct_sun')}</span>
            </label>
            <label className="checkbox">
              <input
                type="checkbox"
                name="heavyClothing"
                checked={exposure.heavyClothing}
                onChange={(event) => setExposure({ ...exposure, heavyClothing: event.target.checked })}
              />
              <span>{t('heat.exposure.heavy_clothing')}</span>
            </label>
          </div>
        </fieldset>
      </form>
      <ProblemAlert error={report.error} />
      {district && report.isLoading ? <Loading label={t('common.loading')} /> : null}
      {report.data ? <Report report={report.data} /> : null}
      {!district ? <p className="notice">{t('heat.pick.prompt')}</p> : null}
      <WorkerAdvice />
      <section className="section" aria-labelledby="heat-overview">
        <h2 id="heat-overview">{t('heat.overview.title')}</h2>
        <ProblemAlert error={overview.error} />
        {overview.data ? (
          <>
            {/* On a phone, one card per district: four columns of Thai or Vietnamese do not fit 358 px. */}
            {overview.data.items.length ? (
              <ul className="heat-cards" aria-label={t('heat.overview.caption')}>
                {overview.data.items.map((d) => (
                  <li key={d.districtCode} className="heat-card">
                    <p className="heat-card__district">{columns[0]?.render(d)}</p>
                    <HeatLevelBadge level={d.level} />
                    <dl className="heat-card__facts">
                      {d.heatIndexC === null ? null : (
                        <div>
                          <dt>{t('heat.overview.heat_index')}</dt>
                          <dd>{t('heat.now.celsius', { value: formatNumber(d.heatIndexC) })}</dd>
                        </div>
                      )}
                      {d.warningLevel ? (
                        <div>
                          <dt>{t('heat.overview.warning')}</dt>
                          <dd>{t('heat.overview.warning_level', { level: d.warningLevel })}</dd>
                        </div>
                      ) : null}
                    </dl>
                  </li>
                ))}
              </ul>
            ) : null}
            <div className="heat-table">
              <DataTable
                caption={t('heat.overview.caption')}
                columns={columns}
                rows={overview.data.items}
                rowKey={(d) => d.districtCode}
                empty={t('heat.overview.empty')}
              />
            </div>
          </>
        ) : null}
      </section>
      <section className="section help" aria-labelledby="heat-about">
        <h2 id="heat-about">{t('heat.about.title')}</h2>
        <p>{t('heat.about.method')}</p>
        <p>{t('heat.about.limits')}</p>
      </section>
    </Page>
  );
}
