import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { checklistItems, visitRequest } from '../../../../src/modules/migrant-workers/migrant-workers.contract.ts';
import { ApiError } from '../../app/api-client.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { DetailPage, SummaryList } from '../../ui/detail-page.tsx';
import { fieldId, FormSelect, FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { fetchTask, recordVisit, type VisitCreated, type VisitRequest } from './api.ts';

const interpreterLanguages = ['none', 'en', 'id', 'vi', 'th'] as const;

type Checklist = Record<(typeof checklistItems)[number], boolean>;
type Values = {
  visitedOn: string;
  place: string;
  interpreterLanguage: (typeof interpreterLanguages)[number];
  videoCall: boolean;
  present: string;
  checklist: Checklist & { complaintsRaised: string };
  notes: string;
};

/**
 * One visit task and its visit form. The visit carries the task version the officer saw and an id made
 * here, so a reassignment in between is shown as a conflict to resolve, and a repeated send is stored once.
 */
export function VisitPage({ id }: { id: string }) {
  const { t, formatPlainDate } = useI18n();
  const { csrfToken } = useStaff();
  const districtName = useDistrictName();
  const task = useQuery({ queryKey: ['visit-task', id], queryFn: ({ signal }) => fetchTask(id, signal) });
  const [clientId] = useState(() => crypto.randomUUID());
  const [done, setDone] = useState<VisitCreated>();
  const [conflict, setConflict] = useState<string>();
  const form = useContractForm<Values, typeof visitRequest>({
    schema: visitRequest,
    defaultValues: {
      visitedOn: '',
      place: '',
      interpreterLanguage: 'none',
      videoCall: false,
      present: '',
      checklist: { ...(Object.fromEntries(checklistItems.map((item) => [item, true])) as Checklist), complaintsRaised: '' },
      notes: '',
    },
    toRequest: (v) => ({
      ...v,
      present: v.present.split(/[,、，]/).map((p) => p.trim()).filter(Boolean),
      notes: v.notes.trim() || undefined,
      clientId,
      taskVersion: task.data?.version,
    }),
  });
  if (task.isPending) return <Loading label={t('common.loading')} />;
  if (task.error || !task.data) return <ProblemAlert error={task.error} />;
  const current = task.data;
  const submit = async (body: VisitRequest) => {
    try {
      setConflict(undefined);
      setDone(await recordVisit(id, body, csrfToken));
    } catch (error) {
      if (error instanceof ApiError && error.problem?.code === 'TASK_REASSIGNED') {
        setConflict(error.problem.title);
        await task.refetch();
        return;
      }
      throw error;
    }
  };
  return (
    <DetailPage title={t('migrant-workers.visit.title', { name: current.workerName })} documentTitle={t('migrant-workers.visit.title', { name: '' })} back={{ href: '/staff/migrant-workers/tasks', label: t('migrant-workers.tasks.title') }}>
      <SummaryList
        items={[
          { label: t('migrant-workers.fields.nationality'), value: t(`migrant-workers.nationality.${current.nationality}`) },
          { label: t('migrant-workers.fields.arrival_date'), value: formatPlainDate(current.arrivalDate) },
          { label: t('migrant-workers.fields.due_on'), value: formatPlainDate(current.dueOn) },
          { label: t('migrant-workers.fields.district'), value: districtName(current.districtCode) },
          { label: t('migrant-workers.fields.officer'), value: current.assignedTo?.displayName ?? t('migrant-workers.tasks.unassigned') },
        ]}
      />
      {done ? (
        <Alert tone={done.findings.length ? 'warning' : 'success'} title={t('migrant-workers.visit.recorded')}>
          <p>{done.withinWindow ? t('migrant-workers.visit.within') : t('migrant-workers.visit.late')}</p>
          {done.findings.length ? <p>{t('migrant-workers.visit.findings', { items: done.findings.map((f) => t(`migrant-workers.checklist.${f}`)).join('、') })}</p> : null}
          {done.complaintTrackingCode ? <p data-testid="complaint-code">{t('migrant-workers.visit.complaint_opened', { code: done.complaintTrackingCode })}</p> : null}
        </Alert>
      ) : (
        <>
          {conflict ? (
            <Alert tone="warning" title={t('migrant-workers.visit.conflict_title')}>
              <p>{conflict}</p>
            </Alert>
          ) : null}
          <KitForm form={form} label={t('migrant-workers.visit.form')} submitLabel={t('migrant-workers.visit.submit')} onSubmit={submit}>
            <FormText form={form} name="visitedOn" label={t('migrant-workers.visit.visited_on')} type="date" />
            <FormText form={form} name="place" label={t('migrant-workers.visit.place')} maxLength={300} />
            <FormSelect
              form={form}
              name="interpreterLanguage"
              label={t('migrant-workers.visit.interpreter')}
              options={interpreterLanguages.map((value) => ({ value, label: t(`migrant-workers.interpreter.${value}`) }))}
            />
            <div className="field">
              <label className="checkbox">
                <input id={fieldId('videoCall')} type="checkbox" {...form.register('videoCall')} />
                <span>{t('migrant-workers.visit.video_call')}</span>
              </label>
            </div>
            <FormText form={form} name="present" label={t('migrant-workers.visit.present')} hint={t('migrant-workers.visit.present_hint')} />
            <fieldset className="fieldset">
              <legend className="fieldset__legend">{t('migrant-workers.visit.checklist')}</legend>
              <p className="field__hint">{t('migrant-workers.visit.checklist_hint')}</p>
              <div className="checkboxes">
                {checklistItems.map((item) => (
                  <label className="checkbox" key={item}>
                    <input id={fieldId(`checklist.${item}`)} type="checkbox" {...form.register(`checklist.${item}`)} />
                    <span>{t(`migrant-workers.checklist.${item}`)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <FormTextArea form={form} name="checklist.complaintsRaised" label={t('migrant-workers.checklist.complaintsRaised')} />
            <FormTextArea form={form} name="notes" label={t('migrant-workers.visit.notes')} />
          </KitForm>
        </>
      )}
    </DetailPage>
  );
}
