import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Page } from '../../ui/page.tsx';
import { RejectedLines, UploadForm } from '../../ui/upload-form.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { type ImportResult, templateHref, uploadWorkers, workersEndpoint } from './api.ts';

/** Bulk import of arrivals from a CSV file; the answer lists the refused lines with their reasons. */
export function MigrantImportPage() {
  const { t, formatNumber } = useI18n();
  const staff = useStaff();
  const queryClient = useQueryClient();
  const [result, setResult] = useState<{ fileName: string; value: ImportResult } | undefined>();
  const upload = async (file: File) => {
    setResult(undefined);
    setResult({ fileName: file.name, value: await uploadWorkers(file, staff.csrfToken) });
    await queryClient.invalidateQueries({ queryKey: [workersEndpoint] });
  };
  return (
    <Page title={t('migrant-workers.import.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('migrant-workers.import.lead')}</p>}>
      <p>
        <Link href="/staff/migrant-workers">{t('migrant-workers.workers.title')}</Link>
      </p>
      <p>
        <a href={templateHref} download>
          {t('migrant-workers.import.template')}
        </a>
      </p>
      <UploadForm
        words={{
          title: t('migrant-workers.import.title'),
          submit: t('migrant-workers.import.submit'),
          file: t('migrant-workers.import.file'),
          hint: t('migrant-workers.import.file_hint'),
          missing: t('migrant-workers.import.file_missing'),
        }}
        onUpload={upload}
      />
      {result ? (
        <section className="section" aria-labelledby="migrant-import-result">
          <Alert tone={result.value.rejected.length ? 'warning' : 'success'} title={t('migrant-workers.import.done', { file: result.fileName })}>
            <p id="migrant-import-result" data-testid="import-counts">
              {t('migrant-workers.import.counts', {
                imported: formatNumber(result.value.imported),
                unchanged: formatNumber(result.value.unchanged),
                rejected: formatNumber(result.value.rejected.length),
              })}
            </p>
          </Alert>
          <RejectedLines
            caption={t('migrant-workers.import.rejected_caption')}
            rows={result.value.rejected}
            line={t('migrant-workers.import.line')}
            reason={t('migrant-workers.import.reason')}
            describe={(row) => row.reason}
          />
        </section>
      ) : null}
    </Page>
  );
}
