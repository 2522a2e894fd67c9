/**
 * /staff/migrant-centre: the consultation centre's telephone lines and opening hours as the public foreign
 * workers page shows them (issue 10 §4). For the migrant-workers supervisor. A save carries the version it
 * was made from, so a second editor's save is refused (409) instead of silently replacing the first.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useFieldArray } from 'react-hook-form';
import { locales } from '../../../../src/shared/i18n/locales.ts';
import { centreContactsUpdate, weekdays } from '../../../../src/modules/migrant-workers/centre.contract.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { CheckboxGroup } from '../../ui/form-field.tsx';
import { fieldId, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { type CentreContactsStaff, type CentreContactsUpdate, getStaffCentre, saveCentre } from './api.ts';
import { languageName, weekdayName } from './rights-parts.tsx';

type Values = {
  phones: { number: string; languages: string[] }[];
  hours: { days: string[]; opens: string; closes: string }[];
  version: number;
};

const valuesOf = (centre: CentreContactsStaff): Values => ({
  phones: centre.phones.map((phone) => ({ number: phone.number, languages: [...phone.languages] })),
  hours: centre.hours.map((row) => ({ days: [...row.days], opens: row.opens, closes: row.closes })),
  version: centre.version,
});

function CentreForm({ centre, onSaved }: { centre: CentreContactsStaff; onSaved: (saved: CentreContactsStaff) => void }) {
  const { t, locale } = useI18n();
  const { csrfToken } = useStaff();
  // The contract's limits: 20 lines and 14 rows of hours; each row's wrong value worded for what it is.
  const messages = Object.fromEntries([
    ...Array.from({ length: 20 }, (_, i) => [`phones.${i}.number`, t('migrant-rights.staff.number_invalid')]),
    ...Array.from({ length: 14 }, (_, i) => [`hours.${i}.closes`, t('migrant-rights.staff.closes_after')]),
  ]);
  const form = useContractForm<Values, typeof centreContactsUpdate>({ schema: centreContactsUpdate, defaultValues: valuesOf(centre), messages });
  const phones = useFieldArray({ control: form.control, name: 'phones' });
  const hours = useFieldArray({ control: form.control, name: 'hours' });
  const submit = async (request: CentreContactsUpdate) => onSaved(await saveCentre(request, csrfToken));
  const languageOptions = locales.map((code) => ({ value: code, label: languageName(code, locale) }));
  const dayOptions = weekdays.map((day) => ({ value: day, label: weekdayName(day, locale) }));
  return (
    <KitForm form={form} label={t('migrant-rights.staff.title')} submitLabel={t('migrant-rights.staff.save')} onSubmit={submit}>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('migrant-rights.centre.phones')}</legend>
        {phones.fields.length === 0 ? <p className="muted">{t('migrant-rights.staff.no_phones')}</p> : null}
        {phones.fields.map((row, index) => (
          <div key={row.id} className="centre-row">
            <FormText
              form={form}
              name={`phones.${index}.number`}
              label={t('migrant-rights.staff.number', { n: index + 1 })}
              hint={t('migrant-rights.staff.number_hint')}
              type="tel"
              inputMode="tel"
              autoComplete="off"
            />
            <Controller
              control={form.control}
              name={`phones.${index}.languages`}
              render={({ field, fieldState }) => (
                <CheckboxGroup
                  id={fieldId(`phones.${index}.languages`)}
                  legend={t('migrant-rights.staff.phone_languages', { n: index + 1 })}
                  error={fieldState.error?.message}
                  name={field.name}
                  options={languageOptions}
                  selected={field.value}
                  onChange={field.onChange}
                />
              )}
            />
            <Button variant="secondary" onClick={() => phones.remove(index)}>
              {t('migrant-rights.staff.remove_phone', { n: index + 1 })}
            </Button>
          </div>
        ))}
        <div className="button-row">
          <Button variant="secondary" onClick={() => phones.append({ number: '', languages: [] })}>
            {t('migrant-rights.staff.add_phone')}
          </Button>
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('migrant-rights.centre.hours')}</legend>
        {hours.fields.length === 0 ? <p className="muted">{t('migrant-rights.staff.no_hours')}</p> : null}
        {hours.fields.map((row, index) => (
          <div key={row.id} className="centre-row">
            <Controller
              control={form.control}
              name={`hours.${index}.days`}
              render={({ field, fieldState }) => (
                <CheckboxGroup
                  id={fieldId(`hours.${index}.days`)}
                  legend={t('migrant-rights.staff.days', { n: index + 1 })}
                  error={fieldState.error?.message}
                  name={field.name}
                  options={dayOptions}
                  selected={field.value}
                  onChange={field.onChange}
                />
              )}
            />
            <div className="field-row field-row--2">
              <FormText form={form} name={`hours.${index}.opens`} label={t('migrant-rights.staff.opens', { n: index + 1 })} type="time" />
              <FormText form={form} name={`hours.${index}.closes`} label={t('migrant-rights.staff.closes', { n: index + 1 })} type="time" />
            </div>
            <Button variant="secondary" onClick={() => hours.remove(index)}>
              {t('migrant-rights.staff.remove_hours', { n: index + 1 })}
            </Button>
          </div>
        ))}
        <div className="button-row">
          <Button variant="secondary" onClick={() => hours.append({ days: [], opens: '', closes: '' })}>
            {t('migrant-rights.staff.add_hours')}
          </Button>
        </div>
      </fieldset>
    </KitForm>
  );
}

export function CentreStaffPage() {
  const { t, formatDateTime } = useI18n();
  const queryClient = useQueryClient();
  const centre = useQuery({ queryKey: ['migrant-centre-staff'], queryFn: ({ signal }) => getStaffCentre(signal) });
  const [saved, setSaved] = useState(false);
  const onSaved = (next: CentreContactsStaff) => {
    queryClient.setQueryData(['migrant-centre-staff'], next);
    void queryClient.invalidateQueries({ queryKey: ['foreign-workers-centre'] });
    setSaved(true);
  };
  return (
    <Page title={t('migrant-rights.staff.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('migrant-rights.staff.lead')}</p>}>
      <ProblemAlert error={centre.error} />
      {centre.isPending ? <Loading label={t('common.loading')} /> : null}
      {saved ? <Alert tone="success">{t('migrant-rights.staff.saved')}</Alert> : null}
      {centre.data ? (
        <>
          <p className="muted">
            {centre.data.updatedAt ? t('migrant-rights.staff.updated', { time: formatDateTime(centre.data.updatedAt) }) : t('migrant-rights.staff.never')}{' '}
            <Link href="/foreign-workers#centre">{t('migrant-rights.staff.public_page')}</Link>
          </p>
          {/* A fresh form per saved version, so its fields and the version it sends are the saved ones. */}
          <CentreForm key={centre.data.version} centre={centre.data} onSaved={onSaved} />
        </>
      ) : null}
    </Page>
  );
}
