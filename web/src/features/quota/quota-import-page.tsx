import { useState } from 'react';
import { headcountHeader } from '../../../../src/modules/quota/quota.import.contract.ts';
import { apiRequest } from '../../app/api-client.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Page } from '../../ui/page.tsx';
import { RejectedLines, UploadForm } from '../../ui/upload-form.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';

type Rejected = { line: number; reason: string; message: string };
type ImportResult = { id: string; imported: number; noticesIssued: number; months: string[]; rejected: Rejected[] };

/** The monthly labour-insurance headcount import; the answer links to the shortfall notices it issued. */
export function QuotaImportPage() {
  const { t, formatNumber } = useI18n();
  const staff = useStaff();
  const [result, setResult] = useState<ImportResult>();
  const upload = async (file: File) => {
    setResult(undefined);
    const data = new FormData();
    data.append('file', file);
    setResult(await apiRequest<ImportResult>('/api/v1/staff/quota/headcounts/imports', { method: 'POST', body: data, csrfToken: staff.csrfToken }));
  };
  return (
    <Page title={t('quota.import.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('quota.import.lead', { columns: headcountHeader.join(',') })}</p>}>
      <p>
        <Link href="/staff/quota">{t('quota.title')}</Link>
      </p>
      <UploadForm
        words={{
          title: t('quota.import.title'),
          submit: t('quota.import.submit'),
          file: t('quota.import.file'),
          hint: t('quota.import.file_hint'),
          missing: t('quota.import.file_missing'),
        }}
        onUpload={upload}
      />
      {result ? (
        <section className="section" aria-labelledby="quota-import-result">
          <Alert tone={result.rejected.length ? 'warning' : 'success'} title={t('quota.import.done')}>
            <p id="quota-import-result" data-testid="import-counts">
              {t('quota.import.counts', { imported: formatNumber(result.imported), notices: formatNumber(result.noticesIssued), rejected: formatNumber(result.rejected.length) })}
            </p>
          </Alert>
          <ul>
            {result.months.map((month) => (
              <li key={month}>
                <Link href={`/staff/quota/notices?month=${month}`}>{t('quota.import.notices_link', { month })}</Link>
              </li>
            ))}
          </ul>
          <RejectedLines
            caption={t('quota.import.rejected_caption')}
            rows={result.rejected}
            line={t('quota.import.line')}
            reason={t('quota.import.reason')}
            describe={(row) => row.message}
          />
        </section>
      ) : null}
    </Page>
  );
}
