import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { decisionRequest } from '../../../../src/modules/programs/programs.contract.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { FormSelect, FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import { PaymentSection } from './payment-section.tsx';
import { type ApplicationDetail, approvePayment, decideApplication, type DecisionRequest, documentHref, getApplication, preparePayment, staffNoticeHref } from './api.ts';

type DecisionValues = { decision: string; reason: string; amountTwd: string };

function DecisionForm({ application, onDone }: { application: ApplicationDetail; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const form = useContractForm<DecisionValues, typeof decisionRequest>({
    schema: decisionRequest,
    defaultValues: { decision: application.eligible ? 'approve' : 'reject', reason: '', amountTwd: '' },
    toRequest: (v) => ({
      decision: v.decision as DecisionRequest['decision'],
      reason: v.reason,
      ...(v.amountTwd.trim() ? { amountTwd: Number(v.amountTwd) } : {}),
    }),
  });
  return (
    <section className="section" aria-labelledby="application-decision">
      <h2 id="application-decision">{t('programs.detail.decision_title')}</h2>
      <KitForm
        form={form}
        className="form--narrow"
        label={t('programs.detail.decision_title')}
        submitLabel={t('programs.detail.decide')}
        onSubmit={async (request) => {
          const result = await decideApplication(application.id, request, csrfToken);
          onDone(t(`programs.detail.decided_${result.status}`));
        }}
      >
        <FormSelect
          form={form}
          name="decision"
          label={t('programs.detail.decision')}
          options={[
            { value: 'approve', label: t('programs.detail.approve') },
            { value: 'reject', label: t('programs.detail.reject') },
          ]}
        />
        {application.amountTwd === null ? <FormText form={form} name="amountTwd" label={t('programs.detail.amount')} hint={t('programs.detail.amount_hint')} inputMode="numeric" /> : null}
        <FormTextArea form={form} name="reason" label={t('programs.detail.reason')} rows={3} />
      </KitForm>
    </section>
  );
}

/** One application: the rule-by-rule result, its history, and the step the caller may take. */
export function ApplicationPage({ id }: { id: string }) {
  const { t, formatDateTime, formatMoney } = useI18n();
  const { csrfToken } = useStaff();
  const { can } = useSession();
  const query = useQuery({ queryKey: ['program-application', id], queryFn: ({ signal }) => getApplication(id, signal) });
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<unknown>();
  const a = query.data;
  const reload = (message: string) => {
    setDone(message);
    setError(undefined);
    void query.refetch();
  };
  const run = async (action: () => Promise<unknown>, message: string) => {
    try {
      await action();
      reload(message);
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <Page title={a ? t('programs.detail.title', { program: a.programName }) : t('programs.detail.document_title')} documentTitle={t('programs.detail.document_title')} siteName={t('staff-auth.site_name')}>
      <p>
        <Link href="/staff/programs">{t('programs.back')}</Link>
      </p>
      {done ? <Alert tone="success">{done}</Alert> : null}
      <ProblemAlert error={query.error ?? error} />
      {query.isLoading && !a ? <Loading label={t('common.loading')} /> : null}
      {a ? (
        <>
          <section className="section" aria-labelledby="application-facts">
            <h2 id="application-facts">{t('programs.detail.summary_title')}</h2>
            <dl className="summary">
              <dt>{t('programs.columns.applicant')}</dt>
              <dd>{a.applicant}</dd>
              <dt>{t('programs.columns.status')}</dt>
              <dd data-testid="application-status">{t(`programs.statuses.${a.status}`)}</dd>
              <dt>{t('programs.columns.amount')}</dt>
              <dd>{a.amountTwd === null ? t('programs.amount_unset') : formatMoney(a.amountTwd)}</dd>
              <dt>{t('programs.columns.submitted')}</dt>
              <dd>{formatDateTime(a.submittedAt)}</dd>
              {a.decisionDueAt ? (
                <>
                  <dt>{t('programs.columns.due')}</dt>
                  <dd>{formatDateTime(a.decisionDueAt)}{a.escalated ? ` (${t('programs.escalated')})` : ''}</dd>
                </>
              ) : null}
              <dt>{t('programs.detail.maker')}</dt>
              <dd>{a.createdBy ?? t('programs.detail.none')}</dd>
              <dt>{t('programs.detail.checker')}</dt>
              <dd>{a.decidedBy ?? t('programs.detail.none')}</dd>
              {a.decisionReason ? (
                <>
                  <dt>{t('programs.detail.reason')}</dt>
                  <dd>{a.decisionReason}</dd>
                </>
              ) : null}
            </dl>
          </section>
          <section className="section" aria-labelledby="application-rules">
            <h2 id="application-rules">{t('programs.detail.rules_title')}</h2>
            <p data-testid="application-eligible">{a.eligible ? t('programs.detail.all_passed') : t('programs.detail.some_failed')}</p>
            {a.rules.length === 0 ? <p>{t('programs.detail.no_rules')}</p> : null}
            <ul className="rule-results" data-testid="rule-results">
              {a.rules.map((rule) => (
                <li key={rule.code}>
                  <strong>{rule.passed ? t('programs.detail.passed') : t('programs.detail.failed')}</strong> {rule.message}
                </li>
              ))}
            </ul>
          </section>
          {a.status === 'approved' || a.status === 'paid' ? <PaymentSection applicationId={a.id} status={a.status} /> : null}
          {a.status === 'submitted' && can('programs.decide') ? (
            a.callerIsMaker ? (
              <Alert tone="info">{t('programs.detail.maker_notice')}</Alert>
            ) : (
              <DecisionForm application={a} onDone={reload} />
            )
          ) : null}
          {a.status === 'approved' && !a.payment && can('programs.apply') ? (
            <p>
              <Button onClick={() => run(() => preparePayment(a.id, csrfToken), t('programs.detail.payment_prepared'))}>{t('programs.detail.prepare_payment')}</Button>
            </p>
          ) : null}
          {a.payment?.status === 'prepared' && a.callerPreparedPayment ? <Alert tone="info">{t('programs.detail.payment_maker_notice')}</Alert> : null}
          {a.payment?.status === 'prepared' && can('programs.decide') && !a.callerPreparedPayment ? (
            <p>
              <Button onClick={() => run(() => approvePayment(a.payment?.id ?? '', csrfToken), t('programs.detail.payment_paid'))}>{t('programs.detail.approve_payment')}</Button>
            </p>
          ) : null}
          <section className="section" aria-labelledby="application-documents">
            <h2 id="application-documents">{t('programs.detail.documents_title')}</h2>
            {a.documents.length === 0 ? <p>{t('programs.detail.no_documents')}</p> : null}
            <ul data-testid="application-documents">
              {a.documents.map((d) => (
                <li key={d.id}>
                  {/* A download: the file is personal data, and opening it is audited. */}
                  <a href={documentHref(a.id, d.id)} download={d.fileName}>
                    {d.fileName}
                  </a>{' '}
                  ({d.documentCode}, {Math.ceil(d.byteSize / 1024)} KB)
                </li>
              ))}
            </ul>
            {a.status === 'approved' || a.status === 'rejected' || a.status === 'paid' ? (
              <p>
                <a href={staffNoticeHref(a.id)} download>
                  {t('programs.detail.notice_pdf')}
                </a>
              </p>
            ) : null}
          </section>
          <section className="section" aria-labelledby="application-history">
            <h2 id="application-history">{t('programs.detail.history_title')}</h2>
            <ol>
              {a.events.map((event, index) => (
                <li key={`${event.at}-${index}`}>
                  {formatDateTime(event.at)} · {t(`programs.events.${event.kind}`)}
                  {event.actor ? ` · ${event.actor}` : ''}
                </li>
              ))}
            </ol>
          </section>
        </>
      ) : null}
    </Page>
  );
}
