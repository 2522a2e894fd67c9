/**
 * Keeping a complaint on this device when it cannot be sent (issue 15 §8). The form asks after a send
 * fails for want of a network; a kept complaint comes back into the form on the next visit, with a note of
 * when it was kept, a way to delete it, and word when the network is back. Sending stays the worker's own
 * press of the form's button; once sent, the kept copy is deleted.
 */
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../app/api-client.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import type { ComplaintDraft } from './api.ts';
import { deleteDraft, keepDraft, type KeptDraft, readDraft } from './draft-store.ts';

type Notice = 'deleted' | 'unavailable' | undefined;

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);
  return online;
}

/** The kept complaint of this device, read once; `restore` puts it into the form. */
export function useKeptDraft(restore: (kept: KeptDraft) => void) {
  const [kept, setKept] = useState<KeptDraft>();
  const [notice, setNotice] = useState<Notice>();
  useEffect(() => {
    let live = true;
    readDraft()
      .then((found) => {
        if (!live || !found) return;
        setKept(found);
        restore(found);
      })
      // No storage in this browser: nothing was kept, nothing to show.
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // Read once, on opening the page.
  }, []);
  const keep = useCallback(async (draft: ComplaintDraft, files: readonly File[]) => {
    try {
      setKept(await keepDraft(draft, files));
      setNotice(undefined);
    } catch {
      setNotice('unavailable');
    }
  }, []);
  const remove = useCallback(async () => {
    await deleteDraft().catch(() => undefined);
    setKept(undefined);
    setNotice('deleted');
  }, []);
  /** After the complaint is sent: the kept copy has done its job. */
  const sent = useCallback(async () => {
    await deleteDraft().catch(() => undefined);
    setKept(undefined);
  }, []);
  return { kept, notice, keep, remove, sent };
}

export function KeptDraftPanel(props: {
  kept: KeptDraft | undefined;
  notice: Notice;
  error: unknown;
  onKeep: () => void;
  onDelete: () => void;
}) {
  const { t, formatDateTime } = useI18n();
  const online = useOnline();
  const submit = t('complaints.form.submit');
  const failedForNetwork = props.error instanceof ApiError && props.error.status === 0;
  return (
    <>
      {props.notice === 'deleted' ? <Alert tone="success">{t('complaints.draft.deleted')}</Alert> : null}
      {props.notice === 'unavailable' ? <Alert tone="warning">{t('complaints.draft.unavailable')}</Alert> : null}
      {props.kept ? (
        <section className="kept-draft" aria-labelledby="kept-draft-title">
          <Alert tone="info">
            <h2 id="kept-draft-title" className="alert__title">
              {t('complaints.draft.kept_title', { time: formatDateTime(props.kept.savedAt) })}
            </h2>
            <p>{t('complaints.draft.kept_text', { submit })}</p>
            {props.kept.files.length ? <p>{t('complaints.draft.kept_files', { files: props.kept.files.map((file) => file.name).join('、') })}</p> : null}
            <p>{online ? t('complaints.draft.online_again', { submit }) : t('complaints.draft.offline_now')}</p>
            <div className="button-row">
              <Button variant="secondary" onClick={props.onDelete}>
                {t('complaints.draft.delete')}
              </Button>
            </div>
          </Alert>
        </section>
      ) : failedForNetwork ? (
        <section className="kept-draft" aria-labelledby="kept-draft-title">
          <Alert tone="warning">
            <h2 id="kept-draft-title" className="alert__title">
              {t('complaints.draft.offline_title')}
            </h2>
            <p>{t('complaints.draft.offline_text')}</p>
            <div className="button-row">
              <Button variant="secondary" onClick={props.onKeep}>
                {t('complaints.draft.keep')}
              </Button>
            </div>
          </Alert>
        </section>
      ) : null}
    </>
  );
}
