import { useQuery } from '@tanstack/react-query';
import { createVacancyRequest } from '../../../../src/modules/employment/employment.contract.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { FormSelect, FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { getOccupations } from '../employment/api.ts';
import { localName, useCity } from '../reference-data/city.ts';
import type { OwnVacancyRequest } from './api.ts';

type Values = {
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

const number = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));
// The contract needs an employer; the server puts the account's own in its place.
const schema = createVacancyRequest;
const placeholderEmployer = '00000000-0000-4000-8000-000000000000';

/** An employer's posting: the same contract as the officers'; the server screens it and holds it. */
export function EmployerVacancyForm({ onPost }: { onPost: (request: OwnVacancyRequest) => Promise<void> }) {
  const { t, locale } = useI18n();
  const city = useCity();
  const occupations = useQuery({ queryKey: ['occupations'], queryFn: ({ signal }) => getOccupations(signal), staleTime: Infinity });
  const form = useContractForm<Values, typeof schema>({
    schema,
    defaultValues: { occupationCode: '', title: '', description: '', requirements: '', districtCode: '', wageType: 'monthly', wageMin: '', wageMax: '', employmentType: 'full-time', expiresOn: '' },
    toRequest: (v) => ({
      employerId: placeholderEmployer,
      occupationCode: v.occupationCode,
      title: v.title.trim(),
      description: v.description.trim(),
      requirements: v.requirements.trim(),
      districtCode: v.districtCode,
      wage: { type: v.wageType, min: number(v.wageMin), ...(v.wageMax.trim() ? { max: number(v.wageMax) } : {}) },
      employmentType: v.employmentType,
      expiresOn: v.expiresOn,
    }),
    messages: { 'wage.min': t('employment.new.wage_invalid') },
  });
  const choose = t('employment.new.choose');
  return (
    <KitForm
      form={form}
      label={t('employer-self.post.title')}
      submitLabel={t('employer-self.post.submit')}
      onSubmit={async (request) => {
        const { employerId: _own, ...body } = request;
        await onPost(body as OwnVacancyRequest);
        form.reset();
      }}
    >
      <FormSelect
        form={form}
        name="occupationCode"
        label={t('employment.fields.occupation')}
        hint={t('employment.new.occupation_hint')}
        options={[{ value: '', label: choose }, ...(occupations.data?.items ?? []).map((o) => ({ value: o.code, label: `${o.code} ${locale === 'zh-TW' ? o.name : o.nameEn}` }))]}
      />
      <FormText form={form} name="title" label={t('employment.fields.title')} maxLength={100} />
      <FormTextArea form={form} name="description" label={t('employment.fields.description')} />
      <FormTextArea form={form} name="requirements" label={t('employment.fields.requirements')} hint={t('employer-self.post.requirements_hint')} />
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
    </KitForm>
  );
}
