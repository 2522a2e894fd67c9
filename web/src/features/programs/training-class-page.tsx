import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { TrainingStatus } from '../../../../src/modules/programs/vocational-training.contract.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { SelectField, TextField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { fieldErrors, ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import { applyForJobSeeker, getTrainingClass, moveEnrolment, type TrainingClassDetail } from './training-api.ts';

/** The steps each status allows (the server checks them again). */
const steps: Record<TrainingStatus, readonly ('selected' | 'waitlisted' | 'dropped' | 'completed')[]> = {
  applied: ['selected', 'waitlisted', 'dropped'],
  waitlisted: ['selected', 'dropped'],
  selected: ['completed', 'dropped'],
  dropped: [],
  completed: [],
};

function ApplyForm({ classId, onDone }: { classId: string; onDone: () => void }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const [jobSeekerId, setJobSeekerId] = useState('');
  const [error, setError] = useState<unknown>();
  const errors = fieldErrors(error);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      await applyForJobSeeker(classId, jobSeekerId.trim(), csrfToken);
      setJobSeekerId('');
      onDone();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="apply-seeker">
      <h2 id="apply-seeker">{t('training.class.apply_title')}</h2>
      <ProblemAlert error={errors.jobSeekerId ? undefined : error} />
      <TextField id="jobSeekerId" label={t('training.class.job_seeker_id')} hint={t('training.class.job_seeker_hint')} value={jobSeekerId} error={errors.jobSeekerId} autoComplete="off" onChange={(e) => setJobSeekerId(e.target.value)} />
      <Button type="submit">{t('training.class.apply_submit')}</Button>
    </form>
  );
}

function MoveForm({ klass, enrolmentId, onDone }: { klass: TrainingClassDetail; enrolmentId: string; onDone: () => void }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const enrolment = klass.enrolments.find((e) => e.id === enrolmentId);
  const allowed = enrolment ? steps[enrolment.status] : [];
  const [to, setTo] = useState<string>(allowed[0] ?? '');
  const [hours, setHours] = useState(String(enrolment?.attendedHours ?? 0));
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const errors = fieldErrors(error);
  if (!enrolment) return null;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setSaved(false);
    try {
      const attended = hours.trim() === '' ? undefined : Number(hours);
      await moveEnrolment(enrolment.id, { to: to as 'selected', ...(to === 'completed' && attended !== undefined ? { attendedHours: attended } : {}) }, csrfToken);
      setSaved(true);
      onDone();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="move-title">
      <h2 id="move-title">{t('training.class.move_title', { name: enrolment.name })}</h2>
      <ProblemAlert error={errors.attendedHours ? undefined : error} />
      {saved ? (
        <Alert tone="success">
          <p>{t('training.class.moved')}</p>
        </Alert>
      ) : null}
      <SelectField id="to" label={t('training.class.step')} value={to} onChange={(e) => setTo(e.target.value)} options={allowed.map((s) => ({ value: s, label: t(`training.steps.${s}`) }))} />
      {to === 'completed' ? (
        <TextField id="attendedHours" label={t('training.class.attended_hours', { hours: klass.hours })} inputMode="numeric" value={hours} error={errors.attendedHours} onChange={(e) => setHours(e.target.value)} />
      ) : null}
      <Button type="submit">{t('training.class.move_submit')}</Button>
    </form>
  );
}

/** One vocational training class: its applicants (masked, with their station), selection, waitlist, drop-outs and completion. */
export function TrainingClassPage({ id }: { id: string }) {
  const { t, formatPlainDate, formatMoney } = useI18n();
  const { can } = useSession();
  const client = useQueryClient();
  const query = useQuery({ queryKey: ['staff-training-class', id], queryFn: ({ signal }) => getTrainingClass(id, signal) });
  const [enrolmentId, setEnrolmentId] = useState<string>();
  const reload = () => void client.invalidateQueries({ queryKey: ['staff-training-class', id] });
  const c = query.data;
  return (
    <Page
      title={c ? `${c.code} ${c.title}` : t('training.title')}
      siteName={t('staff-auth.site_name')}
      lead={c ? <p>{t('training.class.lead', { provider: c.provider, place: c.place, start: formatPlainDate(c.startsOn), end: formatPlainDate(c.endsOn), hours: c.hours })}</p> : undefined}
    >
      <p>
        <Link href="/staff/programs/training">{t('training.title')}</Link>
      </p>
      <ProblemAlert error={query.error} />
      {query.isPending ? <Loading label={t('common.loading')} /> : null}
      {c ? (
        <>
          <dl className="summary-list">
            <dt>{t('training.fields.occupation')}</dt>
            <dd>{`${c.occupationCode} ${c.occupationName}`}</dd>
            <dt>{t('training.fields.selection_on')}</dt>
            <dd>{formatPlainDate(c.selectionOn)}</dd>
            <dt>{t('training.fields.selected_places')}</dt>
            <dd>{`${c.selected} / ${c.places}`}</dd>
            <dt>{t('training.fields.allowance')}</dt>
            <dd>{c.allowanceMonthlyTwd === null ? t('training.allowance_unset') : t('training.allowance_with_source', { amount: formatMoney(c.allowanceMonthlyTwd), source: c.allowanceSource ?? '' })}</dd>
          </dl>
          <DataTable
            caption={t('training.class.enrolments')}
            rowKey={(e) => e.id}
            rows={c.enrolments}
            empty={t('training.class.no_enrolments')}
            columns={[
              { key: 'name', header: t('training.class.name'), render: (e) => e.name },
              { key: 'station', header: t('training.class.station'), render: (e) => e.stationCode ?? t('training.class.city') },
              { key: 'status', header: t('training.class.status'), render: (e) => t(`training.statuses.${e.status}`) },
              { key: 'hours', header: t('training.class.hours'), render: (e) => `${e.attendedHours} / ${c.hours}` },
              { key: 'channel', header: t('training.class.channel'), render: (e) => t(`training.channels.${e.channel}`) },
              {
                key: 'act',
                header: t('training.class.action'),
                render: (e) =>
                  can('programs.apply') && steps[e.status].length > 0 ? (
                    <Button variant="link" onClick={() => setEnrolmentId(e.id)}>
                      {t('training.class.move', { name: e.name })}
                    </Button>
                  ) : (
                    ''
                  ),
              },
            ]}
          />
          {enrolmentId ? <MoveForm key={enrolmentId} klass={c} enrolmentId={enrolmentId} onDone={reload} /> : null}
          {can('programs.apply') && c.open ? <ApplyForm classId={c.id} onDone={reload} /> : null}
        </>
      ) : null}
    </Page>
  );
}
