/**
 * The fields of a vacancy, shared by the officer's form and the employer's own posting: the same contract
 * (`createVacancyRequest`), the same words, so the two never drift apart.
 */
import type { createVacancyRequest } from '../../../../src/modules/employment/employment.contract.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { type ContractForm, FormSelect, FormText, FormTextArea } from '../../ui/form-page.tsx';
import { localName, useCity } from '../reference-data/city.ts';
import { useOccupationOptions } from './occupations.tsx';

export type VacancyFormValues = {
  employerId: string;
  occupationCode: string;
  title: string;
  description: string;
  requirements: string;
  districtCode: string;
  wageType: 'monthly' | 'hourly';
  wageMin: string;
  wageMax: string;
  employmentType: 'full-time' | 'part-time';
  expiresOn: string;
};

export const blankVacancy: VacancyFormValues = {
  employerId: '',
  occupationCode: '',
  title: '',
  description: '',
  requirements: '',
  districtCode: '',
  wageType: 'monthly',
  wageMin: '',
  wageMax: '',
  employmentType: 'full-time',
  expiresOn: '',
};

const toNumber = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

/** What the fields hold (all strings) as the contract's request body. */
export function vacancyRequestOf(v: VacancyFormValues) {
  return {
    employerId: v.employerId,
    occupationCode: v.occupationCode,
    title: v.title.trim(),
    description: v.description.trim(),
    requirements: v.requirements.trim(),
    districtCode: v.districtCode,
    wage: { type: v.wageType, min: toNumber(v.wageMin), ...(v.wageMax.trim() ? { max: toNumber(v.wageMax) } : {}) },
    employmentType: v.employmentType,
    expiresOn: v.expiresOn,
  };
}

export function VacancyFields({ form, requirementsHint }: { form: ContractForm<VacancyFormValues, typeof createVacancyRequest>; requirementsHint: string }) {
  const { t, locale } = useI18n();
  const city = useCity();
  const occupationOptions = useOccupationOptions([form.watch('occupationCode')]);
  const choose = t('employment.new.choose');
  return (
    <>
      <FormSelect
        form={form}
        name="occupationCode"
        label={t('employment.fields.occupation')}
        hint={t('employment.new.occupation_hint')}
        options={[{ value: '', label: choose }, ...occupationOptions]}
      />
      <FormText form={form} name="title" label={t('employment.fields.title')} maxLength={100} />
      <FormTextArea form={form} name="description" label={t('employment.fields.description')} />
      <FormTextArea form={form} name="requirements" label={t('employment.fields.requirements')} hint={requirementsHint} />
      <FormSelect
        form={form}
        name="districtCode"
        label={t('employment.fields.district')}
        options={[{ value: '', label: choose }, ...(city?.districts ?? []).map((d) => ({ value: d.townCode, label: localName(d, locale) }))]}
      />
      <FormSelect
        form={form}
        name="employmentType"
        label={t('employment.fields.employment_type')}
        options={(['full-time', 'part-time'] as const).map((value) => ({ value, label: t(`employment.employment_type.${value}`) }))}
      />
      <FormSelect
        form={form}
        name="wageType"
        label={t('employment.fields.wage_type')}
        options={(['monthly', 'hourly'] as const).map((value) => ({ value, label: t(`employment.wage_type.${value}`) }))}
      />
      <FormText form={form} name="wageMin" label={t('employment.fields.wage_min')} hint={t('employment.new.wage_hint')} inputMode="numeric" />
      <FormText form={form} name="wageMax" label={t('employment.fields.wage_max')} inputMode="numeric" />
      <FormText form={form} name="expiresOn" label={t('employment.fields.expires_on')} type="date" />
    </>
  );
}
