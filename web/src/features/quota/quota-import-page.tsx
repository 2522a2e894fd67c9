import { useState } from 'react';
import { z } from 'zod';
import { headcountHeader } from '../../../../src/modules/quota/quota.import.contract.ts';
import { apiRequest } from '../../app/api-client.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { fieldId, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';

type Rejected = { line: number; reason: string; message: string };
type ImportResult = { id: string; imported: number; noticesIssued: number; months: string[]; rejected: Rejected[] };
const uploadSchema = z.object({ file: z.custom<FileList>((value) => value instanceof FileList && value.length === 1) });

/** The monthly labour-insurance headcount import; the answer links to the shortfall notices it issued. */
export function QuotaImportPage() {
  const { t, formatNumber } = useI18n();
  const staff = useStaff();
  const [result, setResult] = useState<ImportResult>();
  const form = useContractForm<{ file: FileList | null }, typeof uploadSchema>({
    schema: uploadSchema,
    defaultValues: { file: null },
    messages: { file: t('quota.import.file_missing') },
  });
  const submit = async ({ file }: { file: FileList }) => {
    const chosen = file.item(0);
    if (!chosen) return;
    setResult(undefined);
    const data = new FormData();
    data.append('file', chosen);
    setResult(await apiRequest<ImportResult>('/api/v1/staff/quota/headcounts/imports', { method: 'POST', body: data, csrfToken: staff.csrfToken }));
  };
  const fileError = form.formState.errors.file?.message;
  const rejectedColumns: Column<Rejected>[] = [
    { key: 'line', header: t('quota.import.line'), render: (row) => formatNumber(row.line), isNumeric: true },
    { key: 'reason', header: t('quota.import.reason'), render: (row) => row.message },
  ];
  return (
    <Page title={t('quota.import.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('quota.import.lead', { columns: headcountHeader.join(',') })}</p>}>
      <p>
        <Link href="/staff/quota">{t('quota.title')}</Link>
      </p>
      <KitForm form={form} label={t('quota.import.title')} submitLabel={t('quota.import.submit')} onSubmit={submit}>
        <div className={['field', fileError ? 'field--error' : ''].filter(Boolean).join(' ')}>
          <label className="field__label" htmlFor={fieldId('file')}>
            {t('quota.import.file')}
          </label>
          <p className="field__hint" id="quota-file-hint">
            {t('quota.import.file_hint')}
          </p>
          {fileError ? (
            <p className="field__error" id="quota-file-error">
              {fileError}
            </p>
          ) : null}
          <input
            id={fieldId('file')}
            className="field__input"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={['quota-file-hint', fileError ? 'quota-file-error' : ''].filter(Boolean).join(' ')}
            {...form.register('file')}
          />
        </div>
      </KitForm>
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
          {result.rejected.length ? (
            <DataTable caption={t('quota.import.rejected_caption')} columns={rejectedColumns} rows={result.rejected} rowKey={(row) => `${row.line}`} empty="" />
          ) : null}
        </section>
      ) : null}
    </Page>
  );
}
