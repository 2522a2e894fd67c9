import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { fieldId, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { type DispatchImportResult, dispatchesEndpoint, uploadDispatches } from './centre-api.ts';

type Rejected = DispatchImportResult['rejected'][number];
const uploadSchema = z.object({ file: z.custom<FileList>((value) => value instanceof FileList && value.length === 1) });

/** The hotline's file of dispatches (CSV or JSON): the answer lists the refused lines with their reasons. */
export function DispatchImportPage() {
  const { t, formatNumber } = useI18n();
  const staff = useStaff();
  const queryClient = useQueryClient();
  const [result, setResult] = useState<{ fileName: string; value: DispatchImportResult } | undefined>();
  const form = useContractForm<{ file: FileList | null }, typeof uploadSchema>({
    schema: uploadSchema,
    defaultValues: { file: null },
    messages: { file: t('migrant-centre.dispatch_import.file_missing') },
    required: { file: t('migrant-centre.dispatch_import.file_missing') },
  });
  const fileError = form.formState.errors.file?.message;
  const rejectedColumns: Column<Rejected>[] = [
    { key: 'line', header: t('migrant-centre.dispatch_import.line'), render: (row) => formatNumber(row.line), isNumeric: true },
    { key: 'reason', header: t('migrant-centre.dispatch_import.reason'), render: (row) => row.reason },
  ];
  return (
    <Page title={t('migrant-centre.dispatch_import.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('migrant-centre.dispatch_import.lead')}</p>}>
      <p>
        <Link href="/staff/migrant-workers/dispatches">{t('migrant-centre.dispatches.title')}</Link>
      </p>
      <KitForm
        form={form}
        label={t('migrant-centre.dispatch_import.title')}
        submitLabel={t('migrant-centre.dispatch_import.submit')}
        onSubmit={async ({ file }) => {
          const chosen = file.item(0);
          if (!chosen) return;
          setResult(undefined);
          setResult({ fileName: chosen.name, value: await uploadDispatches(chosen, staff.csrfToken) });
          await queryClient.invalidateQueries({ queryKey: [dispatchesEndpoint] });
        }}
      >
        <div className={['field', fileError ? 'field--error' : ''].filter(Boolean).join(' ')}>
          <label className="field__label" htmlFor={fieldId('file')}>
            {t('migrant-centre.dispatch_import.file')}
          </label>
          <p className="field__hint" id="dispatch-file-hint">
            {t('migrant-centre.dispatch_import.file_hint')}
          </p>
          {fileError ? (
            <p className="field__error" id="dispatch-file-error">
              {fileError}
            </p>
          ) : null}
          <input
            id={fieldId('file')}
            className="field__input"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={['dispatch-file-hint', fileError ? 'dispatch-file-error' : ''].filter(Boolean).join(' ')}
            {...form.register('file')}
          />
        </div>
      </KitForm>
      {result ? (
        <section className="section" aria-labelledby="dispatch-import-result">
          <Alert tone={result.value.rejected.length ? 'warning' : 'success'} title={t('migrant-centre.dispatch_import.done', { file: result.fileName })}>
            <p id="dispatch-import-result" data-testid="dispatch-import-counts">
              {t('migrant-centre.dispatch_import.counts', {
                imported: formatNumber(result.value.imported),
                unchanged: formatNumber(result.value.unchanged),
                rejected: formatNumber(result.value.rejected.length),
              })}
            </p>
          </Alert>
          {result.value.rejected.length ? (
            <DataTable caption={t('migrant-centre.dispatch_import.rejected_caption')} columns={rejectedColumns} rows={result.value.rejected} rowKey={(row) => `${row.line}`} empty="" />
          ) : null}
        </section>
      ) : null}
    </Page>
  );
}
