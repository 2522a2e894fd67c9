import { useState } from 'react';
import { tokenFromFragment } from '../public-account/api.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { Page } from '../../ui/page.tsx';

/**
 * The party's copy of the mediation record (調解紀錄, 勞資爭議處理法 Art. 22), opened by the link e-mailed to
 * them. The token is in the fragment, which the browser never sends; the page posts it and saves the PDF.
 */
export function MediationRecordPage() {
  const { t } = useI18n();
  const [token] = useState(() => tokenFromFragment(window.location.hash));
  const [state, setState] = useState<'idle' | 'working' | 'done' | 'gone' | 'failed'>('idle');
  async function download() {
    setState('working');
    try {
      const response = await fetch('/api/v1/mediation-records', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) });
      if (response.status === 404) return setState('gone');
      if (!response.ok) return setState('failed');
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'mediation-record.pdf';
      link.click();
      URL.revokeObjectURL(url);
      setState('done');
    } catch {
      setState('failed');
    }
  }
  return (
    <Page title={t('mediation-apply.record_title')} siteName={t('common.site_name')}>
      <p>{t('mediation-apply.record_lead')}</p>
      {!token ? <Alert tone="error">{t('mediation-apply.record_no_token')}</Alert> : null}
      {state === 'gone' ? <Alert tone="error">{t('mediation-apply.record_gone')}</Alert> : null}
      {state === 'failed' ? <Alert tone="error">{t('mediation-apply.record_failed')}</Alert> : null}
      {state === 'done' ? <Alert tone="success">{t('mediation-apply.record_done')}</Alert> : null}
      {token ? (
        <Button type="button" onClick={() => void download()} disabled={state === 'working'}>
          {t('mediation-apply.record_download')}
        </Button>
      ) : null}
    </Page>
  );
}
