/**
 * What the back office shows when it starts with no network (ADR 0033): the officer's open tasks as the
 * service worker kept them, and how many visits wait on the device. The visits stay sealed: their key is
 * held only while a live session is, so new visits are recorded once the network has been back for a
 * moment. Everything here works without the session.
 */
import { useEffect, useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { type Column, DataTable } from '../../../ui/data-table.tsx';
import { Page } from '../../../ui/page.tsx';
import { useDistrictName } from '../../reference-data/district-name.tsx';
import type { VisitTask } from '../api.ts';
import { myTasksUrl } from './field-prime.ts';
import { storedVisits, subscribe } from './field-store.ts';
import './field.css';

export function FieldOfflinePage() {
  const { t, formatPlainDate, formatNumber } = useI18n();
  const districtName = useDistrictName();
  const [tasks, setTasks] = useState<VisitTask[] | null>();
  const [waiting, setWaiting] = useState<number>();
  useEffect(() => {
    let live = true;
    // Answered by the service worker's copy (`field-v1`), or not at all.
    fetch(myTasksUrl, { headers: { accept: 'application/json' } })
      .then((response) => (response.ok ? (response.json() as Promise<{ items: VisitTask[] }>) : null))
      .then((answer) => live && setTasks(answer?.items ?? null), () => live && setTasks(null));
    const count = () => void storedVisits().then((all) => live && setWaiting(all.filter((visit) => visit.state === 'queued').length), () => live && setWaiting(0));
    count();
    const unsubscribe = subscribe(count);
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  const columns: Column<VisitTask>[] = [
    { key: 'worker', header: t('migrant-workers.fields.worker'), render: (task) => task.workerName },
    { key: 'due', header: t('migrant-workers.fields.due_on'), render: (task) => formatPlainDate(task.dueOn) },
    { key: 'district', header: t('migrant-workers.fields.district'), render: (task) => districtName(task.districtCode) },
  ];
  return (
    <Page title={t('migrant-workers.field.offline_title')} siteName={t('staff-auth.site_name')} lead={<p>{t('migrant-workers.field.offline_lead')}</p>}>
      <section className="field-panel" aria-labelledby="field-offline-status">
        <h2 id="field-offline-status" className="field-panel__title">
          {t('migrant-workers.field.title')}
        </h2>
        <p data-testid="field-sync-status" data-waiting={waiting ?? 0} role="status" aria-live="polite">
          {waiting === undefined ? '' : waiting > 0 ? t('migrant-workers.field.waiting', { count: formatNumber(waiting) }) : t('migrant-workers.field.all_synced')}
        </p>
        <p>{t('migrant-workers.field.offline_locked')}</p>
      </section>
      {tasks ? (
        <DataTable caption={t('migrant-workers.field.offline_tasks', { total: formatNumber(tasks.length) })} columns={columns} rows={tasks} rowKey={(task) => task.id} empty={t('migrant-workers.tasks.empty')} />
      ) : tasks === null ? (
        <p>{t('migrant-workers.field.offline_no_tasks')}</p>
      ) : null}
    </Page>
  );
}
