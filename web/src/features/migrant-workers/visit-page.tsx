import { type ChangeEvent, useCallback, useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { checklistItems, visitRequest } from '../../../../src/modules/migrant-workers/migrant-workers.contract.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { DetailPage, SummaryList } from '../../ui/detail-page.tsx';
import { fieldId, FormSelect, FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { fetchTask, type VisitCreated, type VisitRequest } from './api.ts';
import { FieldPanel, useFieldQueue } from './field/field-panel.tsx';
import { acceptedPhotoTypes, maxPhotos, readPhoto } from './field/field-photo.ts';
import { enqueue, type FieldPhoto, isUnlocked, unlock } from './field/field-store.ts';
import type { SyncReport } from './field/field-sync.ts';
import { VisitRecords } from './field/visit-records.tsx';

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
  workerMessage: string;
};

/**
 * One visit task and its visit form (the field app, ADR 0033). A visit is first sealed into the device
 * copy, then synced: with no network it waits on the tablet, and it carries the task version the officer
 * saw and an id made here, so a reassignment in between comes back as a conflict to resolve, and a
 * repeated send is stored once.
 */
export function VisitPage({ id }: { id: string }) {
  const { t, formatPlainDate, formatNumber } = useI18n();
  const districtName = useDistrictName();
  const task = useQuery({ queryKey: ['visit-task', id], queryFn: ({ signal }) => fetchTask(id, signal) });
  const [clientId] = useState(() => crypto.randomUUID());
  const [done, setDone] = useState<VisitCreated>();
  const [saved, setSaved] = useState(false);
  const [photos, setPhotos] = useState<FieldPhoto[]>([]);
  const [photoError, setPhotoError] = useState<string>();
  const [storeError, setStoreError] = useState<string>();
  const queryClient = useQueryClient();
  const onReport = useCallback(
    (report: SyncReport) => {
      // This task's visit synced: recorded here a moment ago, or earlier (offline, before a restart).
      const mine = report.synced.find((item) => item.taskId === id);
      if (!mine) return;
      setDone(mine.result);
      void queryClient.invalidateQueries({ queryKey: ['visit-task', id] });
    },
    [id, queryClient],
  );
  const queue = useFieldQueue(onReport);
  useEffect(() => {
    // Fetch the session's key while the network is there, so a visit recorded offline can be sealed.
    if (!isUnlocked() && navigator.onLine) unlock().catch(() => undefined);
  }, []);
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
      workerMessage: '',
    },
    toRequest: (v) => ({
      ...v,
      present: v.present.split(/[,、，]/).map((p) => p.trim()).filter(Boolean),
      notes: v.notes.trim() || undefined,
      workerMessage: v.workerMessage.trim() || undefined,
      clientId,
      taskVersion: task.data?.version,
    }),
  });
  if (task.isPending) return <Loading label={t('common.loading')} />;
  if (task.error || !task.data) return <ProblemAlert error={task.error} />;
  const current = task.data;
  const addPhotos = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    setPhotoError(undefined);
    const added: FieldPhoto[] = [];
    for (const file of files) {
      if (photos.length + added.length >= maxPhotos) {
        setPhotoError(t('migrant-workers.field.photo_too_many', { max: maxPhotos }));
        break;
      }
      const read = await readPhoto(file);
      if ('problem' in read) setPhotoError(t(`migrant-workers.field.photo_${read.problem}`));
      else added.push(read.photo);
    }
    setPhotos((list) => [...list, ...added]);
  };
  const submit = async (body: VisitRequest) => {
    setStoreError(undefined);
    try {
      if (!isUnlocked()) await unlock();
      await enqueue(id, { body: { ...body, clientId }, photos, workerName: current.workerName });
    } catch {
      setStoreError(t('migrant-workers.field.locked'));
      return;
    }
    setSaved(true);
    if (navigator.onLine) await queue.sync();
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
      <FieldPanel queue={queue} />
      {done ? (
        <Alert tone={done.findings.length ? 'warning' : 'success'} title={t('migrant-workers.visit.recorded')}>
          <p>{done.withinWindow ? t('migrant-workers.visit.within') : t('migrant-workers.visit.late')}</p>
          {done.findings.length ? <p>{t('migrant-workers.visit.findings', { items: done.findings.map((f) => t(`migrant-workers.checklist.${f}`)).join('、') })}</p> : null}
          {done.complaintTrackingCode ? <p data-testid="complaint-code">{t('migrant-workers.visit.complaint_opened', { code: done.complaintTrackingCode })}</p> : null}
        </Alert>
      ) : saved ? (
        // Shown while it waits; a conflict is shown (and resolved) in the panel above instead.
        queue.visits?.find((visit) => visit.clientId === clientId)?.state !== 'queued' ? null : (
        <Alert tone="info" title={t('migrant-workers.field.saved_title')}>
          <p>{t('migrant-workers.field.saved')}</p>
        </Alert>
        )
      ) : current.status === 'done' ? null : (
        <KitForm form={form} label={t('migrant-workers.visit.form')} submitLabel={t('migrant-workers.visit.submit')} onSubmit={submit}>
          {storeError ? <Alert tone="error">{storeError}</Alert> : null}
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
          <FormTextArea form={form} name="workerMessage" label={t('migrant-workers.visit.worker_message')} hint={t('migrant-workers.visit.worker_message_hint')} />
          <div className={['field', photoError ? 'field--error' : ''].filter(Boolean).join(' ')}>
            <label className="field__label" htmlFor="visit-photos">
              {t('migrant-workers.field.photos')}
            </label>
            <p className="field__hint" id="visit-photos-hint">
              {t('migrant-workers.field.photos_hint', { max: maxPhotos })}
            </p>
            {photoError ? (
              <p className="field__error" id="visit-photos-error">
                {photoError}
              </p>
            ) : null}
            <input
              id="visit-photos"
              className="field__input"
              type="file"
              accept={acceptedPhotoTypes}
              capture="environment"
              multiple
              aria-invalid={photoError ? true : undefined}
              aria-describedby={['visit-photos-hint', photoError ? 'visit-photos-error' : ''].filter(Boolean).join(' ')}
              onChange={(event) => void addPhotos(event)}
            />
            {photos.length ? (
              <ul className="field-visits" aria-label={t('migrant-workers.field.photos_chosen')} data-testid="chosen-photos">
                {photos.map((photo, index) => (
                  <li key={photo.clientId} className="field-visit">
                    {t('migrant-workers.field.photo_item', { n: index + 1, size: formatNumber(Math.ceil((photo.data.length * 3) / 4 / 1024)) })}{' '}
                    <Button variant="link" onClick={() => setPhotos((list) => list.filter((p) => p.clientId !== photo.clientId))}>
                      {t('migrant-workers.field.photo_remove', { n: index + 1 })}
                    </Button>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </KitForm>
      )}
      {current.status === 'done' || done ? <VisitRecords taskId={id} /> : null}
    </DetailPage>
  );
}
