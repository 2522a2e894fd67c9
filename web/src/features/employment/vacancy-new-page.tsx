import { useQuery } from '@tanstack/react-query';
import { createVacancyRequest } from '../../../../src/modules/employment/employment.contract.ts';
import { Link, navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { FormSelect, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { createVacancy, type CreateVacancy, getEmployerChoices } from './api.ts';
import { blankVacancy, VacancyFields, type VacancyFormValues, vacancyRequestOf } from './vacancy-fields.tsx';

/** Post a vacancy. The server refuses a wage below the minimum wage and screens the text; the detail page shows the hits. */
export function VacancyNewPage() {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const employers = useQuery({ queryKey: ['employer-choices'], queryFn: ({ signal }) => getEmployerChoices(signal) });
  const form = useContractForm<VacancyFormValues, typeof createVacancyRequest>({
    schema: createVacancyRequest,
    defaultValues: blankVacancy,
    toRequest: vacancyRequestOf,
    messages: { 'wage.min': t('employment.new.wage_invalid') },
  });
  const submit = async (body: CreateVacancy) => {
    const created = await createVacancy(body, csrfToken);
    navigate(`/staff/vacancies/${created.id}`);
  };
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
          options={[{ value: '', label: t('employment.new.choose') }, ...(employers.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))]}
        />
        <VacancyFields form={form} requirementsHint={t('employment.new.requirements_hint')} />
      </KitForm>
    </Page>
  );
}
