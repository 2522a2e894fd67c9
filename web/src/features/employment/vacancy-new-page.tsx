import { useQuery } from '@tanstack/react-query';
import { createVacancyRequest } from '../../../../src/modules/employment/employment.contract.ts';
import { navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { FormSelect, FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { Link } from '../../app/router.tsx';
import { localName, useCity } from '../reference-data/city.ts';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { createVacancy, type CreateVacancy, getEmployerChoices, getOccupations } from './api.ts';

type Values = {
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

const blank: Values = {
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

function toRequest(v: Values): CreateVacancy {
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

/** Post a vacancy. The server refuses a wage below the minimum wage and screens the text; the detail page shows the hits. */
export function VacancyNewPage() {
  const { t, locale } = useI18n();
  const { csrfToken } = useStaff();
  const city = useCity();
  const occupations = useQuery({ queryKey: ['occupations'], queryFn: ({ signal }) => getOccupations(signal) });
  const employers = useQuery({ queryKey: ['employer-choices'], queryFn: ({ signal }) => getEmployerChoices(signal) });
  const form = useContractForm<Values, typeof createVacancyRequest>({
    schema: createVacancyRequest,
    defaultValues: blank,
    toRequest,
    messages: { 'wage.min': t('employment.new.wage_invalid') },
  });
  const submit = async (body: CreateVacancy) => {
    const created = await createVacancy(body, csrfToken);
    navigate(`/staff/vacancies/${created.id}`);
  };
  const choose = t('employment.new.choose');
  return (
    <Page title={t('employment.new.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('employment.new.lead')}</p>}>
      <p>
        <Link href="/staff/vacancies">{t('employment.detail.back')}</Link>
      </p>
      <KitForm form={form} label={t('employment.new.title')} submitLabel={t('employment.new.submit')} onSubmit={submit}>
        <FormSelect
          form={form}
          name="employerId"
          label={t('employment.fields.employer')}
          options={[{ value: '', label: choose }, ...(employers.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))]}
        />
        <FormSelect
          form={form}
          name="occupationCode"
          label={t('employment.fields.occupation')}
          hint={t('employment.new.occupation_hint')}
          options={[
            { value: '', label: choose },
            ...(occupations.data?.items ?? []).map((o) => ({ value: o.code, label: `${o.code} ${locale === 'zh-TW' ? o.name : o.nameEn}` })),
          ]}
        />
        <FormText form={form} name="title" label={t('employment.fields.title')} maxLength={100} />
        <FormTextArea form={form} name="description" label={t('employment.fields.description')} />
        <FormTextArea form={form} name="requirements" label={t('employment.fields.requirements')} hint={t('employment.new.requirements_hint')} />
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
    </Page>
  );
}
