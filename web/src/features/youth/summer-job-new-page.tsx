import { useQuery } from '@tanstack/react-query';
import { createSummerJobRequest, householdStatuses } from '../../../../src/modules/youth/youth.contract.ts';
import { Link, navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { getEmployerChoices } from '../employment/api.ts';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { createSummerJob } from './api.ts';

type Values = {
  personIdNumber: string;
  school: string;
  householdStatus: string;
  householdDocument: { number: string; issuedOn: string };
  employerId: string;
  startOn: string;
  endOn: string;
  hours: string;
  hourlyWage: string;
};
const blank: Values = {
  personIdNumber: '',
  school: '',
  householdStatus: '',
  householdDocument: { number: '', issuedOn: '' },
  employerId: '',
  startOn: '',
  endOn: '',
  hours: '',
  hourlyWage: '',
};
const whole = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

/**
 * Place a student: the household status is typed from its certificate (社會救助法 §4, §4-1); the server
 * refuses an hourly wage below the minimum in force on the first day (最低工資法 §5) and says which.
 */
export function SummerJobNewPage() {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const employers = useQuery({ queryKey: ['employer-choices'], queryFn: ({ signal }) => getEmployerChoices(signal) });
  const form = useContractForm<Values, typeof createSummerJobRequest>({
    schema: createSummerJobRequest,
    defaultValues: blank,
    toRequest: (v) => ({
      personIdNumber: v.personIdNumber.trim().toUpperCase(),
      school: v.school.trim(),
      householdStatus: v.householdStatus as (typeof householdStatuses)[number],
      householdDocument: { number: v.householdDocument.number.trim(), issuedOn: v.householdDocument.issuedOn },
      employerId: v.employerId,
      startOn: v.startOn,
      endOn: v.endOn,
      hours: whole(v.hours),
      hourlyWage: whole(v.hourlyWage),
    }),
  });
  const choose = t('youth.public.choose');
  return (
    <Page title={t('youth.summer_jobs.new_title')} siteName={t('staff-auth.site_name')} lead={<p>{t('youth.summer_jobs.new_lead')}</p>}>
      <p>
        <Link href="/staff/youth/summer-jobs">{t('youth.summer_jobs.back')}</Link>
      </p>
      <KitForm
        form={form}
        label={t('youth.summer_jobs.new_title')}
        submitLabel={t('youth.summer_jobs.save')}
        onSubmit={async (request) => {
          await createSummerJob(request, csrfToken);
          navigate('/staff/youth/summer-jobs');
        }}
      >
        <FormText form={form} name="personIdNumber" label={t('youth.fields.id_number')} hint={t('youth.summer_jobs.id_number_hint')} autoComplete="off" autoCapitalize="characters" />
        <FormText form={form} name="school" label={t('youth.fields.school')} maxLength={100} />
        <FormSelect
          form={form}
          name="householdStatus"
          label={t('youth.fields.household_status')}
          hint={t('youth.summer_jobs.household_hint')}
          options={[{ value: '', label: choose }, ...householdStatuses.map((s) => ({ value: s, label: t(`youth.household.${s}`) }))]}
        />
        <FormText form={form} name="householdDocument.number" label={t('youth.fields.document_number')} />
        <FormText form={form} name="householdDocument.issuedOn" label={t('youth.fields.document_issued_on')} type="date" />
        <FormSelect
          form={form}
          name="employerId"
          label={t('youth.fields.host_employer')}
          options={[{ value: '', label: choose }, ...(employers.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))]}
        />
        <FormText form={form} name="startOn" label={t('youth.fields.start_on')} type="date" />
        <FormText form={form} name="endOn" label={t('youth.fields.end_on')} type="date" />
        <FormText form={form} name="hours" label={t('youth.fields.hours')} inputMode="numeric" />
        <FormText form={form} name="hourlyWage" label={t('youth.fields.hourly_wage')} hint={t('youth.summer_jobs.wage_hint')} inputMode="numeric" />
      </KitForm>
    </Page>
  );
}
