import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { SummaryList } from '../../ui/detail-page.tsx';
import { SelectField, TextField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { UploadForm } from '../../ui/upload-form.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { approveBatch, type BatchDetail, batchFileHref, getBatch, importResults, recordResults } from './payment-api.ts';

/** The bank's answer for one exported line: paid, or returned with the bank's reason. */
function ResultForm({ batch, onDone }: { batch: BatchDetail; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const open = batch.items.filter((line) => line.status === 'exported');
  const [line, setLine] = useState(String(open[0]?.lineNo ?? ''));
  const [result, setResult] = useState<'paid' | 'returned'>('paid');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  if (open.length === 0) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      await recordResults(batch.id, [{ line: Number(line), result, ...(result === 'returned' ? { reason } : {}) }], csrfToken);
      setReason('');
      onDone(t(`program-payments.detail.recorded_${result}`, { line }));
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <section className="section" aria-labelledby="batch-result">
      <h2 id="batch-result">{t('program-payments.detail.result_title')}</h2>
      <p>{t('program-payments.detail.result_lead')}</p>
      <ProblemAlert error={error} />
      <form onSubmit={submit} className="form form--narrow" aria-labelledby="batch-result">
        <SelectField
          label={t('program-payments.detail.line')}
          name="line"
          value={line}
          onChange={(e) => setLine(e.target.value)}
          options={open.map((l) => ({ value: String(l.lineNo), label: `${l.lineNo} · ${l.applicationNumber} · ${l.payeeName}` }))}
        />
        <SelectField
          label={t('program-payments.detail.result')}
          name="result"
          value={result}
          onChange={(e) => setResult(e.target.value as 'paid' | 'returned')}
          options={[
            { value: 'paid', label: t('program-payments.line_statuses.paid') },
            { value: 'returned', label: t('program-payments.line_statuses.returned') },
          ]}
        />
        {result === 'returned' ? <TextField label={t('program-payments.detail.reason')} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} required /> : null}
        <Button type="submit">{t('program-payments.detail.record')}</Button>
      </form>
      <UploadForm
        words={{
          title: t('program-payments.detail.import_title'),
          submit: t('program-payments.detail.import_submit'),
          file: t('program-payments.detail.import_file'),
          hint: t('program-payments.detail.import_hint', { number: batch.number }),
          missing: t('program-payments.detail.import_missing'),
        }}
        onUpload={async (file) => {
          const result = await importResults(batch.id, file, csrfToken);
          onDone(t('program-payments.detail.imported', { paid: result.paid, returned: result.returned }));
        }}
      />
    </section>
  );
}

/** One batch: its lines (payees and accounts masked), the second approval, the bank file, the bank's result. */
export function PaymentBatchPage({ id }: { id: string }) {
  const { t, formatDateTime, formatMoney } = useI18n();
  const staff = useStaff();
  const query = useQuery({ queryKey: ['payment-batch', id], queryFn: ({ signal }) => getBatch(id, signal) });
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<unknown>();
  const b = query.data;
  const reload = (message: string) => {
    setDone(message);
    setError(undefined);
    void query.refetch();
  };
  return (
    <Page title={b ? t('program-payments.detail.title', { number: b.number }) : t('program-payments.detail.document_title')} documentTitle={t('program-payments.detail.document_title')} siteName={t('staff-auth.site_name')}>
      <p>
        <Link href="/staff/programs/payments">{t('program-payments.batches.back')}</Link>
      </p>
      {done ? <Alert tone="success">{done}</Alert> : null}
      <ProblemAlert error={query.error ?? error} />
      {query.isLoading && !b ? <Loading label={t('common.loading')} /> : null}
      {b ? (
        <>
          <section className="section" aria-labelledby="batch-summary">
            <h2 id="batch-summary">{t('program-payments.detail.summary')}</h2>
            <SummaryList
              items={[
                { label: t('program-payments.columns.status'), value: <span data-testid="batch-status">{t(`program-payments.batch_statuses.${b.status}`)}</span> },
                { label: t('program-payments.columns.total'), value: formatMoney(b.totalTwd) },
                { label: t('program-payments.columns.paid'), value: formatMoney(b.paidTwd) },
                { label: t('program-payments.columns.prepared'), value: `${b.preparedBy}, ${formatDateTime(b.preparedAt)}` },
                { label: t('program-payments.columns.approved'), value: b.approvedBy && b.approvedAt ? `${b.approvedBy}, ${formatDateTime(b.approvedAt)}` : '—' },
              ]}
            />
          </section>
          {b.status === 'prepared' ? (
            b.callerPrepared ? (
              <Alert tone="info">{t('program-payments.detail.maker_notice')}</Alert>
            ) : (
              <p>
                <Button
                  onClick={async () => {
                    try {
                      await approveBatch(b.id, staff.csrfToken);
                      reload(t('program-payments.detail.approved'));
                    } catch (caught) {
                      setError(caught);
                    }
                  }}
                >
                  {t('program-payments.detail.approve')}
                </Button>
              </p>
            )
          ) : null}
          {b.status === 'approved' || b.status === 'exported' ? (
            <section className="section" aria-labelledby="batch-file">
              <h2 id="batch-file">{t('program-payments.detail.file_title')}</h2>
              <p>{t('program-payments.detail.file_lead')}</p>
              <p>
                <a className="button button--primary" href={batchFileHref(b.id)} download onClick={() => window.setTimeout(() => void query.refetch(), 1500)}>
                  {t('program-payments.detail.download', { number: b.number })}
                </a>
              </p>
            </section>
          ) : null}
          <DataTable
            caption={t('program-payments.detail.lines_caption', { count: b.items.length })}
            rowKey={(l) => l.id}
            rows={b.items}
            empty={t('program-payments.detail.no_lines')}
            columns={[
              { key: 'line', header: t('program-payments.detail.line'), render: (l) => String(l.lineNo), isNumeric: true },
              { key: 'application', header: t('program-payments.detail.application'), render: (l) => <Link href={`/staff/programs/applications/${l.applicationId}`}>{l.applicationNumber}</Link> },
              { key: 'program', header: t('program-payments.columns.programs'), render: (l) => l.programCode },
              { key: 'payee', header: t('program-payments.payee.name'), render: (l) => l.payeeName },
              { key: 'account', header: t('program-payments.payee.account'), render: (l) => `${l.bankCode} ${l.accountNumber}` },
              { key: 'amount', header: t('program-payments.detail.amount'), render: (l) => formatMoney(l.amountTwd), isNumeric: true },
              {
                key: 'status',
                header: t('program-payments.columns.status'),
                render: (l) => (
                  <span data-testid={`line-${l.lineNo}-status`}>
                    {t(`program-payments.line_statuses.${l.status}`)}
                    {l.resultReason ? ` (${l.resultReason})` : ''}
                  </span>
                ),
              },
            ]}
          />
          {b.status === 'exported' ? <ResultForm key={b.items.map((l) => l.status).join()} batch={b} onDone={reload} /> : null}
        </>
      ) : null}
    </Page>
  );
}
