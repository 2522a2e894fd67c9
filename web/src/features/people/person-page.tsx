import { useState } from 'react';
import { isLocale } from '../../../../src/shared/i18n/locales.ts';
import { useHistoryState } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { DetailPage, RevealSection, SummaryList } from '../../ui/detail-page.tsx';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { nativeLanguageNames } from '../settings/language-select.tsx';
import { getPerson, type PersonRecord, type PersonSummary } from './api.ts';
import { specialGroups } from './person-new-page.tsx';

/** What the list or the registration form hands over in the history entry (never in the URL). */
export type PersonPageState = { masked?: PersonSummary; justRegistered?: boolean };

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
        <SummaryList
          items={[
            { label: t('people.fields.disability_level'), value: t(`people.disability.${person.sensitive.disabilityLevel ?? 'none'}`) },
            {
              label: t('people.fields.special_groups'),
              value: person.sensitive.specialGroups.length
                ? person.sensitive.specialGroups.map((group) => groupLabel(group)).join(t('common.list_separator'))
                : t('people.detail.none'),
            },
            { label: t('people.fields.health_notes'), value: person.sensitive.healthNotes ?? t('people.detail.none') },
          ]}
        />
      )}
    </section>
  );
}

/**
 * A person's record: the masked summary first (from the list), the full record after "show", which the
 * server writes to the audit trail. Right after registering, the officer sees what they typed in.
 */
export function PersonPage({ id }: { id: string }) {
  const { t, formatPlainDate } = useI18n();
  const districtName = useDistrictName();
  const state = useHistoryState<PersonPageState>();
  const [full, setFull] = useState<PersonRecord>();
  const masked = state?.masked;
  const none = t('people.detail.none');
  return (
    <DetailPage
      title={full?.name ?? masked?.name ?? t('people.detail.title')}
      documentTitle={t('people.detail.title')}
      back={{ href: '/staff/people', label: t('people.detail.back') }}
    >
      <RevealSection
        title={t('people.detail.basic_title')}
        queryKey={['person', id]}
        reveal={(signal) => getPerson(id, signal)}
        autoReveal={state?.justRegistered ?? false}
        onRevealed={setFull}
        showLabel={t('people.detail.show')}
        warning={t('people.detail.show_warning')}
        loggedNotice={t('people.detail.audit_notice')}
        masked={
          masked
            ? [
                { label: t('people.fields.name'), value: masked.name },
                { label: t('people.fields.id_number'), value: masked.idNumber },
                { label: t('people.fields.phone'), value: masked.phone ?? none },
                { label: t('people.fields.district'), value: masked.districtCode ? districtName(masked.districtCode) : none },
              ]
            : null
        }
        render={(p) => (
          <>
            <SummaryList
              items={[
                { label: t('people.fields.name'), value: p.name },
                {
                  label: t('people.fields.id_number'),
                  value: (
                    <>
                      {p.idNumber} <span className="muted">({t(`people.id_kind.${p.idKind}`)})</span>
                    </>
                  ),
                },
                { label: t('people.fields.birth_date'), value: p.birthDate ? formatPlainDate(p.birthDate) : none },
                { label: t('people.fields.phone'), value: p.phone ?? none },
                { label: t('people.fields.email'), value: p.email ?? none },
                { label: t('people.fields.district'), value: p.districtCode ? districtName(p.districtCode) : none },
                { label: t('people.fields.preferred_locale'), value: isLocale(p.preferredLocale) ? nativeLanguageNames[p.preferredLocale] : p.preferredLocale },
              ]}
            />
            <Sensitive person={p} />
          </>
        )}
      />
    </DetailPage>
  );
}
