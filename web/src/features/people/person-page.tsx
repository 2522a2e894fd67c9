import { Loading } from '../../ui/loading.tsx';
import { Link } from '../../app/router.tsx';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { nativeLanguageNames } from '../settings/language-select.tsx';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { isLocale } from '../../../../src/shared/i18n/locales.ts';
import { getPerson, type PersonRecord } from './api.ts';
import { specialGroups } from './person-new-page.tsx';

function Sensitive({ person }: { person: PersonRecord }) {
  const { t } = useI18n();
  // Codes from another source (an import, an older release) are shown as they are rather than hidden.
  const groupLabel = (group: string) =>
    (specialGroups as readonly string[]).includes(group) ? t(`people.special_group.${group}`) : group;
  if (person.sensitive === undefined) return null;
  return (
    <section className="section" aria-labelledby="person-sensitive">
      <h2 id="person-sensitive">{t('people.detail.sensitive_title')}</h2>
      {person.sensitive === null ? (
        <p>{t('people.detail.sensitive_none')}</p>
      ) : (
        <dl className="summary">
          <dt>{t('people.fields.disability_level')}</dt>
          <dd>{t(`people.disability.${person.sensitive.disabilityLevel ?? 'none'}`)}</dd>
          <dt>{t('people.fields.special_groups')}</dt>
          <dd>{person.sensitive.specialGroups.length ? person.sensitive.specialGroups.map((group) => groupLabel(group)).join(t('common.list_separator')) : t('people.detail.none')}</dd>
          <dt>{t('people.fields.health_notes')}</dt>
          <dd>{person.sensitive.healthNotes ?? t('people.detail.none')}</dd>
        </dl>
      )}
    </section>
  );
}

/** A person's full record. Opening it writes an entry to the audit trail, and the page says so. */
export function PersonPage({ id }: { id: string }) {
  const { t, formatPlainDate } = useI18n();
  const districtName = useDistrictName();
  const person = useQuery({ queryKey: ['person-page', 1, id], queryFn: ({ signal }) => getPerson(id, signal) });
  const p = person.data;
  const none = t('people.detail.none');
  return (
    <Page title={p ? p.name : t('people.detail.title')} documentTitle={t('people.detail.title')} siteName={t('staff-auth.site_name')}>
      <p>
        <Link href="/staff/people">{t('people.detail.back')}</Link>
      </p>
      <Alert tone="info">{t('people.detail.audit_notice')}</Alert>
      <ProblemAlert error={person.error} />
      {person.isLoading ? <Loading label={t('common.loading')} /> : null}
      {p ? (
        <>
          <section className="section" aria-labelledby="person-basic">
            <h2 id="person-basic">{t('people.detail.basic_title')}</h2>
            <dl className="summary">
              <dt>{t('people.fields.name')}</dt>
              <dd>{p.name}</dd>
              <dt>{t('people.fields.id_number')}</dt>
              <dd>
                {p.idNumber} <span className="muted">({t(`people.id_kind.${p.idKind}`)})</span>
              </dd>
              <dt>{t('people.fields.birth_date')}</dt>
              <dd>{p.birthDate ? formatPlainDate(p.birthDate) : none}</dd>
              <dt>{t('people.fields.phone')}</dt>
              <dd>{p.phone ?? none}</dd>
              <dt>{t('people.fields.email')}</dt>
              <dd>{p.email ?? none}</dd>
              <dt>{t('people.fields.district')}</dt>
              <dd>{p.districtCode ? districtName(p.districtCode) : none}</dd>
              <dt>{t('people.fields.preferred_locale')}</dt>
              <dd>{isLocale(p.preferredLocale) ? nativeLanguageNames[p.preferredLocale] : p.preferredLocale}</dd>
            </dl>
          </section>
          <Sensitive person={p} />
        </>
      ) : null}
    </Page>
  );
}
