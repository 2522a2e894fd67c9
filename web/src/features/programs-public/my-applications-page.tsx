import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { SelectField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { fieldErrors, ProblemAlert } from '../../ui/problem-alert.tsx';
import { useRequiredAccount } from '../public-account/session.ts';
import { listMine, noticeHref, type OwnApplication, uploadDocument } from './api.ts';
import { OwnPaymentStatus, useOwnPayments } from './own-payment.tsx';
import { arrangementPrograms, MyArrangements } from './my-arrangements.tsx';
import './programs-public.css';
import { TranslatedTextBlock } from '../../ui/translated-text.tsx';

/** Uploads one of the documents the program asks for; the server reads the type from the bytes. */
function UploadForm({ application, csrfToken }: { application: OwnApplication; csrfToken: string }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [code, setCode] = useState(application.requiredDocuments[0]?.code ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>();
  const [missing, setMissing] = useState(false);
  const [stored, setStored] = useState(false);
  const fileId = `file-${application.id}`;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setStored(false);
    setError(undefined);
    if (!file) {
      setMissing(true);
      return;
    }
    setMissing(false);
    try {
      await uploadDocument(application.id, code, file, csrfToken);
      setStored(true);
      await client.invalidateQueries({ queryKey: ['me', 'program-applications'] });
    } catch (caught) {
      setError(caught);
    }
  };
  const errors = fieldErrors(error);
  const fileError = missing ? t('programs-public.mine.file_required') : errors.file;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`${t('programs-public.mine.upload_submit')} · ${application.programName}`}>
      <ProblemAlert error={errors.file ? undefined : error} />
      {stored ? (
        <Alert tone="success">
          <p>{t('programs-public.mine.uploaded_ok')}</p>
        </Alert>
      ) : null}
      <SelectField
        id={`doc-${application.id}`}
        label={t('programs-public.mine.upload_doc')}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        options={application.requiredDocuments.map((d) => ({ value: d.code, label: d.name }))}
      />
      <div className={['field', fileError ? 'field--error' : ''].filter(Boolean).join(' ')}>
        <label className="field__label" htmlFor={fileId}>
          {t('programs-public.mine.upload_file')}
        </label>
        <p className="field__hint" id={`${fileId}-hint`}>
          {t('programs-public.mine.upload_hint')}
        </p>
        {fileError ? (
          <p className="field__error" id={`${fileId}-error`}>
            {fileError}
          </p>
        ) : null}
        <input
          id={fileId}
          className="field__input"
          type="file"
          accept=".pdf,.jpg,.jpeg,.png,.odt,application/pdf,image/jpeg,image/png,application/vnd.oasis.opendocument.text"
          aria-describedby={[`${fileId}-hint`, fileError ? `${fileId}-error` : ''].filter(Boolean).join(' ')}
          aria-invalid={fileError ? true : undefined}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      <Button type="submit" variant="secondary">
        {t('programs-public.mine.upload_submit')}
      </Button>
    </form>
  );
}

/** A signed-in citizen's or employer's program applications: status, steps, rules, documents, notice. */
export function MyApplicationsPage() {
  const { t, formatDateTime, formatMoney } = useI18n();
  const session = useRequiredAccount();
  const mine = useQuery({ queryKey: ['me', 'program-applications'], queryFn: ({ signal }) => listMine(signal), enabled: Boolean(session) });
  const payments = useOwnPayments(Boolean(session));
  if (!session || mine.isPending) return <Loading label={t('common.loading')} />;
  const items = mine.data?.items ?? [];
  return (
    <Page title={t('programs-public.mine.title')} siteName={t('common.site_name')} lead={<p>{t('programs-public.mine.lead')}</p>}>
      <p>
        <Link href="/programs">{t('programs-public.mine.browse')}</Link> · <Link href="/account">{t('public-account.home.title')}</Link>
      </p>
      <ProblemAlert error={mine.error} />
      {items.length === 0 ? <p>{t('programs-public.mine.empty')}</p> : null}
      {items.map((a) => (
        <section key={a.id} aria-labelledby={`app-${a.id}`} className="program-card" data-testid="own-application">
          <h2 id={`app-${a.id}`} className="program-card__title">
            {a.programName}
          </h2>
          <p>
            {t('programs-public.mine.number', { number: a.number })} · <strong data-testid="own-status">{t(`programs-public.statuses.${a.status}`)}</strong>
          </p>
          <OwnPaymentStatus payment={payments.data?.find((p) => p.applicationId === a.id)} />
          <p>{t('programs-public.mine.submitted', { at: formatDateTime(a.submittedAt) })}</p>
          {a.decisionDueAt && (a.status === 'submitted' || a.status === 'approved') ? <p>{t('programs-public.mine.due', { at: formatDateTime(a.decisionDueAt) })}</p> : null}
          {a.amountTwd !== null && a.status !== 'rejected' && a.status !== 'submitted' ? <p>{t('programs-public.mine.amount', { amount: formatMoney(a.amountTwd) })}</p> : null}
          {a.decidedAt && (a.status === 'approved' || a.status === 'rejected' || a.status === 'paid') ? (
            <p data-testid="own-decision">{a.status === 'rejected' ? t('programs-public.mine.decision_rejected') : t('programs-public.mine.decision_approved')}</p>
          ) : null}
          {a.decisionReasonText ? (
            <TranslatedTextBlock value={a.decisionReasonText} label={t('programs-public.mine.reason_label')} testId="own-reason" />
          ) : null}
          <h3>{t('programs-public.mine.steps')}</h3>
          <ol className="program-steps">
            {a.steps.map((s, index) => (
              <li key={`${s.kind}-${index}`}>
                {t(`programs-public.steps.${s.kind}`)} · {formatDateTime(s.at)}
              </li>
            ))}
          </ol>
          {a.rules.length ? (
            <>
              <h3>{t('programs-public.mine.rules')}</h3>
              <ul className="rule-results">
                {a.rules.map((rule) => (
                  <li key={rule.code} className={rule.passed ? 'rule--passed' : 'rule--failed'}>
                    <strong>{rule.passed ? t('programs-public.result.passed') : t('programs-public.result.failed')}</strong>: {rule.message}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {a.requiredDocuments.length ? (
            <>
              <h3>{t('programs-public.mine.documents')}</h3>
              <ul>
                {a.requiredDocuments.map((d) => {
                  const uploaded = a.documents.filter((u) => u.documentCode === d.code);
                  return (
                    <li key={d.code}>
                      {d.name} ({d.required ? t('programs-public.mine.required') : t('programs-public.mine.optional')})
                      {uploaded.map((u) => (
                        <span key={u.id}> · {t('programs-public.mine.uploaded', { name: u.fileName })}</span>
                      ))}
                    </li>
                  );
                })}
              </ul>
              {a.status === 'submitted' ? <UploadForm application={a} csrfToken={session.csrfToken} /> : null}
            </>
          ) : null}
          {arrangementPrograms.has(a.programCode) ? <MyArrangements applicationId={a.id} /> : null}
          {a.noticeAvailable ? (
            <p>
              <a href={noticeHref(a.id)} download>
                {t('programs-public.mine.notice')}
              </a>
            </p>
          ) : null}
        </section>
      ))}
    </Page>
  );
}
