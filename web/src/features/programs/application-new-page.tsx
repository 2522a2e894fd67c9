import { useQuery } from '@tanstack/react-query';
import { applicationRequest } from '../../../../src/modules/programs/programs.contract.ts';
import { certificateKinds, employmentStates } from '../../../../src/modules/programs/programs.rules.ts';
import { Link, navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { FormDate, FormFieldErrors, FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { type ApplicationRequest, fileApplication, listPrograms } from './api.ts';

type Values = {
  program: string;
  personIdNumber: string;
  employmentState: string;
  employedMonths: string;
  certificate: string;
  months: string;
  costTwd: string;
  specialGroup: string;
  specialGroupConsent: string;
  manualEmployer: string;
  manualStart: string;
  manualEnd: string;
  manualSource: string;
};

const blank: Values = {
  program: '',
  personIdNumber: '',
  employmentState: '',
  employedMonths: '',
  certificate: '',
  months: '',
  costTwd: '',
  specialGroup: '',
  specialGroupConsent: '',
  manualEmployer: '',
  manualStart: '',
  manualEnd: '',
  manualSource: '',
};

const whole = (value: string) => (value.trim() === '' ? undefined : Number(value));

/** The request as the contract describes it: the facts entered from the applicant's papers, empty ones left out. */
function toRequest(v: Values): ApplicationRequest & { program: string } {
  const facts: NonNullable<ApplicationRequest['facts']> = {};
  if (v.employmentState) facts.employmentState = v.employmentState as (typeof employmentStates)[number];
  const employedMonths = whole(v.employedMonths);
  if (employedMonths !== undefined) facts.employedMonths = employedMonths;
  if (v.certificate) facts.certificates = [v.certificate as (typeof certificateKinds)[number]];
  const months = whole(v.months);
  if (months !== undefined) facts.months = months;
  const cost = whole(v.costTwd);
  if (cost !== undefined) facts.costTwd = cost;
  if (v.specialGroup.trim()) facts.specialGroups = [v.specialGroup.trim()];
  // A job outside the city's placements, attached with its source (the youth incentive, ADR 0041).
  if (v.manualEmployer.trim() || v.manualStart || v.manualSource.trim()) {
    facts.manualSpells = [{ employer: v.manualEmployer, start: v.manualStart, end: v.manualEnd || null, source: v.manualSource }];
  }
  return { program: v.program, personIdNumber: v.personIdNumber.trim().toUpperCase(), facts, specialGroupConsent: v.specialGroupConsent === 'yes' };
}

const schema = applicationRequest;

/** A programs officer (the maker) enters an application from the applicant's papers; the result opens next. */
export function ApplicationNewPage() {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const programs = useQuery({ queryKey: ['staff-programs'], queryFn: ({ signal }) => listPrograms(signal) });
  const form = useContractForm<Values, typeof schema>({ schema, defaultValues: blank, toRequest: toRequest as never });
  const persons = (programs.data ?? []).filter((p) => p.applicantKind === 'person');
  return (
    <Page title={t('programs.new.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('programs.new.lead')}</p>}>
      <p>
        <Link href="/staff/programs">{t('programs.back')}</Link>
      </p>
      <ProblemAlert error={programs.error} />
      <KitForm
        form={form}
        label={t('programs.new.title')}
        submitLabel={t('programs.new.submit')}
        onSubmit={async (request) => {
          const program = form.getValues('program');
          if (!program) throw new FormFieldErrors([{ field: 'program', message: t('programs.new.program_required') }]);
          const created = await fileApplication(program, request as ApplicationRequest, csrfToken);
          navigate(`/staff/programs/applications/${created.id}`);
        }}
      >
        <FormSelect
          form={form}
          name="program"
          label={t('programs.columns.program')}
          options={[{ value: '', label: t('programs.new.choose_program') }, ...persons.map((p) => ({ value: p.code, label: p.name }))]}
        />
        <FormText form={form} name="personIdNumber" label={t('programs.new.id_number')} hint={t('programs.new.id_number_hint')} autoComplete="off" />
        <FormSelect
          form={form}
          name="employmentState"
          label={t('programs.new.employment_state')}
          options={[{ value: '', label: t('programs.new.not_given') }, ...employmentStates.map((s) => ({ value: s, label: t(`programs.employment.${s}`) }))]}
        />
        <FormText form={form} name="employedMonths" label={t('programs.new.employed_months')} inputMode="numeric" />
        <FormSelect
          form={form}
          name="certificate"
          label={t('programs.new.certificate')}
          options={[{ value: '', label: t('programs.new.not_given') }, ...certificateKinds.map((c) => ({ value: c, label: t(`programs.certificates.${c}`) }))]}
        />
        <FormText form={form} name="months" label={t('programs.new.months')} hint={t('programs.new.months_hint')} inputMode="numeric" />
        <FormText form={form} name="costTwd" label={t('programs.new.cost')} hint={t('programs.new.cost_hint')} inputMode="numeric" />
        <FormText form={form} name="specialGroup" label={t('programs.new.special_group')} hint={t('programs.new.special_group_hint')} />
        <FormSelect
          form={form}
          name="specialGroupConsent"
          label={t('programs.new.consent')}
          options={[
            { value: '', label: t('programs.new.consent_no') },
            { value: 'yes', label: t('programs.new.consent_yes') },
          ]}
        />
        <fieldset className="fieldset">
          <legend>{t('programs.new.manual_spell')}</legend>
          <p className="field__hint">{t('programs.new.manual_spell_hint')}</p>
          <FormText form={form} name="manualEmployer" label={t('programs.new.manual_employer')} />
          <FormDate form={form} name="manualStart" label={t('programs.new.manual_start')} />
          <FormDate form={form} name="manualEnd" label={t('programs.new.manual_end')} hint={t('programs.new.manual_end_hint')} />
          <FormText form={form} name="manualSource" label={t('programs.new.manual_source')} hint={t('programs.new.manual_source_hint')} />
        </fieldset>
      </KitForm>
    </Page>
  );
}
