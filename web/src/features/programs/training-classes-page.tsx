import { useQuery, useQueryClient } from '@tanstack/react-query';
import { trainingClassInput } from '../../../../src/modules/programs/vocational-training.contract.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { FormDate, FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useOccupationOptions } from '../employment/occupations.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import { addTrainingClass, listTrainingClasses, type TrainingClassInput } from './training-api.ts';

type Values = {
  code: string; title: string; provider: string; occupationCode: string; hours: string; startsOn: string; endsOn: string;
  place: string; places: string; selectionOn: string; allowanceMonthlyTwd: string; allowanceSource: string;
};
const blank: Values = { code: '', title: '', provider: '', occupationCode: '', hours: '', startsOn: '', endsOn: '', place: '', places: '', selectionOn: '', allowanceMonthlyTwd: '', allowanceSource: '' };
const whole = (value: string) => (value.trim() === '' ? undefined : Number(value));

function toRequest(v: Values): TrainingClassInput {
  const allowance = whole(v.allowanceMonthlyTwd);
  return {
    code: v.code, title: v.title, provider: v.provider, occupationCode: v.occupationCode, hours: whole(v.hours) as number,
    startsOn: v.startsOn, endsOn: v.endsOn, place: v.place, places: whole(v.places) as number, selectionOn: v.selectionOn,
    ...(allowance !== undefined ? { allowanceMonthlyTwd: allowance } : {}),
    ...(v.allowanceSource.trim() ? { allowanceSource: v.allowanceSource } : {}),
  };
}

function AddClassForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const form = useContractForm<Values, typeof trainingClassInput>({ schema: trainingClassInput, defaultValues: blank, toRequest: toRequest as never });
  const occupations = useOccupationOptions([form.watch('occupationCode')]);
  return (
    <section className="section" aria-labelledby="add-class">
      <h2 id="add-class">{t('training.add.title')}</h2>
      <KitForm
        form={form}
        label={t('training.add.title')}
        submitLabel={t('training.add.submit')}
        onSubmit={async (request) => {
          await addTrainingClass(request as TrainingClassInput, csrfToken);
          form.reset(blank);
          onAdded();
        }}
      >
        <FormText form={form} name="code" label={t('training.fields.code')} hint={t('training.add.code_hint')} autoComplete="off" />
        <FormText form={form} name="title" label={t('training.fields.title')} />
        <FormText form={form} name="provider" label={t('training.fields.provider')} />
        <FormSelect form={form} name="occupationCode" label={t('training.fields.occupation')} options={[{ value: '', label: t('training.add.choose') }, ...occupations]} />
        <FormText form={form} name="hours" label={t('training.fields.hours')} inputMode="numeric" />
        <FormDate form={form} name="startsOn" label={t('training.fields.starts_on')} />
        <FormDate form={form} name="endsOn" label={t('training.fields.ends_on')} />
        <FormText form={form} name="place" label={t('training.fields.place')} />
        <FormText form={form} name="places" label={t('training.fields.places')} inputMode="numeric" />
        <FormDate form={form} name="selectionOn" label={t('training.fields.selection_on')} hint={t('training.add.selection_hint')} />
        <FormText form={form} name="allowanceMonthlyTwd" label={t('training.fields.allowance')} hint={t('training.add.allowance_hint')} inputMode="numeric" />
        <FormText form={form} name="allowanceSource" label={t('training.fields.allowance_source')} hint={t('training.add.allowance_source_hint')} />
      </KitForm>
    </section>
  );
}

/** Vocational training classes (失業者職業訓練): places, selected trainees, applicants and waitlist. */
export function TrainingClassesPage() {
  const { t, formatPlainDate } = useI18n();
  const { can } = useSession();
  const client = useQueryClient();
  const classes = useQuery({ queryKey: ['staff-training-classes'], queryFn: ({ signal }) => listTrainingClasses(signal) });
  return (
    <Page title={t('training.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('training.lead')}</p>}>
      <p>
        <Link href="/staff/programs">{t('training.back_programs')}</Link> · <Link href="/staff/programs/training/placement-prompts">{t('training.prompts.title')}</Link>
      </p>
      <ProblemAlert error={classes.error} />
      {classes.isPending ? <Loading label={t('common.loading')} /> : null}
      {classes.data ? (
        <DataTable
          caption={t('training.caption', { total: classes.data.length })}
          rowKey={(c) => c.id}
          rows={classes.data}
          empty={t('training.empty')}
          columns={[
            { key: 'code', header: t('training.fields.code'), render: (c) => c.code },
            { key: 'title', header: t('training.fields.title'), render: (c) => <Link href={`/staff/programs/training/${c.id}`}>{c.title}</Link> },
            { key: 'provider', header: t('training.fields.provider'), render: (c) => c.provider },
            { key: 'occupation', header: t('training.fields.occupation'), render: (c) => `${c.occupationCode} ${c.occupationName}` },
            { key: 'dates', header: t('training.fields.dates'), render: (c) => `${formatPlainDate(c.startsOn)} – ${formatPlainDate(c.endsOn)}` },
            { key: 'selection', header: t('training.fields.selection_on'), render: (c) => formatPlainDate(c.selectionOn) },
            { key: 'places', header: t('training.fields.selected_places'), render: (c) => `${c.selected} / ${c.places}` },
            { key: 'applicants', header: t('training.fields.applicants'), render: (c) => t('training.applicants_waitlisted', { applicants: c.applicants, waitlisted: c.waitlisted }) },
          ]}
        />
      ) : null}
      {can('programs.define') ? <AddClassForm onAdded={() => void client.invalidateQueries({ queryKey: ['staff-training-classes'] })} /> : null}
    </Page>
  );
}
