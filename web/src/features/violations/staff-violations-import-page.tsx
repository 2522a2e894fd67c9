import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { ListView } from '../../ui/list-page.tsx';
import { Page } from '../../ui/page.tsx';
import { RejectedLines, UploadForm } from '../../ui/upload-form.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { type ImportResult, type ImportStarted, type ImportSummary, importsEndpoint, uploadViolations } from './api.ts';
import './violations.css';

/** Upload a MOL open-data file; the answer says what was imported, what was already there, and which lines were refused. */
export function StaffViolationsImportPage() {
  const { t, formatNumber, formatDateTime } = useI18n();
  const staff = useStaff();
  const queryClient = useQueryClient();
  const [result, setResult] = useState<{ fileName: string; value: ImportResult } | undefined>();
  const [started, setStarted] = useState<{ fileName: string; value: ImportStarted } | undefined>();
  const upload = async (file: File) => {
    setResult(undefined);
    setStarted(undefined);
    const answer = await uploadViolations(file, staff.csrfToken);
    if ('done' in answer) setResult({ fileName: file.name, value: answer.done });
    else setStarted({ fileName: file.name, value: answer.started });
    await queryClient.invalidateQueries({ queryKey: [importsEndpoint] });
  };
  const historyColumns: Column<ImportSummary>[] = [
    { key: 'when', header: t('violations.import.when'), render: (row) => formatDateTime(row.createdAt), sortKey: 'createdAt' },
    { key: 'file', header: t('violations.import.file_name'), render: (row) => row.fileName },
    { key: 'who', header: t('violations.import.who'), render: (row) => row.actorUsername ?? t('violations.import.command_line') },
    {
      key: 'state',
      header: t('violations.import.state'),
      render: (row) =>
        row.state === 'staging'
          ? t('violations.import.states.staging', { done: formatNumber(row.rowsWritten), total: formatNumber(row.rowsRead - row.rejected) })
          : t(`violations.import.states.${row.state}`),
    },
    { key: 'imported', header: t('violations.import.imported'), render: (row) => formatNumber(row.imported), isNumeric: true },
    { key: 'updated', header: t('violations.import.updated'), render: (row) => formatNumber(row.updated), isNumeric: true },
    { key: 'unchanged', header: t('violations.import.unchanged'), render: (row) => formatNumber(row.unchanged), isNumeric: true },
    { key: 'rejected', header: t('violations.import.rejected'), render: (row) => formatNumber(row.rejected), isNumeric: true },
  ];
  return (
    <Page title={t('violations.import.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('violations.import.lead')}</p>}>
      <UploadForm
        words={{
          title: t('violations.import.title'),
          submit: t('violations.import.submit'),
          sending: t('violations.import.sending'),
          file: t('violations.import.file'),
          hint: t('violations.import.file_hint'),
          missing: t('violations.import.file_missing'),
        }}
        onUpload={upload}
      />
      {started ? (
        <Alert tone="info" title={t('violations.import.background_title', { file: started.fileName })}>
          <p>{t('violations.import.background', { count: formatNumber(started.value.rows) })}</p>
        </Alert>
      ) : null}
      {result ? (
        <section className="section" aria-labelledby="import-result">
          <Alert tone={result.value.rejectedTotal ? 'warning' : 'success'} title={t('violations.import.done', { file: result.fileName })}>
            <dl className="import-counts" id="import-result">
              <div>
                <dt>{t('violations.import.imported')}</dt>
                <dd data-count="imported">{formatNumber(result.value.imported)}</dd>
              </div>
              <div>
                <dt>{t('violations.import.updated')}</dt>
                <dd data-count="updated">{formatNumber(result.value.updated)}</dd>
                <dt>{t('violations.import.unchanged')}</dt>
                <dd data-count="unchanged">{formatNumber(result.value.unchanged)}</dd>
              </div>
              <div>
                <dt>{t('violations.import.rejected')}</dt>
                <dd data-count="rejected">{formatNumber(result.value.rejectedTotal)}</dd>
              </div>
            </dl>
          </Alert>
          <RejectedLines
            caption={t('violations.import.rejected_caption', { count: formatNumber(result.value.rejectedTotal) })}
            rows={result.value.rejected}
            line={t('violations.import.line')}
            reason={t('violations.import.reason')}
            describe={(row) => t(`violations.reasons.${row.reason}`)}
          />
        </section>
      ) : null}
      <section className="section" aria-labelledby="import-history">
        <h2 id="import-history">{t('violations.import.history')}</h2>
        <ListView
          label={t('violations.import.history')}
          endpoint={importsEndpoint}
          columns={historyColumns}
          rowKey={(row) => String(row.id)}
          caption={(count) => t('violations.import.history_caption', { count })}
          empty={t('violations.import.history_empty')}
          exportable
        />
      </section>
    </Page>
  );
}
