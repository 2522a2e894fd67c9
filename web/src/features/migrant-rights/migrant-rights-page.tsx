/**
 * /foreign-workers (issue 10 §4): a foreign worker's rights at work, in the five languages, each rule with
 * its article. The figures come from the rules package (the minimum wage in force from the published rates,
 * the working-time limits), so the page and the calculators never disagree. It works offline like the
 * calculators: its chunk and words are precached, and the rates and the city file are kept by the service
 * worker after the first visit, with the consultation centre's lines and hours and the Q&A list.
 *
 * Home care workers and domestic helpers employed by a household are outside the Labor Standards Act (and
 * so the Minimum Wage Act, Art. 3), which the page says before any rule that depends on it.
 */
import { rateOn, REGULAR_DAILY_HOURS, WORKING_TIME_LIMITS } from '#labor-rules';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { isLocale } from '../../../../src/shared/i18n/locales.ts';
import { Link, navigate, useLocation } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Page } from '../../ui/page.tsx';
import { UrgentHelp } from '../../ui/urgent-help.tsx';
import { searchQa } from '../content/api.ts';
import { QaArticle } from '../content/qa-page.tsx';
import { useCity } from '../reference-data/city.ts';
import { PeriodSource } from '../rates/rates-used.tsx';
import { useRateTables } from '../rates/use-rates.ts';
import { getCentre } from './api.ts';
import { CentreContacts, lsa, Rule } from './rights-parts.tsx';
import './migrant-rights.css';

// Official pages the rules point to; the fee amounts are read there, never copied here.
const FEE_STANDARD_URL = 'https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=N0090028';
const MOL_DOMESTIC_WORKERS_URL = 'https://english.mol.gov.tw/homeinfo/7040/7741/';

const sections = ['coverage', 'wage', 'rest', 'overtime', 'documents', 'fees', 'heat', 'help', 'centre', 'qa'] as const;

/** Today's date where the bureau is: the minimum wage in force is the one of the bureau's day. */
function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** A printed leaflet or QR code can open the page in the worker's language: /foreign-workers?lang=vi. */
function useLanguageFromLink() {
  const { locale, setLocale } = useI18n();
  const { search } = useLocation();
  const wanted = search.get('lang');
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    if (isLocale(wanted) && wanted !== locale) void setLocale(wanted);
    if (wanted !== null) navigate(`/foreign-workers${window.location.hash}`, { replace: true });
  }, [wanted, locale, setLocale]);
}

function MinimumWage() {
  const { t, formatMoney, formatPlainDate } = useI18n();
  const city = useCity();
  const { tables, origin } = useRateTables();
  const rate = rateOn(tables.minimumWages, todayIn(city?.bureau.timeZone ?? 'Asia/Taipei'));
  return (
    <section className="section" aria-labelledby="wage">
      <h2 id="wage">{t('migrant-rights.wage.title')}</h2>
      {rate ? (
        <p className="rights-figure">
          {t('migrant-rights.wage.amount', { from: formatPlainDate(rate.effectiveFrom), monthly: formatMoney(rate.monthly), hourly: formatMoney(rate.hourly) })}
        </p>
      ) : (
        <p className="notice">{t('migrant-rights.wage.none')}</p>
      )}
      <ul className="rights-rules">
        <Rule basis={[{ law: 'minimumWageAct', article: '4' }, { law: 'minimumWageAct', article: '5' }]}>{t('migrant-rights.wage.rule')}</Rule>
      </ul>
      {rate ? (
        <p className="small muted">
          <PeriodSource period={rate} />
        </p>
      ) : null}
      {origin === 'built-in' ? <p className="small muted">{t('rates.used.built_in_only')}</p> : null}
    </section>
  );
}

/**
 * The bureau's own Q&A for foreign workers (the content module: staff write and translate them), folded
 * like on /qa. Offline it shows the copy the service worker kept; with none, the section says where to look.
 */
function Questions() {
  const { t, locale } = useI18n();
  const items = useQuery({
    queryKey: ['foreign-workers-qa', locale],
    queryFn: ({ signal }) => searchQa({ q: '', category: 'migrant-workers', lang: locale }, signal),
  });
  return (
    <section className="section" aria-labelledby="qa">
      <h2 id="qa">{t('migrant-rights.qa.title')}</h2>
      {items.data?.items.length ? (
        <ul className="qa-list">
          {items.data.items.map((item) => (
            <QaArticle key={item.id} item={item} />
          ))}
        </ul>
      ) : null}
      {items.isError ? <p className="notice">{t('migrant-rights.qa.unavailable')}</p> : null}
      <p>
        <Link href="/qa?category=migrant-workers">{t('migrant-rights.qa.all')}</Link>
      </p>
    </section>
  );
}

