import { useState } from 'react';
import { z } from 'zod';
import { useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { ListView } from '../../ui/list-page.tsx';
import { Page } from '../../ui/page.tsx';
import { fieldId, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { type ImportResult, type ImportSummary, importsEndpoint, uploadViolations } from './api.ts';
import './violations.css';

type Rejected = ImportResult['rejected'][number];

/** Upload a MOL open-data file; the answer says what was imported, what was already there, and which lines were refused. */
/** The upload is multipart, so its check is the form's own: one file chosen (the server checks the rest). */
const uploadSchema = z.object({ file: z.custom<FileList>((value) => value instanceof FileList && value.length === 1) });

export function StaffViolationsImportPage() {
  const { t, formatNumber, formatDateTime } = useI18n();
  const staff = useStaff();
  const queryClient = useQueryClient();
  const [result, setResult] = useState<{ fileName: string; value: ImportResult } | undefined>();
  const form = useContractForm<{ file: FileList | null }, typeof uploadSchema>({
    schema: uploadSchema,
    defaultValues: { file: null },
    messages: { file: t('violations.import.file_missing') },
  });
  const submit = async ({ file }: { file: FileList }) => {
    const chosen = file.item(0);
    if (!chosen) return;
    setResult(undefined);
    setResult({ fileName: chosen.name, value: await uploadViolations(chosen, staff.csrfToken) });
    await queryClient.invalidateQueries({ queryKey: [importsEndpoint] });
  };
  const fileError = form.formState.errors.file?.message;
  const rejectedColumns: Column<Rejected>[] = [
    { key: 'line', header: t('violations.import.line'), render: (row) => formatNumber(row.line), isNumeric: true },
    { key: 'reason', header: t('violations.import.reason'), render: (row) => t(`violations.reasons.${row.reason}`) },
  ];
  const historyColumns: Column<ImportSummary>[] = [
    { key: 'when', header: t('violations.import.when'), render: (row) => formatDateTime(row.createdAt), sortKey: 'createdAt' },
    { key: 'file', header: t('violations.import.file_name'), render: (row) => row.fileName },
    { key: 'who', header: t('violations.import.who'), render: (row) => row.actorUsername ?? t('violations.import.command_line') },
    { key: 'imported', header: t('violations.import.imported'), render: (row) => formatNumber(row.imported), isNumeric: true },
    { key: 'updated', header: t('violations.import.updated'), render: (row) => formatNumber(row.updated), isNumeric: true },
    { key: 'unchanged', header: t('violations.import.unchanged'), render: (row) => formatNumber(row.unchanged), isNumeric: true },
    { key: 'rejected', header: t('violations.import.rejected'), render: (row) => formatNumber(row.rejected), isNumeric: true },
  ];
  return (
    <Page title={t('violations.import.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('violations.import.lead')}</p>}>
      <KitForm
        form={form}
        label={t('violations.import.title')}
        submitLabel={form.formState.isSubmitting ? t('violations.import.sending') : t('violations.import.submit')}
        onSubmit={submit}
      >
        <div className={['field', fileError ? 'field--error' : ''].filter(Boolean).join(' ')}>
          <label className="field__label" htmlFor={fieldId('file')}>
            {t('violations.import.file')}
          </label>
          <p className="field__hint" id="import-file-hint">
            {t('violations.import.file_hint')}
          </p>
          {fileError ? (
            <p className="field__error" id="import-file-error">
              {fileError}
            </p>
          ) : null}
          <input
            id={fieldId('file')}
            className="field__input"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={['import-file-hint', fileError ? 'import-file-error' : ''].filter(Boolean).join(' ')}
            {...form.register('file')}
          />
        </div>
      </KitForm>
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
          {result.value.rejected.length ? (
            <DataTable
              caption={t('violations.import.rejected_caption', { count: formatNumber(result.value.rejectedTotal) })}
              columns={rejectedColumns}
              rows={result.value.rejected}
              rowKey={(row) => String(row.line)}
              empty=""
            />
          ) : null}
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
