/**
 * The field app's status on the migrant pages: how many visits wait on the device, the conflicts the
 * server sent back and what the officer may do with each. Syncs on opening, when the network returns and
 * every 30 s while something waits. Changes are announced (aria-live), since the officer's eyes are on
 * the worker, not the screen.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { Button } from '../../../ui/button.tsx';
import './field.css';
import { useStaff } from '../../staff-auth/session-provider.tsx';
import { primeOfflineCopy } from './field-prime.ts';
import { canOpen, openDraft, type StoredVisit, storedVisits, subscribe, unlock } from './field-store.ts';
import { discard, keepAsDraft, queueAgain, sendAgainstCurrentTask, type SyncReport, syncQueued } from './field-sync.ts';

const retryMs = 30_000;

/** The visits on the device, refreshed on every change; `sync` sends the queued ones. */
export function useFieldQueue(onReport?: (report: SyncReport) => void) {
  const { csrfToken } = useStaff();
  const [visits, setVisits] = useState<StoredVisit[]>();
  const [syncing, setSyncing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const { t } = useI18n();

  const sync = useCallback(async () => {
    setSyncing(true);
    try {
      const report = await syncQueued(csrfToken);
      if (report.synced.length) setAnnouncement(t('migrant-workers.field.synced', { count: report.synced.length }));
      if (report.conflicts.length) setAnnouncement(t('migrant-workers.field.conflicts_found', { count: report.conflicts.length }));
      onReport?.(report);
      return report;
    } catch {
      // The device copy could not be read (storage blocked): the status line says what is waiting.
      return undefined;
    } finally {
      setSyncing(false);
    }
  }, [csrfToken, onReport, t]);

  useEffect(() => {
    let live = true;
    const load = () => void storedVisits().then((all) => live && setVisits(all), () => live && setVisits([]));
    load();
    const unsubscribe = subscribe(load);
    void sync();
    const online = () => void sync();
    window.addEventListener('online', online);
    const timer = window.setInterval(() => void sync(), retryMs);
    return () => {
      live = false;
      unsubscribe();
      window.removeEventListener('online', online);
      window.clearInterval(timer);
    };
    // One set of listeners per mount: `sync` only changes with the language.
  }, []);

  return { visits, syncing, announcement, sync };
}

function ConflictItem({ visit, onSync }: { visit: StoredVisit; onSync: () => Promise<unknown> }) {
  const { t, formatPlainDate } = useI18n();
  const { csrfToken } = useStaff();
  const [name, setName] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const triedUnlock = useRef(false);
  useEffect(() => {
    if (canOpen(visit)) void openDraft(visit).then((draft) => setName(`${draft.workerName} · ${formatPlainDate(draft.body.visitedOn)}`), () => undefined);
    // Its key comes back with the session (after a restart); the store then tells us to look again. Once:
    // a key older than the server keeps stays missing, and the visit stays listed as sealed.
    else if (navigator.onLine && !triedUnlock.current) {
      triedUnlock.current = true;
      unlock().catch(() => undefined);
    }
  }, [visit]);
  const act = (action: () => Promise<unknown>) => async () => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };
  const heading = name ?? t('migrant-workers.field.locked_visit');
  return (
    <li className="field-visit" data-testid="field-conflict">
      <p className="field-visit__title">
        <strong>{heading}</strong>
      </p>
      <p>{visit.state === 'draft' ? t('migrant-workers.field.kept_draft') : visit.conflict?.code === 'LOCKED' ? t('migrant-workers.field.locked_forever') : visit.conflict?.title}</p>
      {confirming ? (
        <div role="group" aria-label={t('migrant-workers.field.discard_confirm')}>
          <p>{t('migrant-workers.field.discard_confirm')}</p>
          <p className="actions">
            <Button variant="danger" disabled={busy} onClick={act(() => discard(visit))}>
              {t('migrant-workers.field.discard_yes')}
            </Button>{' '}
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('migrant-workers.field.discard_no')}
            </Button>
          </p>
        </div>
      ) : (
        <p className="actions">
          {visit.conflict?.code === 'TASK_REASSIGNED' ? (
            <>
              <Button disabled={busy} onClick={act(() => sendAgainstCurrentTask(visit, csrfToken))}>
                {t('migrant-workers.field.send_anyway')}
              </Button>{' '}
            </>
          ) : null}
          {visit.conflict?.code === 'REFUSED' || (visit.state === 'draft' && visit.conflict?.code !== 'LOCKED') ? (
            <>
              <Button variant="secondary" disabled={busy} onClick={act(async () => { await queueAgain(visit); await onSync(); })}>
                {t('migrant-workers.field.retry')}
              </Button>{' '}
            </>
          ) : null}
          {visit.state === 'conflict' ? (
            <>
              <Button variant="secondary" disabled={busy} onClick={act(() => keepAsDraft(visit))}>
                {t('migrant-workers.field.keep')}
              </Button>{' '}
            </>
          ) : null}
          <Button variant="secondary" disabled={busy} onClick={() => setConfirming(true)}>
            {t('migrant-workers.field.discard')}
          </Button>
        </p>
      )}
    </li>
  );
}

/** The status line and the conflicts; `queue` comes from `useFieldQueue` of the page. */
export function FieldPanel({ queue }: { queue: ReturnType<typeof useFieldQueue> }) {
  const { t, formatNumber } = useI18n();
  const visits = queue.visits ?? [];
  const waiting = visits.filter((visit) => visit.state === 'queued').length;
  const held = visits.filter((visit) => visit.state !== 'queued');
  const status =
    queue.visits === undefined
      ? ''
      : waiting > 0
        ? t('migrant-workers.field.waiting', { count: formatNumber(waiting) })
        : held.length > 0
          ? t('migrant-workers.field.held', { count: formatNumber(held.length) })
          : t('migrant-workers.field.all_synced');
  return (
    <section className="field-panel" aria-labelledby="field-panel-title">
      <h2 id="field-panel-title" className="field-panel__title">
        {t('migrant-workers.field.title')}
      </h2>
      <p data-testid="field-sync-status" data-waiting={waiting}>
        {status}
        {waiting > 0 && navigator.onLine ? (
          <>
            {' '}
            <Button variant="link" disabled={queue.syncing} onClick={() => void queue.sync()}>
              {t('migrant-workers.field.sync_now')}
            </Button>
          </>
        ) : null}
      </p>
      <p className="field-panel__live" aria-live="polite" role="status">
        {queue.announcement || status}
      </p>
      {held.length ? (
        <>
          <h3>{t('migrant-workers.field.conflicts_title')}</h3>
          <ul className="field-visits">
            {held.map((visit) => (
              <ConflictItem key={visit.clientId} visit={visit} onSync={queue.sync} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** On the task list: the officer's tasks are kept for offline use, and the device copy's status is shown. */
export function FieldTasksPanel() {
  const { t, formatNumber } = useI18n();
  const queue = useFieldQueue();
  const [kept, setKept] = useState<number>();
  useEffect(() => {
    let live = true;
    primeOfflineCopy().then((count) => live && setKept(count), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  return (
    <>
      <FieldPanel queue={queue} />
      {kept !== undefined ? <p data-testid="field-offline-ready">{t('migrant-workers.field.offline_ready', { count: formatNumber(kept) })}</p> : null}
    </>
  );
}