export function MigrantRightsPage() {
  const { t } = useI18n();
  const centre = useQuery({ queryKey: ['foreign-workers-centre'], queryFn: ({ signal }) => getCentre(signal) });
  useLanguageFromLink();
  const limits = WORKING_TIME_LIMITS;
  return (
    <Page title={t('migrant-rights.title')} siteName={t('common.site_name')} lead={<p>{t('migrant-rights.lead')}</p>}>
      <UrgentHelp
        id="rights-urgent"
        title={t('migrant-rights.urgent.title')}
        actions={[
          { href: 'tel:1955', label: t('home.urgent.call'), text: t('home.urgent.call_text') },
          { href: '/complaints', label: t('home.urgent.complaint'), text: t('migrant-rights.help.form') },
        ]}
      />

      <nav className="rights-contents" aria-labelledby="rights-contents">
        <h2 id="rights-contents">{t('migrant-rights.contents')}</h2>
        <ul>
          {sections.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{id === 'centre' ? t('home.urgent.centre') : t(`migrant-rights.${id}.title`)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section className="section" aria-labelledby="coverage">
        <h2 id="coverage">{t('migrant-rights.coverage.title')}</h2>
        <ul className="rights-rules">
          <Rule basis={[lsa('3')]}>{t('migrant-rights.coverage.business')}</Rule>
          <Rule basis={[lsa('3', 3), { law: 'minimumWageAct', article: '3' }]}>{t('migrant-rights.coverage.household')}</Rule>
        </ul>
        <p className="small muted">
          <a href={MOL_DOMESTIC_WORKERS_URL} rel="noopener noreferrer" target="_blank">
            {t('migrant-rights.coverage.household_source')}
          </a>
        </p>
        <p>{t('migrant-rights.coverage.everyone')}</p>
      </section>

      <MinimumWage />

      <section className="section" aria-labelledby="rest">
        <h2 id="rest">{t('migrant-rights.rest.title')}</h2>
        <ul className="rights-rules">
          <Rule basis={[lsa('30', 1)]}>{t('migrant-rights.hours.regular', { daily: REGULAR_DAILY_HOURS, weekly: limits.normalWeeklyHours })}</Rule>
          <Rule basis={[lsa('36', 1)]}>{t('migrant-rights.rest.two_days')}</Rule>
          <Rule basis={[lsa('40')]}>{t('migrant-rights.rest.regular_day_off')}</Rule>
          <Rule basis={[lsa('24', 2)]}>{t('migrant-rights.rest.rest_day')}</Rule>
        </ul>
      </section>

      <section className="section" aria-labelledby="overtime">
        <h2 id="overtime">{t('migrant-rights.overtime.title')}</h2>
        <ul className="rights-rules">
          <Rule basis={[lsa('24', 1)]}>{t('migrant-rights.overtime.workday_pay')}</Rule>
          <Rule basis={[lsa('24', 2)]}>{t('migrant-rights.overtime.rest_day_pay')}</Rule>
          <Rule basis={[lsa('32', 2)]}>
            {t('migrant-rights.overtime.limits', {
              daily: limits.maxDailyHours,
              monthly: limits.monthlyOvertime,
              monthlyWithConsent: limits.monthlyOvertimeWithConsent,
              threeMonths: limits.threeMonthOvertimeWithConsent,
            })}
          </Rule>
        </ul>
        <p className="rights-links">
          <Link href="/calculators/overtime-pay">{t('migrant-rights.overtime.calculator')}</Link>
          <Link href="/hours-log">{t('migrant-rights.overtime.hours_log')}</Link>
        </p>
      </section>

      <section className="section" aria-labelledby="documents">
        <h2 id="documents">{t('migrant-rights.documents.title')}</h2>
        <ul className="rights-rules">
          <Rule basis={[{ law: 'employmentServiceAct', article: '57', subparagraph: 8 }]}>{t('migrant-rights.documents.rule')}</Rule>
        </ul>
        <p>{t('migrant-rights.documents.help')}</p>
      </section>

      <section className="section" aria-labelledby="fees">
        <h2 id="fees">{t('migrant-rights.fees.title')}</h2>
        <ul className="rights-rules">
          <Rule basis={[{ law: 'privateEmploymentAgencyFeeStandard', article: '6' }]}>{t('migrant-rights.fees.rule')}</Rule>
          <Rule basis={[{ law: 'employmentServiceAct', article: '40', paragraph: 1, subparagraph: 5 }]}>{t('migrant-rights.fees.forbidden')}</Rule>
        </ul>
        <p>
          {t('migrant-rights.fees.official')}{' '}
          <a href={FEE_STANDARD_URL} rel="noopener noreferrer" target="_blank">
            {t('migrant-rights.fees.official_link')}
          </a>
        </p>
      </section>

      <section className="section" aria-labelledby="heat">
        <h2 id="heat">{t('migrant-rights.heat.title')}</h2>
        <ul className="checklist">
          <li>{t('heat.worker.water')}</li>
          <li>{t('heat.worker.clothing')}</li>
          <li>{t('heat.worker.symptoms')}</li>
        </ul>
        <p>{t('heat.worker.rights')}</p>
        <p>
          <Link href="/heat">{t('migrant-rights.heat.link')}</Link>
        </p>
        <p className="small muted">{t('heat.worker.source')}</p>
      </section>

      <section className="section" aria-labelledby="help">
        <h2 id="help">{t('migrant-rights.help.title')}</h2>
        <h3>
          <a href="tel:1955">{t('home.urgent.call')}</a>
        </h3>
        <p>{t('home.urgent.call_text')}</p>
        <p className="small muted">{t('migrant-rights.help.hotline_source')}</p>
        <h3>
          <Link href="/complaints">{t('home.urgent.complaint')}</Link>
        </h3>
        <p>{t('migrant-rights.help.form')}</p>
        <p>
          <Link href="/complaints/status">{t('migrant-rights.urgent.status')}</Link>
        </p>
      </section>

      <section className="section" aria-labelledby="centre">
        <h2 id="centre">{t('home.urgent.centre')}</h2>
        <p>{t('home.urgent.centre_text')}</p>
        <CentreContacts centre={centre.data} isUnavailable={centre.isError} />
      </section>

      <Questions />
    </Page>
  );
}
