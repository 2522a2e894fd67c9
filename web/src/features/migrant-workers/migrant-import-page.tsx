import { useState } from 'react';
import { z } from 'zod';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { fieldId, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { type ImportResult, templateHref, uploadWorkers, workersEndpoint } from './api.ts';

type Rejected = ImportResult['rejected'][number];
const uploadSchema = z.object({ file: z.custom<FileList>((value) => value instanceof FileList && value.length === 1) });

/** Bulk import of arrivals from a CSV file; the answer lists the refused lines with their reasons. */
export function MigrantImportPage() {
  const { t, formatNumber } = useI18n();
  const staff = useStaff();
  const queryClient = useQueryClient();
  const [result, setResult] = useState<{ fileName: string; value: ImportResult } | undefined>();
  const form = useContractForm<{ file: FileList | null }, typeof uploadSchema>({
    schema: uploadSchema,
    defaultValues: { file: null },
    messages: { file: t('migrant-workers.import.file_missing') },
  });
  const submit = async ({ file }: { file: FileList }) => {
    const chosen = file.item(0);
    if (!chosen) return;
    setResult(undefined);
    setResult({ fileName: chosen.name, value: await uploadWorkers(chosen, staff.csrfToken) });
    await queryClient.invalidateQueries({ queryKey: [workersEndpoint] });
  };
  const fileError = form.formState.errors.file?.message;
  const rejectedColumns: Column<Rejected>[] = [
    { key: 'line', header: t('migrant-workers.import.line'), render: (row) => formatNumber(row.line), isNumeric: true },
    { key: 'reason', header: t('migrant-workers.import.reason'), render: (row) => row.reason },
  ];
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
      <KitForm form={form} label={t('migrant-workers.import.title')} submitLabel={t('migrant-workers.import.submit')} onSubmit={submit}>
        <div className={['field', fileError ? 'field--error' : ''].filter(Boolean).join(' ')}>
          <label className="field__label" htmlFor={fieldId('file')}>
            {t('migrant-workers.import.file')}
          </label>
          <p className="field__hint" id="migrant-file-hint">
            {t('migrant-workers.import.file_hint')}
          </p>
          {fileError ? (
            <p className="field__error" id="migrant-file-error">
              {fileError}
            </p>
          ) : null}
          <input
            id={fieldId('file')}
            className="field__input"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={['migrant-file-hint', fileError ? 'migrant-file-error' : ''].filter(Boolean).join(' ')}
            {...form.register('file')}
          />
        </div>
      </KitForm>
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
          {result.value.rejected.length ? (
            <DataTable
              caption={t('migrant-workers.import.rejected_caption')}
              columns={rejectedColumns}
              rows={result.value.rejected}
              rowKey={(row) => `${row.line}`}
              empty=""
            />
          ) : null}
        </section>
      ) : null}
    </Page>
  );
}
